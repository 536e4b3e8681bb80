"""The Splink model: comparisons, blocking, training and scoring.

Blocking never uses a name alone: with surnames as common as Məmmədov or Əliyev that
would compare a large share of all records with each other.  Every rule combines two or
three of the transliteration-robust name keys with the birth year, the place or the event
date, and the rules overlap so that a typo in any one field still leaves a rule that finds
the pair.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
from splink import Linker, SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule

from rightsledger.analysis.linkage.backends import materialised, register
from rightsledger.analysis.linkage.birth_comparison import YEAR_OFF_BY_ONE
from rightsledger.analysis.linkage.comparisons import comparisons as build_comparisons
from rightsledger.analysis.linkage.config import Backend, LinkageConfig

__all__ = [
    "COMPARISON_NAMES", "blocked_pairs", "blocking_columns", "build_settings", "evidence_floor",
    "predict", "scored_frame", "scoring_columns", "train",
]  # fmt: skip

COMPARISON_NAMES = (
    "surname", "given_name", "patronymic", "sex", "birth", "context", "event", "fate", "family",
    "list",
)  # fmt: skip

# Each rule joins on name keys plus a fact, so that no name alone (Məmmədov, Əli) makes
# a block; the rules overlap so that a slip in any one field leaves a rule that finds
# the pair.  Keys: surname root (Həsənli and Гасанов share it), given and father's name.
PREDICTION_BLOCKS: tuple[tuple[str, ...], ...] = (
    ("surname_root", "given_canon", "birth_year"),
    ("surname_root", "given_canon", "father_canon"),
    ("given_canon", "father_canon", "birth_year"),
    ("surname_root", "father_canon", "birth_year"),
    ("given_canon", "birth_year", "place_key"),
    ("surname_root", "birth_date"),
    ("surname_root", "given_canon", "event_date"),
    ("surname_root", "given_canon", "place_key"),
    ("surname_root", "birth_year", "event_date"),
    ("given_canon", "birth_year", "event_date"),
    # Two-year bins, offset by one, catch birth years one or two apart together with a
    # slip in one of the names, the commonest pair of errors.
    ("surname_root", "event_date", "birth_bin"),
    ("surname_root", "event_date", "birth_bin_offset"),
    ("given_canon", "event_date", "birth_bin"),
    ("given_canon", "event_date", "birth_bin_offset"),
    # Both names agree, the birth years are a year apart (an age against a date), and
    # the event date is missing or a few days off in one list.
    ("surname_root", "given_canon", "birth_bin"),
    ("surname_root", "given_canon", "birth_bin_offset"),
    ("surname_root", "father_canon", "event_date"),
    ("given_canon", "father_canon", "event_date"),
    ("surname_skel", "given_skel", "birth_year"),
    ("surname_skel", "given_skel", "event_date"),
    ("given_canon", "place_key", "event_date"),
    # An event date given to the month only ("07.1993") against one given to the day.
    ("surname_root", "given_canon", "event_month"),
    ("given_canon", "father_canon", "event_month"),
    # A given name reduced to its initial: surname root, initial class and a fact.
    ("surname_root", "given_initial", "event_date"),
    ("surname_root", "given_initial", "place_key"),
    ("surname_skel", "given_initial", "event_date"),
    # ... or with the place of the event, as folded: an abbreviated entry often gives
    # neither birth year nor event date, or dates a few days off.
    ("surname_root", "given_initial", "event_place_fold"),
    # The initial class stands in for the given name written either way, so a slip in
    # the surname of an abbreviated entry (Гусейнво Э.В.) still leaves a rule.
    ("given_initial", "birth_year", "event_date"),
    ("given_initial", "birth_date"),
)
BLOCK_KEYS = "block_keys"
# A slip in a surname on top of its rendering (Askeroa, Dzhafarob, Мвмедли, Gasanovs)
# moves its root and its consonants, but leaves one end of the root: its first three
# letters or its last three, with the given name's initial class (written out or not)
# and the village or the event date.  A key shared by more than MAX_END_BLOCK records
# gives no pairs (a common beginning in a large village singles no one out), so the
# pairs grow with the records, not with the square of a village: at a million records,
# 4.9 million key pairs with 10, 10 million with 50 (at 100,000 records, 282 and 308 of
# 590 true pairs that no other rule proposed).
END_BLOCKS: tuple[tuple[str, str], ...] = (
    ("head", "place_key"), ("tail", "place_key"), ("head", "event_date"), ("tail", "event_date"),
)  # fmt: skip
END_LETTERS = 3
MAX_END_BLOCK = 10


def _end_parts(features: pd.DataFrame) -> list[pd.DataFrame]:
    """The columns of each rule of :data:`END_BLOCKS`, per record."""
    root = features["surname_root"].astype("string")
    ends = {
        "head": root.str[:END_LETTERS].where(root.str.len() >= END_LETTERS),
        "tail": root.str[-END_LETTERS:].where(root.str.len() >= END_LETTERS),
    }
    return [
        pd.DataFrame(
            {"end": ends[end], "initial": features["given_initial"], "fact": features[fact]}
        )
        for end, fact in END_BLOCKS
    ]


def with_block_keys(features: pd.DataFrame) -> pd.DataFrame:
    """``features`` with ``block_keys``: per record, one 64-bit key per rule of
    :data:`PREDICTION_BLOCKS` and :data:`END_BLOCKS` whose columns it fills.

    One join on these keys finds what the rules would find one by one; rule after rule,
    each join would have to exclude the pairs of all the rules before it, which costs
    more than the comparisons themselves.
    """
    parts: list[tuple[pd.DataFrame, int | None]] = [
        (features[list(columns)], None) for columns in PREDICTION_BLOCKS
    ]
    parts += [(part, MAX_END_BLOCK) for part in _end_parts(features)]
    codes = np.zeros((len(features), len(parts)), dtype=np.uint64)
    present = np.zeros(codes.shape, dtype=bool)
    for number, (part, cap) in enumerate(parts):
        present[:, number] = part.notna().all(axis=1).to_numpy()
        hashed = pd.util.hash_pandas_object(part.astype("string"), index=False).to_numpy()
        codes[:, number] = hashed ^ np.uint64(0x9E3779B97F4A7C15 * (number + 1) % 2**64)
        if cap is not None:
            shared = pd.Series(codes[present[:, number], number]).value_counts()
            present[:, number] &= pd.Series(codes[:, number]).map(shared).to_numpy() <= cap
    values = codes[present].view(np.int64)  # row by row: np.nonzero order
    offsets = np.concatenate([[0], np.cumsum(present.sum(axis=1))]).astype(np.int32)
    keys = pa.ListArray.from_arrays(pa.array(offsets), pa.array(values))
    return features.assign(**{BLOCK_KEYS: pd.Series(keys, index=features.index,
                                                     dtype=pd.ArrowDtype(keys.type))})  # fmt: skip


# Given name and surname swapped between two lists (Musa Əli / Əli Musa), or one side
# writing its surname bare, read in the other order ("Kamil Bəylər" / "Bəylərov Kamil":
# see comparisons.SWAPPED); with the birth year. Names swapped as written are also found by
# the date of the event or the father's name: a list that swapped its name columns
# ("Rashidli | Vugar") often gives no birth year.
SWAPPED_BLOCKS = (
    *(
        "l.given_as_surname = r.surname_canon AND l.surname_canon = r.given_as_surname "
        f"AND l.{shared} = r.{shared}"
        for shared in ("birth_year", "event_date", "father_canon")
    ),
    *(
        f"{bare}.given_as_surname = {other}.surname_root "
        f"AND {bare}.surname_canon = {other}.given_as_surname "
        f"AND {bare}.surname_canon = {bare}.surname_root AND l.birth_year = r.birth_year"
        for bare, other in (("l", "r"), ("r", "l"))
    ),
)
# Records that give neither a birth year nor an event date are found by their names
# alone; ``sparse_key`` is set on those records only, so the join stays small.
SPARSE_BLOCKS = (
    "l.sparse_key = r.name_pair_key",
    "l.name_pair_key = r.sparse_key",
    # The same with the surname's or the given name's skeleton (a vowel slipped: Msaev,
    # Kaml).
    "l.sparse_skel_key = r.name_skel_key",
    "l.name_skel_key = r.sparse_skel_key",
    "l.sparse_given_skel_key = r.name_given_skel_key",
    "l.name_given_skel_key = r.sparse_given_skel_key",
    # A given name reduced to an initial, with surname root and birth year: set on the
    # abbreviated records only (``initial_key``), again so that the join stays small.
    "l.initial_key = r.initial_year_key",
    "l.initial_year_key = r.initial_key",
    # An initial with the other's surname root and initial class and birth years one
    # apart (two-year bins, offset by one), or where one of the two gives no birth
    # year and no event date; one side of each join is set on abbreviated (or
    # fact-less) entries only, and no key is shared by more than MAX_INITIAL_BLOCK.
    "l.initial_bin_key = r.name_bin_key",
    "l.name_bin_key = r.initial_bin_key",
    "l.initial_bin_offset_key = r.name_bin_offset_key",
    "l.name_bin_offset_key = r.initial_bin_offset_key",
    "l.initial_sparse_key = r.name_initial_key",
    "l.name_initial_key = r.initial_sparse_key",
    "l.initial_name_key = r.sparse_initial_key",
    "l.sparse_initial_key = r.initial_name_key",
    # Given and father's initial class and event date, the surname aside, with one side
    # abbreviated: a slip in an abbreviated entry's surname (Гусейнво Э.В.).
    "l.initial_event_key = r.initials_event_key",
    "l.initials_event_key = r.initial_event_key",
    # Surname root, initial class and the event's month, with one side abbreviated: one
    # list gives the event to the month only ("noyabr 1991"), the other to the day.
    "l.initial_month_key = r.name_month_key",
    "l.name_month_key = r.initial_month_key",
    # Surname root, initial class and the age (two-year bins, offset by one), with one
    # side abbreviated: an age given with no event date is no birth year.
    "l.initial_age_key = r.name_age_key",
    "l.name_age_key = r.initial_age_key",
    "l.initial_age_offset_key = r.name_age_offset_key",
    "l.name_age_offset_key = r.initial_age_offset_key",
)
# Training blocks must not favour relatives (siblings share surname, father, place and
# event), or EM learns "same family" instead of "same person".  The third gives the place
# and event comparisons the pairs of lists that write no full birth date, which the first
# alone never shows them.
TRAINING_BLOCKS = (
    ("birth_date",),
    ("surname_root", "given_canon", "father_canon", "event_date"),
    ("surname_root", "given_canon", "father_canon", "birth_year"),
)
# The block of the prior's estimate (:func:`train`): names and year all agreeing.
PRIOR_BLOCK = ("surname_canon", "given_canon", "father_canon", "birth_year")
# The comparisons whose trained m is held to at least CONTEXT_M_FLOOR (see
# :func:`_floor_trained_m`): every level of place and event, and of birth the levels of a
# year one off (``birth_comparison.YEAR_OFF_BY_ONE``).
CONTEXT_COMPARISONS = ("context", "event")
CONTEXT_M_FLOOR = 0.01
M_FLOORS: dict[str, tuple[str, ...] | None] = {
    **dict.fromkeys(CONTEXT_COMPARISONS),
    "birth": YEAR_OFF_BY_ONE,
}


def build_settings(config: LinkageConfig, features: pd.DataFrame) -> SettingsCreator:
    """Return the Splink settings; identical for every backend."""
    comparisons = build_comparisons(features, config.term_frequencies)
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=comparisons,
        # The rules of prediction, as Splink would join them; :func:`predict` joins the
        # same rules itself, faster (:func:`blocked_pairs_sql`), and a test holds the two
        # to the same pairs.
        blocking_rules_to_generate_predictions=[
            # All of PREDICTION_BLOCKS at once: one join on exploded keys, each pair once.
            # First: Splink's join of an exploded rule excludes, pair by pair, what the
            # rules before it found, and explodes every column they read with the keys
            # (at a million records, 110 of its 130 s of blocking); the rules after it
            # are deduplicated against it at the end all the same.
            block_on(BLOCK_KEYS, arrays_to_explode=[BLOCK_KEYS]),
            *(CustomRule(rule, sql_dialect="duckdb") for rule in SWAPPED_BLOCKS),
            *(CustomRule(rule, sql_dialect="duckdb") for rule in SPARSE_BLOCKS),
        ],
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=False,
        max_iterations=config.em_max_iterations,
        additional_columns_to_retain=[],
    )


def blocking_columns() -> list[str]:
    """The columns :func:`blocked_pairs_sql` reads: the ids, the block keys and the columns
    of the rules joined apart from them (:data:`SWAPPED_BLOCKS`, :data:`SPARSE_BLOCKS`)."""
    named = re.findall(r"\b[lr]\.(\w+)", " ".join((*SWAPPED_BLOCKS, *SPARSE_BLOCKS)))
    return list(dict.fromkeys(["unique_id", BLOCK_KEYS, *named]))


def scoring_columns(settings: SettingsCreator) -> list[str]:
    """The columns the model reads from the records: the ids, what its comparisons compare
    and what training joins on (:data:`PRIOR_BLOCK`, :data:`TRAINING_BLOCKS`).

    Splink copies every column of the table it is given, twice, before it scores the
    blocked pairs (the records of the pairs' left and right sides), and samples rows of
    all of them for training: the block keys and the sparse keys, which only
    :func:`blocked_pairs_sql` reads, were half the columns of those copies.
    """
    used = settings.get_settings("duckdb")._columns_used_by_comparisons
    names = ["unique_id", *(column.unquote().name for column in used)]
    for columns in (PRIOR_BLOCK, *TRAINING_BLOCKS):
        names.extend(columns)
    return list(dict.fromkeys(names))


def train(linker: Linker, config: LinkageConfig) -> None:
    """Estimate λ from near-certain matches, u by random sampling, m by EM."""
    linker.training.estimate_probability_two_random_records_match(
        [block_on(*PRIOR_BLOCK)], recall=0.5
    )
    # All sampled pairs in one pass, no early stop: which pairs an early stop (or a chunk)
    # takes depends on the backend's hash function, so DuckDB and Spark would learn u from
    # different pairs even where the sample is the whole input.
    linker.training.estimate_u_using_random_sampling(
        max_pairs=config.u_sample_pairs, seed=config.seed, min_count_per_level=None, num_chunks=1
    )
    for columns in TRAINING_BLOCKS:
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*columns),
            max_pairs=config.em_max_pairs,
            record_sample_proportion=config.em_record_sample,
            populate_probability_two_random_records_match_from_trained_values=False,
        )
    _floor_trained_m(linker)


def _floor_trained_m(linker: Linker) -> None:
    """Raise the trained m of each level of place and event, and of a birth year one
    off, to :data:`CONTEXT_M_FLOOR` (the levels :data:`M_FLOORS` names).

    EM learns these m from the pairs of its training blocks; where those lists write one
    person's village alike, it learns that one person's places and event dates never
    differ (m of 1e-13: 35 bits against a pair whose dates are a day apart), and every list
    that records a capture and a release on two dates, or a neighbouring village, loses its
    pairs.  One person's records differ so in more than one pair in a hundred.  Birth is
    learnt from one block of training alone (the others join on it), and EM may settle
    there on "one person's birth years are never one off" (m of 1e-10, 24 bits against),
    which splits a list of ages from a list of dates: on listgen3 at 20,000 records (seed
    3) a change of some fifty surname keys tipped it so, pairwise F1 0.94 to 0.84 (0.92
    with this floor).  Splink has no bound for a trained m, so the trained settings are
    set here.
    """
    settings = linker._settings_obj
    for comparison in settings.comparisons:
        if comparison.output_column_name not in M_FLOORS:
            continue
        labels = M_FLOORS[comparison.output_column_name]
        for level in comparison.comparison_levels:
            if level.is_null_level or level._fix_m_probability:
                continue
            if labels is not None and level.label_for_charts not in labels:
                continue
            if level.m_probability is not None and level.m_probability < CONTEXT_M_FLOOR:
                level.m_probability = CONTEXT_M_FLOOR


def evidence_floor(config: LinkageConfig) -> float:
    """The probability below which a scored pair is neither evidence nor for review."""
    return min(config.review_threshold, config.evidence_threshold)


def blocked_pairs_sql(records: str, backend: Backend = Backend.DUCKDB) -> str:
    """Every pair of ``records`` that a prediction rule proposes, each once, in the shape of
    Splink's blocked pairs (``match_key``, ``join_key_l`` < ``join_key_r``).

    The rules are those the settings give Splink (:func:`build_settings`), joined here in
    one query: Splink joins rule after rule, each excluding the pairs of all the rules
    before it, over a table of every column, which took longer than scoring the pairs (at
    100,000 records 12 s of 20). Each join here reads only the columns of its rule, and
    the union drops the pairs that several rules find.
    """
    # Table and column names of our own, never user input.
    explode = "explode" if backend is Backend.SPARK else "unnest"
    keys = f"SELECT unique_id AS id, {explode}({BLOCK_KEYS}) AS k FROM {records}"  # noqa: S608
    joins = ["SELECT l.id AS a, r.id AS b FROM block_keys AS l JOIN block_keys AS r ON l.k = r.k "
             "WHERE l.id < r.id"]  # fmt: skip
    joins += [
        f"SELECT l.unique_id AS a, r.unique_id AS b FROM {records} AS l "  # noqa: S608
        f"JOIN {records} AS r ON {rule} WHERE l.unique_id < r.unique_id"
        for rule in (*SWAPPED_BLOCKS, *SPARSE_BLOCKS)
    ]
    union = " UNION ".join(joins)
    pairs = f"SELECT '0' AS match_key, a AS join_key_l, b AS join_key_r FROM ({union}) AS p"  # noqa: S608
    return f"WITH block_keys AS ({keys}) {pairs}"


def blocked_pairs(features: pd.DataFrame) -> pd.DataFrame:
    """The pairs :func:`blocked_pairs_sql` proposes among the records of a feature frame (as
    ``prepare_features`` gives it), named by their ``unique_id``: for tests and diagnostics,
    which ask what the blocking finds without running a linkage."""
    connection = duckdb.connect()
    try:
        connection.register("records", with_block_keys(features))
        return connection.execute(blocked_pairs_sql("records")).df()
    finally:
        connection.close()


def predict(linker: Linker, db_api: Any, blocking: Any, config: LinkageConfig) -> Any:
    """Score all blocked pairs of the records (``blocking``: their :func:`blocking_columns`,
    row for row the table the linker was made on); keep those that are evidence for
    clustering or review."""
    sql = blocked_pairs_sql(blocking.physical_name, config.backend)
    with materialised(db_api, config, sql, name="rightsledger_blocked_pairs") as pairs:
        linker.table_management.register_blocked_pairs_for_predict(pairs)
        return linker.inference.predict(threshold_match_probability=evidence_floor(config))


def scored_frame(linker: Linker, table: Any) -> pd.DataFrame:
    """The scored pairs as a frame, with only what clustering and review read: the two
    ids, probability and weight, and each comparison's weight and term-frequency
    adjustment.  The intermediate columns Splink keeps (both records' values, comparison
    vectors, Bayes factors) stay in the engine: Spark hands the frame over through its
    driver, where they would take several times the memory.  The table is dropped once
    read: nothing reads it again, and at a million records the engine held it (and the
    rescored pairs' table) through clustering."""
    present = {column.unquote().name for column in table.columns}
    wanted = [
        "unique_id_l", "unique_id_r", "match_probability", "match_weight",
        *(f"mw_{name}" for name in COMPARISON_NAMES),
        *(f"mw_tf_adj_{name}" for name in COMPARISON_NAMES),
    ]  # fmt: skip
    # Column names of our own model, never user input.
    columns = ", ".join(column for column in wanted if column in present)
    frame: pd.DataFrame = linker.misc.query_sql(
        f"SELECT {columns} FROM {table.physical_name}",  # noqa: S608
        output_type="pandas",
    )
    table.drop_table_from_database_and_remove_from_cache()
    return frame


def score_pairs(linker: Linker, db_api: Any, config: LinkageConfig, pairs: pd.DataFrame) -> Any:
    """Score the given pairs of row ids (``left`` < ``right``), whatever the blocking.

    They are handed to Splink as its blocked pairs and scored against the records
    already registered: no second table of the records' features is made and scored
    (at a million records, that took 1.3 GB more while it ran).
    """
    table = register(
        db_api,
        config,
        pd.DataFrame(
            {
                "match_key": "0",
                "join_key_l": pairs["left"].to_numpy(dtype=np.int64),
                "join_key_r": pairs["right"].to_numpy(dtype=np.int64),
            }
        ),
        name="rightsledger_pairs_to_score",
    )
    linker.table_management.register_blocked_pairs_for_predict(table)
    return linker.inference.predict()


def quiet_splink() -> None:
    """Splink logs every SQL step at INFO; the caller reports progress itself."""
    # Untrained comparison levels are reported as warnings on every run; the result carries
    # the trained model, so only errors are shown.
    logging.getLogger("splink").setLevel(logging.ERROR)
