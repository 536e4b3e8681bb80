"""«Смертей задержанных не зафиксировано», «Погибших не выявлено»: an official's record of none
(«не» with the neuter of a verb of recording) is a zero, as «не было» is; the act named by its
noun, with the persons it would befall after it in the genitive, is the act of the none, and
the latest figure of those persons its whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_deaths_of_the_detained_none_recorded():
    text = (
        "За время акций полиция задержала 1 150 человек. "
        "Смертей задержанных за этот период не зарегистрировано."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 1150, None), ("killed", 0, 0)]


def test_a_plain_none_recorded():
    text = "Раненых при эвакуации не зафиксировано."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 0, None)]


def test_a_verb_of_recording_denied_with_a_count_is_no_none():
    # Near miss: «не зафиксировано» after a count says the count was not recorded.
    text = "Погибли 12 человек; нарушений при эвакуации не выявлено."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 12, None)]


def test_a_word_a_preposition_governs_is_no_subject_of_the_none():
    text = "Раненых в ходе эвакуации не было."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 0, None)]


def test_complaints_from_the_detained_are_no_none_of_the_detained():
    # Near miss: «от задержанных» is governed by the preposition; nothing of ours is none.
    text = "Жалоб от задержанных не было."
    assert claim_fields(text, "ru", FIELDS) == []
