"""Reports received are counted as papers are, each of any number of persons and some still
being verified: "a further 14 reports of civilian deaths", «14 сообщений о гибели мирных
жителей», "daha 14 məlumatı yoxlayır" count no deaths. Persons counted in a report still
count ("Media reports said 14 civilians were killed"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("OHCHR is also verifying a further 14 reports of civilian deaths.", "en"),
        ("УВКПЧ также проверяет ещё 14 сообщений о гибели мирных жителей.", "ru"),
        ("BMT mülki şəxslərin ölümü ilə bağlı daha 14 məlumatı yoxlayır.", "az"),
    ],
)
def test_reports_of_deaths_count_no_deaths(text, language):
    assert claim_fields(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Media reports said 14 civilians were killed.", "en"),
        ("По сообщениям, погибли 14 мирных жителей.", "ru"),
        ("Məlumata görə, 14 mülki şəxs həlak olub.", "az"),
    ],
)
def test_persons_counted_in_reports_still_count(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 14)]
