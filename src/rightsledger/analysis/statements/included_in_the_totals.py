"""An incident's toll that the statement says is counted in its totals ("5 passengers were
killed and up to 12 hurt. These figures are included in the totals above", «погибли двое,
ещё трое ранены. Эти данные учтены в общих цифрах выше», "3 nəfər həlak olub, 4 nəfər
yaralanıb; bu rəqəmlər yuxarıdakı ümumi saylara daxildir"): each of its figures is a part of
the total of its act given before the incident (the largest figure of that act).

The incident's figures are those of the note's own sentence before the note, else those of
the sentence right before it; a total is a figure with no whole of its own, of the same act,
that holds the part's count.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

# The verbs that say figures are counted in others, in any form (their dictionary forms).
_COUNTED_IN = {
    "en": frozenset({"included", "include", "includes", "counted", "reflected"}),
    "ru": frozenset({"учесть", "учитывать", "включить", "включать", "входить", "войти"}),
    "az": frozenset({"daxildir", "daxil"}),
}
# The words of the totals: "totals", "overall figures", «общих цифрах», "ümumi saylara".
_TOTALS = {
    "en": ("total", "overall", "aggregate"),
    "ru": ("общ", "итогов"),
    "az": ("ümumi",),
}
# The negations that keep an incident's figures out of the totals.
_NOT = frozenset({"not", "n't", "не", "deyil", "olmayıb"})
# How many words may stand between the verb and the word of the totals, either way round.
_REACH = 4


def nest_incidents_in_the_totals(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes the figures of an incident said to be counted in the totals parts of them."""
    spans = list(sentences(tokens))
    for n, (begin, end) in enumerate(spans):
        if language == "az":
            _keep_apart_from_the_figures_above(tokens, figures, begin, end)
        note = _note(tokens, begin, end, language)
        if note is None:
            continue
        incident = [f for f in figures if begin <= f.first < note and f.parent is None]
        if not incident and n > 0:
            before = spans[n - 1]
            incident = [f for f in figures if before[0] <= f.first < before[1] and f.parent is None]
        if not incident:
            continue
        opening = min(f.first for f in incident)
        for part in incident:
            whole = _total_before(figures, part, opening)
            if whole is not None:
                part.parent = whole


# Azerbaijani figures said to be outside those told above: "2 tibb işçisi də yüngül xəsarət
# alıb; onlar yuxarıdakı rəqəmlərə daxil deyil" (they are not in the figures above).
_AZ_ABOVE = ("yuxarıdakı", "yuxarıda", "əvvəlki")
_AZ_FIGURES = ("rəqəm", "say", "göstərici")


def _keep_apart_from_the_figures_above(
    tokens: list[Token], figures: list[Figure], begin: int, end: int
) -> None:
    """Figures of the sentence before "yuxarıdakı rəqəmlərə daxil deyil" are no parts of
    those figures: each stands on its own."""
    for k in range(begin, end - 2):
        words = [t.lower for t in tokens[k : k + 4]]
        if not (words[0].startswith(_AZ_ABOVE) and words[1].startswith(_AZ_FIGURES)):
            continue
        if words[2] != "daxil" or words[3:4] != ["deyil"]:
            continue
        for figure in figures:
            if begin <= figure.first < k:
                figure.parent = None


def _note(tokens: list[Token], begin: int, end: int, language: str) -> int | None:
    """Where the sentence says figures are counted in the totals, else None."""
    verbs, totals = _COUNTED_IN.get(language, frozenset()), _TOTALS.get(language, ())
    for k in range(begin, end):
        if tokens[k].key not in verbs and tokens[k].lower not in verbs:
            continue
        near = tokens[max(begin, k - _REACH) : min(end, k + _REACH + 1)]
        if any(t.lower in _NOT for t in near):
            return None  # "not included in the totals", «не учтены», "daxil deyil": apart
        if any(t.kind == "word" and t.lower.startswith(totals) for t in near):
            while k > begin and tokens[k - 1].text not in {";", ":"}:
                k -= 1  # the note's clause opens after the incident's
            return k
    return None


def _total_before(figures: list[Figure], part: Figure, opening: int) -> Figure | None:
    """The largest figure of the part's act before the incident with no whole of its own."""
    count = part.quantity.most
    totals = [
        whole
        for whole in figures
        if whole.first < opening
        and whole.parent is None
        and whole.category == part.category
        and whole.subgroup in {"all", part.subgroup}
        and whole.quantity.most is not None
        and (count is None or count <= whole.quantity.most)
    ]
    return max(totals, key=lambda whole: whole.quantity.most or 0, default=None)
