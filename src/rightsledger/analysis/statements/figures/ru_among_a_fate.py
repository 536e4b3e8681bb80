"""Russian parts taken among persons named by their fate in a sentence of their own
(«Среди погибших трое детей», «В числе погибших в этом году — четверо детей»): a part of the
latest figure of that fate which it fits in and which counts no part of another figure, past
a smaller figure of the fate said of a part («двое из раненых скончались») and past a figure
of another period given to compare («годом ранее погибли 15»)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.az_parts_of_them import AzerbaijaniPartsOfThem
from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.nesting import _larger_than
from rightsledger.analysis.statements.lexicon import UNIT
from rightsledger.analysis.statements.tokens import DASHES

# The words that open a marker of persons among those of a fate: «среди погибших», «в числе
# раненых», «из числа погибших».
_AMONG = frozenset({"среди", "в", "из"})
# What may stand between the marker and the part: a dash, and a time of the fate said of the
# persons («в этом году», «за этот период», «в 2026 году»).
_DASHES = DASHES | {"-", ","}
_TIME_WORDS = frozenset(
    {"в", "за", "этом", "этот", "эту", "том", "текущем", "прошлом", "отчетном", "отчетный"}
)


class RussianPartsAmongAFate(AzerbaijaniPartsOfThem):
    """Binds a Russian part among persons of a fate to the figure of that fate it fits in."""

    def _ru_parts_among_a_fate(self, figures: list[Figure]) -> None:
        if self.language != "ru":
            return
        for k, figure in enumerate(figures):
            if figure.parent is not None or figure.quantity.count is None:
                continue
            marker = self._marker_ending(self._past_time_and_dash(figure.quantity.first - 1))
            if marker is None or self.tokens[marker[0]].lower not in _AMONG:
                continue
            wanted = self._category_in(marker)
            if not wanted or (figure.category and figure.category != wanted):
                continue
            earlier = [
                *(f for f in self.previous if not self._for_comparison(f)),
                *(f for f in figures[:k] if f.last < marker[0]),
            ]
            wholes = [
                f for f in earlier
                if f.category == wanted and f.parent is None and f.quantity.most is not None
                and f.quantity.most > figure.quantity.count and not _larger_than(figure, f)
            ]  # fmt: skip
            if not wholes:
                continue
            for part in [figure, *self._coordinated_after(figure, figures[k + 1 :])]:
                part.parent = wholes[-1]
                if not part.category:
                    part.category, part.bound = wanted, "nested"

    def _past_time_and_dash(self, k: int) -> int:
        """The token before a dash and a time of the fate that come right before a part
        («среди погибших в этом году — четверо»), or ``k`` if neither does."""
        while k > self.begin and self.tokens[k].text in _DASHES:
            k -= 1
        unit = self.lex.noun_set.match(self.tokens, k) if k > self.begin else None
        if unit is None or unit.value != UNIT:
            return k
        j = k - 1
        while j > self.begin and (self.tokens[j].lower in _TIME_WORDS or self._year_at(j)):
            j -= 1
        return j if j < k - 1 else k

    def _year_at(self, j: int) -> bool:
        token = self.tokens[j]
        return token.kind == "num" and len(token.text) == 4 and token.text.isdigit()
