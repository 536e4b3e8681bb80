"""Quantities: a number, range, vague word or "no one", with its qualifier and counted noun.

A quantity here is not yet a claim: it becomes one when a category binds to it
(see ``figures``). Numbers that are references, years, ordinals, ages, times or measures
(days, kilometres, per cent) are marked as non-counts and never become claims.

The layers: ``reading`` (a number, range or vague word where it starts, with ``digits``,
``ranges`` and ``qualifiers``), ``counted_noun`` (what it counts, with ``az_cases``,
``predicate_noun`` and the statements' ``age_groups``), ``non_counts``, and ``finder``, which
runs them over a text.
"""

from rightsledger.analysis.statements.quantities.az_cases import az_locative
from rightsledger.analysis.statements.quantities.finder import find_quantities
from rightsledger.analysis.statements.quantities.quantity import Quantity, names_a_share

__all__ = ["Quantity", "az_locative", "find_quantities", "names_a_share"]
