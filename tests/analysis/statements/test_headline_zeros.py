"""A zero in a text's first line ("no one hurt") that the report below says again in its own
words is one figure, wherever below it comes; a zero of another act, or one the text does not
say again, stays. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rocket hits a bakery in Dorn, no one injured.\n"
            "A rocket struck the bakery on Mill Street at dawn. The owner said the shop was "
            "empty. No one was injured, the police said.",
            "en",
        ),
        (
            "«Северный вестник». Ракета попала в пекарню, никто не ранен.\n"
            "Ракета попала в пекарню на Мельничной улице на рассвете. Хозяин сказал, что "
            "внутри никого не было. Раненых нет, сообщили в полиции.",
            "ru",
        ),
        (
            "«Dorn xəbərləri». Raket çörəkxanaya düşüb, yaralanan yoxdur.\n"
            "Raket səhər tezdən Dəyirman küçəsindəki çörəkxanaya düşüb. Sahibi deyir ki, "
            "içəridə heç kim olmayıb. Polisin sözlərinə görə, yaralanan yoxdur.",
            "az",
        ),
    ],
)
def test_the_headlines_zero_said_again_below_is_one_figure(text, language):
    assert _read(text, language) == [("injured", "all", 0)]


def test_a_zero_the_text_does_not_say_again_stays():
    text = (
        "Rocket hits a bakery in Dorn, no one injured.\n"
        "A rocket struck the bakery on Mill Street at dawn. Two people were killed."
    )
    assert _read(text, "en") == [("injured", "all", 0), ("killed", "all", 2)]
