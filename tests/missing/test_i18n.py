"""The missing app's own catalogue: Russian and Azerbaijani complete and compiled; pages in
the user's language."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest

import rightsledger.missing
from tests.catalogues import po_entries as read_catalogue
from tests.missing.conftest import Scene
from tests.web.conftest import web_client

LOCALE = Path(rightsledger.missing.__file__).parent / "locale"


def po_entries(language: str) -> list[tuple[str, list[str]]]:
    return read_catalogue(LOCALE, language)


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_interface_is_translated(language: str) -> None:
    entries = po_entries(language)
    assert len(entries) > 300
    assert [msgid for msgid, strings in entries if not all(strings)] == []
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, strings in entries:
        if len(strings) == 1:
            assert compiled.gettext(msgid) == strings[0], msgid


def test_pages_speak_russian(scene: Scene, owner: object) -> None:
    client = web_client(owner)
    client.cookies["django_language"] = "ru"
    html = client.get(f"/c/{scene.case.slug}/missing/").content.decode()
    assert "Пропавшие" in html
    assert "Места захоронения" in html
    ranked = client.get(f"/c/{scene.case.slug}/missing/remains/{scene.remains.pk}/candidates/")
    assert "пол совпадает с оценкой" in ranked.content.decode()
