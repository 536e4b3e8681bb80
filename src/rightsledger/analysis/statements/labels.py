"""Counts given after a label: "Civilians killed (verified): 312", «разрушено жилых домов: 156",
"Həlak olan uşaqlar: 12".

Fact sheets, situation reports and bulleted lists set the counted noun and its fate before a
colon and the bare number after it. The number then counts the label's noun and suffers its verb: the
first noun the lexicon knows among the label's words (words in a parenthesis only qualify the
label) becomes the counted noun of a number that has none of its own, and the label's verb or
participle what is said of the persons, as a participle before a noun is ("12 abducted aid
workers"); a verb after the colon still says more. A clause before the colon is read so too,
with the sum after it ("They took hostages: in all, 23", «…: всего 14 человек»).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import other_period_in_parenthesis
from rightsledger.analysis.statements.lexicon import (
    PENDING,
    PERSON,
    UNIT,
    UNKNOWN,
    VERB_CLASSES,
    Lexicon,
    names_group,
)
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import BULLETS, LABEL_WORDS, Token

# Verb classes that befall things as well as persons; a label of one alone counts things.
_DONE_TO_THINGS = frozenset({"destroy", "collapse"})
# Words between a label's colon and its number that make the number the sum of what the
# label names: "in all", "a total of", «всего», «итого», "cəmi", "ümumilikdə".
_TOTAL_WORDS = frozenset(
    {"in", "all", "a", "total", "of", ",", "всего", "итого", "cəmi", "ümumilikdə"}
)


# Words that join a bracketed count's act to what stands before it ("Deaths (45) and
# injuries (112)"), and verbs of a sentence, after which a bracket holds a note's number.
_JOINING = frozenset({"and", "or", "as", "well"})
_NOT_OF_A_LABEL = frozenset(
    {"were", "was", "are", "is", "been", "be", "have", "has", "had", "being", "the", "those",
     "these", "of", "who", "that", "which"}
)  # fmt: skip
# What may stand before a bracketed count's label, and how long the label may be.
_OPENERS = frozenset({",", ":", ";", "-", "–", "—", "|", "•", "*", "("})
_BRACKET_LABEL_WORDS = 3
# A speaker's own doing, stressed: no noun of what was counted.
_EMPHATIC = frozenset({"myself", "ourselves", "himself", "herself", "themselves", "özüm", "özümüz"})
_ARTICLES = frozenset({"the", "these", "those"})
# Prepositions that put the label's noun in a place: "of whom in shelters: 3,100".
_OF_PLACE_EN = frozenset({"in", "at", "into", "inside"})
# Prepositions that open a Russian label of time («За неделю:», «В течение суток:», «С
# начала месяца:»), which counts nothing itself.
_RU_PERIOD_OPENERS = frozenset({"за", "в", "во", "с", "со"})


def name_labelled_counts(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, dates: frozenset[int]
) -> None:
    """Gives a bare number after a label's colon the label's counted noun and its verb;
    ``dates`` are the tokens of dates, which a label may hold ("Missing since 2001: 3,512"),
    as it may a period measured ("Wounded in the past 24 hours: 12")."""
    dates |= {
        k for q in quantities if q.non_count == "measure"
        for k in range(q.first, q.end_token + 1)
    }  # fmt: skip
    for quantity in quantities:
        if quantity.noun == PERSON and quantity.first > 0 and not quantity.attribute:
            _act_of_the_label(tokens, quantity, lex, dates)
            continue
        if quantity.noun or quantity.np_last >= 0 or quantity.first == 0:
            continue
        colon = _colon_before(tokens, quantity.first)
        if colon is None:
            _act_before_a_bracket(tokens, quantity, lex)
            continue
        label = _label(tokens, colon, dates)
        if label is None or _other_period(tokens, label, colon):
            continue
        if _en_one_speaker(tokens, label, lex):
            continue  # "Chief doctor: 27 wounded admitted": who told the figure
        nouns = []
        for head in _heads(tokens, label, lex):
            for j in label:
                found = lex.noun_set.match_span(tokens, j)
                # "Community outreach sessions held": the head names what was counted; "of
                # whom in shelters" names where they are, not whom.
                if found is not None and j <= head < j + found[1] and not _of_place(tokens, j):
                    nouns.append(found[0].value)
        # "Killed since the beginning of the year", «Разрушено домов с начала года»: the
        # period of a label that names an act is no thing counted; a noun before it may be.
        act = _act_in(tokens, label, lex)
        if act and UNIT in nouns:
            phrases = (lex.noun_set.match(tokens, j) for j in label)
            nouns = [p.value for p in phrases if p is not None and p.value != UNIT]
        if nouns and set(nouns) == {UNIT} and tokens[label[0]].lower in _RU_PERIOD_OPENERS:
            # «За прошедшую неделю: 58 погибших»: a period the figures after it fall in.
            continue
        if nouns and set(nouns) == {UNIT} and _own_act_after(tokens, quantity, lex):
            # «Итоги недели: 9 погибших, 22 раненых»: a summary of a period; the word after
            # the number says what it counts.
            continue
        things_only = nouns and not any(_of_persons(n) for n in nouns)
        if not act and things_only and _own_act_of_persons_after(tokens, quantity, lex):
            # «Северный участок: 7 погибших», "Lower quarter: 3 killed": a place or a thing
            # heads the line; the word after the number says whom it counts.
            continue
        # «Погибшие дети»: a word for the dead before the noun says the fate, not whom.
        named = [n for n in nouns if not n.startswith("implied:")]
        if not nouns:
            # "Killed since 2001: 41", "Still missing: 1,204": persons the label's act befell;
            # "Outreach sessions held: 143": nothing the lexicon counts.
            _act_of_the_label(tokens, quantity, lex, dates, persons_only=True)
            continue
        quantity.noun = (named or nouns)[0]
        if not quantity.attribute:
            quantity.attribute = act


def _en_one_speaker(tokens: list[Token], label: list[int], lex: Lexicon) -> bool:
    """ "Chief doctor: 27 wounded", "Head nurse: 6 in intensive care": an English label that
    ends in a group's noun in the singular names the one person who gave the figure, not
    whom it counts (a group counted is named in the plural: "Doctors: 3")."""
    if lex.language != "en":
        return False
    head = tokens[label[-1]].lower
    value = lex.nouns.get(head)
    return (
        value is not None
        and names_group(value)
        and not head.endswith("s")
        and lex.nouns.get(head + "s") == value
    )


def _other_period(tokens: list[Token], label: list[int], colon: int) -> bool:
    """Is the label an earlier period in a parenthesis ("(last week: 268)", «(накануне:
    12)»)? Its words say when, not what: the number counts what the figure before it counts
    (``comparisons``), not weeks."""
    opening = label[0] - 1
    return opening >= 0 and other_period_in_parenthesis(tokens[opening : colon + 1])


def _own_act_after(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> bool:
    """Does an act follow the number at once («9 погибших», "12 killed")?"""
    k = quantity.end_token + 1
    return k < len(tokens) and lex.trigger_set.match(tokens, k) is not None


def _of_persons(noun: str) -> bool:
    return noun == PERSON or names_group(noun) or noun.startswith("implied:")


def _own_act_of_persons_after(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> bool:
    """Does an act that only persons suffer follow the number at once («7 погибших», "12
    killed"; not "40 destroyed", which a label's homes may suffer)?"""
    k = quantity.end_token + 1
    act = lex.trigger_set.match(tokens, k) if k < len(tokens) else None
    return act is not None and act.value not in VERB_CLASSES and act.value not in PENDING


def _act_of_the_label(
    tokens: list[Token],
    quantity: Quantity,
    lex: Lexicon,
    dates: frozenset[int],
    *,
    persons_only: bool = False,
) -> None:
    """ "New displacement this week: 2,400 people", "Arrivals since Monday: 900 persons":
    persons counted after a label that names an act suffer it. ``persons_only``: the
    number has no noun, and counts persons only if the act is one that befalls persons
    (not "destroyed", which needs to know what)."""
    colon = _colon_before(tokens, quantity.first)
    label = _label(tokens, colon, dates) if colon is not None else None
    act = _act_in(tokens, label or [], lex)
    if persons_only and act:
        if act in _DONE_TO_THINGS:
            # "Destroyed: 40", «Разрушено: 40», "Dağıdılıb: 40": things the label leaves
            # unnamed were destroyed, not persons killed.
            quantity.noun = UNKNOWN
            return
        if act in VERB_CLASSES:
            return
        quantity.noun = PERSON
    quantity.attribute = act


def _act_before_a_bracket(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> None:
    """ "Casualties this week: killed (45), injured (112)", "Deaths (45) and injuries (112)":
    a bare number alone in brackets right after the words of an act, which stand alone
    (after a colon, a comma, a conjunction or at a line's start, with no verb of a sentence
    among them), counts the persons the act befell, as after a label's colon. A bracket
    after a sentence's verb ("were killed (2)") is a note's number, and is left alone."""
    opening, closing = quantity.first - 1, quantity.end_token + 1
    if opening < 1 or closing >= len(tokens):
        return
    if tokens[opening].text != "(" or tokens[closing].text != ")":
        return
    label: list[int] = []
    k = opening - 1
    while k >= 0 and tokens[k].kind == "word" and tokens[k].lower not in _JOINING:
        if tokens[k].lower in _NOT_OF_A_LABEL or len(label) == _BRACKET_LABEL_WORDS:
            return
        label.insert(0, k)
        if tokens[k].newline_before:
            k = -1  # the label opens its line
        k -= 1
    if k >= 0 and tokens[k].text not in _OPENERS and tokens[k].lower not in _JOINING:
        return  # "… per cent of those killed (106)": no label stands alone there
    # The act's words end the label: "killed (45)", "civilians injured (112)".
    acts = [
        phrase.value
        for j in label
        if (phrase := lex.trigger_set.match(tokens, j)) is not None
        and j + len(phrase.elements) == opening
    ]
    act = acts[0] if acts else ""
    if not act or act in VERB_CLASSES or act in _DONE_TO_THINGS or act in PENDING:
        return
    quantity.noun, quantity.attribute = PERSON, act


def _colon_before(tokens: list[Token], first: int) -> int | None:
    """The label's colon before the number at ``first``: right before it, or before a word
    that says the number is the sum ("They took hostages: in all, 23", «…: всего 14
    человек», "…: cəmi 14 nəfər")."""
    k = first - 1
    while k > 0 and first - k <= 3 and tokens[k].lower in _TOTAL_WORDS:
        k -= 1
    return k if k >= 0 and tokens[k].text == ":" else None


def _act_in(tokens: list[Token], label: list[int], lex: Lexicon) -> str:
    """The act the label names: its first trigger, unless one after it settles what a
    registrar or a victims' word leaves open ("Persons registered as missing")."""
    acts = [t.value for j in label if (t := lex.trigger_set.match(tokens, j)) is not None]
    settled = [act for act in acts if act not in PENDING]
    return (settled or acts or [""])[0]


def _of_place(tokens: list[Token], j: int) -> bool:
    """Does a preposition of place open the noun at ``j`` ("in shelters", "at the border")?"""
    k = j - 1
    if k >= 0 and tokens[k].lower in _ARTICLES | {"a", "an"}:
        k -= 1
    return k >= 0 and tokens[k].lower in _OF_PLACE_EN


def _heads(tokens: list[Token], label: list[int], lex: Lexicon) -> tuple[int, ...]:
    """Where the label's head noun may stand: before its first verb ("Civilians killed"),
    else last («Разрушено жилых домов», "Tam dağılmış evlər", "Погибшие дети"). A witness's
    "myself" ("I counted the bodies myself: 23", "Cəsədləri özüm saydım: 23") is no head."""
    label = [j for j in label if tokens[j].lower not in _EMPHATIC]
    for k, j in enumerate(label):
        verb = lex.trigger_set.match(tokens, j) if k > 0 else None
        if verb is None:
            continue
        after = j + len(verb.elements)
        if after in label and tokens[after].lower in _ARTICLES:
            after += 1  # "I counted the bodies"
        if after in label and lex.noun_set.match(tokens, after) is not None:
            # "The soldiers killed civilians: fourteen in all": a clause, and a noun right
            # after its verb is the verb's object, whom the count counts.
            return (after,)
        return (label[k - 1], label[-1])
    return (label[-1],)


def _label(tokens: list[Token], colon: int, dates: frozenset[int]) -> list[int] | None:
    """The word tokens of the label that ends at ``colon``, outside parentheses and dates;
    ``None`` when what stands before the colon is no label (a number, a sentence's end, too
    many words)."""
    words: list[int] = []
    depth = 0
    i = colon - 1
    while i >= 0:
        token = tokens[i]
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            depth -= 1
        elif i in dates:
            pass  # "Registered as missing since 2001", "Killed on 3 May"
        elif depth == 0:
            if token.kind in ("num", "numdate"):
                return None
            if token.kind == "punct":
                if token.text in BULLETS and (token.newline_before or i == 0):
                    break
                if token.text in ".;:!?":
                    break
                if token.text != "-":
                    return None
            else:
                words.append(i)
        if token.newline_before or i == 0:
            break
        i -= 1
    if not words or len(words) > LABEL_WORDS:
        return None
    return words[::-1]
