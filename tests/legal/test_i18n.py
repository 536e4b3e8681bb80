"""The legal app's interface catalogue (en, ru, az) and the catalogue data in the user's language."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

import rightsledger.legal
from tests.catalogues import po_entries as read_catalogue

LOCALE = Path(rightsledger.legal.__file__).parent / "locale"


def po_entries(language: str) -> list[tuple[str, list[str]]]:
    return read_catalogue(LOCALE, language)


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_interface_is_translated(language: str) -> None:
    entries = po_entries(language)
    assert len(entries) > 100
    assert [msgid for msgid, strings in entries if not all(strings)] == []
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, strings in entries:
        if len(strings) == 1:
            assert compiled.gettext(msgid) == strings[0], msgid


def test_the_catalogue_page_speaks_the_users_language(
    db: None, catalogue: None, stranger: Any
) -> None:
    client = Client()
    client.force_login(stranger)
    client.cookies["django_language"] = "ru"
    html = client.get(reverse("legal-catalogue"), {"q": "пытк"}).content.decode()
    assert "Правовой каталог" in html
    assert "Конвенция против пыток" in html
    assert "Пытки как преступление против человечности" in html
    assert 'data-code="ICCPR 6"' not in html  # the right to life is not about torture
    client.cookies["django_language"] = "az"
    html = client.get(reverse("legal-catalogue"), {"instrument": "ICCPR"}).content.decode()
    assert "Yaşamaq hüququ" in html
    assert "Hüquqi kataloq" in html
