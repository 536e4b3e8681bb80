"""English and Russian complete, Azerbaijani started; the compiled catalogues match."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

import rightsledger
from tests.web.conftest import Documented

LOCALE = Path(rightsledger.__file__).parent / "locale"


def po_entries(language: str) -> list[tuple[str, list[str]]]:
    """(msgid, [msgstr…]) of every entry but the header."""
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    entries = []
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            match = re.match(r"^(msgid|msgid_plural|msgstr(?:\[\d\])?) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            entries.append(
                (fields["msgid"], [v for k, v in fields.items() if k.startswith("msgstr")])
            )
    return entries


def test_russian_is_complete() -> None:
    entries = po_entries("ru")
    assert len(entries) > 300
    untranslated = [msgid for msgid, strings in entries if not all(strings)]
    assert untranslated == []


def test_azerbaijani_is_started() -> None:
    translated = [msgid for msgid, strings in po_entries("az") if all(strings)]
    assert len(translated) >= 100


@pytest.mark.parametrize("language", ["ru", "az"])
def test_compiled_catalogue_matches_the_source(language: str) -> None:
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    for msgid, strings in po_entries(language):
        if strings and strings[0] and len(strings) == 1:
            assert catalogue.gettext(msgid) == strings[0], msgid


def test_pages_in_russian(owner_web: Client, documented: Documented) -> None:
    owner_web.cookies["django_language"] = "ru"
    html = owner_web.get(reverse("case-dashboard", args=[documented.case.slug])).content.decode()
    assert '<html lang="ru">' in html
    assert "Убитые" in html
    assert "из них женщин" in html
    person = owner_web.get(reverse("case-person", args=[documented.case.slug, documented.woman.pk]))
    assert "Имена и написания" in person.content.decode()
    assert "4 марта 2001" in person.content.decode()  # dates in the locale's form


def test_numbers_are_grouped_per_locale() -> None:
    from django.utils import translation

    from rightsledger.web.templatetags.rightsledger_web import num

    with translation.override("en"):
        assert num(1234567) == "1,234,567"
    with translation.override("ru"):
        assert num(1234567) == "1\xa0234\xa0567"


def test_switching_language(owner_web: Client) -> None:
    response = owner_web.post(reverse("set_language"), {"language": "az", "next": "/"})
    assert response.status_code == 302
    assert "Sizin işləriniz" in owner_web.get(reverse("home")).content.decode()
