"""«Сведения о 40 телах своего подтверждения не нашли»: found unconfirmed, with the object before
the verb as well as after it («не нашли подтверждения»); found confirmed, the figure stands.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Сообщения о 35 убитых в посёлке своего подтверждения не нашли.",
        "Сообщения о 35 убитых в посёлке подтверждения не нашли.",
        "Сообщения о 35 убитых в посёлке не нашли подтверждения.",
    ],
)
def test_a_figure_found_unconfirmed_is_no_claim(text):
    assert claim_fields(text, "ru", FIELDS) == []


def test_a_figure_found_confirmed_stands():
    text = "Сообщения о 35 убитых в посёлке нашли подтверждение."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 35)]
