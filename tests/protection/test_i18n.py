"""The protection app's own catalogue: Russian and Azerbaijani complete and compiled."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest

import rightsledger.protection
from tests.catalogues import po_entries as read_catalogue

LOCALE = Path(rightsledger.protection.__file__).parent / "locale"


def po_entries(language: str) -> list[tuple[str, list[str]]]:
    return read_catalogue(LOCALE, language)


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_interface_is_translated(language: str) -> None:
    entries = po_entries(language)
    assert len(entries) > 40
    assert [msgid for msgid, strings in entries if not all(strings)] == []
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, strings in entries:
        if len(strings) == 1:
            assert compiled.gettext(msgid) == strings[0], msgid
