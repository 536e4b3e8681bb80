"""The missing among the detained are disappeared where the statement names enforced
disappearance, and stay missing where it does not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers detained 30 farmers at the dam. The fate of eight of them is still "
            "unknown; their families call it an enforced disappearance.",
            "en",
        ),
        (
            "Военные задержали у плотины 30 фермеров. Судьба восьмерых из них по-прежнему "
            "неизвестна; родные называют это насильственным исчезновением.",
            "ru",
        ),
        (
            "Hərbçilər bəndin yanında 30 fermeri saxlayıb. Onlardan 8 nəfərin taleyi hələ də "
            "məlum deyil; ailələri bunu zorla yoxa çıxarılma adlandırır.",
            "az",
        ),
    ],
)
def test_the_missing_among_the_detained_disappeared_where_the_act_is_named(text, language):
    assert figures(text, language) == [("detained", 30, None), ("disappeared", 8, 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # English and Russian name the fate of detainees (test_whereabouts_of_detainees); their
        # words of a loss of trace, or of nothing known of them, leave them missing.
        ("Soldiers detained 30 farmers at the dam. Eight of them are still unaccounted for.", "en"),
        ("Военные задержали у плотины 30 фермеров. О восьмерых из них ничего не известно.", "ru"),
        # Azerbaijani's fate stays missing until the sets agree (lexicon ``az.fates``).
        ("Hərbçilər bəndin yanında 30 fermeri saxlayıb. Onlardan 8 nəfərin taleyi məlum deyil.",
         "az"),
    ],
)  # fmt: skip
def test_they_stay_missing_where_it_is_not(text, language):
    assert figures(text, language) == [("detained", 30, None), ("missing", 8, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Nine shepherds were led away by militiamen and have not been seen since.",
        "Militiamen detained 20 shepherds at the well; nine of them were never seen again.",
    ],
)
def test_never_seen_again_after_being_taken_is_a_disappearance(text):
    assert ("disappeared", 9) in claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Five fishermen have never been seen again since the storm.",
        "Nine shepherds have not been heard from since they were led away.",
    ],
)
def test_never_seen_again_of_persons_not_taken_is_missing(text):
    assert [c for c, _ in claim_fields(text, "en", ("category", "count"))] == ["missing"]
