"""The comparisons of the linkage model: names, birth, context, fate, household and list
(birth in :mod:`birth_comparison`, place and event in :mod:`context_comparison`, fate in
:mod:`fate_comparison`).

Name levels compare the linkage keys of :mod:`rightsledger.analysis.names` (equal, one
slip apart, similar, initial compatible, swapped, different; built in :mod:`levels`); a
given name or a father's name that differs outright is the level :mod:`pipeline` treats
as a conflict.  Levels whose evidence must hold whatever the data have fixed weights; the
rest are trained.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl

from rightsledger.analysis.linkage.birth_comparison import age_u, birth_comparison
from rightsledger.analysis.linkage.context_comparison import (
    context_comparison,
    context_u,
    event_comparison,
)
from rightsledger.analysis.linkage.fate_comparison import fate_comparison, fate_u
from rightsledger.analysis.linkage.levels import (
    custom,
    fixed,
    initial_compatible,
    rare_slip,
    short_slip,
    slips_beside_established,
    variant,
    weak,
)

__all__ = ["comparisons"]

# Both names read in the other order: each one's given name is the other's surname as
# written (not its root: Khalil Bayramov and Bayram Khalilov are two people) ...
_SWAPPED_AS_WRITTEN = (
    "given_as_surname_l = surname_canon_r AND surname_canon_l = given_as_surname_r"
)


def _swapped_bare(side: str, other: str) -> str:
    """... or ``side`` writes two given names with no surname ending ("Kamil Bəylər"),
    which may be read in either order, and the one read as its given name is the other's
    surname root ("Bəylərov Kamil"): surnames are written with and without -ov."""
    return (
        f"surname_canon_{side} = surname_root_{side} "
        f"AND given_as_surname_{side} = surname_root_{other} "
        f"AND surname_canon_{side} = given_as_surname_{other}"
    )


SWAPPED = f"({_SWAPPED_AS_WRITTEN}) OR ({_swapped_bare('l', 'r')}) OR ({_swapped_bare('r', 'l')})"

# Levels whose weight is fixed rather than trained: the name evidence that must hold
# whatever the data (m, u).  A given name that disagrees outright is rare in one person's
# records and the rule among different people.
GIVEN_DIFFERENT = (0.004, 0.95)
# Levels too rare for EM to estimate: both names swapped is as good as both agreeing (m
# and u fixed).
SWAPPED_LEVEL = (0.02, 0.0002)  # m, u: too rare among random pairs to sample u
# A slip in a short given name (Ai, Ail for Ali) where father and birth year agree (or one
# side gives no father's name and the years agree), or in a short surname where given and
# father's names agree: no evidence either way (m = u), but not the "differ" that holds
# two records apart or counts against them.
SHORT_SLIP_LEVEL = (0.01, 0.01)
# A given name seldom written, a slip or two from an established one, the birth year the
# same (for a father's name, the given name too): the name spoiled, not another (see
# levels.rare_slip).  No evidence either way, as a slip in a short name: the rest of the
# record decides, but it is not the "differ" that holds two records apart.
RARE_SLIP_LEVEL = SHORT_SLIP_LEVEL
# A surname a slip or two from an established one, where both the given name and the
# father's name are written the same (levels.slips_beside_established): a family name does
# not change by a letter or two while the person's own two names stay as they were; a
# brother has another given name, and a namesake of another family seldom the same
# father's name besides.  The same for a father's name where given name and surname agree
# and the birth years are not apart: not the "differ" that holds the pair apart as two
# fathers' sons.  No weight either way: the names that agree count for themselves.
SLIPS_BESIDE_ESTABLISHED_LEVEL = SHORT_SLIP_LEVEL
# Sex, stated or read from the name's form, disagrees for one person now and then.
SEX_LEVELS = ((0.97, 0.5), (0.03, 0.5))


def _swapped() -> Any:
    return fixed(custom(SWAPPED, "given name and surname swapped"), *SWAPPED_LEVEL)


# Fewer records than this giving the part as an initial, and its m is left to EM.
INITIAL_M_MIN_RECORDS = 50


def initial_m(features: pd.DataFrame, part: str) -> float | None:
    """m of "initial compatible" for ``part`` (``given`` or ``father``): the share of
    pairs of records both giving the part in which one of them gives only its initial.

    One person's entries abbreviate as often as anyone's, and a true initial fits, so
    this is the share among true pairs too.  EM, trained on blocks of full birth dates
    and of names written out with the father's name, sees few of the lists that
    abbreviate and learns a fraction of it: on listgen2 a compatible initial counted
    1.6–1.7 bits where a stranger's fits one name in seven or eight (2.7–2.9 bits).  u
    stays sampled.  None where too few records abbreviate to measure it.
    """
    written = features[f"{part}_initial"].notna()
    abbreviated = int((written & features[f"{part}_canon"].isna()).sum())
    if abbreviated < INITIAL_M_MIN_RECORDS:
        return None
    share = abbreviated / int(written.sum())
    return 1.0 - (1.0 - share) ** 2


def _initial_level(part: str, m: float | None) -> Any:
    level = initial_compatible(part)
    if m is None:
        return level
    return level.configure(m_probability=m, fix_m_probability=True)


# One record gives no given name, not even an initial: nothing to compare, unless the
# sexes differ or the birth years are two or more apart.  Then it is as likely a brother
# or a sister as where two given names differ (siblings share surname, father, place and
# event: all the rest such an entry gives; what tells them apart is sex and age), and the
# pair falls to "differ", which holds it apart as it does them.
NO_GIVEN = (
    "(given_initial_l IS NULL OR given_initial_r IS NULL) "
    "AND (sex_l IS NULL OR sex_r IS NULL OR sex_l = sex_r) "
    "AND NOT COALESCE(ABS(birth_year_l - birth_year_r) >= 2, FALSE)"
)


def _given_comparison(tf: bool, initial: float | None) -> Any:
    return cl.CustomComparison(
        output_column_name="given_name",
        comparison_levels=[
            custom(NO_GIVEN, "no given name").configure(is_null_level=True),
            cll.ExactMatchLevel("given_canon", term_frequency_adjustments=tf),
            variant("given_canon", "given_count"),
            _initial_level("given", initial),
            _swapped(),
            weak("given_canon", "given_count", skeleton="given_skel"),
            fixed(
                short_slip(
                    "given_canon",
                    "given_count",
                    ("father_canon", "birth_year"),
                    "slip in a short name, father and year agree",
                    unsaid=("father_canon",),
                    father_for_year=True,
                ),
                *SHORT_SLIP_LEVEL,
            ),
            fixed(
                rare_slip(
                    "given_canon",
                    "given_count",
                    ("birth_year",),
                    "a rare slip of an established name, born the same year",
                ),
                *RARE_SLIP_LEVEL,
            ),
            fixed(cll.ElseLevel(), *GIVEN_DIFFERENT),
        ],
    )


def _surname_comparison(tf: bool) -> Any:
    return cl.CustomComparison(
        output_column_name="surname",
        comparison_levels=[
            cll.NullLevel("surname_canon"),
            cll.ExactMatchLevel("surname_canon", term_frequency_adjustments=tf),
            cll.ExactMatchLevel("surname_root").configure(
                label_for_charts="same root, other ending"
            ),
            variant("surname_root", "surname_count"),
            _swapped(),
            weak("surname_root", "surname_count"),
            fixed(
                short_slip(
                    "surname_root",
                    "surname_count",
                    ("given_canon", "father_canon"),
                    "slip in a short surname, given and father's names agree",
                ),
                *SHORT_SLIP_LEVEL,
            ),
            fixed(
                slips_beside_established(
                    "surname_root",
                    "surname_count",
                    ("given_canon", "father_canon"),
                    "a slip or two in a surname, given and father's names agree",
                ),
                *SLIPS_BESIDE_ESTABLISHED_LEVEL,
            ),
            fixed(
                rare_slip(
                    "surname_root",
                    "surname_count",
                    ("given_canon", "birth_year"),
                    "a rare slip of an established surname, given name and year agree",
                ),
                *RARE_SLIP_LEVEL,
            ),
            cll.ElseLevel(),
        ],
    )


def _father_comparison(initial: float | None) -> Any:
    return cl.CustomComparison(
        output_column_name="patronymic",
        comparison_levels=[
            custom(
                "father_initial_l IS NULL OR father_initial_r IS NULL", "no father's name"
            ).configure(is_null_level=True),
            cll.ExactMatchLevel("father_canon"),
            variant("father_canon", "father_count"),
            _initial_level("father", initial),
            weak("father_canon", "father_count"),
            fixed(
                short_slip(
                    "father_canon",
                    "father_count",
                    ("given_canon", "birth_year"),
                    "slip in a short father's name, given name and year agree",
                ),
                *SHORT_SLIP_LEVEL,
            ),
            fixed(
                rare_slip(
                    "father_canon",
                    "father_count",
                    ("given_canon", "birth_year"),
                    "a rare slip of an established father's name, given name and year agree",
                ),
                *RARE_SLIP_LEVEL,
            ),
            fixed(
                slips_beside_established(
                    "father_canon",
                    "father_count",
                    ("given_canon", "surname_root"),
                    "a slip or two in a father's name, given name and surname agree",
                    years_not_apart=True,
                ),
                *SLIPS_BESIDE_ESTABLISHED_LEVEL,
            ),
            cll.ElseLevel(),
        ],
    )


def _family_comparison() -> Any:
    """Household ids are a list's own: comparable only within one list.

    Sharing a household is true of relatives as much as of duplicates, and relatives
    also share surname, place and event, which a model that multiplies independent
    factors would count again.  Its weights are therefore fixed, not trained: sharing a
    household is weak evidence, while a list placing two records in different households
    is evidence against (a list's duplicate entry normally keeps its household).
    """
    same = fixed(cll.ExactMatchLevel("family"), 0.9, 0.5)
    different = fixed(
        custom("family_l <> family_r AND source_l = source_r", "different households in one list"),
        0.1,
        0.5,
    )
    return cl.CustomComparison(
        output_column_name="family",
        comparison_levels=[
            custom(
                "family_l IS NULL OR family_r IS NULL OR source_l <> source_r",
                "household not comparable",
            ).configure(is_null_level=True),
            same,
            different,
        ],
    )


def _list_comparison() -> Any:
    """Whether both records come from one list: a list seldom names one person twice, so
    two entries of one list are less likely one person than entries of two lists."""
    return cl.CustomComparison(
        output_column_name="list",
        comparison_levels=[
            cll.NullLevel("source"),
            cll.ExactMatchLevel("source").configure(label_for_charts="same list"),
            cll.ElseLevel().configure(label_for_charts="different lists"),
        ],
    )


def comparisons(features: pd.DataFrame, term_frequencies: bool) -> list[Any]:
    """The model's comparisons, in the order of ``model.COMPARISON_NAMES``."""
    shares = context_u(features)
    return [
        _surname_comparison(term_frequencies),
        _given_comparison(term_frequencies, initial_m(features, "given")),
        _father_comparison(initial_m(features, "father")),
        cl.CustomComparison(
            output_column_name="sex",
            comparison_levels=[
                cll.NullLevel("sex"),
                fixed(cll.ExactMatchLevel("sex"), *SEX_LEVELS[0]),
                fixed(cll.ElseLevel(), *SEX_LEVELS[1]),
            ],
        ),
        birth_comparison(age_u(features)),
        context_comparison(shares),
        event_comparison(shares),
        fate_comparison(fate_u(features)),
        _family_comparison(),
        _list_comparison(),
    ]
