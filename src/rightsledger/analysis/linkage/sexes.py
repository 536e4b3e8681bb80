"""A brother and a sister: two entries that each state a sex, and state different ones,
are two people unless they give the same given name.

A list's sex column is what the clerk wrote of the person or the document in front of
him.  The sex the linkage otherwise reads off a surname's ending (-ova, -yeva) is a guess
that fails where a list writes a woman's surname in its men's form, so only stated sexes
count here.  Two that differ are a brother and a sister, a mother and her son, unless the
given names are the same (then the sex column holds the slip): an initial that fits both
("Z." for Zair and Zemfira) or a name a letter or two off does not tell them apart as the
stated sex does.  It makes a conflict, as two different given names do: a reviewer may
still join the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from rightsledger.analysis.linkage.similarity import SEX_WORDS

__all__ = ["Sexes", "sexes_apart", "sexes_of", "stated_sexes"]

_CODES = {"M": 1, "F": 2}


@dataclass(frozen=True)
class Sexes:
    """Per record: the sex a list states (0 where it states none, 1 male, 2 female) and
    a code of the given name as the linkage reads it (-1 where there is none written out,
    an initial included)."""

    stated: npt.NDArray[np.int8]
    given: npt.NDArray[np.int64]


def stated_sexes(column: pd.Series) -> pd.Series:
    """M, F or NaN per entry of a list's sex column (M, м, kişi, արական; F, ж, qadın …)."""
    return column.astype("string").str.strip().str.lower().map(SEX_WORDS)


def sexes_of(stated: pd.Series | None, features: pd.DataFrame) -> Sexes:
    """The stated sexes (``stated``: the lists' sex column in the order of ``features``'
    rows, None where the records have none) and ``features``' given names."""
    if stated is None:
        codes = np.zeros(len(features), dtype=np.int8)
    else:
        codes = stated_sexes(stated).map(_CODES).fillna(0).to_numpy(dtype=np.int8)
    given = pd.factorize(features["given_canon"], use_na_sentinel=True)[0]
    return Sexes(codes, given.astype(np.int64))


def sexes_apart(
    sexes: Sexes, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Pairs (row numbers) that both state a sex, different ones, and do not give the
    same given name."""
    stated_l, stated_r = sexes.stated[left], sexes.stated[right]
    given_l, given_r = sexes.given[left], sexes.given[right]
    same_given = (given_l >= 0) & (given_l == given_r)
    return (stated_l > 0) & (stated_r > 0) & (stated_l != stated_r) & ~same_given
