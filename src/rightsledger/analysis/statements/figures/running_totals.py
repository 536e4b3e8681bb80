"""A log's running total, its line's caption then a colon: "Running total: 655", "Running total
for the day: 1,480", "Running total of the injured received: 33".

Duty and admissions logs keep a tally through the shift, one line at a time, with no verb: the
caption says the number is the tally so far. Where the caption names the act ("of the
injured received") the number counts that act; where it names none it is the same tally as the log's
running total before it ("Running total since midnight: 120 persons crossed …"), not the
latest figure of whatever line came between (a line of 4 men detained at the barrier). A
caption with no act and no running total before it is left to the count words (``CountWords``:
a total restating the latest figure).
"""

from __future__ import annotations

from collections.abc import Sequence

from rightsledger.analysis.statements.figures.core import Figure, resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# "Running total", "running tally", "cumulative total": a tally kept through a log.
_RUNNING = {"en": frozenset({"running", "cumulative"})}
_TALLY = {"en": frozenset({"total", "tally", "count"})}
# How many words the caption may hold between the tally's word and the colon ("for the day",
# "of the injured received", "since 00:00").
_CAPTION_TAIL = 6
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def running_total_caption(
    tokens: list[Token], quantity: Quantity, language: str
) -> tuple[int, int] | None:
    """The caption's tail (the tokens between the tally's word and the colon) where a running
    total's caption and its colon stand right before ``quantity`` on its line; else None."""
    running, tally = _RUNNING.get(language), _TALLY.get(language)
    colon = quantity.first - 1
    if running is None or tally is None or colon < 2 or tokens[colon].text != ":":
        return None
    if tokens[quantity.first].newline_before:
        return None
    j = colon - 1
    while j >= 1 and colon - j <= _CAPTION_TAIL + 1:
        if tokens[j].lower in tally and tokens[j - 1].lower in running:
            return j + 1, colon
        if tokens[j].newline_before or tokens[j].text in _SENTENCE_ENDS:
            return None
        j -= 1
    return None


def act_of_a_running_total(
    tokens: list[Token],
    lex: Lexicon,
    quantity: Quantity,
    earlier: Sequence[Figure],
    language: str,
) -> tuple[str, str] | None:
    """(category, counted noun) of a running total after its caption: the act its caption
    names, else that of the log's latest running total before it; None where it is none."""
    tail = running_total_caption(tokens, quantity, language)
    if tail is None:
        return None
    for j in range(*tail):
        trigger = lex.trigger_set.match(tokens, j)
        category = resolve_category(str(trigger.value), PERSON) if trigger is not None else ""
        if category:
            return category, PERSON
    for figure in reversed(earlier):
        if (
            figure.category
            and figure.parent is None
            and running_total_caption(tokens, figure.quantity, language) is not None
        ):
            return figure.category, figure.quantity.noun
    return None
