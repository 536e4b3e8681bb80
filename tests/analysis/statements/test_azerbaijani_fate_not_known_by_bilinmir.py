""" "Bilinmir" (is not known), the passive of "bilmək", says a fate or whereabouts unknown as
"məlum deyil" does: "qalan dördünün taleyi bilinmir". What else is not known ("hücumu kimin
təşkil etdiyi bilinmir") says nothing of persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_the_fate_of_the_rest_not_known():
    text = "Polis 16 nəfəri saxlayıb. On iki nəfəri buraxdılar, qalan dördünün taleyi bilinmir."
    assert _read(text) == [("detained", 16, None), ("released", 12, 0), ("disappeared", 4, 0)]


def test_where_they_are_held_not_known():
    text = "Silahlılar 7 kişini aparıb, onların harada saxlanıldığı bilinmir."
    assert _read(text) == [("disappeared", 7, None)]


def test_near_miss_who_attacked_not_known():
    text = "Hücumu kimin təşkil etdiyi bilinmir, 5 nəfər yaralanıb."
    assert _read(text) == [("injured", 5, None)]
