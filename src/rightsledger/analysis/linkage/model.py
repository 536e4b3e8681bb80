"""The Splink model: comparisons, blocking, training and scoring.

Blocking never uses a name alone: with surnames as common as Məmmədov or Əliyev that
would compare a large share of all records with each other.  Every rule combines two or
three of the transliteration-robust name keys with the birth year, the place or the event
date, and the rules overlap so that a typo in any one field still leaves a rule that finds
the pair.
"""

from __future__ import annotations

import logging
from typing import Any

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import Linker, SettingsCreator, block_on

from rightsledger.analysis.linkage.config import LinkageConfig

__all__ = ["COMPARISON_NAMES", "build_settings", "predict", "train"]

COMPARISON_NAMES = (
    "surname", "given_name", "patronymic", "sex", "birth", "context", "family",
)  # fmt: skip

PREDICTION_BLOCKS = (
    ("surname_key", "given_key", "birth_year"),
    ("surname_key", "given_key", "father_key", "place_fold"),
    ("given_key", "father_key", "birth_year"),
    ("surname_key", "father_key", "birth_year"),
    ("given_key", "birth_year", "place_fold"),
    ("surname_key", "birth_date"),
    ("surname_key", "given_key", "event_date"),
    ("surname_key", "given_key", "place_fold"),
    ("surname_key", "birth_year", "event_date"),
    ("given_key", "birth_year", "event_date"),
    # Two-year bins, offset by one, catch birth years one apart together with a slip in
    # one of the names, the commonest pair of errors.
    ("surname_key", "event_date", "birth_bin"),
    ("surname_key", "event_date", "birth_bin_offset"),
    ("given_key", "event_date", "birth_bin"),
    ("given_key", "event_date", "birth_bin_offset"),
    ("surname_key", "father_key", "event_date"),
    ("given_key", "father_key", "event_date"),
)
# Training blocks must not favour relatives (siblings share surname, father, place and
# event), or EM learns "same family" instead of "same person".
TRAINING_BLOCKS = (
    ("birth_date",),
    ("surname_key", "given_key", "father_key", "event_date"),
)


def _name_comparison(column: str, name: str, tf: bool) -> Any:
    """Surname or given name on the cross-script fold.

    Damerau-Levenshtein catches slips in short names (Ali/Ail/Ai) that Jaro-Winkler
    scores low; the swapped level catches names whose order was misread.
    """
    return cl.CustomComparison(
        output_column_name=name,
        comparison_levels=[
            cll.NullLevel(column),
            cll.ExactMatchLevel(column, term_frequency_adjustments=tf),
            cll.JaroWinklerLevel(column, 0.92),
            cll.DamerauLevenshteinLevel(column, 1),
            cll.JaroWinklerLevel(column, 0.8),
            cll.ColumnsReversedLevel("given_fold", "surname_fold", symmetrical=True),
            cll.ElseLevel(),
        ],
        comparison_description=f"{name} (cross-script fold)",
    )


_BOTH_DATES = "birth_date_l IS NOT NULL AND birth_date_r IS NOT NULL"
_YEAR_GAP = "ABS(birth_year_l - birth_year_r)"


def _custom(sql_condition: str, label: str) -> Any:
    # Written in DuckDB's SQL; Splink translates it for Spark with sqlglot.
    return cll.CustomLevel(sql_condition, label, base_dialect_str="duckdb")


def _birth_comparison() -> Any:
    """Birth date and year, telling "a list gave only the year" from "two dates disagree".

    Two full dates that differ are evidence against; the same day and month with the year
    off by one is a typical clerical slip and evidence for.
    """
    return cl.CustomComparison(
        output_column_name="birth",
        comparison_levels=[
            cll.NullLevel("birth_year"),
            cll.ExactMatchLevel("birth_date"),
            _custom(
                f"{_BOTH_DATES} AND substr(birth_date_l, 6) = substr(birth_date_r, 6) "
                f"AND {_YEAR_GAP} <= 1",
                "same day and month, year off by one",
            ),
            _custom(f"NOT ({_BOTH_DATES}) AND birth_year_l = birth_year_r", "same year"),
            _custom(f"NOT ({_BOTH_DATES}) AND {_YEAR_GAP} <= 1", "year off by one"),
            _custom(f"{_YEAR_GAP} <= 1", "full dates differ, years within one"),
            _custom(f"{_YEAR_GAP} <= 3", "years within three"),
            cll.ElseLevel(),
        ],
    )


def _fixed(level: Any, m: float, u: float) -> Any:
    return level.configure(
        m_probability=m, u_probability=u, fix_m_probability=True, fix_u_probability=True
    )


def _similar_place() -> Any:
    return cll.JaroWinklerLevel("place_fold", 0.88)


def _context_comparison() -> Any:
    """Place of origin and event date, as one comparison with fixed weights.

    Both are shared by a whole household, so among pairs that already agree on surname
    and patronymic (siblings, spouses, parents) they agree far more often than random
    sampling says.  Trained weights would count the household a second time and merge
    relatives; fixed moderate weights (in bits: +3.9, +2.3, -0.3, -3.9) keep the
    evidence without that.  u here means "among pairs with similar names".
    """
    return cl.CustomComparison(
        output_column_name="context",
        comparison_levels=[
            _custom(
                "(place_fold_l IS NULL OR place_fold_r IS NULL) "
                "AND (event_date_l IS NULL OR event_date_r IS NULL)",
                "place and event date missing",
            ).configure(is_null_level=True),
            _fixed(cll.And(cll.ExactMatchLevel("event_date"), _similar_place()), 0.60, 0.04),
            _fixed(cll.ExactMatchLevel("event_date"), 0.25, 0.05),
            _fixed(_similar_place(), 0.13, 0.16),
            _fixed(cll.ElseLevel(), 0.02, 0.30),
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
    same = _fixed(cll.ExactMatchLevel("family"), 0.9, 0.5)
    different = _fixed(
        _custom("family_l <> family_r AND source_l = source_r", "different households in one list"),
        0.1,
        0.5,
    )
    return cl.CustomComparison(
        output_column_name="family",
        comparison_levels=[
            _custom(
                "family_l IS NULL OR family_r IS NULL OR source_l <> source_r",
                "household not comparable",
            ).configure(is_null_level=True),
            same,
            different,
        ],
    )


def build_settings(config: LinkageConfig) -> SettingsCreator:
    """Return the Splink settings; identical for every backend."""
    comparisons = [
        _name_comparison("surname_fold", "surname", config.term_frequencies),
        _name_comparison("given_fold", "given_name", config.term_frequencies),
        cl.CustomComparison(
            output_column_name="patronymic",
            comparison_levels=[
                cll.NullLevel("father_fold"),
                cll.ExactMatchLevel("father_fold"),
                cll.JaroWinklerLevel("father_fold", 0.88),
                cll.ElseLevel(),
            ],
        ),
        cl.ExactMatch("sex").configure(term_frequency_adjustments=False),
        _birth_comparison(),
        _context_comparison(),
        _family_comparison(),
    ]
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=[block_on(*cols) for cols in PREDICTION_BLOCKS],
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=False,
        max_iterations=config.em_max_iterations,
        additional_columns_to_retain=[],
    )


def train(linker: Linker, config: LinkageConfig) -> None:
    """Estimate λ from near-certain matches, u by random sampling, m by EM."""
    linker.training.estimate_probability_two_random_records_match(
        [block_on("surname_fold", "given_fold", "father_fold", "birth_year")], recall=0.5
    )
    linker.training.estimate_u_using_random_sampling(
        max_pairs=config.u_sample_pairs, seed=config.seed
    )
    for columns in TRAINING_BLOCKS:
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*columns),
            max_pairs=config.em_max_pairs,
            record_sample_proportion=config.em_record_sample,
            populate_probability_two_random_records_match_from_trained_values=True,
        )


def predict(linker: Linker, config: LinkageConfig) -> Any:
    """Score all blocked pairs; keep those that are evidence for clustering or review."""
    floor = min(config.review_threshold, config.evidence_threshold)
    return linker.inference.predict(threshold_match_probability=floor)


def score_within_groups(linker: Linker, table: Any, config: LinkageConfig) -> Any:
    """Score every pair of records that share a ``group`` value, whatever the blocking.

    ``table`` is a registered feature table with an extra ``group`` column.
    """
    if config.term_frequencies:
        for column in ("surname_fold", "given_fold"):
            linker.table_management.compute_tf_table(column)
    return linker.inference.predict_within(
        table, blocking_rules_to_generate_predictions=[block_on("group")]
    )


def quiet_splink() -> None:
    """Splink logs every SQL step at INFO; the caller reports progress itself."""
    # Untrained comparison levels are reported as warnings on every run; the result carries
    # the trained model, so only errors are shown.
    logging.getLogger("splink").setLevel(logging.ERROR)
