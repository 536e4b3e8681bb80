"""English plural nouns the lexicon does not know that name persons by what they do or are
("three musicians", "12 plant employees", "4 firefighters among them"): statements name their
victims' group by any occupation, and no list keeps up with them. A plural made by an agent
suffix after a count is such a group, a free label, unless it is one of the common things that
end so."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

# Agent suffixes that make persons of nearly every English plural they end: "activists",
# "musicians", "employees", "firemen".
_PERSON_ENDINGS = ("ists", "ians", "ees", "men")
# "-ers" ends persons ("workers", "firefighters") as often as things ("letters", "containers")
# and groups other words name ("fighters" of an armed side): it names a group only in a
# breakdown of persons already counted ("among them 3 firefighters", "including 12 workers").
_AGENT_ENDING = "ers"
_BREAKDOWN_WORDS = frozenset({"among", "including", "them", "whom"})
_BREAKDOWN_REACH = 8
# Common things and measures that end as persons do.
_THINGS = frozenset({"fees", "trees", "degrees", "committees", "lists", "wrists", "fists"})
# Words that end so but name no group of their own, or one the lexicon reads otherwise.
_NO_GROUP = frozenset({"men", "women", "others", "members", "numbers"})
_MIN_LENGTH = 5


def free_label(tokens: list[Token], first: int, last: int) -> str:
    """The free label for the noun phrase ``first``..``last`` right after a count, or "" when
    none of its first two words names persons by a suffix. Lower-case words before that head
    stay in the label ("plant employees"); a capitalised one is a nationality or a name."""
    if first < 1 or last < first:
        return ""
    for head in range(first, min(last, first + 1) + 1):
        if _names_persons(tokens, first, head):
            words = [tokens[k].text for k in range(first, head + 1) if tokens[k].text.islower()]
            if all(word.isalpha() for word in words):
                return "label:" + " ".join(words)
            return ""
    return ""


def _names_persons(tokens: list[Token], first: int, head: int) -> bool:
    token = tokens[head]
    word = token.lower
    if token.kind != "word" or len(word) < _MIN_LENGTH or not word.isalpha():
        return False
    if not token.text.islower():
        return False  # "613 Armenians": a nationality, which statements count as persons
    if word in _THINGS or word in _NO_GROUP:
        return False
    return word.endswith(_PERSON_ENDINGS) or _agent_in_a_breakdown(tokens, first, word)


def _agent_in_a_breakdown(tokens: list[Token], first: int, head: str) -> bool:
    count = first - 1
    before = {token.lower for token in tokens[max(0, count - _BREAKDOWN_REACH) : count]}
    return head.endswith(_AGENT_ENDING) and bool(before & _BREAKDOWN_WORDS)


def agent_plural(token: Token) -> bool:
    """Does the word end as English plurals of persons do, "-ers" included ("rescuers",
    "firefighters")? Only words that say persons elsewhere may take it as a group."""
    word = token.lower
    if token.kind != "word" or len(word) < _MIN_LENGTH or not word.isalpha():
        return False
    if not token.text.islower() or word in _THINGS or word in _NO_GROUP:
        return False
    return word.endswith((*_PERSON_ENDINGS, _AGENT_ENDING))
