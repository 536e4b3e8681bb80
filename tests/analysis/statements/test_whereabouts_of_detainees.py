"""The fate or whereabouts of detainees kept unknown is their disappearance: "Of the 80
people arrested, 70 were freed; the whereabouts of the other 10 remain unknown" counts 10
disappeared, and so does the fate of a part of the detained, in English as in Russian (one
rule, each language's words in its lexicon). The fate of persons no one held stays a count
of the missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_whereabouts_unknown_of_a_part_of_the_detained_is_a_disappearance():
    text = (
        "Police arrested 80 people at the rally. Seventy of them were freed within a day, "
        "but the whereabouts of 10 others remain unknown."
    )
    assert claim_fields(text, "en", FIELDS)[2] == ("disappeared", 10, 0)


def test_the_fate_of_a_part_of_the_detained_unknown_is_a_disappearance():
    text = "Police arrested 80 people at the rally. The fate of 10 of them remains unknown."
    assert claim_fields(text, "en", FIELDS)[1] == ("disappeared", 10, 0)


def test_the_fate_of_a_part_of_the_missing_stays_missing():
    # Near miss: a part of persons lost in a flood, whom no one held.
    text = "After the flood 80 people were missing. The fate of 10 of them remains unknown."
    assert claim_fields(text, "en", FIELDS)[1][0] == "missing"


def test_the_same_rule_reads_russian():
    text = "Полиция задержала 30 участников акции; судьба четверых из них неизвестна."
    assert claim_fields(text, "ru", FIELDS)[1] == ("disappeared", 4, 0)


def test_russian_fate_of_persons_no_one_held_stays_missing():
    # Near miss: lost in a flood.
    text = "При наводнении пропали 30 человек; судьба четверых из них неизвестна."
    assert claim_fields(text, "ru", FIELDS)[1] == ("missing", 4, 0)


def test_whereabouts_of_persons_no_one_held_stay_missing():
    # Near miss: swept away by a flood, held by no one.
    text = "The whereabouts of 10 fishermen remain unknown after the storm."
    assert claim_fields(text, "en", FIELDS) == [("missing", 10, None)]


def test_russian_another_between_the_fate_and_the_detainees():
    text = "Местонахождение ещё примерно 150 человек, задержанных на блокпостах, неизвестно."
    assert claim_fields(text, "ru", ("category", "count", "qualifier")) == [
        ("disappeared", 150, "about")
    ]


def test_russian_another_without_a_fate_keeps_the_detention():
    # Near miss: «ещё» with no word of fate before it.
    text = "Ещё примерно 150 человек, задержанных на блокпостах, освобождены."
    assert claim_fields(text, "ru", ("category", "count")) == [("released", 150)]
