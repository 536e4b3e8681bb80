"""The archive app's own catalogue (strings added since the shared one): complete, compiled,
and every translatable string of the app's templates is in the shared or the app's catalogue."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

import rightsledger
import rightsledger.archive
from tests.catalogues import po_entries

APP = Path(rightsledger.archive.__file__).parent
SHARED = Path(rightsledger.__file__).parent / "locale"


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_catalogue_is_complete_and_compiled(language: str) -> None:
    entries = po_entries(APP / "locale", language)
    assert entries
    assert [msgid for msgid, strings in entries if not all(strings)] == []
    with (APP / "locale" / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, strings in entries:
        assert compiled.gettext(msgid) == strings[0], msgid


@pytest.mark.parametrize("language", ["ru", "az"])
def test_every_template_string_is_translated(language: str) -> None:
    known = {msgid for msgid, _ in po_entries(APP / "locale", language)}
    known |= {msgid for msgid, _ in po_entries(SHARED, language)}
    pattern = re.compile(r"""{% translate (["'])(.+?)\1 %}""")
    missing = [
        text
        for template in (APP / "templates").rglob("*.html")
        for _, text in pattern.findall(template.read_text(encoding="utf-8"))
        if text not in known
    ]
    assert missing == []
