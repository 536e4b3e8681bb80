"""Figures said to be included in the totals given before them are parts of those totals:
"5 passengers were killed and 12 hurt. These figures are included in the totals above.",
«погибли двое, ещё трое ранены. Эти данные учтены в общих цифрах выше», "3 nəfər həlak olub,
4 nəfər yaralanıb; bu rəqəmlər yuxarıdakı ümumi saylara daxildir".

The statement says outright that the incident's dead and hurt are among those counted for the
whole period: each is a part of the total of its own fate told before it (the largest such
count, of everyone or of its own group). The figures spoken of are those of the clause before
the words of inclusion, in their sentence or, where the words open a sentence of their own, in
the sentence before. Not so where the words deny it ("are not included in the table", «в
таблицу не включены», "daxil deyil"): those are figures beside the totals.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

# The words of inclusion, by their stems, and the words that make them the totals' or the
# figures' above ("the totals", «общих», "ümumi", "yuxarıdakı").
_INCLUDED = {
    "en": ("included",),
    "ru": ("учтен", "учтён", "включен", "включён", "вошли"),
    "az": ("daxildir", "daxil_edilib", "daxil_olunub"),
}
_TOTALS = {
    "en": ("total", "above", "overall"),
    "ru": ("общ", "итог", "выше", "суммарн"),
    "az": ("ümumi", "yuxarıdakı", "yekun", "cəmi"),
}
_NOT = {"en": frozenset({"not", "never"}), "ru": frozenset({"не"}), "az": frozenset({"deyil"})}
# How far from the word of inclusion the word of the totals may stand.
_REACH = 5


def nest_figures_included_in_the_totals(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Gives each figure said to be included in the totals before it its total as parent."""
    spans = list(sentences(tokens))
    for n, (begin, end) in enumerate(spans):
        mark = _inclusion(tokens, begin, end, language)
        if mark is None:
            continue
        spoken = [f for f in figures if begin <= f.quantity.first < mark and f.parent is None]
        if not spoken and mark - begin <= _REACH and n > 0:
            before = spans[n - 1]
            spoken = [
                f for f in figures if before[0] <= f.quantity.first < before[1] and f.parent is None
            ]
        if not spoken:
            continue
        first = min(f.quantity.first for f in spoken)
        for figure in spoken:
            total = _total_before(figure, figures, first)
            if total is not None:
                figure.parent = total


def _inclusion(tokens: list[Token], begin: int, end: int, language: str) -> int | None:
    """Where the words of inclusion in the totals stand in the sentence, if they do and are
    not denied."""
    stems = _INCLUDED.get(language)
    if stems is None:
        return None
    for k in range(begin, end):
        if not _included_at(tokens, k, end, stems):
            continue
        near = range(max(begin, k - _REACH), min(end, k + _REACH + 1))
        if any(tokens[j].lower in _NOT[language] for j in near):
            return None
        if any(tokens[j].lower.startswith(_TOTALS[language]) for j in near if j != k):
            return k
    return None


def _included_at(tokens: list[Token], k: int, end: int, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        words = stem.split("_")
        if k + len(words) > end:
            continue
        if all(tokens[k + m].lower.startswith(w) for m, w in enumerate(words)):
            return True
    return False


def _total_before(figure: Figure, figures: list[Figure], first: int) -> Figure | None:
    """The largest count of the figure's fate told before ``first``, of everyone or of the
    figure's own group, with no whole of its own."""
    most = figure.quantity.most
    if most is None:
        return None
    best: Figure | None = None
    for other in figures:
        if other.quantity.first >= first or other.parent is not None:
            continue
        if other.category != figure.category or other.subgroup not in {"all", figure.subgroup}:
            continue
        count = other.quantity.most
        if count is None or count <= most:
            continue
        if best is None or count > (best.quantity.most or 0):
            best = other
    return best
