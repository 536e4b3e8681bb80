"""Persons rounded up in Azerbaijani: "əsgərlər 250-yə yaxın sakini stadiona toplayıblar"
(gathered by force into one place, by those who then hold them) is a detention, and so is
"yığ-", the other verb of gathering. Only the active with the persons its object, in the
accusative, and the place they are gathered into right before the verb: a count in another
case gathers something from or for them ("1 500 nəfərdən ianə toplayıb"), testimonies are
gathered with no place, and "toplaşıb" is a crowd that gathered of its own will. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_residents_rounded_up_into_a_place_are_detained():
    text = (
        "Səhər əsgərlər qəsəbənin 250-yə yaxın sakinini stadionun meydançasına toplayıblar. "
        "Onlardan 40-ı uşaq idi."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("detained", "all", 250, None),
        ("detained", "children", 40, 0),
    ]


def test_men_gathered_in_a_square_are_detained_men():
    text = "Şahid bildirib ki, silahlı dəstə kəndin 70-ə yaxın kişisini bazar meydanında topladı."
    assert claim_fields(text, "az", FIELDS) == [("detained", "men", 70, None)]


def test_the_reported_verb_and_the_other_verb_of_gathering():
    text = "Şahid hərbçilərin kəndin 140 sakinini klubun qarşısında topladığını söyləyib."
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 140, None)]
    text = "Gecə əsgərlər 35 kişini anbara yığdılar."
    assert claim_fields(text, "az", FIELDS) == [("detained", "men", 35, None)]


def test_near_miss_things_gathered_from_or_for_persons_count_no_one_held():
    assert claim_fields("Fond 1 500 nəfərdən ianə toplayıb.", "az", FIELDS) == []
    assert claim_fields("Könüllülər 300 ailə üçün ərzaq toplayıb.", "az", FIELDS) == []


def test_near_miss_a_crowd_that_gathered_is_no_detention():
    text = "Kampaniya çərçivəsində 4 000 imza toplanıb. Meydanda 2 000 nəfər toplaşıb."
    assert claim_fields(text, "az", FIELDS) == []


def test_near_miss_testimonies_gathered_with_no_place_count_no_one_held():
    assert claim_fields("Komissiya 1 160 şahidin ifadəsini toplamışdı.", "az", FIELDS) == []
    assert claim_fields("Əməkdaşlar 950 nəfərin ifadəsini toplayıblar.", "az", FIELDS) == []
