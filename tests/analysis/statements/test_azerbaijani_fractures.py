"""Azerbaijani fractures are injuries, and a degree of being hurt: "sümük sınıqları ilə
xəstəxanaya çatdırılıb", "üçünün qolu sınıb" (a bone of the body, broken). "Sınıb" alone is
said of windows and glass as well, and is no injury. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_fractures_of_the_beaten_are_a_part_of_them():
    text = "Məntəqədə 25 nəfər döyülüb. Döyülənlərdən 3-ü sümük sınıqları ilə xəstəxanaya aparılıb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 25, None), ("injured", 3, 0)]


def test_a_bone_broken_is_an_injury():
    text = "Aksiya dağıdılarkən 14 nəfər xəsarət alıb, onlardan ikisinin qolu sınıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", 14, None), ("injured", 2, 0)]


def test_broken_windows_are_no_injury():
    # Near miss: "sınıb" said of glass.
    text = "Partlayış nəticəsində 2 nəfər yaralanıb, 60 pəncərə sınıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", 2, None)]


def test_a_broken_record_is_no_injury():
    # Near miss: "sınaq" (a test) begins as "sınıq" does, and is no fracture.
    text = "Sınaq zamanı 5 nəfər saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 5, None)]


def test_a_fracture_found_in_some_of_the_beaten():
    # "sınıq aşkarlanıb" (a fracture was found): the verb of whoever examined them.
    text = "Məntəqədə 30 nəfər döyülüb, onlardan 4-ündə sümük sınığı aşkar edilib."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 30, None), ("injured", 4, 0)]


def test_near_miss_broken_windows_found_are_no_injury():
    text = "Partlayışdan sonra 3 nəfər yaralanıb, binada 40 sınıq pəncərə aşkarlanıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", 3, None)]


def test_persons_named_by_a_bone_broken_before_them_are_injured():
    # The participle before the count, whatever noun counts them (a prisoner is held too).
    for text in (
        "Tibb məntəqəsində qabırğası sınmış 4 məhbus yatırdı.",
        "Qolu sınan 4 uşaq rayon xəstəxanasına gətirilib.",
    ):
        assert claim_fields(text, "az", ("category", "count")) == [("injured", 4)]


def test_near_miss_a_thing_with_a_broken_part_is_no_injury():
    text = "Kamerada şüşəsi sınmış 4 pəncərə təmir edilib."
    assert claim_fields(text, "az", ("category", "count")) == []


def test_a_fracture_some_of_the_beaten_had():
    # "sınığı olub" (had a fracture), "sınığı var" (has one).
    for text in (
        "Polis 8 nəfəri saxlayıb. Onlardan 5-i döyülüb, ikisinin sınığı olub.",
        "Polis 8 nəfəri saxlayıb. Onlardan 5-i döyülüb, ikisinin sümük sınığı var.",
    ):
        assert claim_fields(text, "az", FIELDS) == [
            ("detained", 8, None),
            ("tortured", 5, 0),
            ("injured", 2, 1),
        ]


def test_near_miss_no_fracture_had_is_no_injury():
    text = "Polis 8 nəfəri saxlayıb. Onlardan 5-i döyülüb, heç birinin sınığı olmayıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 8, None), ("tortured", 5, 0)]


def test_a_fracture_of_a_named_bone_received():
    text = "Təcridxanada 18 nəfər döyülüb, onlardan üçü qabırğa sınığı alıb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 18, None), ("injured", 3, 0)]
