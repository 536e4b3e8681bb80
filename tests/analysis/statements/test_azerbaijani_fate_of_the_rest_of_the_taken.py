"""The rest of persons taken in Azerbaijani ("qalan 6 nəfərin taleyi məlum deyil", "daha
beş nəfərin taleyi isə … məlum deyil"), the others released or killed: their fate is kept
back, so they disappeared, as the sets count it; a part of that rest ("o cümlədən iki
vətəndaşın") with them. A part not called the rest ("onlardan 6-sının taleyi") stays
missing, as the sets disagree on it, and so does the rest of persons no one took. The rest
is of the whole its own fate can follow: one of the released being hurt does not make the
rest a rest of the released. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_rest_of_the_captured_after_the_killed_and_the_released():
    text = (
        "Silahlı dəstə kəndin 30 sakinini əsir götürüb. Onlardan 4-ü əsirlikdə ölüb, "
        "19-u dəyişdirilərək azad edilib. Qalan 7 nəfərin taleyi bu günədək məlum deyil."
    )
    assert _read(text) == [
        ("captured", 30, None),
        ("killed", 4, 0),
        ("released", 19, 0),
        ("disappeared", 7, 0),
    ]


def test_rest_of_the_detained_with_a_part_of_them():
    text = (
        "Hərbçilər 14 kişini saxlayıb, onlardan 8-i sonra buraxılıb. Qalan altı nəfərin, "
        "o cümlədən üç tələbənin taleyi hələlik məlum deyil."
    )
    assert _read(text) == [
        ("detained", 14, None),
        ("released", 8, 0),
        ("disappeared", 6, 0),
        ("disappeared", 3, 2),
    ]


def test_rest_past_one_of_the_released_who_was_hurt():
    text = (
        "Qaçırılan 11 sürücüdən 6-sı azad edilib. Azad edilənlərdən ikisi yaralıdır. "
        "Nazirliyin sözlərinə görə, qalan beş nəfərin taleyi hələ məlum deyil."
    )
    assert _read(text) == [
        ("captured", 11, None),
        ("released", 6, 0),
        ("injured", 2, 1),
        ("disappeared", 5, 0),
    ]


def test_near_miss_a_part_not_called_the_rest():
    text = "Silahlı dəstə kəndin 30 sakinini əsir götürüb. Onlardan 9-unun taleyi məlum deyil."
    assert _read(text) == [("captured", 30, None), ("missing", 9, 0)]


def test_near_miss_the_rest_of_persons_no_one_took():
    text = (
        "Sel nəticəsində 12 nəfər həlak olub. Daha iki nəfərin taleyi hələ də məlum deyil, "
        "axtarışlar davam edir."
    )
    assert _read(text) == [("killed", 12, None), ("missing", 2, None)]


def test_rest_of_the_captured_of_whom_there_is_no_word():
    # "taleyi barədə heç bir məlumat": the fate read into the counted phrase of the rest.
    text = (
        "Silahlılar kənddən 18 nəfəri girov götürüb. Onlardan 11-i sonradan azad edilib. "
        "Qalan yeddi nəfərin taleyi barədə heç bir məlumat yoxdur."
    )
    assert _read(text) == [("captured", 18, None), ("released", 11, 0), ("disappeared", 7, 0)]


def test_near_miss_a_part_not_called_the_rest_of_whom_there_is_no_word():
    text = (
        "Silahlılar kənddən 18 nəfəri girov götürüb. Onlardan yeddi nəfərin taleyi barədə "
        "heç bir məlumat yoxdur."
    )
    assert ("disappeared", 7, 0) not in _read(text)
