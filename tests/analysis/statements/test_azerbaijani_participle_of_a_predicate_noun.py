"""An Azerbaijani part whose predicate is a noun of persons described by a past participle
("onlardan 3-ü 2020-ci ildə əsir götürülmüş hərbçilərdir", three of them are servicemen taken
captive in 2020) has its whole's fate and counts the group the noun names; the participle
says who they are, not what befell them now. A participle that ends the clause, or a state in
the locative, is still the part's fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_part_of_the_identified_described_by_a_fate_of_a_past_year():
    text = (
        "Ekspertlər 15 nəfərin şəxsiyyətini müəyyən ediblər, onlardan 5-i 1994-cü ildə "
        "itkin düşmüş qadınlardır."
    )
    assert _read(text) == [("identified", "all", 15, None), ("identified", "women", 5, 0)]


def test_part_of_the_detained_described_by_an_earlier_arrest():
    text = "Polis 30 nəfəri saxlayıb; onlardan 7-si əvvəllər də həbs edilmiş tələbələrdir."
    assert _read(text) == [("detained", "all", 30, None), ("detained", "students", 7, 0)]


def test_near_miss_the_participle_ends_the_clause():
    text = "Ekspertizada 15 nəfərin şəxsiyyəti müəyyən edilib, onlardan 5-i itkin düşmüşdür."
    assert [c[0] for c in _read(text)] == ["identified", "missing"]


def test_near_miss_a_state_in_the_locative_is_what_befell_the_part():
    text = "Polis 30 nəfəri saxlayıb; onlardan 7-si ağır yaralanmış vəziyyətdədir."
    assert _read(text)[1][0] == "injured"
