"""What may or will happen is no figure of what befell: "could kill up to 10,000", "will
release", "threatened to execute", «может унести жизни», «освободит», "azad edəcək", "həlak
ola bilər". What may have happened stays a claim: "may have been killed", «могли погибнуть».
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Engineers warned that a breach of the dam could kill up to 8,000 people.", "en"),
        ("The authorities say they will free 35 detainees on Monday.", "en"),
        ("If the fighting goes on, another 2,000 families may be displaced.", "en"),
        ("The kidnappers threatened to kill 6 of the passengers.", "en"),
        ("Прорыв плотины может унести жизни до 8000 человек.", "ru"),
        ("Власти заявили, что в понедельник освободят 35 задержанных.", "ru"),
        ("Похитители пригрозили убить 6 пассажиров.", "ru"),
        ("Hakimiyyət bazar ertəsi 35 saxlanılanı azad edəcəyini bildirib.", "az"),
        ("Bəndin dağılması 8000 nəfərin ölümünə səbəb ola bilər.", "az"),
        # Under way or awaited, not yet done.
        ("A further 14 persons are in the process of being exchanged.", "en"),
        ("A further 14 prisoners are due to be released on Friday.", "en"),
        ("Daha 14 nəfərin dəyişdirilməsi prosesi davam edir.", "az"),
        ("Daha 14 məhbusun azad edilməsi gözlənilir.", "az"),
    ],
)
def test_a_prospect_is_no_figure(text, language):
    assert [f for f in _read(text, language) if f[0] in {"killed", "released", "displaced"}] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("As many as 30 people may have been killed in the raid.", "en",
         ("killed", "all", 30, "at_most")),
        ("В ходе налёта могли погибнуть до 30 человек.", "ru", ("killed", "all", 30, "at_most")),
        ("The raid on 5 May killed 30 people.", "en", ("killed", "all", 30, "exact")),
    ],
)  # fmt: skip
def test_what_may_have_happened_stays_a_claim(text, language, expected):
    assert _read(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Over the year 112 persons were released; the process of their return took months.", "en"),
        ("Daha 14 nəfər dəyişdirilib.", "az"),
    ],
)
def test_an_exchange_done_stays_a_claim(text, language):
    assert [f[0] for f in _read(text, language)] == ["released"]
