"""Pairs that must not end in one person without a reviewer: two different given names,
fathers or birth years far apart, two births that cannot be one, two entries of one list,
an entry that names a family only, two deaths months apart, a fate of the living after a
death, two stated sexes that differ.  Clustering takes them as soft cannot-links."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from rightsledger.analysis.linkage.births import Births, births_apart
from rightsledger.analysis.linkage.fates import Deaths, alive_after_death, deaths_apart
from rightsledger.analysis.linkage.sexes import Sexes, sexes_apart

__all__ = ["CONFLICT_COMPARISONS", "conflicting", "else_weights", "family_entries"]

# Comparisons whose last level ("differ") forbids an automatic merge: two different given
# names (siblings), two different fathers or birth years far apart (namesakes) are two
# people unless a reviewer says otherwise.
CONFLICT_COMPARISONS = ("given_name", "patronymic", "birth")


def else_weights(model_json: dict[str, Any]) -> dict[str, float]:
    """The trained or fixed weight of each conflict comparison's last ("else") level."""
    out = {}
    for comparison in model_json.get("comparisons", []):
        name = str(comparison.get("output_column_name", ""))
        last = comparison.get("comparison_levels", [])[-1:]
        if name in CONFLICT_COMPARISONS and last:
            m, u = last[0].get("m_probability"), last[0].get("u_probability")
            if m and u:
                out[name] = float(np.log2(m / u))
    return out


def family_entries(features: pd.DataFrame) -> npt.NDArray[np.bool_]:
    """Records that name a family rather than a person: no given name, not even an
    initial, and neither birth year nor age ("Раджабов, Эльчинович, Зангелан").

    All such an entry gives — surname, father's name, place, event — a brother or a
    sister shares, and nothing in it tells one of them from the other: which of them it
    is, a reviewer decides."""
    return (
        features["given_initial"].isna() & features["birth_year"].isna() & features["age"].isna()
    ).to_numpy(dtype=bool)


def conflicting(
    scored: pd.DataFrame,
    else_weights: dict[str, float],
    sources: npt.NDArray[Any],
    merge_threshold: float,
    family: npt.NDArray[np.bool_],
    deaths: Deaths | None = None,
    births: Births | None = None,
    sexes: Sexes | None = None,
) -> npt.NDArray[np.bool_]:
    """Scored pairs that must not end in one person without a reviewer: at the "differ"
    level of a conflict comparison, two entries of one list that do not themselves
    score as one person (a list seldom names a person twice, and then alike), a pair
    with an entry that names a family only (``family``, per record: see
    :func:`family_entries`), two deaths months apart in other places or a fate of the
    living a month or more after a death (:mod:`fates`), two births that cannot be one
    (:mod:`births`), or two stated sexes that differ under given names that are not the
    same (:mod:`sexes`).

    Splink reports each comparison's weight, not its level; the last level is recognised
    by its weight (term-frequency adjustments are reported apart).
    """
    left = scored["left"].to_numpy(dtype=np.int64)
    right = scored["right"].to_numpy(dtype=np.int64)
    probability = scored["match_probability"].to_numpy(dtype=np.float64)
    out = (sources[left] == sources[right]) & (probability < merge_threshold)
    out |= family[left] | family[right]
    if deaths is not None:
        out |= deaths_apart(deaths, left, right) | alive_after_death(deaths, left, right)
    if births is not None:
        out |= births_apart(births, left, right)
    if sexes is not None:
        out |= sexes_apart(sexes, left, right)
    for name, weight in else_weights.items():
        column = f"mw_{name}"
        if column in scored.columns:
            values = scored[column].to_numpy(dtype=np.float64)
            out |= np.isclose(values, weight, rtol=0.0, atol=1e-6)
    return out
