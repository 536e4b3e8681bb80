"""The review queue's reasons are the analysis core's, worded for the reader's language."""

from __future__ import annotations

import string

from django.utils import translation

from rightsledger.analysis.linkage import REASON_TEMPLATES
from rightsledger.registry.reasons import PHRASES


def _placeholders(template: str) -> set[str]:
    return {field for _text, field, _spec, _conv in string.Formatter().parse(template) if field}


def test_every_reason_the_core_gives_has_a_translatable_phrase() -> None:
    assert set(PHRASES) == set(REASON_TEMPLATES)


def test_each_phrase_uses_the_values_its_reason_carries() -> None:
    for key, template in REASON_TEMPLATES.items():
        assert _placeholders(str(PHRASES[key])) == _placeholders(template), key


def test_the_newest_reasons_are_worded_in_russian_and_azerbaijani() -> None:
    # The levels a year from an age, days apart, a month only and a slip in a short name.
    keys = ("age_a_year_off", "ages_a_year_off", "event_dates_a_day_apart", "event_same_month",
            "given_slip_rest_agrees", "surname_slip_rest_agrees", "father_slip_rest_agrees", "no_given_name_years_apart",
            "no_given_name_other_sex", "surname_slips_names_agree", "father_slips_names_agree")  # fmt: skip
    for language in ("ru", "az"):
        with translation.override(language):
            for key in keys:
                worded = str(PHRASES[key])
                assert worded != REASON_TEMPLATES[key], (language, key)
                assert _placeholders(worded) == _placeholders(REASON_TEMPLATES[key])
    with translation.override("ru"):
        assert str(PHRASES["event_dates_a_day_apart"]).format("1992-07-15", "1992-07-16") == (
            "даты события различаются на один день (1992-07-15 / 1992-07-16)"
        )
