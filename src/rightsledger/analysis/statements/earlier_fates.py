"""Persons named by what befell them before: a count whose noun is an earlier fate and whose
verb a later one is a part of the persons counted with that earlier fate. «Двое задержанных
подверглись пыткам», «трое пострадавших скончались», «четверо удерживаемых мужчин были
расстреляны», "iki saxlanılan işgəncəyə məruz qalıb", "two detainees were tortured": of the
detained (or the hurt) counted before, so many were tortured (or died).

The noun is a participle or a noun made of one (задержанные, пострадавшие, saxlanılan,
раненые) right after the number, or after «бывших» there («сорок бывших задержанных
рассказали о пытках»: persons once held, the detained counted before), or a participle before
the counted noun («12 похищенных волонтёров»). The whole is the latest figure of that fate anywhere before that is no part of
a figure of the same fate (a subgroup of it), if it counts no fewer: a fate that is itself a
later fate of others is such a whole («из 46 задержанных избиты не менее 15 … четверо
избитых доставлены в больницу»: of the beaten). A fate that cannot follow the noun's makes
no part. Not so:
- in English, whose "detainees", "the wounded" are plain nouns for whoever is held or hurt;
- of the missing, a count of those still missing on its date: those found (dead or alive) or
  freed since are out of it («в списках разыскиваемых 1 286 … 14 разыскиваемых найдены»);
- a lower bound of a lower bound («не менее 234 задержаны … не менее сорока задержанных»):
  two open tallies, which the text does not say are of one group. A range or a round count
  within an open tally is bounded, and a part of it («не менее 400 задержаны … от 15 до 20
  задержанных скончались», «около 30 задержанных»);
- a zero, which is no part of anything.

Once such a count is a part, the fate's noun after «среди»/«из» in a later sentence names the
whole, not the part: «47 задержанных арестованы на 15 суток. Среди задержанных — пятеро
несовершеннолетних» (of all the detained). Parts that were taken of the part by that noun (it
was the latest count named by it) move to the whole; «среди них» stays with the part.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.figures.core import (
    _LATER_FATES,
    HELD_FATES,
    attributed_category,
)
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.numerals import word_value
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

# Endings of the Azerbaijani participles that name persons ("saxlanılan", "yaralanmış").
_AZ_PARTICIPLES = ("mış", "miş", "muş", "müş", "an", "ən")
# Azerbaijani nouns of the hurt that are no participles: "yaralı" (wounded), "xəsarətli"
# ("iki yaralı xəstəxanada vəfat edib": two of the wounded died).
_AZ_HURT = ("yaralı", "xəsarətli")
# Hostages and captives (заложники, пленные, girovlar, əsirlər) are held by whoever took them
# whatever else befalls them, unlike prisoners, whom a sentence may have put away: a count of
# them is of the captured counted before.
_HELD_BY_THE_OTHER_SIDE = "implied:captured"
# Russian parts of speech of a participle or an adjective used as a noun (задержанных).
_RU_SUBSTANTIVES = frozenset({"PRTF", "ADJF", "NOUN"})
# "Former" between a Russian number and its participle: «сорок бывших задержанных».
_RU_FORMER = frozenset({"бывший"})
_AMONG = frozenset({"среди", "из"})


def nest_under_earlier_fates(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Makes a count of persons named by an earlier fate a part of the figure of that fate."""
    if language == "en":
        return
    for n, figure in enumerate(figures):
        if figure.parent is not None or not figure.category or figure.quantity.zero:
            continue
        earlier = _earlier_fate(tokens, figure, lex, language)
        if not earlier or earlier == "missing":
            continue
        if earlier == figure.category:
            if not _taken_again(figure):
                continue
        elif figure.category not in _LATER_FATES.get(earlier, set()):
            continue
        whole = _latest_of(earlier, figure, figures[:n])
        if whole is not None and _others_named_so_between(tokens, whole, figure, figures, language):
            continue
        if whole is not None:
            figure.parent = whole
            if earlier == figure.category:
                _lift_parts_named_by_the_fate(tokens, figure, figures[n + 1 :], lex)
    for n, figure in enumerate(figures):
        if language == "ru" and figure.category == "released" and figure.parent is None:
            figure.parent = _held_group(figure, figures[:n])


def _lift_parts_named_by_the_fate(
    tokens: list[Token], part: Figure, after: list[Figure], lex: Lexicon
) -> None:
    """Parts of ``part`` said in a later sentence after «среди»/«из» and the noun of its fate
    (the noun of the whole) become parts of its whole."""
    for item in after:
        if item.parent is not part:
            continue
        marker = _among_the_fate_before(tokens, item, lex)
        if marker is not None and marker > _sentence_end_after(tokens, part):
            item.parent = part.parent


def _among_the_fate_before(tokens: list[Token], item: Figure, lex: Lexicon) -> int | None:
    """Where «среди задержанных» (the item's fate's noun after «среди» or «из») stands in the
    item's clause before it, or None."""
    k = item.quantity.first - 1
    while k > 0 and tokens[k].text not in CLAUSE_STOPS:
        if tokens[k - 1].lower in _AMONG and _trigger_at(tokens, k, lex) == item.category:
            return k
        k -= 1
    return None


def _sentence_end_after(tokens: list[Token], figure: Figure) -> int:
    k = figure.quantity.end_token
    while k < len(tokens) and tokens[k].text not in CLAUSE_STOPS:
        k += 1
    return k


def _held_group(figure: Figure, before: list[Figure]) -> Figure | None:
    """«Среди задержанных — четыре журналиста … Троих журналистов отпустили»: a count of
    persons released, named by their group, is a part of the latest count of that group held
    before (detained or captured), if it counts no fewer."""
    if figure.subgroup == "all" or figure.quantity.count is None:
        return None
    for whole in reversed(before):
        if whole.subgroup != figure.subgroup or whole.category not in HELD_FATES:
            continue
        most = whole.quantity.most
        return whole if most is not None and most >= figure.quantity.count else None
    return None


def _taken_again(figure: Figure) -> bool:
    """«суд назначил административный арест 23 задержанным», «в ИВС остаются 40
    задержанных»: detained persons named by their detention whom a word of its own (an
    arrest, a place of holding) says are held again or still — so many of the detained."""
    trigger = figure.trigger
    noun = figure.quantity.last + 1
    return (
        figure.category == "detained"
        and trigger is not None
        and not trigger.first <= noun <= trigger.last
    )


def _earlier_fate(tokens: list[Token], figure: Figure, lex: Lexicon, language: str) -> str:
    """The fate the count's noun names the persons by ("" for none)."""
    quantity = figure.quantity
    if quantity.attribute:
        return attributed_category(quantity)
    if quantity.noun == _HELD_BY_THE_OTHER_SIDE:
        return "captured"
    k = quantity.last + 1
    former = language == "ru" and k + 1 < len(tokens) and tokens[k].key in _RU_FORMER
    if former:
        k += 1  # «сорок бывших задержанных»: the persons still named by their detention
    fate = _trigger_at(tokens, k, lex) if k < len(tokens) else ""
    if not fate or quantity.noun not in {"", f"implied:{fate}"}:
        return ""
    if quantity.np_last >= 0 and quantity.np_last not in {k, k - former}:
        return ""
    token = tokens[k]
    if language == "ru" and token.pos not in _RU_SUBSTANTIVES:
        return ""
    if language == "az" and not (
        token.lower.endswith(_AZ_PARTICIPLES) or token.lower.startswith(_AZ_HURT)
    ):
        return ""
    return resolve_category(fate, quantity.counted)


def _others_named_so_between(
    tokens: list[Token], whole: Figure, figure: Figure, figures: list[Figure], language: str
) -> bool:
    """«Среди 318 задержанных — … Мы опросили 91 бывшего задержанного: … Как минимум трое
    задержанных скончались»: another count of persons named by the same noun, with no figure
    of its own, stands between the whole and the count; which of them the count is taken
    from the text does not say, so it is taken from neither."""
    noun = figure.quantity.last + 1
    if noun >= len(tokens):
        return False
    key = tokens[noun].key
    counted = {k for f in figures for k in range(f.quantity.first, f.quantity.last + 1)}
    for k in range(whole.quantity.end_token + 1, figure.quantity.first):
        value = _number_value(tokens[k], language)
        if value is None or value == whole.quantity.count:
            continue  # «Среди 318 задержанных»: the whole itself, named again
        j = k + 1
        # Persons once so («91 бывшего задержанного», now free) are others than those still
        # so, whether or not their count is a figure of its own.
        former = j < len(tokens) and tokens[j].key in _RU_FORMER
        j += former
        if (former or k not in counted) and j < len(tokens) and tokens[j].key == key:
            return True
    return False


def _number_value(token: Token, language: str) -> float | None:
    if token.kind == "num":
        return token.value
    word = word_value(token, language)
    return word.value if word is not None else None


def _trigger_at(tokens: list[Token], k: int, lex: Lexicon) -> str:
    """The act a single word at ``k`` names (задержанных, раненых, saxlanılan), or ""; a noun
    of a group that only implies one (заключённых, məhbus) names none."""
    matched = lex.trigger_set.match_span(tokens, k)
    return matched[0].value if matched is not None and matched[1] == 1 else ""


def _latest_of(category: str, figure: Figure, before: list[Figure]) -> Figure | None:
    count = figure.quantity.most
    for whole in reversed(before):
        if whole.category != category or (
            whole.parent is not None and whole.parent.category == category
        ):
            continue
        if whole.quantity.first >= figure.quantity.first:
            continue
        most = whole.quantity.most
        if count is None or most is None or count > most:
            return None
        if figure.quantity.qualifier == whole.quantity.qualifier == "at_least":
            return None
        return whole
    return None
