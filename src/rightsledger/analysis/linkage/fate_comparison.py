"""The linkage model's comparison of fates: what each list says befell the person.

A list records one fate per entry (killed, wounded, captured, missing …).  One person's
entries in two lists agree on it more often than not, and two relatives or namesakes of
one event — who share surname, village and date — differ in it more often than they
agree: of two sisters named ``K. Abbasova`` at one event, one is found dead and the
other missing.  A fate that differs is not a conflict: a list written later knows more
(captured in one, released or killed in another).  The words are compared as the lists
write them, and only within one vocabulary (``fates.fate_vocabularies``): «погиб» and
"şəhid" are the words of two languages, not two fates.  Part of :mod:`comparisons`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl

from rightsledger.analysis.linkage.levels import custom

__all__ = ["FATE_U_DEFAULT", "fate_comparison", "fate_u"]

# The u of "same fate" when the input is too small to measure it.
FATE_U_DEFAULT = 0.3
# Pairs of other people of one family name and event below which u is not measured.
_MIN_PAIRS = 100


def fate_u(features: pd.DataFrame) -> float:
    """u of "same fate", measured among *other people of one family name and one event*:
    records with one surname root and event date and different given names.

    Relatives and namesakes of one village meet one fate together far more often than
    random pairs do (a family killed in one attack), and those are the pairs this
    comparison must tell apart: beside a surname and an event that already agree, theirs
    is the right u (as ``context_comparison.context_u`` measures it for places)."""
    frame = features.dropna(subset=["surname_root", "given_canon", "event_date", "fate"])

    def pairs(*keys: str) -> float:
        sizes = frame.groupby(list(keys)).size().to_numpy(dtype=np.float64)
        return float((sizes * (sizes - 1) / 2).sum())

    def others(*keys: str) -> float:
        # Only fates of one vocabulary are compared at all.
        shared = ("surname_root", "event_date", "fate_vocabulary", *keys)
        return pairs(*shared) - pairs(*shared, "given_canon")

    total = others()
    if total < _MIN_PAIRS:
        return FATE_U_DEFAULT
    return min(0.9, max(0.01, others("fate") / total))


def fate_comparison(u: float) -> Any:
    """Both entries give a fate in one vocabulary: the same (u measured by
    :func:`fate_u`, m trained), or another (m and u trained)."""
    return cl.CustomComparison(
        output_column_name="fate",
        comparison_levels=[
            custom(
                "fate_l IS NULL OR fate_r IS NULL OR fate_vocabulary_l <> fate_vocabulary_r",
                "a fate not given, or in words of another vocabulary",
            ).configure(is_null_level=True),
            cll.ExactMatchLevel("fate").configure(
                label_for_charts="same fate", u_probability=u, fix_u_probability=True
            ),
            cll.ElseLevel().configure(label_for_charts="fates differ"),
        ],
    )
