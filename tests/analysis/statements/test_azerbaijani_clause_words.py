"""Azerbaijani words inside a clause: "və" between a count and its clause-final verb joins
words, not clauses ("7 mindən çoxu yolda və ilk illərdə … həlak olub"); a noun before a place
in the possessive ("polis şöbələrində", at police stations) names the place, not whom, as
"polis şöbəsinə" does; "yaralanan da yoxdur" (nor was anyone injured) is none; forced to move
away ("köçməyə məcbur olub") is displacement; a verbal noun of when ("saxlanıldıqları ilk
günlərdə", when they were held) is no predicate of the count. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_va_before_the_verb_joins_words():
    text = "Sürgün olunanlardan 900-dən çoxu yolda və ilk qışda soyuq və aclıqdan həlak olub."
    assert figures(text) == [("killed", "all", 900)]


def test_va_after_a_verb_still_joins_clauses():
    text = "Hücum zamanı 12 nəfər həlak olub və 30 nəfər yaralanıb."
    assert figures(text) == [("killed", "all", 12), ("injured", "all", 30)]


@pytest.mark.parametrize(
    "text",
    [
        "Saxlanılanlardan 14 nəfəri polis şöbələrində döyülüb.",
        "14 nəfər polis bölmələrində döyülüb.",
        "14 nəfər polis şöbəsində döyülüb.",
    ],
)
def test_a_noun_before_a_possessed_place_names_the_place(text):
    assert figures(text) == [("tortured", "all", 14)]


def test_persons_whose_remains_are_counted_in_the_genitive():
    text = "Çıxarılan 52 nəfərin qalıqlarından 30-unun şəxsiyyəti müəyyən edilib."
    assert [f[0] for f in figures(text)] == ["found_dead", "identified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heç kim həlak olmayıb, yaralanan da yoxdur.",
            [("killed", "all", 0), ("injured", "all", 0)],
        ),
        ("Yanğında ölən də olmayıb.", [("killed", "all", 0)]),
    ],
)
def test_none_with_the_particle_da(text, expected):
    assert figures(text) == expected


def test_forced_to_move_away_is_displacement():
    text = "Son həftədə 3 mindən çox sakin qonşu kəndlərə köçməyə məcbur olub."
    assert figures(text) == [("displaced", "all", 3000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 nəfər dünən axşam kəndin mərkəzində yerləşən köhnə bazar meydanında polis "
            "tərəfindən saxlanılıb.",
            [("detained", "all", 12)],
        ),
        (
            "Sürgün olunanlardan 900 nəfər yolda və sürgünün ilk iki ilində aclıqdan və "
            "soyuqdan həlak olub.",
            [("killed", "all", 900)],
        ),
    ],
)
def test_the_clause_final_verb_after_long_adverbials(text, expected):
    assert figures(text) == expected


def test_a_verb_after_a_comma_is_another_clauses():
    text = "Kəndə 40 nəfər gəlib, onlar bir neçə gün sonra kəndi tərk edərək qonşu rayona köçüb."
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hazırda ən azı 25 fəal həbsdədir. Həbsdə olan fəallardan 9-u saxlanıldıqları ilk "
        "günlərdə onlara işgəncə verildiyini bildirib.",
        "Hazırda ən azı 25 fəal həbsdədir. Onlardan 9-u saxlanıldıqları vaxt döyülüb.",
    ],
)
def test_a_verbal_noun_of_when_is_no_predicate(text):
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("detained", 25, None),
        ("tortured", 9, 0),
    ]
