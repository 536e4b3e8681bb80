"""Names sorted as the reader's language sorts them (ICU collation), by the database.

Code-point order puts "Aygün" before "Ağalı" and "Zeynalov" before "Çələbi"; Azerbaijani
puts ğ after g, x after h and q after k; Russian puts Cyrillic before Latin. The person list
orders by ``display_name`` under the ICU collation of the reader's language, with an index
per language (``collated_name_indexes``), so a page of a million persons costs an index seek.

PostgreSQL ships these collations as ``<language>-x-icu``; SQLite gets collations of the same
names from PyICU on every connection (``add_sqlite_collations``), so one model definition
and one migration serve both. A SQLite database opened by another program without them can
be read, but not written where those indexes are.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import F, Index
from django.db.models.functions import Collate
from django.utils import translation

ROOT = "und"  # CLDR's root collation: no language's tailoring


def collation_name(language: str) -> str:
    return f"{language}-x-icu"


def languages() -> list[str]:
    """The collations kept: the root and each language the interface speaks."""
    codes = [code.split("-")[0] for code, _name in settings.LANGUAGES]
    return [ROOT, *dict.fromkeys(code for code in codes if code != "en")]


def collation_for(language: str | None = None) -> str:
    """The collation of ``language`` (default: the active one); English sorts by the root."""
    code = (language or translation.get_language() or ROOT).split("-")[0]
    return collation_name(code if code in languages() else ROOT)


def collated(field: str, language: str | None = None) -> Collate:
    return Collate(F(field), collation_for(language))


def collated_name_indexes(model_name: str) -> list[Index]:
    """(case, display_name in each collation, id): the indexes the sorted lists walk."""
    return [
        Index(F("case"), Collate(F("display_name"), collation_name(code)), F("id"),
              name=f"records_{model_name}_name_{code}")
        for code in languages()
    ]  # fmt: skip


def _icu_compare(language: str) -> Any:
    import icu

    locale = icu.Locale.getRoot() if language == ROOT else icu.Locale(language)
    collator = icu.Collator.createInstance(locale)
    # Ties between different strings are broken by code points, as PostgreSQL's
    # deterministic ICU collations do: a total order, whatever the database.
    return lambda a, b: collator.compare(a, b) or (a > b) - (a < b)


def add_sqlite_collations(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Give a new SQLite connection the ICU collations PostgreSQL has built in.

    Each connection gets collators of its own: a connection serves one thread at a time.
    """
    if connection.vendor != "sqlite":
        return
    for code in languages():
        connection.connection.create_collation(collation_name(code), _icu_compare(code))
