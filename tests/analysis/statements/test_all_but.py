"""The number after "all but" («все, кроме троих», "üç nəfərdən başqa hamısı") counts those
the act did not befall: no figure of that act. «Кроме» and "başqa" alone are "besides", and
the number after them a figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers rounded up 26 villagers; all but four were let go by evening.", "en"),
        ("Soldiers rounded up 26 villagers; all except four were let go by evening.", "en"),
        ("Военные задержали 26 сельчан; к вечеру всех, кроме четверых, отпустили.", "ru"),
        ("Hərbçilər 26 kəndlini saxlayıb; dörd nəfərdən başqa hamısı axşam buraxılıb.", "az"),
    ],
)
def test_the_exception_to_all_is_no_figure_of_the_act(text, language):
    assert _read(text, language) == [("detained", "all", 26, None)]


def test_besides_is_no_exception():
    text = "Кроме четверых погибших, ещё 9 человек ранены."
    assert _read(text, "ru") == [("killed", "all", 4, None), ("injured", "all", 9, None)]


def test_the_exception_after_a_bare_number_in_azerbaijani():
    """ "üçündən başqa hamısı": the number with no noun, "başqa" right after it."""
    text = "Polis 18 nəfəri saxlayıb, lakin üçündən başqa hamısı səhərə qədər buraxılıb."
    assert _read(text, "az") == [("detained", "all", 18, None)]


def test_besides_a_bare_number_in_azerbaijani_still_counts():
    text = "Üçündən başqa daha dörd nəfər buraxılıb."
    assert _read(text, "az") == [("released", "all", 4, None)]
