"""The linkage model's comparison of birth: full dates, years, and ages at the event.

A birth year may be stated, read off a full date, or reckoned from an age at the event; the
levels tell a list that gave only the year from two dates that disagree, and an age set
against the other's birth and event from a year stated. Part of :mod:`comparisons`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl

from rightsledger.analysis.linkage.levels import custom, fixed

__all__ = ["AGE_LEVELS", "AGE_LEVELS_M", "YEAR_OFF_BY_ONE", "age_u", "birth_comparison"]

_BOTH_DATES = "birth_date_l IS NOT NULL AND birth_date_r IS NOT NULL"
_YEAR_GAP = "ABS(birth_year_l - birth_year_r)"
# One side's birth year is its event's year less its age: a year off by the birthday
# alone, and two where the age was rounded or the list counts it so.
_FROM_AGE = "(birth_from_age_l OR birth_from_age_r)"


def _age_gap(side: str, other: str) -> str:
    """Years between ``side``'s age and the other's age at its event, where ``side``
    gives only an age and the other a birth year and an event date."""
    return (
        f"CASE WHEN birth_year_{side} IS NULL AND age_{side} IS NOT NULL "
        f"AND birth_year_{other} IS NOT NULL AND event_year_{other} IS NOT NULL "
        f"THEN ABS(event_year_{other} - birth_year_{other} - age_{side}) END"
    )


# One side gives an age with no event date, the other a birth year and an event date:
# the age measured against the other's event.  The age may be a year short of the
# difference of the years (the birthday not yet reached).
_AGE_GAP = f"COALESCE({_age_gap('l', 'r')}, {_age_gap('r', 'l')})"
# Of one person's records, how often the age fits the other's birth and event (within
# one year, within three).  EM, trained on blocks of pairs that give birth years on both
# sides, never sees these levels: m is fixed, and u is measured (:func:`age_u`), both
# among the pairs that can be compared so.
AGE_LEVELS_M = (0.9, 0.07)
AGE_LEVELS = ("age fits the other's birth and event", "age two or three years off")
AGE_U_DEFAULT = (0.04, 0.05)  # when the input has too few ages to measure
# The trained levels of a birth year one off, one side's reckoned from an age or not: one
# person's records are so in more than one pair in a hundred (a birthday between the two
# dates does it), which the model holds to (``model.M_FLOORS``).
YEAR_OFF_BY_ONE = ("year from an age, off by one", "year off by one")


def age_u(features: pd.DataFrame) -> tuple[float, float]:
    """u of the age levels: the share of pairs of an age-only record and a record of
    birth year and event date (of anyone) whose years fit within one, and within three
    but not one.  Measured, since it depends on how the ages in the lists spread."""
    ages = features["age"].dropna().astype("int64")
    spans = (features["event_year"] - features["birth_year"]).dropna().astype("int64")
    if len(ages) < 50 or len(spans) < 50:
        return AGE_U_DEFAULT
    share = spans.value_counts(normalize=True)
    lookup = share.reindex(range(-5, int(share.index.max()) + 6), fill_value=0.0)
    cumulative = lookup.cumsum()

    def within(width: int) -> float:
        high = cumulative.reindex(ages + width, fill_value=1.0).to_numpy()
        low = cumulative.reindex(ages - width - 1, fill_value=0.0).to_numpy()
        return float((high - low).mean())

    fits, near = within(1), within(3)
    return max(1e-4, fits), max(1e-4, near - fits)


def _age_year_level() -> Any:
    """A birth year reckoned from an age, two or three years from the other's year.

    An age is what a relative or a neighbour said, rounded, or counted at another date
    than the event's: one person's ages in two lists are two or three years apart now
    and then, as :data:`AGE_LEVELS_M` says of an age set against a birth year and an
    event date.  It is that same evidence, with the same m; u is sampled.  Left to EM,
    trained on blocks of pairs that give birth dates, "two years apart" learnt that a
    pair of one person never is, and held every such pair apart by 20 bits and more.
    """
    level = custom(f"{_FROM_AGE} AND {_YEAR_GAP} <= 3", "year from an age, two or three off")
    return level.configure(m_probability=AGE_LEVELS_M[1], fix_m_probability=True)


def birth_comparison(age_levels_u: tuple[float, float]) -> Any:
    """Birth date and year, telling "a list gave only the year" from "two dates disagree".

    Two full dates that differ are evidence against; the same day and month with the year
    off by one is a typical clerical slip and evidence for.
    """
    return cl.CustomComparison(
        output_column_name="birth",
        comparison_levels=[
            custom(
                f"(birth_year_l IS NULL OR birth_year_r IS NULL) AND {_AGE_GAP} IS NULL",
                "no birth year",
            ).configure(is_null_level=True),
            cll.ExactMatchLevel("birth_date"),
            custom(
                f"{_BOTH_DATES} AND substr(birth_date_l, 6) = substr(birth_date_r, 6) "
                f"AND {_YEAR_GAP} <= 1",
                "same day and month, year off by one",
            ),
            custom(f"NOT ({_BOTH_DATES}) AND birth_year_l = birth_year_r", "same year"),
            custom(f"{_FROM_AGE} AND {_YEAR_GAP} <= 1", YEAR_OFF_BY_ONE[0]),
            custom(f"NOT ({_BOTH_DATES}) AND {_YEAR_GAP} <= 1", YEAR_OFF_BY_ONE[1]),
            custom(f"{_YEAR_GAP} <= 1", "full dates differ, years within one"),
            _age_year_level(),
            custom(f"{_YEAR_GAP} <= 2", "years two apart"),
            custom(f"{_YEAR_GAP} <= 5", "years three to five apart"),
            *(
                fixed(custom(f"{_AGE_GAP} <= {width}", label), m, u)
                for width, label, m, u in zip(
                    (1, 3), AGE_LEVELS, AGE_LEVELS_M, age_levels_u, strict=True
                )
            ),
            cll.ElseLevel(),
        ],
    )
