""" "3,000 herders are still unable to go back to their farms": persons kept from going back
where they lived (by mines, by fighting) are displaced, as those who left are. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_unable_to_return_to_their_farms():
    text = (
        "Because of the minefields, some 3,000 residents are still unable to return to their farms."
    )
    assert _read(text) == [("displaced", "all", 3000, "about", None)]


def test_could_not_return_home():
    text = "Eighty families could not return home after the dam burst."
    assert _read(text) == [("displaced", "families", 80, "exact", None)]


def test_near_miss_unable_to_return_to_work():
    text = "About 40 nurses were unable to return to work after the strike."
    assert _read(text) == []
