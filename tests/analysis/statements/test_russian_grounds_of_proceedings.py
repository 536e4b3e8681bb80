"""«По 9 фактам возбуждены уголовные дела»: the incidents proceedings were opened over, named
with «по» and the dative, are counted as incidents, not persons; cases of an act counted without
«по» («31 случай похищения») are still a count of the act. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Из реки подняты тела 23 человек; по 9 фактам возбуждены уголовные дела.",
        "Из реки подняты тела 23 человек. По трём эпизодам прокуратура проводит проверку.",
        "Из реки подняты тела 23 человек, по 21 факту начато расследование.",
    ],
)
def test_incidents_proceedings_were_opened_over_are_no_count(text):
    assert claim_fields(text, "ru", ("category", "count")) == [("found_dead", 23)]


def test_cases_of_an_act_without_po_still_count():
    text = "За год правозащитники зафиксировали 31 случай похищения людей."
    assert claim_fields(text, "ru", ("category", "count")) == [("captured", 31)]
