"""Russian lists of groups after a heading that names those just counted by their act and
marks them as the whole («Зарегистрировано 23 904 беженца. Из числа зарегистрированных:
детей — 9 211; женщин — 8 370», «Задержаны 300 человек. Среди задержанных: детей — 9»): each
group of the list is some of the count told before the heading by the same act, in that
count's category. The heading's participle and the count's verb are one verb (one
dictionary form); a register of refugees gives the registered listed after it their fate.
A list whose heading names an act no count before it was told by stands alone.

English names them by the participle that opens a heading of a breakdown ("Registered
arrivals by group: women — 7,904, …", "Detained persons by age: …"): the count before was
told by that same word ("18,642 people have been registered").

Azerbaijani names those counted in the heading by a participle made a noun ("Qeydiyyata
alınanların tərkibi: qadınlar — 4.102, …", the make-up of those registered; "Saxlananlardan:",
of those held; a list set one group a line is joined so by the layout). The participle's stem
("alın") begins the count's verb ("qeydiyyata alınıb").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

# The marker opening the heading: «из числа», «среди», «в числе»; and the make-up of those
# named («Структура зарегистрированных:», «Состав задержанных:»), as "tərkibi" says it.
_MARKERS = (("из", "числа"), ("среди",), ("в", "числе"), ("структура",), ("состав",))
# The act of a register, which names no fate of its own: the registered listed under it are
# of the displaced counted before it, whatever verb counted them («на учёт поставлены 5 200
# внутренне перемещённых лиц. Структура зарегистрированных: …»).
_REGISTERED = "registered"
_DISPLACED = "displaced"
_COLON = ":"
_REACH = 2  # sentences back to the count the heading names
# An Azerbaijani participle made a noun, in the plural, of whom the list tells: genitive
# before "tərkibi" ("alınanların tərkibi"), or ablative ("saxlananlardan").
_AZ_NAMED_BY_PARTICIPLE = re.compile(r"(?:an|ən)(?:lar|lər)(?:ın|in|dan|dən)$")
# The nouns after the genitive that make the heading a breakdown: make-up, among, inside.
_AZ_BREAKDOWN_NOUNS = frozenset({"tərkibi", "arasında", "içində"})
_AZ_HEADING_WORDS = 4  # a heading is short: the participle, its object, a breakdown noun
_AZ_STEM = 3  # a shorter stem ("öl") is no safe prefix of the count's verb


def nest_parts_listed_under_the_counted(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Makes each group listed after «Из числа <participle>:» a part of the count told
    before it by that participle's verb."""
    if language not in _HEADING_VERBS:
        return
    spans = list(sentences(tokens))
    for figure in figures:
        if figure.parent is not None or figure.subgroup == "all":
            continue
        n = next((m for m, (b, e) in enumerate(spans) if b <= figure.quantity.first < e), None)
        if n is None:
            continue
        verb = _HEADING_VERBS[language](tokens, spans[n][0], figure.quantity.first)
        if verb is None:
            continue
        earliest = spans[max(0, n - _REACH)][0]
        before = [f for f in reversed(figures) if earliest <= f.quantity.first < spans[n][0]]
        whole = next((f for f in before if _told_by(tokens, f, verb)), None)
        if whole is None and figure.category == _REGISTERED:
            whole = next((f for f in before if f.category == _DISPLACED), None)
        if whole is None or whole.parent is not None or whole.subgroup != "all":
            continue
        if (whole.quantity.count or 0) <= (figure.quantity.count or 0):
            continue
        figure.parent = whole
        figure.category = whole.category


# A word of the count's act that is the heading's verb: the test each language's heading
# gives (one dictionary form, one word, or a stem the verb begins with).
TellsTheVerb = Callable[[Token], bool]


def _ru_heading_verb(tokens: list[Token], begin: int, first: int) -> TellsTheVerb | None:
    """The participle in a heading «Из числа <participle>:» opening the sentence at ``begin``
    before the count at ``first``: a word of its dictionary form tells its verb; else None."""
    words = [t.lower for t in tokens[begin:first]]
    for marker in _MARKERS:
        size = len(marker)
        if tuple(words[:size]) != marker or len(words) < size + 2:
            continue
        named, colon = tokens[begin + size], tokens[begin + size + 1]
        if named.pos == "PRTF" and colon.text == _COLON:
            key = named.key
            return lambda token: token.key == key
    return None


def _told_by(tokens: list[Token], figure: Figure, verb: TellsTheVerb) -> bool:
    """Is ``figure`` told by a word of the heading's verb?"""
    trigger = figure.trigger
    if trigger is None or not figure.category:
        return False
    return any(verb(tokens[k]) for k in range(trigger.first, trigger.last + 1))


def _colon_of_a_heading(tokens: list[Token], begin: int, first: int) -> int | None:
    """The colon that ends a heading opening the sentence at ``begin``, before ``first``."""
    return next((k for k in range(begin, first) if tokens[k].text == _COLON), None)


def _az_heading_verb(tokens: list[Token], begin: int, first: int) -> TellsTheVerb | None:
    """The participle in a heading "<object> <participle> [tərkibi]:" opening the sentence at
    ``begin`` before the count at ``first`` ("Qeydiyyata alınanların tərkibi:"): a word
    beginning with its stem ("alın") tells its verb; else None."""
    colon = _colon_of_a_heading(tokens, begin, first)
    stem = _az_participle_stem(tokens[begin:colon]) if colon is not None else ""
    if not stem:
        return None
    return lambda token: token.lower.startswith(stem)


def _az_participle_stem(heading: list[Token]) -> str:
    """ "Qeydiyyata alınanların tərkibi" → "alın": the stem of the participle the heading
    names its persons by, or '' if it is no such heading."""
    words = [t.lower for t in heading if t.kind == "word"]
    if not words or len(words) != len(heading) or len(words) > _AZ_HEADING_WORDS:
        return ""
    if words[-1] in _AZ_BREAKDOWN_NOUNS:
        words = words[:-1]
    match = _AZ_NAMED_BY_PARTICIPLE.search(words[-1]) if words else None
    if match is None or match.start() < _AZ_STEM:
        return ""
    return words[-1][: match.start()]


# English: the word that makes a heading a breakdown ("by group", "by sex and age"), and
# how many words such a heading has at most ("Registered arrivals by sex and age group").
_EN_BREAKDOWN = "by"
_EN_HEADING_WORDS = 6


def _en_heading_verb(tokens: list[Token], begin: int, first: int) -> TellsTheVerb | None:
    """The participle opening a heading "<participle> <persons> by <what>:" of the sentence
    at ``begin`` before the count at ``first`` ("Registered arrivals by group:"): the same
    word tells its verb ("registered"); else None."""
    colon = _colon_of_a_heading(tokens, begin, first)
    if colon is None or colon - begin > _EN_HEADING_WORDS:
        return None
    heading = tokens[begin:colon]
    if not all(t.is_word for t in heading):
        return None
    words = [t.lower for t in heading]
    if _EN_BREAKDOWN not in words[1:] or not words[0].endswith("ed"):
        return None
    participle = words[0]
    return lambda token: token.lower == participle


_HEADING_VERBS: dict[str, Callable[[list[Token], int, int], TellsTheVerb | None]] = {
    "ru": _ru_heading_verb,
    "en": _en_heading_verb,
    "az": _az_heading_verb,
}
