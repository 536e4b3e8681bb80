"""Finding known persons' names in free text, in any script, order or grammatical form.

A person is given with all their names ("Leyla Həsən qızı Əliyeva", "Лейла Алиева", a
given name and a surname recorded apart …).  Every word of those names is compared with
every word of the text through the names' comparison forms (:func:`fold`,
:func:`name_key` and :func:`surname_key`), so "Əliyeva", "Алиева" and "Aliyeva" are one
word, "Qasım" is "Касум" and "Qasımova" is "Касумова".  A text word may carry a few letters more than the name word — a case ending:
"Əliyevanın", "Алиевой" — or replace the name's last vowel by one: "Лейлы" for "Лейла".

A *name* is found where two or more different words of one person's names stand next to
each other in the text, in any order ("Leyla Əliyeva", "Алиева Лейла", "Əliyeva, Leyla",
"Л. Алиева"), with patronymic markers (qızı, оглы) and initials between them; a person
known by a single word is found by that word.  A *word* of a name standing alone
("Əliyeva said …") is found only when asked for: in most texts it is another person.

Nothing here knows where the text comes from; :func:`masked` hides every word of every
known name in a piece of text, whatever was asked for, so that what is found can be shown
without showing the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rightsledger.analysis.names.keys import initial_class, name_key, surname_key
from rightsledger.analysis.names.translit import fold
from rightsledger.analysis.names.words import is_initial, marker_sex

__all__ = ["MASK", "Mention", "NameFinder"]

MASK = "[name]"
# Letters, with an apostrophe inside a word (El'mira, Ma’arif); digits, underscores and
# hyphens separate words, as they do in the names' own comparison forms.
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
# Between two words of one name: spaces, and at most one of these marks.
_JOINERS = frozenset(",.-–—()'’\"«»")
_ENDING_LETTERS = 4  # case endings a text word may add (Əliyevanın, Алиевым)
_SHORTEST_STEM = 4  # below this, only the whole word counts (Ali is not Alim)
_VOWELS = "aiou"  # the folded vowels a Russian ending may replace (Лейла → Лейлы)
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Mention:
    """One place in a text where a person's name (or, if asked, a word of it) stands."""

    start: int
    end: int
    person: str  # the label the person was given under
    whole: bool  # True: two words of the name or more (or a one-word name); False: a word


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str


def _keys(word: str) -> set[str]:
    """The word's comparison forms: its fold, its name key and, as a surname, its root and
    suffix class (Qasımova and Касумова, Yusifova and Юсуфова are one surname)."""
    return {key for key in (fold(word), name_key(word), surname_key(word)) if key}


class NameFinder:
    """Finds the names of the persons it was given (label → their names) in texts."""

    def __init__(self, persons: Mapping[str, Iterable[str]]) -> None:
        # key → {(person, word id)}; a word id is the name key of one word of the person's
        # names, so that one word written in two scripts counts once.
        self._exact: dict[str, set[tuple[str, str]]] = {}
        self._stems: dict[str, set[tuple[str, str]]] = {}
        self._initials: dict[str, set[tuple[str, str]]] = {}
        self._single: set[str] = set()  # persons whose names are one word each
        self._cache: dict[str, frozenset[tuple[str, str]]] = {}
        for person, names in persons.items():
            ids: set[str] = set()
            for name in names:
                words = [w for w in _WORD.findall(name) if not _is_marker(w) and len(w) > 1]
                for word in words:
                    word_id = name_key(word) or fold(word)
                    if not word_id:
                        continue
                    ids.add(word_id)
                    for key in _keys(word):
                        self._exact.setdefault(key, set()).add((person, word_id))
                        if len(key) >= _SHORTEST_STEM:
                            self._stems.setdefault(key, set()).add((person, word_id))
                        if key[-1] in _VOWELS and len(key) - 1 >= _SHORTEST_STEM:
                            self._stems.setdefault(key[:-1], set()).add((person, word_id))
                    initial = initial_class(word)
                    if initial:
                        self._initials.setdefault(initial, set()).add((person, word_id))
            if len(ids) == 1:
                self._single.add(person)

    @property
    def empty(self) -> bool:
        return not self._exact

    def _word_matches(self, word: str) -> frozenset[tuple[str, str]]:
        """(person, word id) pairs that ``word`` of a text may stand for."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: set[tuple[str, str]] = set()
        for key in _keys(word):
            found |= self._exact.get(key, set())
            for size in range(max(_SHORTEST_STEM, len(key) - _ENDING_LETTERS), len(key)):
                found |= self._stems.get(key[:size], set())
        result = frozenset(found)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def find(self, text: str, *, words: bool = False) -> list[Mention]:
        """Every mention in ``text``: whole names, and with ``words`` single words as well."""
        if not text or self.empty:
            return []
        tokens = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        matches = [self._word_matches(t.text) if len(t.text) > 1 else frozenset()
                   for t in tokens]  # fmt: skip
        mentions: list[Mention] = []
        covered: set[int] = set()  # tokens inside a whole name
        persons = {person for found in matches for person, _ in found}
        for person in sorted(persons):
            for first, last in self._runs(text, tokens, matches, person):
                mentions.append(Mention(tokens[first].start, tokens[last].end, person, True))
                covered.update(range(first, last + 1))
        if words:
            for index, found in enumerate(matches):
                if index in covered:
                    continue
                for person in sorted({p for p, _ in found}):
                    whole = person in self._single
                    mentions.append(Mention(tokens[index].start, tokens[index].end, person, whole))
        mentions.sort(key=lambda m: (m.start, m.person))
        return mentions

    def _runs(
        self,
        text: str,
        tokens: list[_Word],
        matches: list[frozenset[tuple[str, str]]],
        person: str,
    ) -> list[tuple[int, int]]:
        """Token ranges where words of ``person``'s names stand together as a name."""
        runs: list[tuple[int, int]] = []
        index = 0
        while index < len(tokens):
            ids = {w for p, w in matches[index] if p == person}
            if not ids:
                index += 1
                continue
            first = last = index
            seen: set[str] = set(ids)
            weak: set[str] = set()  # initials
            step = index + 1
            while step < len(tokens) and _joined(text, tokens[step - 1], tokens[step]):
                token = tokens[step]
                more = {w for p, w in matches[step] if p == person}
                if more:
                    seen |= more
                    last = step
                elif _initial(token.text) or _is_marker(token.text):
                    initials = self._initial_ids(token.text, person) - seen
                    if initials:
                        weak |= initials
                        last = step
                else:
                    break
                step += 1
            # An initial just before the run (Л. Алиева) belongs to it too.
            if (
                first > 0
                and _initial(tokens[first - 1].text)
                and _joined(text, tokens[first - 1], tokens[first])
            ):
                before = self._initial_ids(tokens[first - 1].text, person) - seen
                if before:
                    weak |= before
                    first -= 1
            whole = len(seen) >= 2 or (person in self._single) or bool(weak - seen)
            if whole:
                runs.append((first, last))
            index = max(last, step - 1) + 1 if whole else index + 1
        return runs

    def _initial_ids(self, word: str, person: str) -> set[str]:
        if _is_marker(word):
            return set()
        initial = initial_class(word)
        return {w for p, w in self._initials.get(initial, ()) if p == person}

    def masked(self, text: str, within: Iterable[tuple[int, int]] = ()) -> str:
        """``text`` with every word of every known name replaced by :data:`MASK`, and every
        word at all inside the ``within`` spans (a name's initials and markers)."""
        if not text or self.empty:
            return text
        spans = list(within)
        out: list[str] = []
        position = 0
        for match in _WORD.finditer(text):
            word = match.group()
            inside = any(a <= match.start() and match.end() <= b for a, b in spans)
            if inside or (len(word) > 1 and self._word_matches(word)):
                out.append(text[position : match.start()])
                out.append(MASK)
                position = match.end()
        out.append(text[position:])
        return "".join(out)

    def excerpt(self, text: str, mention: Mention, width: int = 60) -> str:
        """A short piece of ``text`` around ``mention``, every name word in it masked."""
        start = max(0, mention.start - width)
        end = min(len(text), mention.end + width)
        # Whole words only at both edges: half a word of a name must not slip out.
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        window = text[start:end]
        # The mention and any other name in view, initials and all.
        spans = [(mention.start - start, mention.end - start)]
        spans += [(m.start, m.end) for m in self.find(window)]
        piece = " ".join(self.masked(window, spans).split())
        return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


def _initial(word: str) -> bool:
    """An initial is a capital ("Л.", "Sh."): "и", "a", "в" are words of the sentence."""
    return word[:1].isupper() and is_initial(word)


def _is_marker(word: str) -> bool:
    lower = word.lower()
    return marker_sex(lower, last=False) is not None


def _joined(text: str, left: _Word, right: _Word) -> bool:
    """Whether two words stand together: spaces and at most one joining mark between them."""
    gap = text[left.end : right.start]
    marks = [c for c in gap if not c.isspace()]
    return len(gap) <= 4 and len(marks) <= 1 and all(c in _JOINERS for c in marks)
