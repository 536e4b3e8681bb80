"""The curated table of name renderings that letter rules do not give (``renderings.txt``).

Each line of the table is one name with its forms in any script; :func:`canonical` maps
the letter key of every form to the letter key of the line's first form.  The table is
project data, written from how registry and passport offices customarily rendered names.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["canonical", "rendering_lines"]


def rendering_lines() -> list[tuple[str, ...]]:
    """The table's lines: each a tuple of forms, the reference form first."""
    text = resources.files(__package__).joinpath("renderings.txt").read_text(encoding="utf-8")
    lines = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        forms = tuple(form.strip() for form in line.split("=") if form.strip())
        if len(forms) < 2:
            raise ValueError(f"renderings.txt: a line needs two forms or more: {raw!r}")
        lines.append(forms)
    return lines


@functools.cache
def _table() -> dict[str, str]:
    """Letter key → reference letter key; surnames also root → reference root."""
    from rightsledger.analysis.names.keys import letter_key, surname_letters

    table: dict[str, str] = {}

    def add(key: str, reference: str) -> None:
        if key and key != reference:
            table.setdefault(key, reference)

    for forms in rendering_lines():
        reference = "".join(letter_key(word) for word in forms[0].split())
        reference_root, reference_suffix = surname_letters(forms[0])
        for form in forms[1:]:
            add("".join(letter_key(word) for word in form.split()), reference)
            root, suffix = surname_letters(form)
            if reference_suffix and suffix:
                add(root, reference_root)
    return table


# A compound name is a head of two letters or more as keyed (Gül-, Şah- keyed "sa" before
# the x it runs into, Ağa-, Hüseyn-) and a table name of four or more: so that no piece of
# a name too short to be one is read as a table name.
_COMPOUND_HEAD = 2
_COMPOUND_TAIL = 4


def canonical(key: str) -> str:
    """The reference key for a letter key the table knows, else the key itself.

    A compound name takes the rendering of the table name it ends in: Gülxanım is
    Гюльханум as Xanım is Ханум, Əbülqasım Абулькасум as Qasım is Касум."""
    table = _table()
    found = table.get(key)
    if found is not None:
        return found
    for start in range(_COMPOUND_HEAD, len(key) - _COMPOUND_TAIL + 1):
        tail = table.get(key[start:])
        if tail is not None:
            return key[:start] + tail
    return key
