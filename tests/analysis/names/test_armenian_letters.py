"""Armenian letters as the other scripts write them: ծ and ց are ts and ձ dz (Цатурян,
Tsaturyan; Амбарцум), not the dʒ that ICU's c and j read as in Azerbaijani letters; a
word's first ո is vo (Ոսկան is Voskan, Воскан), Armenian writing a first o with օ.  Ով-
(ov) and an initial Ո. (which may stand for Ու-, u) are left as they are."""

from __future__ import annotations

from rightsledger.analysis.names.keys import name_key, surname_key
from rightsledger.analysis.names.translit import phonemic


def test_a_first_vo_is_one_key_in_every_script() -> None:
    assert name_key("Ոսկան") == name_key("Воскан") == name_key("Voskan")
    assert surname_key("Ոսկանյան") == surname_key("Восканян") == surname_key("Voskanyan")


def test_a_first_o_written_with_oh_and_ov_are_not_read_vo() -> None:
    assert phonemic("Օհան") == "ohan"
    assert phonemic("Ովսաննա").startswith("ov")
    assert phonemic("Ուրարտու") == "urartu"


def test_an_initial_is_left_as_it_is() -> None:
    assert phonemic("Ո.") == "o"


def test_ts_and_dz_are_read_as_russian_and_english_write_them() -> None:
    assert surname_key("Ծատուրյան") == surname_key("Цатурян") == surname_key("Tsaturyan")
    assert surname_key("Պետրոսյանց") == surname_key("Петросянц") == surname_key("Petrosyants")
    assert name_key("Համբարձում") == name_key("Hambardzum") == name_key("Амбарцум")
    assert name_key("Ծովինար") == name_key("Цовинар")


def test_a_j_stays_a_j() -> None:
    # ջ and ճ are dʒ and tʃ: Javad and Чартар.
    assert name_key("Ջավադ") == name_key("Cavad") == name_key("Джавад")
    assert phonemic("Ճարտար") == "çartar"
