"""Comparison levels the model's comparisons share: conditions in DuckDB's SQL, fixed
weights, and the levels of names (one slip apart, similar, initial compatible).

The name levels compare the linkage keys of :mod:`rightsledger.analysis.names`; their
thresholds live in :mod:`similarity`, whose :func:`~similarity.name_agreement` is the
same rule in Python for explaining a pair to a reviewer.

A level's conditions are joined cheapest first: the engine tests a conjunction's terms in
turn on the pairs still in it, and most pairs that reach a late level of a name differ
in the name and in what else the level asks to agree.  Equal keys, counts and first
letters are tested before an edit distance (which the earlier levels of the comparison
have computed for the same pair already, one level at a time).
"""

from __future__ import annotations

from typing import Any

import splink.comparison_level_library as cll

from rightsledger.analysis.linkage.similarity import (
    DROPPED_MIN_LENGTH,
    ESTABLISHED_COUNT,
    ESTABLISHED_RATIO,
    SIMILAR_EDITS,
    SIMILAR_JARO_WINKLER,
    SIMILAR_MIN_LENGTH,
    SLIP_MAX_COUNT,
    VARIANT_EDITS,
    VARIANT_MIN_LENGTH,
)

__all__ = [
    "SIMILAR_M", "custom", "fixed", "initial_compatible", "rare_slip", "short_slip",
    "slips_beside_established", "variant", "weak",
]  # fmt: skip

# A similar name beyond one edit is weak evidence: m fixed (EM sees too few), u sampled.
SIMILAR_M = 0.01


def custom(sql_condition: str, label: str) -> Any:
    # Written in DuckDB's SQL; Splink translates it for Spark with sqlglot.
    return cll.CustomLevel(sql_condition, label, base_dialect_str="duckdb")


def fixed(level: Any, m: float, u: float) -> Any:
    return level.configure(
        m_probability=m, u_probability=u, fix_m_probability=True, fix_u_probability=True
    )


def _established(count: str) -> str:
    """Both names are frequent in the input and of like frequency: two names, not a slip
    (a slip of a common name is much rarer than the name)."""
    low = f"LEAST({count}_l, {count}_r)"
    return (
        f"({low} >= {ESTABLISHED_COUNT} "
        f"AND {low} * {ESTABLISHED_RATIO} >= GREATEST({count}_l, {count}_r))"
    )


def _same_first_letter(key: str) -> Any:
    return custom(f"substr({key}_l, 1, 1) = substr({key}_r, 1, 1)", "same first letter")


def _not_two_names(key: str, count: str) -> Any:
    """Not two established names, unless they differ only where an ö was printed е.

    Russian print leaves the dots off ё, so a Soviet rendering of ö reads е (Hökümə,
    Гёкюмя, Гекюма; Qönçə, Гёнча, Генча, Gencha): keyed a where the Azerbaijani form
    keys o, and every list that prints it so makes it a frequent name of its own.
    Two names told apart by o and a alone are rare beside that."""
    two_names = custom(_established(count), "two names")
    return cll.Or(cll.Not(two_names), custom(_o_as_a(key), "o printed as a"))


def _o_as_a(key: str) -> str:
    return f"replace({key}_l, 'o', 'a') = replace({key}_r, 'o', 'a')"


def variant(key: str, count: str) -> Any:
    """One slip apart with the same first letter (Rəşid/Rasid, Qasim/Qasym), in names
    long enough for a slip to leave them recognisable, unless both are established names
    (Əli/Vəli); as :func:`similarity.name_agreement`."""
    return cll.And(
        _same_first_letter(key),
        custom(f"LEAST(length({key}_l), length({key}_r)) >= {VARIANT_MIN_LENGTH}", "long enough"),
        cll.DamerauLevenshteinLevel(key, VARIANT_EDITS),
        _not_two_names(key, count),
    ).configure(label_for_charts="variant spelling")


def _vowels_dropped(key: str, skeleton: str) -> Any:
    """One name is the other with vowels left out (Mmməd/Məmməd, Cvd/Cavid): the same
    consonants (``skeleton``), every edit a letter dropped, the same last letter, at
    least :data:`similarity.DROPPED_MIN_LENGTH` letters left.  Two
    names that share their consonants differ in a vowel (Həsən/Hüseyn, Rəşid/Rəşad) or
    in an ending (Elnur/Elnurə), not in a vowel left out."""
    return custom(
        f"LEAST(length({key}_l), length({key}_r)) >= {DROPPED_MIN_LENGTH} "
        f"AND {skeleton}_l = {skeleton}_r "
        f"AND damerau_levenshtein({key}_l, {key}_r) = ABS(length({key}_l) - length({key}_r)) "
        f"AND right({key}_l, 1) = right({key}_r, 1)",
        "vowels left out",
    )


def weak(key: str, count: str, skeleton: str | None = None) -> Any:
    """A slip on top of a rendering (Savda/Савд, Kasum/Kasun): close, or two edits apart
    in a long name, or (given names, ``skeleton``) vowels left out, with the same first
    letter, unless both are established names."""
    two_edits_in_long_names = cll.And(
        custom(f"LEAST(length({key}_l), length({key}_r)) >= {SIMILAR_MIN_LENGTH}", "long names"),
        cll.DamerauLevenshteinLevel(key, SIMILAR_EDITS),
    )
    alike = [cll.JaroWinklerLevel(key, SIMILAR_JARO_WINKLER), two_edits_in_long_names]
    if skeleton is not None:
        alike.append(_vowels_dropped(key, skeleton))
    return cll.And(
        _same_first_letter(key),
        cll.Or(*alike),
        _not_two_names(key, count),
    ).configure(label_for_charts="similar", m_probability=SIMILAR_M, fix_m_probability=True)


def _agree_or_unsaid(column: str, unsaid: tuple[str, ...]) -> str:
    """``column`` the same on both sides, or, where its part is in ``unsaid``
    (``father_canon``), not given on one side at all, not even as an initial."""
    same = f"{column}_l = {column}_r"
    if column not in unsaid:
        return same
    part = column.removesuffix("_canon")
    return f"({same} OR {part}_initial_l IS NULL OR {part}_initial_r IS NULL)"


def short_slip(
    key: str,
    count: str,
    agreeing: tuple[str, ...],
    label: str,
    unsaid: tuple[str, ...] = (),
    father_for_year: bool = False,
) -> Any:
    """One slip in a name too short for :func:`variant` (Ai, Ail for Ali; Alev for
    Aliev's root), with the same first letter, where the keys ``agreeing`` agree on both
    sides (those in ``unsaid`` may instead be missing on one side: a list that gives no
    father's name tells nothing against the slip), unless both names are established: a
    sibling's name differs in more than a letter (Əli/Vəli are two).

    With ``father_for_year``, the father's name written the same on both sides stands
    for a birth year one side does not give (a list of names without years): a brother
    shares the father, but his name is another name, not a letter slipped."""
    agree = " AND ".join(_agree_or_unsaid(column, unsaid) for column in agreeing)
    if father_for_year:
        agree = (
            f"({agree}) OR (father_canon_l = father_canon_r "
            "AND (birth_year_l IS NULL OR birth_year_r IS NULL))"
        )
    return cll.And(
        custom(agree, "the rest agrees"),
        _same_first_letter(key),
        cll.DamerauLevenshteinLevel(key, VARIANT_EDITS),
        _not_two_names(key, count),
    ).configure(label_for_charts=label)


def slips_beside_established(
    key: str, count: str, agreeing: tuple[str, ...], label: str, years_not_apart: bool = False
) -> Any:
    """A name a slip or two from the other with the same first letter, however short (one
    of them an established name, the two not both established), where the keys
    ``agreeing`` are the same on both sides: a short root with letters dropped or misread
    (Маедова, Ммедова, MAEDOV for Мамедова; KUIEV, KLIEV for Кулиев; MRZOEVA for
    Мирзоева), too short for :func:`weak`'s two slips and too common a slip to be
    :func:`rare_slip`'s (a letter dropped from Məmmədov recurs as often as the name is
    written).  In a small input no name is established, and nothing falls here beyond
    :func:`short_slip`'s one slip.

    With ``years_not_apart``, the birth years also agree (:data:`BIRTH_YEARS_AGREE`) or one
    side gives none: for a father's name where given name and surname agree (Məmməd ALIEV
    Mamedovich, Məmməd Əliyev Mat oğlu), a cousin named after the same grandfather is
    born in another year, and his father's name is another name, not a letter dropped."""
    agree = " AND ".join(f"{column}_l = {column}_r" for column in agreeing)
    if years_not_apart:
        agree += f" AND (birth_year_l IS NULL OR birth_year_r IS NULL OR {BIRTH_YEARS_AGREE})"
    return cll.And(
        custom(agree, "the rest agrees"),
        custom(f"GREATEST({count}_l, {count}_r) >= {ESTABLISHED_COUNT}", "one established"),
        _same_first_letter(key),
        cll.DamerauLevenshteinLevel(key, SIMILAR_EDITS),
        _not_two_names(key, count),
    ).configure(label_for_charts=label)


# The birth years agree as far as the records can tell: the same, or one apart where one of
# them is the event's year less an age (the birthday moves such a year by one).
BIRTH_YEARS_AGREE = (
    "(birth_year_l = birth_year_r OR ((birth_from_age_l OR birth_from_age_r) "
    "AND ABS(birth_year_l - birth_year_r) = 1))"
)


def _agree(column: str) -> str:
    return BIRTH_YEARS_AGREE if column == "birth_year" else f"{column}_l = {column}_r"


def _first_letter_slipped(key: str) -> Any:
    """The two names differ in their first letter alone (Sabbar/Cabbar, Пукия/Рукия,
    Zolmaz/Solmaz): a key struck beside it, a letter misread, or a rendering of the first
    sound the tables do not know."""
    return custom(
        f"substr({key}_l, 1, 1) <> substr({key}_r, 1, 1) AND length({key}_l) > 1 "
        f"AND substr({key}_l, 2) = substr({key}_r, 2)",
        "only the first letter differs",
    )


def rare_slip(key: str, count: str, agreeing: tuple[str, ...], label: str) -> Any:
    """A name at most two slips from another with the same first letter, or another first
    letter and nothing else (:func:`_first_letter_slipped`), seldom written
    (at most :data:`similarity.SLIP_MAX_COUNT` times in the input) where the other is an
    established name, and the keys ``agreeing`` (the birth year; for a father's name the
    given name too) the same on both sides: the established name spoiled by a slip on top
    of its rendering (Kasun for Kasum, Naek for Narek), not a sibling's name.

    A brother or a sister is born in another year; a twin's name is an established name of
    its own, seen as often as names are, not a spelling seen once or twice beside one.
    In a small input no name is established, and nothing falls here.  A birth year read
    off an age agrees with one a year from it (:data:`BIRTH_YEARS_AGREE`)."""
    agree = " AND ".join(_agree(column) for column in agreeing)
    return cll.And(
        custom(
            f"LEAST({count}_l, {count}_r) <= {SLIP_MAX_COUNT} "
            f"AND GREATEST({count}_l, {count}_r) >= {ESTABLISHED_COUNT}",
            "a name seldom written beside an established one",
        ),
        custom(agree, "the rest agrees"),
        cll.Or(
            cll.And(_same_first_letter(key), cll.DamerauLevenshteinLevel(key, SIMILAR_EDITS)),
            _first_letter_slipped(key),
        ),
    ).configure(label_for_charts=label)


def initial_compatible(part: str) -> Any:
    """One side gives only an initial, and it is one the other's name may be
    abbreviated to in some list (``*_initials`` of a written-out name: the first letters
    it may be given as, Hakob as А. from Акоп; of an initial, its own letter); two
    initials, of one initial class."""
    canon, initial, initials = f"{part}_canon", f"{part}_initial", f"{part}_initials"
    return custom(
        f"CASE WHEN {canon}_l IS NULL AND {canon}_r IS NULL THEN {initial}_l = {initial}_r "
        f"WHEN {canon}_l IS NULL THEN instr({initials}_r, {initials}_l) > 0 "
        f"WHEN {canon}_r IS NULL THEN instr({initials}_l, {initials}_r) > 0 "
        "ELSE FALSE END",
        "initial compatible",
    )
