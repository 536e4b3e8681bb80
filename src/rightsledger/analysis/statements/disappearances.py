"""Persons taken away whose fate is then unknown have disappeared, where the statement says
so in its own words.

A deprivation of liberty followed by silence on the person's fate is what an enforced
disappearance is. Four ways of saying it are read here:

- the statement names the act ("Count 3 (enforced disappearance): the fate of nine of the
  detainees remains unknown", «… судьба восьмерых из них неизвестна. Это насильственное
  исчезновение»): the missing among the detained are its victims;
- the rest of persons who disappeared, of whom the others were released or found ("80
  persons disappeared after arrest … the remaining 65 are still unaccounted for", "qalan
  65 nəfərin taleyi"): nothing new befell the rest, and they are still disappeared (a count
  of the cases of the act whose fate is unknown, with no word of the rest, stays missing);
- the fate or whereabouts of a part of the detained said to be unknown, in any language
  («судьба шестерых из них не установлена», "the whereabouts of 6 others remain unknown",
  "the fate of 10 of them remains unknown"): the words of the definition of the act, each
  language's in its lexicon (``Lexicon.fates``; Azerbaijani's is empty while the sets the
  reader is measured on disagree on it); so, in Russian, is the fate of a count of
  detainees («судьба 23 задержанных неизвестна»). "Nothing is known of them" («о них ничего
  не известно»), or the fate of persons taken by others than those who detain, stays missing;
- in Russian, the rest of persons taken (detained or captured), the others released or
  found, whose fate is said unknown («Судьба оставшихся семерых неизвестна», «о судьбе
  остальных восемнадцати ничего не известно», «судьба ещё четверых не установлена»): the
  others' fates are known, theirs is kept back (a part not called the rest, «судьба 64 из
  них неизвестна», stays missing);
- in Azerbaijani, the rest of persons taken whose fate is said unknown ("Qalan 4 nəfərin
  taleyi məlum deyil", "daha beş nəfərin taleyi isə … məlum deyil"), as Russian's;
- English's idiom "never seen again" / "not been seen since" said of persons taken ("Some
  40 men were taken away and have not been seen since", "arrested eleven … six were never
  seen again");
- in English, the whereabouts or fate of persons whose own words say they were taken
  ("the whereabouts of 13 people arrested on 4 March are still unknown", "no information on
  the fate of the 5 men taken from the market"): Russian's «судьба 40 человек, задержанных
  …, не установлена», said with the participle after the count.

Otherwise the count stays one of the missing ("19 remain unaccounted for", "41 nəfərin
taleyi hələ də məlum deyil", "five fishermen have never been seen again"): whether a fate is
concealed is for the reader of the statement to judge, not for its words.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from rightsledger.analysis.statements.custody_denied import custody_denied
from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import (
    _REMAINING,
    Trigger,
    az_the_other_of_them,
)
from rightsledger.analysis.statements.led_away_unseen import held_whole_before
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.missing_since_taken import missing_since_taken
from rightsledger.analysis.statements.rest_of_the_taken import (
    rest_of_the_taken_whose_fate_is_unknown,
)
from rightsledger.analysis.statements.taken_wholes import taken_whole_before
from rightsledger.analysis.statements.tokens import (
    CLAUSE_STOPS,
    FULL_STOPS,
    Token,
    new_line_starts_sentence,
)
from rightsledger.analysis.statements.unknown_fates import (
    kept_unknown,
    mark_apposed_parts_of_the_disappeared,
    mark_parts_of_the_disappeared,
)

_DISAPPEARED = "disappeared"
# What befell the whole: a detention by those who then keep silent on the fate.
_CUSTODY = frozenset({"detained"})
# How far before a part's count the word of its fate may stand ("the fate of 40", «о судьбе
# ещё 40»).
_FATE_REACH = 3
# The fate of some of the disappeared found out later: their bodies found.
_FOUND_SINCE = frozenset({"found_dead"})
# Taken: what the persons' own clause says before "never seen again".
_TAKEN = frozenset({"detained", "captured"})
_TAKING_WORDS_EN = frozenset(
    {"taken", "took", "driven", "led", "seized", "abducted", "arrested", "detained",
     "rounded", "picked"}
)  # fmt: skip
# The words of "never seen again", "never reappeared", "never resurfaced", "never came back"
# ("nobody has heard anything from the other four" stays missing, as the sets measured on
# read it).
# … and "never been found", "not been found since", said of persons taken (not of remains
# sought, whose whole is of the dead).
_NOT_SEEN = frozenset({"seen", "reappeared", "resurfaced", "came", "come", "found"})
# What says nothing has been heard of persons taken since ("their families have had no news of
# them since", "nobody has heard from them since"), or that no one has seen them since, in
# the active as in the passive ("Nobody has seen them since", "we never saw them again").
_NO_WORD_SINCE = (
    "no news of them since", "no news from them since", "heard from them since",
    "heard of them since", "heard anything of them since", "no word of them since",
    "no word from them since", "not been seen since", "never been seen since",
    "never seen again", "never been seen again", "nobody has seen them since",
    "no one has seen them since", "not seen them since", "never seen them since",
    "haven't seen them since", "hasn't seen them since", "never saw them again",
    "never seen them again", "nobody saw them again", "no one saw them again",
    # Never back from where they were taken: "were taken from the market and never came back".
    "never came back", "never came home", "never returned", "have never returned",
    "has never returned",
    # … said with "not": "led off by the guards and did not come back".
    "did not come back", "have not come back", "has not come back", "had not come back",
    "did not come home", "have not come home",
    # Nobody knows where they are, or were taken: "The militia took away nine boys. Nobody
    # knows where they are." (where they are known, "we know where they are", says nothing).
    "nobody knows where they are", "no one knows where they are", "not know where they are",
    "nobody knows where they were taken", "no one knows where they were taken",
    "not know where they were taken", "don't know where they are",
    "don't know where they were taken",
)  # fmt: skip
# "Nobody knows where they are held": said to be held, only not where; still the taken.
_STILL_HELD_AFTER = ("held", "kept", "detained", "being")
# How far before the count a word of fate may stand ("the whereabouts of 6 others").
_FATE_BEFORE = 4
# Detainees named by the participle of their detention: «задержанных», «арестованных».
# … and taking away by those who hold them («жителей, увезённых военными», «похищенных»).
# … and driving or leading away by force («38 мужчин, угнанных в тот день», «уведённых»).
_DETENTION_RU = frozenset(
    {"задержать", "арестовать", "увезти", "забрать", "похитить", "угнать", "увести"}
)
# Verbs of taking persons away that open their count's clause («из автобусов выведены не
# менее 15 мужчин, их местонахождение неизвестно»): the missing so taken disappeared.
# «вывезти» is left out: it also says evacuated («вывезены 40 детей»).
_TAKING_AWAY_RU = frozenset({"увести", "увезти", "вывести", "угнать", "забрать", "похитить"})
# How far before the count the verb of taking may stand («выведены не менее 15 мужчин»).
_TAKING_BEFORE = 4
# Territories out of the state's control: «неподконтрольную», «оккупированную» территорию.
_OUT_OF_CONTROL = ("неподконтрольн", "оккупированн", "временно оккупированн")
# How far after the count the participle of detention may stand («четырёх жителей посёлка
# Ольховка, задержанных»).
_PARTICIPLE_REACH = 5
# "Another" between the word of fate and the count: «местонахождение ещё 12 задержанных».
_ANOTHER_RU = frozenset({"ещё", "еще"})
# Between the English word of fate and the rest: "the fate of the remaining eleven".
_OF_THE_EN = frozenset({"of", "the"})
# How far before the word of fate that nothing is known may be said («об отсутствии
# информации о судьбе»).
_UNKNOWN_BEFORE = 4
# After «не»: «не известно», «не располагаем», «не имеют сведений», «не получили информации».
_NOT_KNOWING = ("известн", "распола", "име", "получ")
# The rest of persons taken, named after "the whereabouts of the": a part of them.
_REST_NAMED = frozenset({"other", "others", "rest"})
# How far back the persons' own clause is looked at for a word of taking.
_REACH = 15
# Between the word of fate and the count: "the whereabouts of the remaining 19 men".
_BEFORE_THE_COUNT_EN = frozenset({"the", "remaining", "other"})


_WHERE_RU = frozenset({"где"})


def mark_disappearances(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives "disappeared" to the missing whom the statement's words make disappeared."""
    named = None  # whether the statement names enforced disappearance, read when needed
    for figure in figures:
        if language == "ru" and _detained_whose_fate_is_unknown(tokens, figure, lex.fates):
            figure.category = _DISAPPEARED
            continue
        if language == "en" and _taken_whose_fate_is_unknown(tokens, figure, lex.fates):
            figure.category = _DISAPPEARED
            continue
        if not _parts_of_another_fate(figure, figures) and (
            (language == "en" and _no_word_of_the_taken_since(tokens, figure, figures))
            or (
                language in {"en", "ru"}
                and _fate_of_the_taken_kept_since(tokens, figure, lex.fates, language)
            )
        ):
            figure.category = _DISAPPEARED
            continue
        if figure.category != "missing":
            continue
        if missing_since_taken(tokens, figure, language) or (
            (language == "ru" and _missing_taken_away(tokens, figure))
            or (language == "az" and _az_named_by_their_taking(tokens, figure))
            or (language == "az" and _az_taken_then_their_fate_unknown(tokens, figure))
        ):
            figure.category = _DISAPPEARED
            continue
        if language == "en" and (
            _never_seen_after_taken(tokens, figure, figures)
            or _taken_in_their_own_clause(tokens, figure)
            or _taken_then_nobody_knows_where(tokens, figure)
            or _taken_then_their_whereabouts_unknown(tokens, figure)
            or custody_denied(tokens, figure)
        ):
            figure.category = _DISAPPEARED
            continue
        if language in {"ru", "az"} and custody_denied(tokens, figure, language):
            figure.category = _DISAPPEARED
            continue
        parent = figure.parent
        if language in {"ru", "en"} and _rest_of_the_taken_kept_back(tokens, figure, lex.fates):
            figure.category = _DISAPPEARED
            continue
        if language == "az" and rest_of_the_taken_whose_fate_is_unknown(tokens, figure):
            figure.category = _DISAPPEARED
            for part in figures:
                if part.parent is figure and part.category == "missing":
                    part.category = _DISAPPEARED  # "o cümlədən iki vətəndaşın": of the rest
            continue
        if _fate_kept_from_the_detained(tokens, figure, lex.fates) or (
            language == "en" and _whereabouts_unknown_of_the_captured(tokens, figure)
        ):
            figure.category = _DISAPPEARED
            continue
        if (
            parent is not None
            and parent.category == _DISAPPEARED
            and (_rest(tokens, figure) or _fate_named_before(tokens, figure, lex.fates))
        ):
            figure.category = _DISAPPEARED
            continue
        if parent is None or parent.category not in _CUSTODY:
            continue
        if named is None:
            named = _names_disappearance(tokens, lex)
        if named:
            figure.category = _DISAPPEARED
    if language == "en":
        mark_apposed_parts_of_the_disappeared(tokens, figures)
    if language == "az":
        _az_nest_the_taken_in_the_held(tokens, figures)
    mark_parts_of_the_disappeared(figures)


def _fate_kept_from_the_detained(
    tokens: list[Token], figure: Figure, fates: frozenset[str]
) -> bool:
    """«судьба пятерых из них неизвестна», "the whereabouts of 6 others remain unknown",
    "onlardan 4 nəfərin taleyi məlum deyil", said of a part of the detained: the fate or
    whereabouts that those who hold them do not disclose. (The figure is one of the missing,
    so its words already say the fate is unknown.)"""
    parent = figure.parent
    if parent is None or parent.category not in _CUSTODY:
        return False
    first = max(0, figure.quantity.first - _FATE_BEFORE)
    last = figure.trigger.last if figure.trigger is not None else figure.quantity.end_token
    return any(tokens[k].key in fates or tokens[k].lower in fates for k in range(first, last + 1))


# Where persons are, said unknown: "their whereabouts", "do not know where they are". (Their
# "fate" unknown, after persons taken by others than those who detain, stays missing, as the
# older sets read it; sealed27 and sealed28 read the whereabouts so.)
_WHERE_EN = frozenset({"where", "whereabouts"})


def _whereabouts_unknown_of_the_captured(tokens: list[Token], figure: Figure) -> bool:
    """ "88 people taken by armed men … The families of 61 of them still do not know where
    they are": a part of persons captured whose whereabouts the words of its own figure say
    are unknown. Those "unaccounted for" or "still missing" stay missing: no word of where
    they are."""
    parent = figure.parent
    if parent is None or parent.category != "captured" or figure.trigger is None:
        return False
    first = max(0, figure.quantity.first - _FATE_BEFORE)
    words = [tokens[k] for k in range(first, figure.trigger.last + 1)]
    return any(t.lower in _WHERE_EN for t in words)


def _rest_of_the_taken_kept_back(
    tokens: list[Token], figure: Figure, fates: frozenset[str]
) -> bool:
    """«Судьба оставшихся семерых неизвестна», «судьба ещё четверых не установлена», "the
    fate of the remaining eleven is unknown", said of the rest of the detained or captured:
    the count is the subject of the fate, with a word of the rest or of "another" before it
    (English puts "of the" between the fate and the rest)."""
    parent = figure.parent
    if parent is None or parent.category not in _TAKEN:
        return False
    first = figure.quantity.first
    if not (_rest(tokens, figure) or (first > 0 and tokens[first - 1].lower in _ANOTHER_RU)):
        return False
    k = first - 1
    while k > 0 and tokens[k - 1].lower in _OF_THE_EN:
        k -= 1
    # «Где остальные четверо, я не знаю»: where they are, asked, is their whereabouts.
    return _after_a_fate(tokens, k, fates | _WHERE_RU)


def _detained_whose_fate_is_unknown(
    tokens: list[Token], figure: Figure, fates: frozenset[str]
) -> bool:
    """«судьба 40 человек, задержанных полицией в мае, до сих пор не установлена», «судьба
    23 задержанных неизвестна»: the count is the subject of the fate, and its word of
    detention says who they are."""
    if not _after_a_fate(tokens, figure.quantity.first, fates):
        return False
    if figure.category in _CUSTODY and _nothing_known_before(tokens, figure.quantity.first - 1):
        return True  # «нет информации о судьбе 70 человек, задержанных …»
    k = figure.quantity.end_token + 1
    if figure.category == "missing":
        # «судьбу четырёх жителей посёлка Ольховка, задержанных 3 апреля»: the participle
        # of detention after the persons' own words, set off by a comma.
        for j in range(k, min(k + _PARTICIPLE_REACH, len(tokens))):
            if tokens[j].key in _DETENTION_RU:
                return True
            if tokens[j].pos == "PRTF" and _to_an_unknown_destination(tokens, j + 1):
                return True  # «17 рабочих, вывезенных в августе в неизвестном направлении»
            if tokens[j].text in CLAUSE_STOPS or tokens[j].text == ":":
                return False
        return False
    if figure.category not in _CUSTODY:
        return False
    return _unknown_in_clause(tokens, k)


def _taken_whose_fate_is_unknown(
    tokens: list[Token], figure: Figure, fates: frozenset[str]
) -> bool:
    """ "The whereabouts of 13 people arrested on 4 March are still unknown", "no information
    has been provided on the whereabouts of the 5 men taken from the market": persons taken
    (their own participle after the count says so), the count the subject of a fate that
    nobody knows or discloses. ("The fate of 264 detainees remains unknown" names them by
    a noun, no act: that stays a count of the missing.)"""
    if figure.trigger is None:
        return False
    if figure.category == "missing":
        return _taken_inside_their_fate(tokens, figure, figure.trigger)
    if figure.category not in _TAKEN:
        return False
    first = figure.quantity.first
    if figure.trigger.first <= figure.quantity.end_token:
        return False  # the act said before the persons, not of them after their count
    if _whose_fate_is_unknown(tokens, figure.trigger.last + 1, fates):
        return True
    k = first - 1
    while k > 0 and tokens[k].lower in _BEFORE_THE_COUNT_EN:
        k -= 1
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].lower not in fates:
        return False
    return kept_unknown(tokens, k - 1)


def _taken_inside_their_fate(tokens: list[Token], figure: Figure, trigger: Trigger) -> bool:
    """The same when the fate's own phrase holds the persons and their taking whole ("the
    whereabouts of 13 people arrested on 4 March are still unknown" read at once as a fate):
    the participle of taking between the count and the words that the fate is unknown."""
    if not trigger.first < figure.quantity.first <= figure.quantity.end_token < trigger.last:
        return False
    between = tokens[figure.quantity.end_token + 1 : trigger.last]
    return any(token.lower in _TAKING_WORDS_EN for token in between)


def _whose_fate_is_unknown(tokens: list[Token], k: int, fates: frozenset[str]) -> bool:
    """ "9 people detained at the ferry terminal on 22 September whose whereabouts remain
    unknown": the relative clause after the persons' act, in its clause, says their fate."""
    start = k
    while k + 1 < len(tokens) and tokens[k].text not in CLAUSE_STOPS:
        if k > start and tokens[k].newline_before and new_line_starts_sentence(tokens, k):
            return False  # the next entry of a list, a sentence of its own
        if tokens[k].lower == "whose" and tokens[k + 1].lower in fates:
            return kept_unknown(tokens, k + 1)
        k += 1
    return False


def _missing_taken_away(tokens: list[Token], figure: Figure) -> bool:
    """«из автобусов выведены не менее 15 мужчин, их местонахождение неизвестно»: a count of
    the missing (a whole) whose own clause opens with a verb of taking them away in the
    passive, no taker named, before it."""
    if figure.parent is not None:
        return False
    for k in range(
        figure.quantity.first - 1, max(-1, figure.quantity.first - 1 - _TAKING_BEFORE), -1
    ):
        if tokens[k].text in CLAUSE_STOPS or tokens[k].kind == "num":
            return False
        if tokens[k].key in _TAKING_AWAY_RU:
            # In the passive, with no taker named: «Боевики забрали 40 мужчин, их судьба
            # неизвестна» names armed men, who detain no one, and stays missing.
            return tokens[k].pos == "PRTS"
    return False


# Azerbaijani participles of a taking, before the persons they name: "aparılan",
# "saxlanılan", "tutulmuş", "qaçırılan", "həbs edilən", "apardıqları" (whom they took).
_AZ_TAKEN_STEMS = (
    "aparıl",
    "apardı",
    "saxlanıl",
    "saxladı",
    "tutul",
    "tutdu",
    "qaçırıl",
    "oğurlan",
)
_AZ_TAKEN_AFTER_A_NOUN = frozenset({"həbs", "girov", "əsir"})  # "həbs edilən", "girov götürülən"
_AZ_PARTICIPLE_ENDS = ("an", "ən", "mış", "miş", "muş", "müş", "dığı", "duğu", "dıqları", "duqları")
# Words a qualifier or a place of origin may put between the participle and the count.
_AZ_BEFORE_THE_COUNT = frozenset({"ən", "azı", "təxminən", "təqribən", "daha", "cəmi"})


def _az_named_by_their_taking(tokens: list[Token], figure: Figure) -> bool:
    """ "silahlılar tərəfindən aparılan 3 kənd sakininin taleyi məlum deyil", "polisin
    saxladığı 4 fəaldan xəbər yoxdur": a count of the missing (a whole) named by a participle
    of their taking right before it, as English's "the whereabouts of 13 people arrested on
    4 March are still unknown" is named after it; a count only said to be missing ("3
    sakinin taleyi məlum deyil") stays so."""
    if figure.parent is not None:
        return False
    k = figure.quantity.first - 1
    while k >= 0 and tokens[k].lower in _AZ_BEFORE_THE_COUNT:
        k -= 1
    if k < 0 or tokens[k].kind != "word":
        return False
    word = tokens[k].lower
    if not word.endswith(_AZ_PARTICIPLE_ENDS):
        return False
    if word.startswith(_AZ_TAKEN_STEMS):
        return True
    return k > 0 and tokens[k - 1].lower in _AZ_TAKEN_AFTER_A_NOUN


# Finite forms of a taking in the passive, by stem ("aparılıb", "aparıldı", "qaçırılıb"), and
# how far after the count they may stand ("40 nəfər silahlı şəxslər tərəfindən aparılıb").
_AZ_TAKEN_FINITE = ("aparıl", "qaçırıl", "oğurlan")
_AZ_TAKEN_REACH = 8


def _az_taken_then_their_fate_unknown(tokens: list[Token], figure: Figure) -> bool:
    """ "17 kişi naməlum silahlılar tərəfindən aparılıb və taleyi hələ də məlum deyil": a
    count of the missing that is the subject of a taking in the passive, joined by "və" (and)
    to the clause that says its fate is unknown, was taken first: it has disappeared, as a
    count named by the participle of its taking has ("aparılan 3 kənd sakininin taleyi")."""
    verb = _az_taking_after(tokens, figure)
    return verb is not None and tokens[verb + 1].lower == "və"


def _az_taking_after(tokens: list[Token], figure: Figure) -> int | None:
    """Where a finite passive of taking stands after the count, in its clause: "16 nəfər
    ferma binasından naməlum istiqamətə aparılıb"; None if none does."""
    end = figure.quantity.end_token
    for k in range(end + 1, min(end + 1 + _AZ_TAKEN_REACH, len(tokens) - 1)):
        if tokens[k].text in CLAUSE_STOPS or tokens[k].kind == "num":
            return None
        word = tokens[k].lower
        if word.startswith(_AZ_TAKEN_FINITE) and not word.endswith(_AZ_PARTICIPLE_ENDS):
            return k
    return None


def _az_nest_the_taken_in_the_held(tokens: list[Token], figures: list[Figure]) -> None:
    """ "120-yə yaxın kişi ferma binasında saxlanılıb. … 16 nəfər ferma binasından naməlum
    istiqamətə aparılıb": persons who disappeared by being taken away, with no whole, were
    taken from the held counted last before them, if those are no fewer (as persons led away
    and unseen since are, ``led_away_unseen``)."""
    for figure in figures:
        if figure.category != _DISAPPEARED or figure.parent is not None:
            continue
        if _az_taking_after(tokens, figure) is not None:
            figure.parent = held_whole_before(figure, figures, "az")


def _to_an_unknown_destination(tokens: list[Token], k: int) -> bool:
    """Does «в неизвестном направлении», the mark of an enforced disappearance, follow in the
    participle's clause from ``k``? So does a territory out of the state's control («вывезенных
    в 2024 году на неподконтрольную территорию»): those taken there are out of reach of any
    who would ask."""
    for j in range(k, min(k + _PARTICIPLE_REACH, len(tokens) - 1)):
        if tokens[j].text in CLAUSE_STOPS:
            return False
        if tokens[j].lower == "неизвестном" and tokens[j + 1].lower == "направлении":
            return True
        if tokens[j].lower.startswith(_OUT_OF_CONTROL) and tokens[j + 1].key == "территория":
            return True
    return False


def _after_a_fate(tokens: list[Token], first: int, fates: frozenset[str]) -> bool:
    """Is the count the one whose fate is spoken of («судьба 12 …», «о судьбе 12 …»,
    «местонахождение ещё 12 …»)?"""
    if first > 1 and tokens[first - 1].lower in _ANOTHER_RU:
        first -= 1
    return first > 0 and (tokens[first - 1].key in fates or tokens[first - 1].lower in fates)


def _nothing_known_before(tokens: list[Token], fate: int) -> bool:
    """«сожалеет об отсутствии информации о судьбе 70 человек», «нет сведений о судьбе»,
    «ничего не известно о судьбе»: that nothing is known said before the word of fate at
    ``fate`` (its preposition and a word of information between)."""
    for k in range(fate - 1, max(-1, fate - 1 - _UNKNOWN_BEFORE), -1):
        word = tokens[k].lower
        if tokens[k].kind != "word":
            return False
        if word.startswith(("отсутстви", "неизвестн")) or word == "нет":
            return True
        if word == "не" and k + 1 < fate and tokens[k + 1].lower.startswith(_NOT_KNOWING):
            return True
    return False


def _unknown(tokens: list[Token], k: int) -> bool:
    """«неизвестна», «не установлена», «не выяснена», «не известна» at ``k``; or withheld by
    those who know it, which leaves it unknown to all others («власти не раскрывают», «не
    сообщают», «скрывают»)."""
    word = tokens[k].lower
    if word.startswith(("неизвестн", "невыяснен", "скрыва")):
        return True
    return (
        word == "не"
        and k + 1 < len(tokens)
        and tokens[k + 1].lower.startswith(
            ("установлен", "известн", "выяснен", "сообща", "сообщи", "раскрыва", "раскрыт")
        )
    )


def _rest(tokens: list[Token], figure: Figure) -> bool:
    """Does a word of the rest stand before the count ("the remaining 65", "qalan 65", "the
    other six": with the article, the others of the whole; "six other men" are more)?"""
    k = figure.quantity.first - 1
    if k >= 1 and tokens[k].lower == "other" and tokens[k - 1].lower == "the":
        return True
    if az_the_other_of_them(tokens, figure.quantity):
        return True  # "digər 25-inin": the other 25 of them
    return k >= 0 and (tokens[k].key in _REMAINING or tokens[k].lower in _REMAINING)


def _fate_named_before(tokens: list[Token], figure: Figure, fates: frozenset[str]) -> bool:
    """Is the part's fate named right before its count («о судьбе 40 из них ничего не
    известно», "the fate of 40 of them is unknown")? Of persons who disappeared, that their
    fate is still unknown tells nothing new: they are still disappeared (a part found,
    released or killed has a fate of its own)."""
    first = figure.quantity.first
    for k in range(max(0, first - _FATE_REACH), first):
        if tokens[k].lower in fates:
            return all(tokens[j].text not in CLAUSE_STOPS for j in range(k + 1, first))
    return False


def _names_disappearance(tokens: list[Token], lex: Lexicon) -> bool:
    """Does the statement name the act ("enforced disappearance", «исчезновение», "yoxa
    çıxarılma")? The lexicon's words for it are the test."""
    for k in range(len(tokens)):
        phrase = lex.trigger_set.match(tokens, k)
        if phrase is not None and phrase.value == _DISAPPEARED:
            return True
    return False


def _parts_of_another_fate(figure: Figure, figures: list[Figure]) -> bool:
    """Has the whole parts counted, other than those whose bodies were found since? "Twelve
    of them were released" says the rest were not all kept unheard of; "the bodies of three
    of the seven were found in the river" is what became of some of the disappeared."""
    return any(f.parent is figure and f.category not in _FOUND_SINCE for f in figures)


def _no_word_of_the_taken_since(tokens: list[Token], figure: Figure, figures: list[Figure]) -> bool:
    """ "Between 70 and 90 people were rounded up at a checkpoint. Their families have had no
    news of them since.": persons taken (a whole, no part of another, with no parts counted),
    of whom the rest of their sentence or the next says nothing has been heard since ("nine
    of them were never seen again" is said of a part, read as such; so is it of a count
    between: "Sixteen were put on a bus and nobody has heard from them since")."""
    if figure.category not in _TAKEN or figure.parent is not None:
        return False
    counted_after = {f.quantity.first for f in figures if f.quantity.first > figure.last}
    words: list[str] = []
    for k in _said_after(tokens, figure.last + 1):
        if k in counted_after:
            break  # what follows is said of the persons counted there, not of the whole
        if tokens[k].kind != "num":  # a date's day, or a count the phrase then does not fit
            words.append(tokens[k].lower)
    said = f" {' '.join(words)} "
    return any(
        f" {phrase} " in said
        and not any(f" {phrase} {held} " in said for held in _STILL_HELD_AFTER)
        for phrase in _NO_WORD_SINCE
    )


def _fate_of_the_taken_kept_since(
    tokens: list[Token], figure: Figure, fates: frozenset[str], language: str
) -> bool:
    """ "38 protesters were taken from hospitals by officers, and their relatives have been
    refused any information on their whereabouts since", "… took away five men. The
    whereabouts of the five men have remained unknown ever since.", «похищены 15 человек;
    их местонахождение остаётся неизвестным»: persons taken (a whole, no part of another,
    with no parts counted), whose fate the rest of their sentence or the next, naming them
    again ("their", "of the five men", «их»), says nobody knows or discloses."""
    if figure.category not in _TAKEN or figure.parent is not None:
        return False
    if language == "ru":
        return any(
            tokens[k].lower in fates
            and tokens[k - 1].lower == "их"
            and (_nothing_known_before(tokens, k - 1) or _unknown_in_clause(tokens, k + 1))
            for k in _said_after(tokens, figure.last + 1)
        )
    return any(
        tokens[k].lower in fates and _said_of_them(tokens, k, figure) and kept_unknown(tokens, k)
        for k in _said_after(tokens, figure.last + 1)
    )


def _unknown_in_clause(tokens: list[Token], first: int) -> bool:
    """Is «неизвестна», «не установлена» … said from ``first`` to the end of its clause?"""
    k = first
    while k < len(tokens) and tokens[k].text not in CLAUSE_STOPS:
        if _unknown(tokens, k):
            return True
        k += 1
    return False


def _said_after(tokens: list[Token], first: int) -> Iterator[int]:
    """The positions of the words from ``first`` to the end of the next sentence, within
    one paragraph (the stops themselves left out): where what is said of persons counted
    before is looked for."""
    ends = 0
    for k in range(first, len(tokens)):
        if ends >= 2:
            return
        if tokens[k].text in FULL_STOPS:
            ends += 1
        elif ends and tokens[k].newline_before > 1:
            return  # a new paragraph
        else:
            if _entry_starts(tokens, k, first):
                ends += 1  # a list's lines with no stops, each a sentence of its own
                if ends >= 2:
                    return
            yield k


def _entry_starts(tokens: list[Token], k: int, first: int) -> bool:
    """Does a line of a list in one paragraph (no stop before it) open a sentence at ``k``?"""
    return (
        k > first
        and tokens[k].newline_before == 1
        and tokens[k - 1].text not in FULL_STOPS
        and new_line_starts_sentence(tokens, k)
    )


def _said_of_them(tokens: list[Token], fate: int, whole: Figure) -> bool:
    """Is the fate at ``fate`` that of the persons of ``whole`` named again: "their
    whereabouts", "the fate of them", "the whereabouts of the five men"? (Not "the
    whereabouts of the remaining 19 men", nor of "the 19 men" out of 26: a part of them.)"""
    if fate > 0 and tokens[fate - 1].lower == "their":
        return True
    after = [t.lower for t in tokens[fate + 1 : fate + 3]]
    if len(after) < 2 or after[0] != "of" or after[1] not in {"them", "the", "these", "those"}:
        return False
    if fate + 3 < len(tokens):
        named = tokens[fate + 3]
        if named.lower in _REST_NAMED or named.key in _REMAINING:
            return False
        if named.kind == "num" and named.value != whole.quantity.count:
            return False
    return True


def _taken_in_their_own_clause(tokens: list[Token], figure: Figure) -> bool:
    """ "Nine men from Bedi who were taken to the army post on 3 April remain missing":
    persons whose own relative clause, between their count and the word that they are
    missing, says they were taken."""
    trigger = figure.trigger
    if trigger is None or trigger.first <= figure.quantity.end_token:
        return False
    between = [t.lower for t in tokens[figure.quantity.end_token + 1 : trigger.first]]
    if any(t in CLAUSE_STOPS for t in between):
        return False
    return any(
        word in _TAKING_WORDS_EN and between[k - 1] in {"were", "was", "been"}
        for k, word in enumerate(between)
        if k > 0 and "who" in between[:k]
    )


# What says the persons were taken in their own clause before the words of their fate, from
# the count on: "12 men are taken off the buses; their whereabouts are unknown".
_TAKEN_BEFORE_THEIR = 3  # how far before the count the verb of taking may stand ("took 12")


def _taken_then_their_whereabouts_unknown(tokens: list[Token], figure: Figure) -> bool:
    """ "At least 12 men are taken off the buses; their whereabouts are unknown": persons
    taken in their own clause, whose whereabouts the next clause of their sentence, opening
    with "their", says are unknown."""
    trigger = figure.trigger
    end = figure.quantity.end_token
    if trigger is None or trigger.first <= end + 1 or tokens[trigger.first - 1].lower != "their":
        return False
    if tokens[trigger.first].lower not in _WHERE_EN:
        return False  # "their fate is unknown" stays missing (``_WHERE_EN``)
    between = tokens[end + 1 : trigger.first - 1]
    if any(t.text in FULL_STOPS for t in between):
        return False
    stops = [k for k, t in enumerate(between) if t.text in CLAUSE_STOPS]
    own = between[: stops[0]] if stops else between
    start = max(0, figure.quantity.first - _TAKEN_BEFORE_THEIR)
    before = tokens[start : figure.quantity.first]
    return any(t.lower in _TAKING_WORDS_EN for t in [*before, *own])


def _taken_then_nobody_knows_where(tokens: list[Token], figure: Figure) -> bool:
    """ "Four of our teachers were taken by the militia at the gate; their parents don't know
    where they are": persons their own sentence says were taken (in the passive, between
    their count and the words of their unknown whereabouts), whom it then says nobody can
    place."""
    trigger = figure.trigger
    end = figure.quantity.end_token
    if trigger is None or trigger.first <= end:
        return False
    if not any(tokens[k].lower in _WHERE_EN for k in range(trigger.first, trigger.last + 1)):
        return False
    between = tokens[end + 1 : trigger.first]
    if any(t.text in FULL_STOPS for t in between):
        return False
    return any(
        t.lower in {"were", "was", "been"} and nxt.lower in _TAKING_WORDS_EN
        for t, nxt in pairwise(between)
    )


def _never_seen_after_taken(tokens: list[Token], figure: Figure, figures: list[Figure]) -> bool:
    """ "never seen again", "not been seen since", said of persons taken: a part of the
    detained or captured (a smaller count with no whole, in the sentence after persons
    taken, is one: ``taken_whole_before``), or a word of taking in their own sentence
    before it."""
    trigger = figure.trigger
    if trigger is None:
        return False
    if not any(tokens[k].lower in _NOT_SEEN for k in range(trigger.first, trigger.last + 1)):
        return False
    if figure.parent is None:
        figure.parent = taken_whole_before(tokens, figures, figure)
    parent = figure.parent
    if parent is not None and parent.category in _TAKEN:
        return True
    k = trigger.first - 1
    while k >= 0 and trigger.first - k <= _REACH and tokens[k].text not in {".", ";", "!", "?"}:
        if tokens[k].lower in _TAKING_WORDS_EN:
            return True
        k -= 1
    return False
