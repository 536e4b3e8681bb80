"""Persons prosecuted for an act: they did it, it did not befall them.

"indicted 9 former officers for torture", "12 soldiers were charged with murder",
«предъявили обвинение 6 полицейским в пытках», "6 nəzarətçi işgəncə verməkdə ittiham olunur":
a count of persons next to a word of prosecution, charged with an act the lexicon names, is no
count of victims. A charge the lexicon does not name ("charged 12 activists with extremism")
says nothing of the kind, and persons charged after what befell them keep it ("arrested and
charged 12 protesters", "saxlanılıb və ittiham olunub"). English suspects counted so ("arrested
4 suspects") are the accused too, whatever is done to them.
"""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.morphology import russian_cases
from rightsledger.analysis.statements.numerals import number_words
from rightsledger.analysis.statements.quantities.az_cases import az_in_the_genitive
from rightsledger.analysis.statements.tokens import Token

_WORDS_EN = frozenset(
    {
        "indicted",
        "charged",
        "convicted",
        "sentenced",
        "prosecuted",
        "accused",
        "tried",
        "acquitted",
        "jailed",
        "imprisoned",
    }
)

# Persons counted as suspected of the act: what is done to them ("arrested 4 suspects",
# "6 suspects were detained") is done to those thought to have done it, not to its victims.
_SUSPECTS_EN = frozenset({"suspect", "suspects"})

# Dictionary forms (Russian) and stems (Azerbaijani).
_WORDS = {
    # «предъявить» of a charge: «обвинения в убийстве предъявлены 14 лицам».
    "ru": ("обвинение", "обвинять", "обвиняться", "обвинить", "осудить", "осуждать",
           "приговорить", "обвиняемый", "предъявить"),
    # "təqsirli bilib", "təqsirli hesab edib", "təqsirli tanıyıb": found guilty of the charge.
    "az": ("ittiham", "təqsirləndir", "məhkum", "təqsirli"),
}  # fmt: skip

_CONJUNCTIONS_RU = frozenset({"и", "а", "но"})
# Azerbaijani participles that describe the noun after them ("bilinən", "olunan", "edilən").
_AZ_PARTICIPLE_ENDINGS = ("ən", "an")

_EN_AUXILIARIES = frozenset({"were", "was", "have", "has", "been"})
# "held accountable", "held responsible": answerable for an act, as one charged with it.
_HELD_TO_ACCOUNT_EN = frozenset({"accountable", "responsible", "liable"})

# "barəsində", "haqqında" (concerning, against): whom a criminal case ("cinayət işi") is
# opened against.
_AZ_AGAINST = frozenset({"barəsində", "haqqında"})
# The accusative ending of a noun of persons ("sakini", "hərbçini", "7-ni"), and the locative
# of a verbal noun ("öldürməkdə": in killing).
_AZ_ACCUSATIVE = ("ı", "i", "u", "ü")
_AZ_OF_DOING = ("makda", "məkdə")


def prosecuted(tokens: list[Token], lex: Lexicon, language: str, first: int, end: int) -> bool:
    """Are the persons counted from ``first`` to ``end`` (their noun phrase) the accused?"""
    if language == "en":
        return _prosecuted_en(tokens, lex, first, end)
    if language == "ru":
        if _ru_charge_right_before(tokens, lex, first) and any(
            _ru_dative(tokens[k]) for k in range(first, end + 1)
        ):
            # «предъявил обвинения в пытках 14 сотрудникам»: the 14 are charged; «обвинение
            # в убийстве 14 человек» names the victims, in the genitive.
            return True
        # Within the count's own clause: «34 осуждённых, двое из них скончались» — the noun
        # of the count before the comma says nothing of the two.
        before = _unbroken(tokens, range(first - 1, max(-1, first - 3), -1))
        # A verb of an act between them is the count's own predicate, and the word before it
        # names someone else: «в результате действий обвиняемого погибли два человека».
        before = before[: _before_an_act(tokens, lex, before)]
        after = _unbroken(tokens, range(end + 1, min(len(tokens), end + 3)))
        # «… пыток к 14 заключённым и приговорил его к 8 годам»: a verb joined by «и» after
        # the count is its subject's next deed, not a prosecution of the counted.
        after = after[: _before_a_conjunction(tokens, after)]
        for k in before + after:
            if _prosecution_word(tokens[k], language):
                # The charge after the word, or said first with «за»: «За пытки осуждены 12 …».
                return _trigger_in(tokens, lex, max(k, end) + 1, max(k, end) + 6) or (
                    _charge_said_first(tokens, lex, min(k, first))
                )
        return False
    about = _az_in_connection_with(tokens, first - 1) if first > 0 else -1
    if about >= 0 and _trigger_in(tokens, lex, max(0, about - 4), about):
        # "işgəncə faktı ilə bağlı 8 polis əməkdaşı barəsində cinayət işi başlanıb": the
        # act the case is about, said before the persons a case is opened against.
        return True
    if _az_done_to(tokens, lex, first) or _az_object_of_the_act(tokens, lex, first, end):
        return False  # "23 saxlanılana işgəncə verməkdə 11 hərbçini ittiham edib": the 23
    # The word of prosecution at the end of the persons' phrase or right after it.
    accused = any(
        _prosecution_word(tokens[k], language) for k in range(end, min(end + 2, len(tokens)))
    )
    if accused and _az_charge_before(tokens, lex, first):
        return True  # "işgəncə verməkdə 11 hərbçini ittiham edib": the 11
    # Azerbaijani: "<persons> <charge>-da/-də <word of prosecution>".
    for k in range(end + 1, min(len(tokens), end + 8)):
        if tokens[k].kind == "punct":
            break  # "… təqsirli bilinən doqquz mühafizəçiyə hökm oxuyub.": said before them
        if _prosecution_word(tokens[k], language):
            if _az_describes_the_next(tokens, k):
                return False  # "19 məhbusa işgəncə verməkdə təqsirli bilinən üç nəzarətçi"
            charge = range(end + 1, k)
            charged = any(tokens[m].lower.endswith(("da", "də")) for m in charge) and _trigger_in(
                tokens, lex, end + 1, k
            )
            # The charge named by the act's noun right before it: "14 nəfərə qətl ittihamı".
            charged = charged or (k - 1 == end + 1 and _trigger_in(tokens, lex, k - 1, k))
            return charged or _az_cause_before(tokens, lex, first)
    return _az_cause_before(tokens, lex, first)


def _ru_dative(token: Token) -> bool:
    """Is the word only a dative («сотрудникам», «лицам»), not a genitive too?"""
    cases = russian_cases(token.lower)
    return "datv" in cases and "gent" not in cases


def _ru_charge_right_before(tokens: list[Token], lex: Lexicon, first: int) -> bool:
    """«обвинения в пытках 14 сотрудникам»: a word of prosecution, «в» and the act charged,
    right before the count: the persons counted are charged with it."""
    act = first - 1
    if act < 2 or lex.trigger_set.match(tokens, act) is None:
        return False
    return tokens[act - 1].lower == "в" and _prosecution_word(tokens[act - 2], "ru")


def _az_describes_the_next(tokens: list[Token], k: int) -> bool:
    """Does the word of prosecution at ``k`` open a participle ("təqsirli bilinən", "ittiham
    olunan") of persons counted after it? Then those are the accused, not a count before."""
    for m in range(k + 1, min(len(tokens), k + 3)):
        if tokens[m].lower.endswith(_AZ_PARTICIPLE_ENDINGS):
            after = m + 1
            return after < len(tokens) and (
                tokens[after].kind == "num" or tokens[after].lower in number_words("az")
            )
    return False


def _az_cause_before(tokens: list[Token], lex: Lexicon, first: int) -> bool:
    """ "19 məhbusa işgəncə verdiyinə görə üç nəzarətçini … məhkum edib": the act, said as the
    cause ("görə", because) right before the persons counted, is what they are sentenced for;
    so is an act they were found guilty of or charged with, in a participle before them
    ("19 məhbusa işgəncə verməkdə təqsirli bilinən üç nəzarətçi")."""
    k = first - 1
    if k < 0:
        return False
    if tokens[k].lower == "görə":
        return _trigger_in(tokens, lex, max(0, k - 4), k)
    if not tokens[k].lower.endswith(_AZ_PARTICIPLE_ENDINGS):
        return False
    words = range(max(0, k - 2), k)
    said = next((m for m in words if _prosecution_word(tokens[m], "az")), None)
    return said is not None and _trigger_in(tokens, lex, max(0, said - 4), said)


def _az_done_to(tokens: list[Token], lex: Lexicon, first: int) -> bool:
    """Are the persons counted in the dative right before the act ("23 saxlanılana işgəncə
    verməkdə"), those it was done to? The dative is on the number or the word right after
    it; a charge named by the act's noun ("11 nəfərə qətl ittihamı") is what they face."""
    m = first
    while m < len(tokens) and (tokens[m].kind == "num" or tokens[m].lower in number_words("az")):
        m += 1
    number = tokens[m - 1]
    for k in (m - 1, m) if number.kind == "num" and number.suffix else (m,):
        if k + 2 >= len(tokens):
            return False
        ending = tokens[k].suffix if k == m - 1 else tokens[k].lower
        dative = ending.endswith(("a", "ə")) and not ending.endswith(("da", "də"))
        if dative and _trigger_in(tokens, lex, k + 1, k + 2):
            return not _prosecution_word(tokens[k + 2], "az")
    return False


def _az_object_of_the_act(tokens: list[Token], lex: Lexicon, first: int, end: int) -> bool:
    """Are the persons counted from ``first`` to ``end`` those the act was done to, its
    object, with the accused named apart? "beş hərbçini 11 dinc sakini öldürməkdə ittiham
    edib" (the 11 in the accusative, then the act's verbal noun in the locative, another
    count of persons before them or after the act: the accused), "11 sakinin qətlində" (the
    11 in the genitive, owners of the act's noun). One count in the accusative before the act
    alone is the accused ("5 hərbçini öldürməkdə ittiham edib")."""
    if end + 1 >= len(tokens):
        return False
    head = tokens[end]
    ending = head.suffix if head.kind == "num" else head.lower
    act = end + 1
    if az_in_the_genitive(ending) and _trigger_in(tokens, lex, act, act + 1):
        return tokens[act].lower.endswith(("ində", "ında", "ündə", "unda"))
    if not ending.endswith(_AZ_ACCUSATIVE):
        return False
    # The act's verbal noun in the locative, alone or after its noun ("işgəncə verməkdə").
    verbal = next(
        (m for m in (act, act + 1) if m < len(tokens) and tokens[m].lower.endswith(_AZ_OF_DOING)),
        None,
    )
    if verbal is None or not _trigger_in(tokens, lex, act, verbal + 1):
        return False
    # The accused in the accusative too, before the victims or between the act and the word
    # of prosecution ("11 dinc sakini öldürməkdə beş hərbçini ittiham edib").
    near = [*range(max(0, first - 4), first), *range(verbal + 2, min(len(tokens), verbal + 5))]
    return any(_az_accusative_count(tokens, k) for k in near)


def _az_accusative_count(tokens: list[Token], k: int) -> bool:
    """Does a count of persons end at ``k`` as the accused's does: in the accusative after an
    active verb of prosecution ("beş hərbçini", "7-ni"), or in the nominative of a noun that
    ends so too, the subject of a passive one ("beş hərbçi … ittiham olunur")? The ending
    alone tells them apart from the victims' genitive or dative."""
    token = tokens[k]
    if token.kind == "num":
        return token.suffix.endswith(_AZ_ACCUSATIVE)
    counted = k > 0 and (tokens[k - 1].kind == "num" or tokens[k - 1].lower in number_words("az"))
    return counted and token.lower.endswith(_AZ_ACCUSATIVE)


def _az_charge_before(tokens: list[Token], lex: Lexicon, first: int) -> bool:
    """ "işgəncə verməkdə 11 hərbçini ittiham edib": the act, in the locative of its verbal
    noun right before the persons counted, is what they are charged with."""
    k = first - 1
    if k < 0 or not tokens[k].lower.endswith(("makda", "məkdə")):
        return False
    return _trigger_in(tokens, lex, max(0, k - 3), k + 1)


def _az_in_connection_with(tokens: list[Token], k: int) -> int:
    """Where "ilə bağlı" (in connection with) or "üzrə" (on) ends the words before the count
    at ``k + 1``, when a criminal case is opened against the persons after it ("barəsində
    cinayət işi"): the index of the first of those words; else -1."""
    if tokens[k].lower == "üzrə":
        start = k
    elif k > 0 and tokens[k].lower == "bağlı" and tokens[k - 1].lower == "ilə":
        start = k - 1
    else:
        return -1
    for m in range(k + 1, min(len(tokens) - 2, k + 8)):
        if tokens[m].kind == "punct":
            return -1
        if tokens[m].lower in _AZ_AGAINST and tokens[m + 1].lower == "cinayət":
            return start
    return -1


def _charge_said_first(tokens: list[Token], lex: Lexicon, opening: int) -> bool:
    """«За пытки осуждены …»: «за» and an act right before the word of prosecution."""
    return any(
        tokens[m].lower == "за" and _trigger_in(tokens, lex, m, m + 2)
        for m in range(max(0, opening - 3), opening)
    )


def _before_an_act(tokens: list[Token], lex: Lexicon, before: list[int]) -> int:
    """How many of the words before the count come before the first that names an act."""
    for n, k in enumerate(before):
        if lex.trigger_set.match(tokens, k) is not None:
            return n
    return len(before)


def _before_a_conjunction(tokens: list[Token], after: list[int]) -> int:
    """How many of the words after the count come before the first «и», «а» or «но»."""
    for n, k in enumerate(after):
        if tokens[k].lower in _CONJUNCTIONS_RU:
            return n
    return len(after)


def _unbroken(tokens: list[Token], indices: range) -> list[int]:
    """The indices, outward from the count, up to the first punctuation mark."""
    out: list[int] = []
    for k in indices:
        if tokens[k].kind == "punct":
            break
        out.append(k)
    return out


def _prosecuted_en(tokens: list[Token], lex: Lexicon, first: int, end: int) -> bool:
    if tokens[end].lower in _SUSPECTS_EN:
        return True  # "police arrested 4 suspects": a measure against those thought guilty
    if first > 0 and tokens[first - 1].lower in _WORDS_EN:
        return _charged_with_an_act(tokens, lex, end + 1)  # "indicted 9 officers for …"
    if _joined_to_the_accused_en(tokens, first):
        return _charged_with_an_act(tokens, lex, end + 1)  # "convicted Saal and 3 officers of …"
    j = _past_of_phrase(tokens, end + 1)
    start = j
    while j < len(tokens) and tokens[j].lower in _EN_AUXILIARIES:
        j += 1
    if (
        start < j < len(tokens) - 1
        and tokens[j].lower == "held"
        and tokens[j + 1].lower in _HELD_TO_ACCOUNT_EN
    ):
        return _charged_with_an_act(tokens, lex, j + 2)  # "No one has been held accountable for …"
    return (
        start < j < len(tokens)
        and tokens[j].lower in _WORDS_EN
        and _charged_with_an_act(tokens, lex, j + 1)
    )  # "12 soldiers were charged with …"


# How many words may name one accused person before "and" and the count joined to them
# ("convicted former police colonel Viktor Saal and three officers").
_CO_ACCUSED_REACH = 7


def _joined_to_the_accused_en(tokens: list[Token], first: int) -> bool:
    """Is the count joined by "and" to a person right after a word of prosecution ("the
    Court convicted the commander and three officers of torture")? They are accused
    together; the count is of those accused, not of their victims."""
    if first < 3 or tokens[first - 1].lower != "and":
        return False
    for k in range(first - 2, max(-1, first - 2 - _CO_ACCUSED_REACH), -1):
        token = tokens[k]
        if token.lower in _WORDS_EN:
            return k < first - 2  # someone named between the word and "and"
        if token.kind != "word":
            return False  # a mark or another number: not one person's name
    return False


def _past_of_phrase(tokens: list[Token], j: int) -> int:
    """Past a phrase of whose the persons are ("four officers of the district police have been
    charged …"), if one stands there before an auxiliary; else ``j``."""
    if j >= len(tokens) or tokens[j].lower not in {"of", "from"}:
        return j
    for k in range(j + 1, min(j + 7, len(tokens))):
        if tokens[k].kind == "punct":
            return j
        if tokens[k].lower in _EN_AUXILIARIES:
            return k
    return j


def _charged_with_an_act(tokens: list[Token], lex: Lexicon, j: int) -> bool:
    """Does "for", "with" or "of" within a few words name an act the lexicon knows?"""
    for k in range(j, min(j + 10, len(tokens))):
        token = tokens[k]
        if token.kind == "punct" and token.text != "-":
            return False
        if token.lower in {"for", "with", "of"} and _trigger_in(tokens, lex, k + 1, k + 5):
            return True
    return False


def _prosecution_word(token: Token, language: str) -> bool:
    words = _WORDS.get(language, ())
    return token.key in words or token.lower.startswith(words)


def _trigger_in(tokens: list[Token], lex: Lexicon, first: int, past: int) -> bool:
    return any(
        lex.trigger_set.match(tokens, m) is not None for m in range(first, min(past, len(tokens)))
    )
