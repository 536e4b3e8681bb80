"""Russian and Azerbaijani: persons led away and never seen again have disappeared.

«Троих увели ночью, и больше их никто не видел», «Пришли солдаты и вывели всех мужчин,
человек двенадцать. Больше мы их не видели»: the count is the object of a verb of leading or
taking away (увели, увезли, вывели, забрали, угнали …), or of the last of predicates joined
by «и» that share it («пятерых посадили в машину и увезли»), and the same sentence or the next
says that no one has seen them since. A deprivation of liberty followed by silence on the
persons' fate is what an enforced disappearance is, as English's "were taken away and
never seen again" (``disappearances._never_seen_after_taken``).

Not so where no verb of taking governs the count: «Остальных троих мы больше не видели»
(the rest of persons taken two sentences before) stays missing, and a count in a clause of
its own after a dash («увезли … — всего в машине было человек тридцать. Больше я их не
видела»: «их» are the persons named as the verb's object, not the thirty) is none of those
unseen. Nor is «о них ничего не известно» said of them: nothing known stays missing, as
``disappearances`` reads it.

Those led away were among the held counted last before them, if that whole counts no fewer
(«Нас держали в гараже, человек тридцать. Двоих однажды ночью вывели …»); a count marked as
a part («Троих из них … увели») whose whole the reader has not counted is left unread
rather than read as a whole.

Azerbaijani says it with the object before its verb and "bir daha" (again) or "o vaxtdan" (since)
before the negated "görmək" (to see): "Altı kişini apardılar və bir daha onları görmədik"; or
with no news of them since, or none at all: "o vaxtdan onlardan xəbər yoxdur", "onlardan heç
bir xəbər yoxdur"; or that they did not come back: "Beş kişi aparıldı və geri qayıtmadı",
"… apardılar; aparılanlardan heç biri geri qayıtmayıb" (none of those taken came back: the
participle of taking in the ablative, with "heç biri", takes up all the taken, so the verb
is the one before it). That none came back says they are unseen; it is no count of its own
(no zero of the released).
"""

from __future__ import annotations

from collections.abc import Callable

from rightsledger.analysis.statements.figures import Figure, subgroup_of
from rightsledger.analysis.statements.figures.core import HELD_FATES
from rightsledger.analysis.statements.figures.taking_back import with_added, without
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES, FULL_STOPS, Token

_DISAPPEARED = "disappeared"
# "Onlardan" (of them) before a count, and the fates the taken may meet later.
_AZ_OF_THEM = "onlardan"
_LATER_OF_THE_TAKEN = frozenset({"found_dead", "killed", "released", "identified"})
# Verbs of leading or taking persons away, by dictionary form.
_TAKE_AWAY = frozenset(
    {"увести", "увезти", "вывести", "вывезти", "забрать", "угнать", "похитить", "схватить",
     "задержать", "арестовать"}
)  # fmt: skip
# Azerbaijani verbs of taking away, by stem ("apardılar", "aparılıb", "götürdülər"), and the
# words of "again" or "since" before the negated "gör-" ("bir daha … görmədik", "o vaxtdan").
_AZ_TAKE_AWAY = ("apar", "götür", "qaçır")
_AZ_SINCE = frozenset({"daha", "vaxtdan", "gündən", "bəri", "heç"})
# "Geri qayıtmadı" (did not come back), by the negated stem of "qayıt-" / "qayıd-" after
# "geri" (back): those taken away and not come back are unseen since, as much as "görmədik".
_AZ_BACK, _AZ_NOT_RETURNED = "geri", ("qayıtma", "qayıtmı", "dönmə")
_AZ_NOT_SEEN = "görmə"
# "Aparılanlardan heç biri" (none of those taken): the ablative of the participle of taking,
# which takes up the taken named before, and the words of "none" after it.
_AZ_ABLATIVE_ENDS = ("dan", "dən")
_AZ_NONE_OF = ("heç", "biri")
_RELEASED = "released"
# "Xəbər yoxdur", "xəbər olmayıb", "xəbər olmadığını": there is no news (of them).
_AZ_NEWS, _AZ_NONE = "xəbər", ("yox", "olma")
# What the count may have been read as before its persons are known to be unseen: taken, or
# missing (a count of the missing said of persons taken).
_REREAD = frozenset({"", "captured", "detained", "missing"})
# Words of "again" or "since" before «не видел…»: «больше», «с тех пор».
_SINCE = frozenset({"больше", "пор"})
# How far before «не» the word of "again" may stand («больше их никто не видел»).
_SINCE_REACH = 4
# How far after its verb the object count may stand («увели пятерых мужчин», «вывели всех
# мужчин, человек двенадцать»).
_OBJECT_REACH = 6
# What ends the clause of the verb and its object: a dash or colon opens a clause of its own.
_CLAUSE_END = FULL_STOPS | DASHES | {":", ";", "(", ")"}
# What joins a verb of taking to a predicate before it that shares its object.
_AND = "и"
# A copula between the verb and a count makes the count a predicate of its own clause.
_COPULAS = frozenset({"было", "были", "был", "была"})


def mark_led_away_unseen(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], lex: Lexicon,
    language: str,
) -> list[Figure]:  # fmt: skip
    """``figures`` with the persons led away and never seen again as disappeared."""
    if language not in {"ru", "az"}:
        return figures
    by_quantity = {id(f.quantity): f for f in figures}
    added: list[Figure] = []
    restated: set[int] = set()
    for k in range(1, len(tokens)):
        if not _not_seen_since(tokens, k, language):
            continue
        verb = _verb_of_taking_before(tokens, k - 1, language)
        if verb is None:
            continue
        quantity = _object_of(tokens, quantities, verb, language)
        if quantity is None:
            continue
        if language == "az":
            # "… heç biri geri qayıtmayıb": none came back restates that all are unseen.
            restated |= {
                id(f)
                for f in figures
                if f.category == _RELEASED and f.quantity.zero and verb < f.quantity.first < k
            }
        figure = by_quantity.get(id(quantity))
        if figure is not None:
            if figure.category in _REREAD:
                figure.category = _DISAPPEARED
                figure.parent = figure.parent or held_whole_before(figure, figures, language)
            continue
        group = _group_apposed(tokens, quantity, lex) or subgroup_of(quantity.noun)
        new = Figure(quantity, _DISAPPEARED, subgroup=group, bound="clause")
        new.parent = held_whole_before(new, figures, language)
        if new.parent is None and _of_them(tokens, quantity):
            continue  # «Троих из них увели»: a part of a whole not read, no figure alone
        by_quantity[id(quantity)] = new
        added.append(new)
        if language == "az":
            _az_give_them_their_parts(tokens, new, figures)
    return with_added(without(figures, restated), added)


def _az_give_them_their_parts(tokens: list[Token], taken: Figure, figures: list[Figure]) -> None:
    """ "6 kişi zirzəmidən aparıldı və geri qayıtmadı. Sonra eşitdim ki, onlardan 3-nün
    cəsədi meşədə tapılıb": a count of "onlardan" (of them) in the next sentence, with no
    whole, found before the persons taken were known to be unseen, is a later fate of theirs."""
    stops = 0
    for k in range(taken.quantity.end_token + 1, len(tokens)):
        if tokens[k].text in FULL_STOPS:
            stops += 1
            if stops > 1:
                return  # past the next sentence
        if stops == 0 or tokens[k].lower != _AZ_OF_THEM:
            continue
        parts = [f for f in figures if f.quantity.first in {k + 1, k + 2} and f.parent is None]
        if parts and parts[0].category in _LATER_OF_THE_TAKEN:
            count, most = parts[0].quantity.count, taken.quantity.most
            if count is not None and most is not None and count < most:
                parts[0].parent = taken
        return


def held_whole_before(figure: Figure, figures: list[Figure], language: str) -> Figure | None:
    """The latest whole told before the persons led away, if it counts persons held and no
    fewer: «Забрали человек двадцать. … Троих увезли, и больше их никто не видел» (those led
    away were among the held, as those released after a seizure are)."""
    wholes = [f for f in figures if f.parent is None and f.category and f.last < figure.first]
    if language == "az":
        # "40-a yaxın kişi ilə birlikdə zirzəmidə saxlanıldım. … ən azı 8 kişini döydülər. … 6
        # kişi zirzəmidən aparıldı və geri qayıtmadı": what befell some of the held in
        # between names no whole of its own; those taken away were taken from the held.
        wholes = [f for f in wholes if f.category in HELD_FATES]
    if not wholes:
        return None
    whole = max(wholes, key=lambda f: f.quantity.first)
    most, count = whole.quantity.most, figure.quantity.most
    if whole.category not in HELD_FATES or most is None or count is None or count > most:
        return None
    return whole


def _not_seen_since(tokens: list[Token], k: int, language: str) -> bool:
    """«больше их никто не видел», «с тех пор их не видели»: «не видел…» at ``k - 1``, ``k``
    after a word of "again" or "since"; "bir daha onları görmədik" at ``k``."""
    if language == "az":
        # "görmədik", or "görən olmayıb" (no one has seen them), or no news of them since
        # ("o vaxtdan onlardan xəbər yoxdur", "… xəbər olmadığını", "heç bir xəbər yoxdur":
        # no news at all); or not come back ("… aparıldı və geri qayıtmadı").
        after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if tokens[k - 1].lower == _AZ_BACK and tokens[k].lower.startswith(_AZ_NOT_RETURNED):
            return True
        unseen = (
            tokens[k].lower.startswith(_AZ_NOT_SEEN)
            or (tokens[k].lower == "görən" and after.startswith("olma"))
            or (tokens[k].lower == _AZ_NEWS and after.startswith(_AZ_NONE))
        )
        return unseen and any(
            tokens[j].lower in _AZ_SINCE for j in range(max(0, k - _SINCE_REACH), k)
        )
    return (
        tokens[k].lower.startswith("видел")
        and tokens[k - 1].lower == "не"
        and (_said_since(tokens, k - 1))
    )


def _az_none_of_the_taken(tokens: list[Token], j: int) -> bool:
    """ "aparılanlardan heç biri": the participle of taking at ``j`` in the ablative, with
    "heç biri" (none) right after it, names the taken told of before, not a taking."""
    after = tuple(t.lower for t in tokens[j + 1 : j + 3])
    return tokens[j].lower.endswith(_AZ_ABLATIVE_ENDS) and after == _AZ_NONE_OF


def _of_them(tokens: list[Token], quantity: Quantity) -> bool:
    """Is the count marked as a part of persons named before («троих из них»)?"""
    after = [t.lower for t in tokens[quantity.end_token + 1 : quantity.end_token + 3]]
    return after[:1] == ["из"] and after[1:] in (["них"], ["которых"], ["этих"])


def _group_apposed(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> str:
    """«вывели всех мужчин, человек двенадцать»: the group named with no number right before
    the comma a count of persons is set after (its subgroup)."""
    comma = quantity.start_token - 1
    if quantity.noun not in {"", PERSON} or comma < 1 or tokens[comma].text != ",":
        return ""
    for start in range(max(0, comma - 2), comma):
        found = lex.noun_set.match_span(tokens, start)
        if (
            found is not None
            and start + found[1] == comma
            and found[0].value.startswith("subgroup:")
        ):
            return subgroup_of(found[0].value)
    return ""


def _said_since(tokens: list[Token], negation: int) -> bool:
    """Does «больше» or «с тех пор» stand shortly before the «не» at ``negation``?"""
    for j in range(negation - 1, max(-1, negation - 1 - _SINCE_REACH), -1):
        if tokens[j].text in _CLAUSE_END or tokens[j].text == ",":
            return False
        if tokens[j].lower in _SINCE:
            return True
    return False


def _verb_of_taking_before(tokens: list[Token], negation: int, language: str) -> int | None:
    """The nearest verb of taking away before ``negation``, in its sentence or the one
    before (in one paragraph)."""
    ends = 0
    for j in range(negation - 1, -1, -1):
        if tokens[j].text in FULL_STOPS:
            ends += 1
            if ends > 1:
                return None
        if language == "az" and tokens[j].lower.startswith(_AZ_TAKE_AWAY):
            if not _az_none_of_the_taken(tokens, j):
                return j
            continue  # "aparılanlardan heç biri": the taken named before
        if tokens[j].key in _TAKE_AWAY and tokens[j].pos == "VERB":
            return j
        if tokens[j].newline_before > 1:
            return None
    return None


def _persons(quantity: Quantity, *, vague: bool = False) -> bool:
    """Is the quantity a count of persons (or, if ``vague`` may be, a number of them left
    uncounted: "bir neçə gənci apardılar")?"""
    noun = quantity.noun
    uncounted = quantity.count is None and quantity.high is None
    if quantity.non_count or quantity.zero or (uncounted and not vague):
        return False
    return noun in {PERSON, "", UNKNOWN} or names_group(noun)


def _object_of(
    tokens: list[Token], quantities: list[Quantity], verb: int, language: str
) -> Quantity | None:
    """The count of persons the verb at ``verb`` takes: after it in its clause («увели
    пятерых мужчин»), or else before it in its sentence with no other verb between («Троих
    из них, самых молодых, увели»); in Azerbaijani before it, in its clause ("altı kişini
    apardılar")."""
    if language == "az":
        # A vague number too, in Azerbaijani: "bir neçə gənci apardılar" (took a few young
        # men away) and no news of them since.
        near = [q for q in quantities if verb - _OBJECT_REACH <= q.end_token < verb]
        return _persons_before(
            tokens, near, verb, lambda t: t.text in _CLAUSE_END | {","}, vague=True
        )
    after = [q for q in quantities if verb < q.first <= verb + _OBJECT_REACH]
    for quantity in sorted(after, key=lambda q: q.first):
        between = tokens[verb + 1 : quantity.first]
        if any(t.text in _CLAUSE_END or t.lower in _COPULAS for t in between):
            break
        if _persons(quantity):
            return quantity
    before = [q for q in quantities if q.end_token < verb]
    if tokens[verb - 1].lower == _AND:
        # «Пятерых из них посадили в машину и увезли»: predicates joined by «и» share the
        # object before the first of them (in one stretch: past a comma the count may be
        # told of in an aside, «мужа и обоих сыновей, старшему было 19, вывели и увезли»).
        return _persons_before(tokens, before, verb, lambda t: t.text in _CLAUSE_END | {","})
    return _persons_before(tokens, before, verb, lambda t: t.text in _CLAUSE_END or t.pos == "VERB")


def _persons_before(
    tokens: list[Token],
    candidates: list[Quantity],
    verb: int,
    stops: Callable[[Token], bool],
    *,
    vague: bool = False,
) -> Quantity | None:
    """The nearest count of persons among ``candidates`` before ``verb`` with no token that
    ``stops`` between them, else None."""
    for quantity in sorted(candidates, key=lambda q: q.end_token, reverse=True):
        if any(stops(t) for t in tokens[quantity.end_token + 1 : verb]):
            return None
        if _persons(quantity, vague=vague):
            return quantity
    return None
