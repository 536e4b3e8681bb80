"""A clause that opens with "this figure" («эту цифру», "bu rəqəm") and rejects it rejects the
figure given before it, however many words stand between the figure's name and the verb, and
whichever of them comes first. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministry reports 150 arrests; this figure, lawyers in Kedrov say, is false.", "en"),
        ("Полиция сообщает о 150 задержанных; эту цифру оспаривают правозащитники.", "ru"),
        (
            "Полиция сообщает о 150 задержанных; эту цифру правозащитники из Кедровска "
            "опровергают.",
            "ru",
        ),
        (
            "Nazirlik 45 nəfərin saxlanıldığını bildirib; bu rəqəm vəkillərin tərtib etdiyi "
            "siyahılarla təsdiqlənmir.",
            "az",
        ),
    ],
)
def test_the_figure_before_is_no_claim(text, language):
    assert claim_fields(text, language, ("category", "count")) == []


def test_this_figure_confirmed_stands():
    text = "The ministry reports 150 arrests; this figure was confirmed by the lawyers."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 150)]
