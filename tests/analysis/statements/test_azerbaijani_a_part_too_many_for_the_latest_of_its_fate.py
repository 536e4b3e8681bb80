"""Azerbaijani "Yaralananlardan ən azı 9-u əzasını itirib" after "36 nəfər yaralanıb … iki
sapyor yaralanıb": a part named by its fate in the ablative that counts more than the latest
figure of that fate is of the latest one before it that can hold it; where none can, it has
no whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_of_the_earlier_toll_that_holds_it():
    text = (
        "Partlayışlarda 14 nəfər həlak olub, 36 nəfər yaralanıb. "
        "Mayın 6-da agentliyin iki sapyoru yaralanıb. Yaralananlardan ən azı 9-u əzasını itirib."
    )
    assert _read(text)[-1] == ("injured", 9, 1)


def test_near_miss_no_toll_holds_it():
    text = (
        "Partlayışlarda 14 nəfər həlak olub, 6 nəfər yaralanıb. "
        "Mayın 6-da agentliyin iki sapyoru yaralanıb. Yaralananlardan 9-u əzasını itirib."
    )
    assert _read(text)[-1] == ("injured", 9, None)


def test_near_miss_the_latest_holds_it():
    text = (
        "Partlayışlarda 36 nəfər yaralanıb. Sonra daha 12 nəfər yaralanıb. "
        "Yaralananlardan 9-u əzasını itirib."
    )
    assert _read(text)[-1] == ("injured", 9, 1)
