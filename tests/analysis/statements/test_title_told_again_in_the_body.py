"""A title (a first line with no full stop, set off by a blank line) gives in short the figures
its body tells: a figure of the title that a sentence of the body gives again in the same
terms, the first sentence or a later one, is one figure, kept where the body gives it. A first
line that is a sentence of its own may tell an event of its own. Texts written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


def test_an_azerbaijani_title_restated_in_the_second_sentence_is_one_figure():
    text = (
        "Çaybasar kəndinə hücum: 6 nəfər həlak olub\n\n"
        "Hücum gecə saatlarında baş verib. Rayon polisinin məlumatına görə, kənddə 6 nəfər "
        "həlak olub, onlarla ev zədələnib."
    )
    assert _read(text, "az") == [("killed", "all", 6)]


def test_an_english_title_restated_in_the_lead_is_one_figure():
    text = "Nine detained after the march\n\nPolice detained nine people after Sunday's march."
    assert _read(text, "en") == [("detained", "all", 9)]


def test_near_miss_a_first_line_that_is_a_sentence_tells_its_own_event():
    text = "On Monday 6 people were killed in Arden.\n\nOn Tuesday 6 people were killed in Belm."
    assert _read(text, "en") == [("killed", "all", 6), ("killed", "all", 6)]
