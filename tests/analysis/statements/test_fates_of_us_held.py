"""After a witness counts "us" held («нас держали на складе, человек шестьдесят», "bizi
anbarda saxladılar, əlli nəfər idik"), the persons a fate then befell — released, beaten to
death, shot — are some of us: parts of that count, as long as nothing else is counted between
and they are no more than us. Held persons a witness only saw ("we saw them detain sixty
men") are no count of us; a larger toll is no part of us. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Нас держали на складе, человек шестьдесят. Через неделю отпустили двадцать "
            "человек, троих избили до смерти.",
            "ru",
            [("detained", 60, None), ("released", 20, 0), ("killed", 3, 0)],
        ),
        (
            "Bizi anbarda saxladılar, əlli nəfər idik. Üç-dörd nəfəri buraxdılar, ikisini isə "
            "güllələdilər.",
            "az",
            [("detained", 50, None), ("released", None, 0), ("killed", 2, 0)],
        ),
    ],
)
def test_fates_told_after_a_count_of_us_held_are_some_of_us(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Мы видели, как солдаты задержали шестьдесят мужчин. Двоих расстреляли прямо там.",
            [("detained", 60, None), ("killed", 2, None)],
        ),
        (
            "Нас держали на складе, человек шестьдесят. В соседнем селе в тот же день погибли "
            "сто человек.",
            [("detained", 60, None), ("killed", 100, None)],
        ),
        ("Нас держали на складе, человек шестьдесят. Мне было 17 лет.", [("detained", 60, None)]),
    ],
)
def test_no_count_of_us_or_no_part_of_us(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected
