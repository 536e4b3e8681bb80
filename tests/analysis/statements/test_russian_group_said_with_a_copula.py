"""«Около 60 задержанных были студенты»: the detained counted again by their participle, with a
copula and a group after it, are a part of the detained figure, of that group — with «были» as
with a dash. With a verb of a fate after «были» they are a figure of that fate. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")
OPENING = "За неделю протестов полиция задержала 530 человек. "


@pytest.mark.parametrize(
    "said", ["Около 60 задержанных были женщины.", "Около 60 задержанных — женщины."]
)
def test_the_group_after_the_copula_is_the_parts(said):
    assert claim_fields(OPENING + said, "ru", FIELDS)[1] == ("detained", "women", 60, 0)


def test_a_fate_after_the_copula_is_a_figure_of_that_fate():
    text = OPENING + "Около 60 задержанных были освобождены в тот же день."
    assert claim_fields(text, "ru", FIELDS)[1] == ("released", "all", 60, 0)
