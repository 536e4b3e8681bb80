"""An Azerbaijani count with a possessive ending ("73-ü", "12-si": so many of them) is a noun
phrase by itself also when a qualifier stands before it ("ən azı 73-ü"): a noun in the
locative after it says where, it is no count of places. And the verb "sənədləşdirmək" (to
document) is no noun of papers: the count before it counts what was documented. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_part_with_a_qualifier_before_a_place_in_the_locative():
    text = "Həbs olunanlardan ən azı 21-i rayon şöbələrində döyülüb."
    assert _read(text) == [("tortured", "all", 21, "at_least")]


def test_part_with_a_qualifier_keeps_its_whole_and_its_own_parts():
    text = (
        "Polis mitinqdən sonra 150 nəfəri saxlayıb. Onlardan ən azı 30-u müvəqqəti saxlama "
        "yerlərində döyüldüyünü bildirib, onların arasında 5 qadın var."
    )
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("detained", "all", 150, None),
        ("tortured", "all", 30, 0),
        ("tortured", "women", 5, 1),
    ]


def test_near_miss_a_bare_count_in_the_locative_is_where_persons_were():
    # No ending on the count: "in at least 4 schools", where the displaced were put up.
    text = "Köçkünlər ən azı 4 məktəbdə yerləşdirilib."
    assert _read(text) == []


def test_cases_documented_are_counted():
    text = "Təşkilat ötən il siyasi motivli həbslərin 260 faktını sənədləşdirib."
    assert _read(text) == [("detained", "all", 260, "exact")]


def test_near_miss_papers_are_still_no_persons():
    text = "Təşkilat məhkəməyə 260 sənəd təqdim edib."
    assert _read(text) == []
