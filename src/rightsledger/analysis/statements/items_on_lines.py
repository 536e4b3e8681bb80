"""Lists of counts set out one item a line, or split by semicolons, after a heading that
names the act: "Killed:\n– 3 children;\n– 5 women", «Погибли 12 человек, в том числе:\n— 3
ребёнка;\n— 5 женщин», "Həlak olanlar: 3 uşaq; 5 qadın", "Injured:\n• men: 10\n• women: 4".

Written on one line with commas ("Killed: 3 children, 5 women") the list reads as the
heading's act said of each item, and each item as a part of the heading's count when it has
one. Set out one a line, each item stands alone as a sentence of its own with no act, and
the semicolons end each clause before the next item. So such a list is written back as the
one-line list it stands for: each bullet or semicolon between two items becomes a comma,
the list ends with a full stop, and an item's own colon ("men: 10") the dash of a label and
its count (``label_lists``). The marks are tokens of their own over the marks or the gaps
they stand for, so every offset into the text stays as it was.

An item is a count and a few words that name whom it counts, or a label and its count. An
item that names an act of its own ("• Killed: 12", "– 3 were injured") is an entry of a
fact sheet, read as it stands, and a list with one such item is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from rightsledger.analysis.statements.label_lists import age_in_a_label
from rightsledger.analysis.statements.lexicon import UNIT, Lexicon
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities.digits import (
    classify_suffix,
    compound_word,
    num_suffix,
)
from rightsledger.analysis.statements.tokens import (
    Token,
    lines,
    past_item_marker,
    sentences,
)

# How many words an item may have besides its count: a group and a word or two about it
# ("3 children under ten", "5 elderly women"); more is a clause of its own.
_ITEM_WORDS = 4
_ITEM_STOPS = frozenset({";", ",", "."})
_LABEL_MARKS = frozenset({":", "—", "–"})


def run_in_items(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """``tokens`` with each list of counts after an act's heading written as one line."""
    written: dict[int, list[Token]] = {}  # token index -> the tokens written in its place
    spans = lines(tokens)
    for colon in _heading_colons(tokens, lex):
        items = _items_on_lines(tokens, spans, colon) or _items_after_semicolons(tokens, colon)
        if len(items) < 2 or not all(_an_item_of_a_count(tokens, item, lex) for item in items):
            continue
        own_parts = {
            item for item in items if _before_its_own_parts(tokens, item[1], item[2], lex) < item[2]
        }
        written.update(_as_one_line(tokens, items, own_parts))
    if not written:
        return tokens
    out: list[Token] = []
    for k, token in enumerate(tokens):
        out.extend(written.get(k, [token]))
    return out


Item = tuple[int, int, int]  # the item's marker, its first word or count, past its last token


def _heading_colons(tokens: list[Token], lex: Lexicon) -> list[int]:
    """Colons after words of their sentence that name an act ("Killed:", "12 people were
    killed, among them:"), or that open it with a marker of parts of a whole named before
    ("Among them:", "Of these:", "Among the 31 new cases:", "34 nəfər yoxa çıxarılıb.
    Onlardan:"): the parts take the whole's act."""
    out: list[int] = []
    for begin, end in sentences(tokens):
        colons = [k for k in range(begin, end) if tokens[k].text == ":"]
        if not colons:
            continue  # most sentences: no heading, and no act to look for
        first_act = next(
            (k for k in range(begin, colons[-1]) if lex.trigger_set.match(tokens, k) is not None),
            None,
        )
        if first_act is None and _opens_with_parts(tokens, begin, colons[0], lex):
            first_act = begin
        if first_act is not None:
            out.extend(k for k in colons if k > first_act)
    return out


# "Among the 31 new cases", «Из 31 случая»: a marker of parts before the whole's count.
_PARTS_OF = frozenset({"among", "of", "из", "среди"})
_DEFINITE = frozenset({"the", "these", "those"})


def _opens_with_parts(tokens: list[Token], begin: int, colon: int, lex: Lexicon) -> bool:
    """Does the sentence open with a marker of parts ("Among them", "Of these") or with one
    before the whole's count ("Among the 31 new cases") and run to ``colon`` with nothing
    else that counts?"""
    marker = lex.nest_before_set.match_span(tokens, begin)
    if marker is not None:
        return all(tokens[k].is_word for k in range(begin + marker[1], colon))
    k = begin
    if k < colon and tokens[k].lower in _PARTS_OF:
        k += 1
        if k < colon and tokens[k].lower in _DEFINITE:
            k += 1
        return (
            k < colon
            and read_number(tokens, k, lex.language) is not None
            and all(tokens[j].is_word for j in range(k + 1, colon))
        )
    return False


def _items_on_lines(tokens: list[Token], spans: list[tuple[int, int]], colon: int) -> list[Item]:
    """The lines after a colon that ends its line, each opened by a bullet or a number of an
    item ("–", "•", "1)", "2."), up to the first line that is not one; or, with no marker on
    the first line, each a label, its colon and its count ("Women: 7,904" / "Men: 3,116"),
    as a form sets its rows down with nothing before them."""
    if colon + 1 >= len(tokens) or tokens[colon + 1].newline_before != 1:
        return []
    items: list[Item] = []
    labelled: bool | None = None  # the list's lines are bare labels (no markers)
    for first, last in spans:
        if first <= colon:
            continue
        if items and tokens[first].newline_before != 1:
            break  # a blank line ends the list
        opened = past_item_marker(tokens, first)
        if labelled is None:
            labelled = opened == first
        if labelled and opened == first and _a_label_first(tokens, first, last):
            items.append((first, first, last))
            continue
        if labelled or opened == first or opened >= last:
            break
        items.append((first, opened, last))
    return items


def _a_label_first(tokens: list[Token], first: int, last: int) -> bool:
    """Does the line open with a few words and a colon after them ("Women: 7,904", "Children
    under 18: 7,622")? A line of prose that has a colon further on is not a row."""
    colon = next((k for k in range(first, last) if tokens[k].text == ":"), None)
    return (
        colon is not None
        and first < colon <= first + _ITEM_WORDS + 1
        and all(tokens[k].is_word or tokens[k].kind == "num" for k in range(first, colon))
    )


def _items_after_semicolons(tokens: list[Token], colon: int) -> list[Item]:
    """The pieces between semicolons on the colon's line ("Killed: 3 children; 5 women; 7
    men."), when there are two or more: each with no marker, its stop its last token."""
    items: list[Item] = []
    first = colon + 1
    for k in range(first, len(tokens) + 1):
        at_end = k == len(tokens) or tokens[k].newline_before > 0
        if not at_end and tokens[k].text not in {";", "."}:
            continue
        if k > first:
            items.append((first, first, k if at_end else k + 1))
        if at_end or tokens[k].text == ".":
            break
        first = k + 1
    return items if len(items) >= 2 and _semicolons_between(tokens, items) else []


def _semicolons_between(tokens: list[Token], items: list[Item]) -> bool:
    return all(tokens[last - 1].text == ";" for _, _, last in items[:-1])


def _an_item_of_a_count(tokens: list[Token], item: Item, lex: Lexicon) -> bool:
    """Is the item a count and a few words after it ("about 30 women"), or a label and its
    count ("women: 30"), with no act of its own and no other number?"""
    _, first, last = item
    last = _before_its_own_parts(tokens, first, last, lex)
    body = [k for k in range(first, last) if tokens[k].text not in _ITEM_STOPS]
    if not body or any(
        lex.trigger_set.match(tokens, k) is not None and not _described_as_held(tokens, k)
        for k in body
    ):
        return False
    # An age in a label ("60 yaşdan yuxarı şəxslər: 911", «старше 65 лет: 40») is a word of
    # the label, not a second count.
    ages = {k for k in body if age_in_a_label(tokens, k, last)}
    runs = [
        run
        for k in body
        if k not in ages and (run := read_number(tokens, k, lex.language)) is not None
    ]
    if not runs or any(run.first != runs[0].first for run in runs):
        return False  # no count, or two ("3 children aged 5")
    count = runs[0]
    before = [k for k in body if k < count.first]
    after = [k for k in body if k > _past_its_ending(tokens, count.last, lex.language)]
    if not all(
        tokens[k].is_word or tokens[k].text in _LABEL_MARKS or k in ages for k in before + after
    ):
        return False
    if before and tokens[before[-1]].text in _LABEL_MARKS:
        # "women: 30", "women — 30": the label first, then its mark and its count
        label = [k for k in before[:-1] if k not in ages]
        return not after and len(before) >= 2 and _few_words(tokens, label)
    # "3 children", "about 30 women": a noun the language counts with right after the count,
    # or after one word that qualifies it ("7 university students"), not a word that ends a
    # noun phrase ("3 в морг", a count and where its persons went).
    noun = lex.noun_set.match(tokens, after[0]) if after else None
    if noun is None and len(after) >= 2 and tokens[after[0]].lower not in lex.stop_words:
        noun = lex.noun_set.match(tokens, after[1])
    return (
        noun is not None
        and noun.value != UNIT
        and _few_words(tokens, before + _before_whose_they_are(tokens, after))
        and _few_words(tokens, after[len(_before_whose_they_are(tokens, after)) :], _TAIL_WORDS)
        and not any(tokens[k].text in _LABEL_MARKS for k in before + after)
    )


# Prepositions that open what a counted group belongs to or comes from: "47 servicemen of
# the Armed Forces", "12 residents from Tarn".
_WHOSE_THEY_ARE = frozenset({"of", "from"})
# What may follow "held" that describes persons held until then ("7 civilians held since the
# fall of Tarn"): since when, where, by whom, for how long — not an act of the item's own.
_HELD_SINCE = frozenset({"since", "in", "by", "for", "at"})
# How many words such a phrase may have ("held since the fall of Tarn").
_TAIL_WORDS = 6
# English words that open an item's own parts after a comma ("7 civilians, including 2 women").
_OWN_PARTS = frozenset({"including", "among"})


def _described_as_held(tokens: list[Token], k: int) -> bool:
    return tokens[k].lower == "held" and k + 1 < len(tokens) and tokens[k + 1].lower in _HELD_SINCE


def _before_its_own_parts(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """Where an item ends before a comma and the parts of its own count ("7 civilians,
    including 2 women;"), or before a bracket that opens with a marker of parts ("uşaqlar:
    3.747 (o cümlədən 158 uşaq)"): the parts are read with the item once the list is one
    line."""
    for k in range(first + 1, last - 1):
        if tokens[k].text == "," and tokens[k + 1].lower in _OWN_PARTS:
            return k
        if tokens[k].text == "," and _an_aside_of_parts_with_no_act(tokens, k + 1, last, lex):
            return k
        if tokens[k].text == "(" and lex.nest_before_set.match(tokens, k + 1) is not None:
            return k
    return last


def _an_aside_of_parts_with_no_act(tokens: list[Token], k: int, last: int, lex: Lexicon) -> bool:
    """Does an aside of the item's own parts open at ``k`` by any language's marker of parts
    («— дети — 8 300, в том числе 70 детей без сопровождения;»), with no act of its own to
    the item's end (an act there, «…, в том числе двое, удерживавшиеся с весны», may be the
    whole list's)?"""
    if lex.nest_before_set.match(tokens, k) is None and lex.nest_after_set.match(tokens, k) is None:
        return False
    return all(lex.trigger_set.match(tokens, j) is None for j in range(k, last))


def _before_whose_they_are(tokens: list[Token], after: list[int]) -> list[int]:
    """The item's words up to a phrase that says whose the persons are ("of the Armed
    Forces"): that phrase belongs to the noun, and is counted apart from the words that
    name the group (each may have a few)."""
    for n, k in enumerate(after[1:], start=1):
        if tokens[k].lower in _WHOSE_THEY_ARE or _described_as_held(tokens, k):
            return after[:n]
    return after


def _past_its_ending(tokens: list[Token], last: int, language: str) -> int:
    """The last token of a count with the Azerbaijani possessive or case ending hyphened onto
    its digits ("7-si qadın", "11-i tələbə": seven of them women), else ``last``."""
    if language != "az" or tokens[last].kind != "num":
        return last
    suffix, end = num_suffix(tokens, last)
    counts = suffix and not classify_suffix(suffix, 0, language)
    return end if counts and not compound_word(suffix, language) else last


def _few_words(tokens: list[Token], span: list[int], most: int = _ITEM_WORDS) -> bool:
    return all(tokens[k].is_word for k in span) and len(span) <= most


def _as_one_line(
    tokens: list[Token], items: list[Item], own_parts: set[Item]
) -> dict[int, list[Token]]:
    """The tokens to write in place of the list's: no bullet and no line break, one comma
    between two items (in place of the first's stop, else of the second's bullet), an
    item's own colon a dash, and a full stop after the last item. The semicolon after an
    item with parts of its own (``own_parts``: «дети — 1 800, в том числе 40 …;») stays, as
    a list on one line ends such an aside (``label_lists``)."""
    written: dict[int, list[Token]] = {}
    for k in range(items[0][0], items[-1][2]):
        if tokens[k].newline_before:
            written[k] = [replace(tokens[k], newline_before=0)]
    for marker, first, _ in items:
        for k in range(marker, first):
            written[k] = []
    for number, (_, first, last) in enumerate(items):
        for k in range(first + 1, last):
            if tokens[k].text == ":":
                written[k] = [_punct("—", tokens[k])]
        stop = last - 1 if tokens[last - 1].text in _ITEM_STOPS else None
        if number + 1 < len(items):
            following = items[number + 1][0]
            if stop is not None and tokens[stop].text == ";" and items[number] in own_parts:
                pass
            elif stop is not None:
                written[stop] = [_punct(",", tokens[stop])]
            elif following < items[number + 1][1]:
                written[following] = [_punct(",", tokens[following])]
            else:
                # Bare rows, neither a stop nor a marker between them: a comma over the gap.
                _after_the_item(tokens, last, ",", written)
        elif stop is not None:
            written[stop] = [_punct(".", tokens[stop])]
        else:
            # No stop after the last item: one over the gap to what follows, so that the
            # next line opens a sentence of its own.
            _after_the_item(tokens, last, ".", written)
    return written


def _after_the_item(
    tokens: list[Token], last: int, mark: str, written: dict[int, list[Token]]
) -> None:
    """Write ``mark`` after the item that ends before ``last``, over the gap to what follows."""
    after = tokens[last].start if last < len(tokens) else tokens[last - 1].end
    gap = Token(text=mark, start=tokens[last - 1].end, end=after, kind="punct",
                space_before=False, lower=mark, key=mark)  # fmt: skip
    written[last - 1] = [*written.get(last - 1, [tokens[last - 1]]), gap]


def _punct(text: str, over: Token) -> Token:
    """A mark ``text`` over the offsets of ``over``."""
    return Token(text=text, start=over.start, end=over.end, kind="punct",
                 space_before=over.space_before, lower=text, key=text)  # fmt: skip
