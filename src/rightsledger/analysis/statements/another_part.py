"""Russian «ещё один», «ещё N» after a part of a whole, of that part's fate («Двое
пострадавших доставлены без признаков жизни, ещё один мужчина скончался в реанимации»): one
more of the same whole suffered the part's fate, whatever noun names him. Persons counted
after a figure that is no part, things, or more than the whole holds, are others. Read after
the parts named by an earlier fate have their wholes (``earlier_fates``).

So is the fate of "another" few said unknown in the sentence after a part («Двое из них
скончались. Судьба ещё троих потерпевших не установлена»): more of the first whole, the
others' fates told."""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _nest_if_fate_follows
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.model import THING_CATEGORIES
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

_ANOTHER = frozenset({"ещё", "еще"})
# … and opening a sentence, in Azerbaijani too: "Daha 8 nəfər naməlum istiqamətə aparılıb".
_ANOTHER_OPENING = {"ru": _ANOTHER, "az": frozenset({"daha"})}
# What joins the clause of «ещё» to the part's.
_CLAUSE_JOINS = frozenset({",", ";"})


def nest_another_of_a_part(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes «ещё N» of a part's fate, after it in its sentence, a part of its whole."""
    if language != "ru":
        return
    for part, figure in pairwise(figures):
        whole, quantity = part.parent, figure.quantity
        if figure.parent is not None or whole is None or not figure.category:
            continue
        if figure.category != part.category or part.category == whole.category:
            continue
        if quantity.noun not in {"", PERSON} and not names_group(quantity.noun):
            continue  # «ещё три дома разрушены»: things
        first = quantity.first
        if first - 1 <= part.last or tokens[first - 1].lower not in _ANOTHER:
            continue
        between = {tokens[j].text for j in range(part.last + 1, first - 1)}
        if between & FULL_STOPS or not between & _CLAUSE_JOINS:
            continue
        most, taken, count = whole.quantity.count, part.quantity.count, quantity.count
        if most is None or taken is None or count is None or taken + count > most:
            continue
        _nest_if_fate_follows(figure, whole)


def nest_fate_of_another_after_a_part(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Makes «судьба ещё N не установлена», opening the sentence after a part, a part of the
    first whole of that part, if both fit in it; so «Ещё N» opening that sentence with a fate
    of its own after a part told by its fate («Двое заложников погибли. Ещё четверых боевики
    вывезли в неизвестном направлении»), and Azerbaijani "Daha N" so ("Girovlardan ikisi
    ölüb. Daha üç nəfərin taleyi məlum deyil")."""
    if language not in _ANOTHER_OPENING:
        return
    # The part before is the last figure of persons: the graves their bodies were put in
    # ("… güllələnib, cəsədləri iki çuxurda basdırılıb. Daha 8 nəfər …") stand between.
    persons = [f for f in figures if f.category not in THING_CATEGORIES]
    for part, figure in pairwise(persons):
        quantity = figure.quantity
        if figure.parent is not None or not figure.category or part.parent is None:
            continue
        first = quantity.first
        if first < 2 or tokens[first - 1].lower not in _ANOTHER_OPENING[language]:
            continue
        fate = tokens[first - 2]
        if figure.category == "missing" and (fate.key in lex.fates or fate.lower in lex.fates):
            opening = first - 2
        elif _another_fate_of_the_whole(part, figure, fate):
            opening = first - 1
        else:
            continue
        stops = [
            tokens[j].text for j in range(part.last + 1, opening) if tokens[j].text in FULL_STOPS
        ]
        if len(stops) != 1 or any(t.newline_before > 1 for t in tokens[part.last + 1 : first]):
            continue  # the very next sentence, in the same paragraph
        whole = part.parent
        while whole.parent is not None:
            whole = whole.parent
        most, taken, count = whole.quantity.count, part.quantity.count, quantity.count
        if most is None or taken is None or count is None or taken + count > most:
            continue
        _nest_if_fate_follows(figure, whole)


def _another_fate_of_the_whole(part: Figure, figure: Figure, before: Token) -> bool:
    """«Двое заложников погибли. Ещё четверых … вывезли»: «Ещё» opens the sentence, the part
    before was told by a fate of its own (not a group of its whole: «из них пятеро детей. Ещё
    20 ранены» counts others), and the count's fate is another one. Not the whole's own act:
    «Задержаны 400 человек … 20 задержанных избиты. Ещё 14 человек задержаны у суда» counts
    more of the detained, beside the 400, not among them."""
    whole = part.parent
    return (
        whole is not None
        and before.text in FULL_STOPS
        and part.category not in {"", whole.category}
        and figure.category not in {part.category, whole.category}
    )
