"""A Russian numeral word in an oblique case takes its noun in that case («семи врачей»,
«семи задержанным»); a noun in another case right after it is not what it counts: in «у
троих из этих семи врачом зафиксированы переломы» the doctor is the verb's agent, and the
three injured are of the seven. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "agent",
    ["врачом зафиксированы", "медиками зафиксированы", "врачи зафиксировали"],
)
def test_an_agent_after_the_whole_named_again_is_not_counted(agent):
    text = (
        f"Полиция задержала 25 человек. Семерых из них избивали дубинками; у троих из этих "
        f"семи {agent} переломы."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 25, None),
        ("tortured", "all", 7, 0),
        ("injured", "all", 3, 1),
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Тела семи погибших врачей нашли под завалами.", "found_dead"),
        ("Ранены 20 человек. Помощь оказана семи раненым врачам.", "injured"),
    ],
)
def test_near_miss_a_noun_in_the_numerals_case_is_counted(text, category):
    found = claim_fields(text, "ru", ("category", "subgroup", "count"))
    assert (category, "medical workers", 7) in found
