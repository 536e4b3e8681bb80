"""From quantities to figures: what each one counts, of whom, and what it is part of.

A category binds to a quantity, in this order: a verb or noun next to it ("613 were
killed", "killed 613", «погибли 613», "613 nəfər həlak olub", "the death toll rose to 613");
a counted noun that carries its category (hostages, refugees, mass graves); a coordinated
quantity ("613 civilians and 487 soldiers were killed"); the figure it is part of
("including 106 women"); the nearest verb within its clause. Parts are introduced by a
marker ("of whom", «в том числе», "onlardan"), follow one ("106 of them"), or are
partitive ("150 of the 1,275", «из 1275 … 150», "1275 nəfərdən 150-si").

The binder is built in layers, each a module: ``scanning`` (the sentence's words),
``clause_queries`` (what the rules ask of it at a position: the clause around it, markers),
``descriptions`` (clauses between commas that only describe what was counted), ``skipped``
(what the search for a verb steps over: parentheses, asides, attributions), ``verbs`` (a
count's verb), ``count_words`` (a count named by a count word or a label), ``predicate_counts``
(a count said of a subject that names its fate: "The hostages are 7"), ``own`` (what a
count says by itself), ``clause`` (the nearest verb of its clause), ``part_lists`` (a list of
parts item by item), ``partitives``, ``named`` (wholes named again: "two of the hostages"),
``predicates`` (what a part's predicate says: "were among the dead", "a 9-year-old girl") and
``nesting`` (parts and their wholes), ``lists`` (lists that spell out a figure after a colon
or in a parenthesis), ``anaphora`` (what a later clause says of the persons counted before:
"their fate", "drove them off", «— нас было пятеро —»), ``nones`` (a "none" said of more than
one act: "no one was killed or injured", "no casualties"), ``denials`` (figures the text
rejects or corrects), ``said`` (what is said of the persons beside their fate: "They were 35
servicemen …", «14 задержанных — журналисты», found alive), ``cases`` (counts of cases),
``subgroups`` (the subgroup a figure counts), ``tolls`` (sources' numbers of a toll named
before them: "a 1951 inquiry counted 2,480"), ``headcounts`` (how many they were, set after
the act: "…, about sixty of us"), ``gapped`` (a verb left out after a place, a time or
before a dash: "in Lamm, 12"), ``binder`` (the order of the rules, and the rules that read a
sentence as a whole).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.binder import SentenceBinder
from rightsledger.analysis.statements.figures.core import (
    Figure,
    Trigger,
    implied_category,
    resolve_category,
    subgroup_of,
)

__all__ = [
    "Figure",
    "SentenceBinder",
    "Trigger",
    "implied_category",
    "resolve_category",
    "subgroup_of",
]
