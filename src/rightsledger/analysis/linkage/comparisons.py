"""The comparisons of the linkage model: names, birth, context, household and list.

Name levels compare the linkage keys of :mod:`rightsledger.analysis.names` (equal, one
slip apart, similar, initial compatible, swapped, different; built in :mod:`levels`); a
given name or a father's name that differs outright is the level :mod:`pipeline` treats
as a conflict.  Levels whose evidence must hold whatever the data have fixed weights; the
rest are trained.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl

from rightsledger.analysis.linkage.levels import (
    custom,
    fixed,
    initial_compatible,
    short_slip,
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
# A slip in a short given name (Ai, Ail for Ali) where father and birth year agree, or in
# a short surname where given and father's names agree: no evidence either way (m = u),
# but not the "differ" that holds two records apart or counts against them.
SHORT_SLIP_LEVEL = (0.01, 0.01)
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
                ),
                *SHORT_SLIP_LEVEL,
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
            cll.ElseLevel(),
        ],
    )


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


def _birth_comparison(age_levels_u: tuple[float, float]) -> Any:
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
            custom(f"{_FROM_AGE} AND {_YEAR_GAP} <= 1", "year from an age, off by one"),
            custom(f"NOT ({_BOTH_DATES}) AND {_YEAR_GAP} <= 1", "year off by one"),
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


def _similar_place() -> Any:
    return cll.JaroWinklerLevel("place_fold", 0.88)


CONTEXT_LEVELS = ("place and event", "event", "place")


def context_u(features: pd.DataFrame) -> dict[str, float]:
    """u of the context levels, measured among pairs of *other people of one family
    name*: records with one surname root and different given names.

    Namesakes and relatives live and suffer together far more often than random pairs
    do, and how much more depends on the lists at hand (how many places and events, how
    clustered the family names), so it is measured rather than assumed; it is then the
    right u beside a surname that already agrees.  Returns the share of such pairs
    with the same place and event, the same event only and the same place only.
    """
    frame = features.dropna(subset=["surname_root", "given_canon", "place_key", "event_date"])

    def pairs(*keys: str) -> float:
        sizes = frame.groupby(list(keys)).size().to_numpy(dtype=np.float64)
        return float((sizes * (sizes - 1) / 2).sum())

    def others(*keys: str) -> float:
        return pairs("surname_root", *keys) - pairs("surname_root", *keys, "given_canon")

    total = others()
    if total < 100:
        return dict(zip(CONTEXT_LEVELS, CONTEXT_U_DEFAULT, strict=True))
    both = others("place_key", "event_date")
    event = others("event_date") - both
    place = others("place_key") - both
    shares = (both / total, event / total, place / total)
    return {
        level: min(0.5, max(1e-4, share))
        for level, share in zip(CONTEXT_LEVELS, shares, strict=True)
    }


CONTEXT_U_DEFAULT = (0.04, 0.05, 0.16)  # when the input is too small to measure


_EVENT_DAYS = "ABS(date_diff('day', CAST(event_date_l AS DATE), CAST(event_date_r AS DATE)))"


def _context_comparison(u: dict[str, float]) -> Any:
    """Place of origin and event date, as one comparison: both are shared by a household
    and by a village, so they are one piece of evidence, not two.  u of the levels
    :func:`context_u` measures (the same place key and the same event date) is
    that measure, fixed; a place only spelled alike has its u from random pairs; m is
    trained.  Dates a few days apart (captured one
    day, reported killed later) are neither for nor against.  Where one list gives no place,
    :func:`_event_comparison` weighs the event date alone."""
    same_event = cll.ExactMatchLevel("event_date")
    same_place = cll.ExactMatchLevel("place_key")
    return cl.CustomComparison(
        output_column_name="context",
        comparison_levels=[
            custom("place_key_l IS NULL OR place_key_r IS NULL", "a place not given").configure(
                is_null_level=True
            ),
            _fixed_u(cll.And(same_event, same_place), u["place and event"]),
            _fixed_u(same_event, u["event"]),
            _fixed_u(same_place, u["place"]),
            # Spelled alike is not the same place: villages share their qualifier
            # (Yuxarı/Aşağı/Böyük/Köhnə …), which Jaro-Winkler's prefix bonus rewards.
            # Its u comes from random pairs, as for any trained level.
            _similar_place().configure(label_for_charts="place spelled alike"),
            *_near_event_levels(),
            cll.ElseLevel(),
        ],
    )


def _near_event_levels() -> list[Any]:
    """Event dates near each other without being one, as both the context and the event
    comparison weigh them (each learns its own m)."""
    return [
        custom(f"{_EVENT_DAYS} <= 2", "event dates a day or two apart"),
        custom(f"{_EVENT_DAYS} <= 7", "event dates within a week"),
        # One list gives only the month ("07.1993"): the same month is all it can say.
        custom(
            "(event_date_l IS NULL OR event_date_r IS NULL) AND event_month_l = event_month_r",
            "same month, one date a month only",
        ),
    ]


def _event_comparison(u: dict[str, float]) -> Any:
    """The event date where a list gives no place: the context comparison says nothing of
    such a pair, and its levels are learnt from pairs that give places, which in some cases'
    lists nearly always agree; the event's evidence is learnt here from the pairs that lack
    a place.  u of "same date" is that of :func:`context_u` (namesakes and relatives share
    their events), whatever the places."""
    no_place = "(place_key_l IS NULL OR place_key_r IS NULL)"
    return cl.CustomComparison(
        output_column_name="event",
        comparison_levels=[
            custom(
                f"NOT {no_place} OR event_month_l IS NULL OR event_month_r IS NULL",
                "places given, or an event date missing",
            ).configure(is_null_level=True),
            _fixed_u(cll.ExactMatchLevel("event_date"), u["place and event"] + u["event"]),
            *_near_event_levels(),
            cll.ElseLevel(),
        ],
    )


def _fixed_u(level: Any, u: float) -> Any:
    return level.configure(u_probability=u, fix_u_probability=True)


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
        _birth_comparison(age_u(features)),
        _context_comparison(shares),
        _event_comparison(shares),
        _family_comparison(),
        _list_comparison(),
    ]
