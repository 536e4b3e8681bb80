"""A quantity: a number, range, vague word or "no one", with its qualifier and counted noun."""

from __future__ import annotations

from dataclasses import dataclass

from rightsledger.analysis.statements.lexicon import BODY, UNKNOWN
from rightsledger.analysis.statements.tokens import Token

# The words of a share of a whole, by their start: "per cent", "percent", "%", «процента»,
# "faizini".
_SHARE_WORDS = ("per", "cent", "percent", "%", "процент", "faiz")


def names_a_share(word: str) -> bool:
    """Is the (lower-case) word one that says a share: "per cent", «процентов», "faiz"?"""
    return word.startswith(_SHARE_WORDS)


@dataclass
class Quantity:
    first: int  # token indices of the whole expression, qualifiers included
    last: int
    count: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    qualifier_words: str = ""
    zero: bool = False
    zero_after_only: bool = False  # «погибших нет»: binds only to what precedes it
    word_one: bool = False  # "one", «один», "bir": a count only with a counted noun
    np_first: int = -1  # the counted noun phrase after the number, if any
    np_last: int = -1
    noun: str = ""  # the class of the counted noun (see lexicon)
    non_count: str = ""  # why this number is not a count
    qualifier_last: int = -1  # a qualifier written after the counted word ("nəfərdən çox")
    bodies: bool = False  # "the bodies of 12 men": bodies were counted, of men
    attribute: str = ""  # "12 abducted aid workers": what a participle says of them
    after_copula: bool = False  # "nine were children": the subgroup is the predicate
    # "three of the police officers", "polis əməkdaşlarından 3-ü": the noun names the group
    # the count is part of (which may be a figure counted before: ``_whole_named_by_noun``).
    group_of: bool = False
    # "a fourth", "another" standing alone: one more person, none of those counted before.
    one_more: bool = False

    @property
    def counted(self) -> str:
        """What the category is resolved against: bodies, or the counted noun (``UNKNOWN``
        for a noun phrase of words the lexicon does not know)."""
        if self.bodies:
            return BODY
        return UNKNOWN if not self.noun and self.np_last >= 0 else self.noun

    @property
    def most(self) -> int | None:
        """The most this counts: the count, else the top of the range (``None`` if neither)."""
        return self.count if self.count is not None else self.high

    @property
    def end_token(self) -> int:
        return max(self.last, self.np_last, self.qualifier_last)

    @property
    def start_token(self) -> int:
        """The first token, with a counted noun set before the number («человек двенадцать»)."""
        return min(self.first, self.np_first) if self.np_first >= 0 else self.first


def text_between(tokens: list[Token], first: int, last: int) -> str:
    """The text of tokens ``first`` to ``last`` as written."""
    parts: list[str] = []
    for k in range(first, last + 1):
        if parts and tokens[k].space_before:
            parts.append(" ")
        parts.append(tokens[k].text)
    return "".join(parts)
