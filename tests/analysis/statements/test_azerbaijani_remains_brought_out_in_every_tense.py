"""Remains brought out of a grave are found in every tense of the Azerbaijani passive
("qalıqları çıxarıldı", "çıxarılmışdı", as "çıxarılıb" already was), as a witness tells it in
the simple past, and in the verbal noun a report retells ("qalıqlarının çıxarıldığını
bildirib"). Persons brought out alive ("sağ çıxarıldı") are none of the dead. Sentences
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


@pytest.mark.parametrize(
    "remains", ["qalıqlarının", "meyitlərinin", "cəsədlərinin"]
)  # fmt: skip
def test_remains_brought_out_as_retold(remains):
    text = f"Prokuror dərədəki quyudan 9 nəfərin {remains} çıxarıldığını açıqlayıb."
    assert claim_fields(text, "az", ("category", "count")) == [("found_dead", 9)]


def test_near_miss_dismissed_as_retold():
    text = "Həmkarlar ittifaqı zavoddan 9 nəfərin işdən çıxarıldığını açıqlayıb."
    assert claim_fields(text, "az", ("category", "count")) == []


def test_evicted_as_retold_stays_displaced():
    text = "Bələdiyyə 60 sakinin evlərindən çıxarıldığını etiraf edib."
    assert claim_fields(text, "az", ("category", "count")) == [("displaced", 60)]
