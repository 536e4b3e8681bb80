"""Remains brought out of a grave are found in every tense of the Azerbaijani passive
("qalıqları çıxarıldı", "çıxarılmışdı", as "çıxarılıb" already was), as a witness tells it in
the simple past. Persons brought out alive ("sağ çıxarıldı") are none of the dead. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "verb", ["çıxarıldı", "çıxarılmışdı", "çıxarılırdı"]
)  # fmt: skip
def test_remains_brought_out(verb):
    text = f"Bir il sonra çay kənarındakı xəndəkdən 7 nəfərin qalıqları {verb}."
    assert claim_fields(text, "az", ("category", "count")) == [("found_dead", 7)]


def test_near_miss_brought_out_alive():
    text = "Uçmuş binanın altından 4 nəfər sağ çıxarıldı."
    assert claim_fields(text, "az", ("category", "count")) == []
