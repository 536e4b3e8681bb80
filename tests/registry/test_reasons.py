"""The review queue's reasons are the analysis core's, worded for the reader's language."""

from __future__ import annotations

import string

from rightsledger.analysis.linkage import REASON_TEMPLATES
from rightsledger.registry.reasons import PHRASES


def _placeholders(template: str) -> set[str]:
    return {field for _text, field, _spec, _conv in string.Formatter().parse(template) if field}


def test_every_reason_the_core_gives_has_a_translatable_phrase() -> None:
    assert set(PHRASES) == set(REASON_TEMPLATES)


def test_each_phrase_uses_the_values_its_reason_carries() -> None:
    for key, template in REASON_TEMPLATES.items():
        assert _placeholders(str(PHRASES[key])) == _placeholders(template), key
