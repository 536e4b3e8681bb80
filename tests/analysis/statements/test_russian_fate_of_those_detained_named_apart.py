"""«Обращаем внимание на судьбу троих жителей села Луговое, задержанных 5 мая: о них ничего не
известно»: the fate of persons whose participle of detention follows their own words (a place
in the genitive, set off by a comma) said to be unknown makes them disappeared, as it does
when the participle follows the count at once. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_participle_after_a_place_of_the_persons():
    text = (
        "Центр вновь обращает внимание на судьбу троих жителей села Луговое, задержанных "
        "5 мая: об их местонахождении до сих пор ничего не известно."
    )
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", 3)]


def test_persons_not_said_to_be_detained_stay_missing():
    # Near miss: no word of detention; nothing known of them leaves them missing.
    text = (
        "Центр вновь обращает внимание на судьбу троих жителей села Луговое: об их "
        "местонахождении до сих пор ничего не известно."
    )
    assert claim_fields(text, "ru", FIELDS) == [("missing", 3)]
