"""Counts in the answer to a question take the fate the question asked about.

Interviews and hearings ask and answer: «— Есть данные о погибших? — … 214 человек, из них 31
ребёнок», "— How many are still held? — At least 1,600 servicemen", "— Neçə nəfər həlak olub? —
Təxminən 40 nəfər". The answer's count has no verb of its own; the question has it. A count in
the first sentence of the line after a question, with no fate said of it in its own sentence
and no noun the lexicon does not know ("seven exchanges"), takes the persons' fate
named in the question (a verb, or a noun that says it: «погибших», "the dead"), as a
participle before a noun would give it ("12 abducted aid workers").
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES, Token, lines


def answer_questions(tokens: list[Token], quantities: list[Quantity], lex: Lexicon) -> None:
    """Gives counts in an answer the fate its question asked about."""
    spans = _turns(tokens)
    for quantity in quantities:
        if quantity.attribute or quantity.non_count or quantity.counted == UNKNOWN:
            continue  # "seven exchanges": things the lexicon does not know are no persons
        line = next((k for k, (a, b) in enumerate(spans) if a <= quantity.first < b), -1)
        if line < 1:
            continue
        question = spans[line - 1]
        if tokens[question[1] - 1].text != "?":
            continue
        start = _past_the_speaker(tokens, spans[line])
        stops = any(t.text in ".!?;" for t in tokens[start : quantity.first])
        if stops and not _only_a_scene_before(tokens, quantities, (start, quantity.first), lex):
            continue  # the answer's first sentence answers; what follows says more
        if _said_in_the_question(tokens, quantities, question, quantity):
            continue
        fate = _fate_asked(tokens, question, lex)
        if not fate:
            continue
        quantity.attribute = fate
        if not quantity.noun and quantity.np_last < 0:
            # "Have any journalists been freed? — Three in October": the question's persons.
            quantity.noun = _persons_asked(tokens, question, lex)


# Who speaks next, after a question on the same line: "Q: …? A: 412", «Вопрос: …? Ответ: 412»,
# "Sual: …? Cavab: 412"; a dash opens a turn as well ("— How many? — 412").
_ANSWER_MARKS = frozenset({"a", "answer", "о", "ответ", "c", "cavab"})


def _turns(tokens: list[Token]) -> list[tuple[int, int]]:
    """The lines of the text, each split after a question that another speaker answers on
    the same line."""
    turns: list[tuple[int, int]] = []
    for first, past in lines(tokens):
        start = first
        for j in range(first + 1, past):
            if tokens[j - 1].text != "?" or not _opens_an_answer(tokens, j, past):
                continue
            turns.append((start, j))
            start = j
        turns.append((start, past))
    return turns


def _past_the_speaker(tokens: list[Token], turn: tuple[int, int]) -> int:
    """Where the answer begins in its turn: past the speaker's name set in capitals before a
    full stop, as transcripts write who speaks («ПЕТРОВА. Девятеро.», "MS OKAFOR. Nine.");
    that stop ends no sentence of the answer."""
    first, past = turn
    k = first
    while k < past and tokens[k].text.isalpha() and tokens[k].text.isupper():
        k += 1
    if k > first and len(tokens[first].text) > 1 and k < past and tokens[k].text == ".":
        return k + 1
    return first


def _opens_an_answer(tokens: list[Token], j: int, past: int) -> bool:
    if tokens[j].text in DASHES:
        return True
    return j + 1 < past and tokens[j].lower in _ANSWER_MARKS and tokens[j + 1].text == ":"


def _only_a_scene_before(
    tokens: list[Token], quantities: list[Quantity], span: tuple[int, int], lex: Lexicon
) -> bool:
    """Is all the answer says before the count's sentence when it happened, with no count and
    no act ("— Sizi necə əsir götürdülər? — 1993-cü ilin qışı idi. Bizi, on yeddi nəfəri, …",
    "— How were you taken? — It was in May 1994. They surrounded seventeen of us …")? Then the
    first sentence that counts is the one that answers. A sentence with no date may answer in
    words ("— А разрушения? — Больница стоит без крыши."), and what follows says more."""
    begin, end = span
    if any(begin <= q.first < end and not q.non_count for q in quantities):
        return False
    if not any(t.kind == "num" for t in tokens[begin:end]):
        return False  # no year or date: no time set
    return all(lex.trigger_set.match(tokens, j) is None for j in range(begin, end))


def _fate_asked(tokens: list[Token], question: tuple[int, int], lex: Lexicon) -> str:
    """The question's verb, when it has one («Сколько военнопленных удалось вернуть?» asks
    about returns, not captivity), in the sentence that asks if it has one («В подвале
    держали 30 человек. Сколько из них погибли?»); else a noun that names a fate («о
    погибших»)."""
    asking = max(
        (k + 1 for k in range(question[0], question[1] - 1) if tokens[k].text in ".!?"),
        default=question[0],
    )
    verbs_said = _verbs(tokens, (asking, question[1]), lex) or _verbs(tokens, question, lex)
    if verbs_said:
        fate = verbs_said[0]
        return fate if resolve_category(fate, PERSON) else ""
    for j in range(*question):
        noun = lex.noun_set.match(tokens, j)
        if noun is not None and noun.value.startswith("implied:"):
            return noun.value.split(":", 1)[1]
    return ""


def _verbs(tokens: list[Token], span: tuple[int, int], lex: Lexicon) -> list[str]:
    verbs = [lex.trigger_set.match(tokens, j) for j in range(*span)]
    return [v.value for v in verbs if v is not None and v.value != "hold"]


def _persons_asked(tokens: list[Token], question: tuple[int, int], lex: Lexicon) -> str:
    for j in range(*question):
        noun = lex.noun_set.match(tokens, j)
        if noun is not None and (noun.value == PERSON or names_group(noun.value)):
            return noun.value
    return ""


def _said_in_the_question(
    tokens: list[Token], quantities: list[Quantity], question: tuple[int, int], answer: Quantity
) -> bool:
    """Does the question's line state the answer's count bare, as the answer does, in a
    sentence of its own, not one it asks («Сегодня вы говорите — тридцать два. Где правда? —
    Тридцать два.»)? The answer confirms a figure already read. One asked about («Держали
    тридцать два человека? — Тридцать два.») is read in the answer, and so is a count of
    persons the question names («В подвале держали 30 человек. Сколько из них погибли? —
    30.»)."""
    for said in quantities:
        if said.count != answer.count or not question[0] <= said.first < question[1]:
            continue
        if said.noun or said.np_last >= 0:
            continue
        end = next(
            (t.text for t in tokens[said.end_token + 1 : question[1]] if t.text in ".!?"), "?"
        )
        if end != "?":
            return True
    return False
