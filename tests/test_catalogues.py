"""Every gettext catalogue of the package, the shared one and each app's: Russian and
Azerbaijani complete (no empty or fuzzy entry, every plural form given), compiled from the
source as it stands, holding every string the templates ask for, and as the README's
``makemessages`` command leaves them: running it changes nothing."""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import rightsledger
from tests.catalogues import po_entries

PACKAGE = Path(rightsledger.__file__).parent
LOCALES = sorted(PACKAGE.glob("**/locale"))
TRANSLATED = ("ru", "az")
PLURAL_FORMS = re.compile(r"nplurals=(\d+)")


def _name(locale: Path) -> str:
    return str(locale.parent.relative_to(PACKAGE)) if locale.parent != PACKAGE else "shared"


CATALOGUES = [
    pytest.param(locale, language, id=f"{_name(locale)}-{language}")
    for locale in LOCALES
    for language in TRANSLATED
]


def _source(locale: Path, language: str) -> Path:
    return locale / language / "LC_MESSAGES" / "django.po"


def test_every_app_with_strings_has_its_catalogue() -> None:
    assert {_name(locale) for locale in LOCALES} >= {"shared", "evidence", "legal", "missing"}


@pytest.mark.parametrize(("locale", "language"), CATALOGUES)
def test_the_catalogue_is_complete(locale: Path, language: str) -> None:
    text = _source(locale, language).read_text(encoding="utf-8")
    forms = int(PLURAL_FORMS.search(text).group(1))  # type: ignore[union-attr]
    entries = po_entries(locale, language)
    assert entries, _name(locale)
    assert [msgid for msgid, strings in entries if not all(strings)] == []
    plurals = [strings for _, strings in entries if len(strings) > 1]
    assert [s for s in plurals if len(s) != forms] == []
    live = [block for block in text.split("\n\n") if not block.lstrip().startswith("#~")]
    assert [block for block in live if "#, fuzzy" in block and 'msgid ""\n' not in block] == []


@pytest.mark.parametrize(("locale", "language"), CATALOGUES)
def test_the_compiled_catalogue_is_the_source(locale: Path, language: str) -> None:
    with (locale / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, strings in po_entries(locale, language):
        if len(strings) == 1:
            assert compiled.gettext(msgid) == strings[0], msgid
        else:
            # The forms a catalogue's plural rule picks for 1, 2 and 5 (and 21) of a thing.
            for n in (1, 2, 5, 21):
                assert compiled.ngettext(msgid, msgid, n) in strings, msgid


# Django looks a template's {% translate "…" %} up with its percent signs doubled.
TRANSLATE_TAG = re.compile(r"""{% translate (["'])(.+?)\1(?: as \w+)? %}""")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_template_string_is_in_a_catalogue(language: str) -> None:
    known = {msgid for locale in LOCALES for msgid, _ in po_entries(locale, language)}
    missing = [
        (template.name, text)
        for template in PACKAGE.glob("**/templates/**/*.html")
        for _, text in TRANSLATE_TAG.findall(template.read_text(encoding="utf-8"))
        if text.replace("%", "%%") not in known
    ]
    assert missing == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_makemessages_as_the_readme_says_changes_nothing(tmp_path: Path) -> None:
    """Strings added to an app go to that app's catalogue, not elsewhere: a catalogue that
    ``makemessages`` would rewrite is out of step with where its strings live."""
    copy = tmp_path / "src" / "rightsledger"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = {path: path.read_text(encoding="utf-8") for path in copy.glob("**/locale/*/*/*.po")}
    environment = {
        **os.environ,
        "PYTHONPATH": str(copy.parent),
        "DJANGO_SETTINGS_MODULE": "rightsledger.settings",
        "RIGHTSLEDGER_HOME": str(tmp_path / "home"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    command = [sys.executable, "-m", "django", "makemessages", "--no-wrap"]
    command += ["-l", "en", "-l", "ru", "-l", "az"]
    subprocess.run(command, cwd=copy, env=environment, check=True, capture_output=True)
    after = {path: path.read_text(encoding="utf-8") for path in copy.glob("**/locale/*/*/*.po")}
    assert sorted(map(str, after)) == sorted(map(str, before))
    assert [str(path.relative_to(copy)) for path in before if after[path] != before[path]] == []
