"""A list's status as one word, the same in every module that reads fates: the linkage's
fate comparison and conflicts of fates, and the reasons shown to a reviewer.  Plain
Python: the pages that explain a pair import it."""

from __future__ import annotations

__all__ = ["fate_word"]


def fate_word(status: str) -> str:
    """Lower case, words joined by underscores: "Found dead" and "found_dead" are one
    fate; "" where none is given."""
    return "_".join(str(status).strip().lower().split())
