"""An Azerbaijani part of the released said to have been held until then, in the past of
being ("Hərbçilərdən 12-si 2021-ci ildən bəri əsirlikdə idi", twelve of the servicemen had
been held since 2021), is released with the rest where it is bound to the released: the
captivity it names has ended. Still held ("hələ də əsirlikdədir") or taken again stays a
captivity. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_held_until_the_exchange_is_released():
    text = (
        "Mübadilə nəticəsində 40 hərbçi vətənə qaytarılıb. "
        "Hərbçilərdən 12-si 2021-ci ildən bəri əsirlikdə idi."
    )
    assert claim_fields(text, "az", FIELDS)[1] == ("released", "servicemen", 12, 0)


def test_a_labelled_part_held_until_then_is_released():
    text = (
        "Vətənə 50 nəfər qaytarılıb: 44 hərbçi və 6 mülki şəxs. "
        "Hərbçilərdən 9-u iki ildən çox əsirlikdə idi."
    )
    assert claim_fields(text, "az", FIELDS)[3] == ("released", "servicemen", 9, 1)


def test_a_part_of_no_release_held_in_the_past_stays_captured():
    # Near miss: the whole was taken, not freed; "idi" says no release.
    text = "Döyüşdə 30 hərbçi əsir düşüb. Onlardan 12-si bir il əvvəl də əsirlikdə idi."
    assert claim_fields(text, "az", FIELDS)[1][0] == "captured"


def test_a_part_still_held_stays_captured():
    # Near miss: the present ("əsirlikdədir") is a captivity that goes on.
    text = "Mübadilə nəticəsində 40 hərbçi vətənə qaytarılıb. Onlardan 12-si hələ də əsirlikdədir."
    assert [c[0] for c in claim_fields(text, "az", FIELDS)][1:] != ["released"]
