"""A court that upholds the sentences of some and frees others: only those freed are counted.
"The tribunal confirmed the sentences of 4 journalists and freed the remaining three" (an
English verb with its own object after "the remaining"/"the other" is not the verb of a
count before it); "4 jurnalistin həbs cəzasını qüvvədə saxlayıb" ("həbs" of a sentence owned
in the genitive, and "saxlayıb" after "qüvvədə", kept in force, are no custody). An arrest,
or an administrative arrest given to persons, stays one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_freed_others_alone_are_counted_in_english():
    text = "The tribunal confirmed the sentences of 4 journalists and freed the remaining three."
    assert claim_fields(text, "en", FIELDS) == [("released", 3, None)]


def test_the_freed_others_alone_are_counted_in_azerbaijani():
    text = "Tribunal 4 jurnalistin həbs cəzasını qüvvədə saxlayıb, qalan üçünü azad edib."
    assert claim_fields(text, "az", FIELDS) == [("released", 3, None)]


def test_near_miss_an_object_of_its_own_verb_keeps_its_act():
    text = "Police detained 4 journalists and released the other three."
    assert claim_fields(text, "en", FIELDS) == [("detained", 4, None), ("released", 3, 0)]


def test_near_miss_an_arrest_and_an_administrative_arrest_stay():
    assert claim_fields("Polis 4 jurnalisti həbs edib.", "az", FIELDS) == [("detained", 4, None)]
    text = "Məhkəmə 12 nəfərə inzibati həbs cəzası verib."
    assert claim_fields(text, "az", FIELDS) == [("detained", 12, None)]
