"""Azerbaijani wholes of a part found by what names them: persons named by their fate after a
word of their group ("Mülki itkinlərin 141-i"), and "onlardan" set off right after the clause
of a part, which speaks of that part."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.among import AmongNamed
from rightsledger.analysis.statements.figures.core import Figure


class AzerbaijaniWholes(AmongNamed):
    """Finds the whole an Azerbaijani part names before its marker."""

    def _az_fate_of_a_group_named_before_it(
        self, marker: tuple[int, int], figures: list[Figure], wanted: str
    ) -> Figure | None:
        """ "Mülki itkinlərin 141-i qadın": persons named by their fate in one word, after a
        word that names their group ("mülki", civilian), are the latest part of that fate
        counted by that word ("778-i mülki şəxsdir"), not the whole of the fate."""
        if self.language != "az" or not wanted or marker[0] != marker[1]:
            return None
        k = marker[0] - 1
        if k < self.begin or self.tokens[k].kind != "word" or k in self.trigger_ending:
            return None
        stem = self._stem(k)
        earlier = [*self.previous, *(f for f in figures if f.last < marker[0])]
        named = [
            f for f in earlier
            if f.category == wanted and f.parent is not None and stem in self._words_after(f)
        ]  # fmt: skip
        return named[-1] if named else None

    def _az_them_after_a_part(self, marker: tuple[int, int], before: Figure) -> bool:
        """Is the marker Azerbaijani "onlardan" set off by a comma right after the clause of
        a part (a figure with a whole of its own)?"""
        if self.language != "az" or before.parent is None:
            return False
        if self.tokens[marker[0]].lower != "onlardan" or marker[0] != marker[1]:
            return False
        comma = marker[0] - 1
        if comma <= before.last or self.tokens[comma].text != ",":
            return False
        between = range(before.last + 1, comma)
        return not any(self.tokens[k].text in {",", ";", ":"} for k in between)
