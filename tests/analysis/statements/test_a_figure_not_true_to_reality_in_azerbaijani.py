"""Azerbaijani: a figure the text calls untrue to reality ("… rəqəmi reallığa uyğun deyil")
is rejected, as one untrue to the truth ("həqiqətə uyğun deyil") is; a figure said to match
reality ("reallığa uyğundur") stands."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_figure_untrue_to_reality_is_no_claim():
    text = (
        'Polis 212 nəfəri saxlayıb. Mətbuatda yayılmış "900-dən çox saxlanılan" rəqəmi '
        "reallığa uyğun deyil."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("detained", 212) in claims
    assert ("detained", 900) not in claims


def test_a_figure_true_to_reality_stands():
    text = "Polis 212 nəfəri saxlayıb, bu rəqəm reallığa uyğundur."
    assert ("detained", 212) in claim_fields(text, "az", FIELDS)
