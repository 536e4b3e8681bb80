"""Run record linkage end to end: features, Splink model, constrained clustering."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
from splink import Linker

from rightsledger.analysis.linkage import model
from rightsledger.analysis.linkage.backends import close, make_db_api, opened, register, training
from rightsledger.analysis.linkage.births import Births, births_of
from rightsledger.analysis.linkage.clustering import candidate_components, cluster_with_constraints
from rightsledger.analysis.linkage.config import Decision, DecisionKind, LinkageConfig
from rightsledger.analysis.linkage.conflicts import conflicting, else_weights, family_entries
from rightsledger.analysis.linkage.fates import Deaths, deaths_of
from rightsledger.analysis.linkage.features import NAME_COLUMNS, engine_started, prepare_features
from rightsledger.analysis.linkage.prior import estimate_prior, shift_prior
from rightsledger.analysis.linkage.result import LinkageResult
from rightsledger.analysis.linkage.sexes import Sexes, sexes_of

__all__ = ["MIN_RECORDS", "link"]

MIN_RECORDS = 20  # fewer than this cannot train a model: EM needs pairs to learn from
_PAIR_COLUMNS = ["left", "right", "match_probability", "match_weight"]


def _release_arrow_memory() -> None:
    """Hand back to the system the memory Arrow's allocator keeps after its buffers were
    freed.  pandas holds strings in Arrow's buffers, and the allocator keeps what the
    temporaries of a step freed for its own later use, while training and scoring
    allocate in DuckDB, with an allocator of its own: after the features of a million
    records 0.26 GB of the 1.3 GB the process holds (at 300,000, 0.08 GB after them and
    0.11 GB after training); handed back, the peaks of training and scoring fall by 0.3 GB."""
    pa.default_memory_pool().release_unused()


def _validate(records: pd.DataFrame, config: LinkageConfig) -> None:
    if not isinstance(records, pd.DataFrame):
        raise TypeError(f"records must be a pandas DataFrame, got {type(records).__name__}")
    for column in (config.key_column, config.source_column):
        if column not in records.columns:
            raise ValueError(f"records have no {column!r} column")
    keys = records[config.key_column]
    if keys.isna().any() or (keys.astype(str).str.strip() == "").any():
        raise ValueError(f"some records have no {config.key_column!r}")
    if keys.astype(str).duplicated().any():
        duplicated = keys[keys.astype(str).duplicated()].iloc[0]
        raise ValueError(f"{config.key_column!r} must be unique; {duplicated!r} repeats")
    present = [c for c in NAME_COLUMNS if c in records.columns]
    if not present:
        raise ValueError(f"records need at least one name column of {', '.join(NAME_COLUMNS)}")
    named = np.zeros(len(records), dtype=bool)
    for column in present:
        values = records[column]
        named |= (values.notna() & (values.astype(str).str.strip() != "")).to_numpy()
    if not named.all():
        example = keys[~named].iloc[0]
        raise ValueError(f"{int((~named).sum())} records have no name at all, e.g. {example!r}")
    if len(records) < MIN_RECORDS:
        raise ValueError(f"linkage needs at least {MIN_RECORDS} records, got {len(records)}")


def _decision_indices(
    decisions: Iterable[Decision], index: pd.Index
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[tuple[int, int]]]:
    must: list[tuple[int, int]] = []
    cannot: list[tuple[int, int]] = []
    decided: set[tuple[int, int]] = set()
    for decision in decisions:
        positions = index.get_indexer([decision.left, decision.right])
        if (positions < 0).any():
            unknown = decision.left if positions[0] < 0 else decision.right
            raise ValueError(f"a decision refers to record {unknown!r}, which is not in the input")
        pair = (int(positions[0]), int(positions[1]))
        if decision.kind is DecisionKind.MATCH:
            must.append(pair)
        elif decision.kind is DecisionKind.NO_MATCH:
            cannot.append(pair)
        if decision.kind is not DecisionKind.UNSURE:
            decided.add((min(pair), max(pair)))
    return must, cannot, decided


def _level_weights(model_json: dict[str, Any]) -> dict[str, list[tuple[float, str]]]:
    """Map comparison name → (match weight, label) of each of its levels, from the model."""
    levels_by_name: dict[str, list[tuple[float, str]]] = {}
    for comparison in model_json.get("comparisons", []):
        levels = []
        for level in comparison.get("comparison_levels", []):
            label = str(level.get("label_for_charts", ""))
            if level.get("is_null_level"):
                levels.append((0.0, label))
                continue
            m, u = level.get("m_probability"), level.get("u_probability")
            if m and u:
                levels.append((float(np.log2(m / u)), label))
        levels_by_name[str(comparison.get("output_column_name", ""))] = levels
    return levels_by_name


def _labels_of(weights: npt.NDArray[np.float64], levels: list[tuple[float, str]]) -> list[str]:
    # Splink reports each comparison's weight, not its level: the level is the one whose
    # trained weight this is (term-frequency adjustments are reported separately).
    if not levels:
        return [""] * len(weights)
    level_weights = np.array([weight for weight, _ in levels])
    nearest = np.abs(weights[:, None] - level_weights[None, :]).argmin(axis=1)
    names = np.array([label for _, label in levels], dtype=object)
    return [str(x) for x in names[nearest]]


def _evidence(
    review: pd.DataFrame, scored: pd.DataFrame, levels: dict[str, list[tuple[float, str]]]
) -> pd.DataFrame:
    frames = []
    for name in model.COMPARISON_NAMES:
        weight_column = f"mw_{name}"
        if weight_column not in scored.columns or review.empty:
            continue
        part = scored.loc[review.index, ["left", "right"]].copy()
        part["comparison"] = name
        weights = scored.loc[review.index, weight_column].astype(float)
        part["level"] = _labels_of(weights.to_numpy(), levels.get(name, []))
        adjustment = f"mw_tf_adj_{name}"
        if adjustment in scored.columns:
            weights = weights + scored.loc[review.index, adjustment].astype(float).fillna(0.0)
        part["match_weight"] = weights
        frames.append(part)
    if not frames:
        return pd.DataFrame(columns=["left", "right", "comparison", "level", "match_weight"])
    return pd.concat(frames, ignore_index=True)


def _with_keys(frame: pd.DataFrame, keys: npt.NDArray[Any]) -> pd.DataFrame:
    """Replace row numbers in ``left``/``right`` by the records' keys."""
    out = frame.reset_index(drop=True)
    out["left"] = keys[out["left"].to_numpy(dtype=np.int64)]
    out["right"] = keys[out["right"].to_numpy(dtype=np.int64)]
    return out


def _pairs_within(groups: npt.NDArray[np.int64], chosen: npt.NDArray[np.bool_]) -> pd.DataFrame:
    """Every pair of ``chosen`` records with the same ``groups`` label, smaller row first."""
    members = np.flatnonzero(chosen)
    order = members[np.argsort(groups[members], kind="stable")]
    labels = groups[order]
    starts = np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    lefts, rights = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    for size in np.unique(sizes[sizes > 1]):
        block = order[starts[sizes == size][:, None] + np.arange(size)]
        first, second = np.triu_indices(int(size), 1)
        a, b = block[:, first].ravel(), block[:, second].ravel()
        lefts.append(np.minimum(a, b))
        rights.append(np.maximum(a, b))
    return pd.DataFrame({"left": np.concatenate(lefts), "right": np.concatenate(rights)})


def _rescore_candidates(
    scored: pd.DataFrame,
    size: int,
    must: list[tuple[int, int]],
    linker: Linker,
    db_api: Any,
    features: pd.DataFrame,
    config: LinkageConfig,
    priors: tuple[float, float],
    deaths: Deaths,
    births: Births,
    sexes: Sexes,
) -> pd.DataFrame:
    """Score all pairs inside candidate persons of three or more records.

    Blocking scores only pairs that share keys; inside a chain of links, the pairs that
    were never compared may be the ones that show two people were joined.  Candidate
    persons larger than ``config.max_group`` keep only their blocked pairs (clustering
    counts the pairs never scored as no evidence for).  Of the pairs scored here only
    those that are evidence are kept, as :func:`model.predict` keeps of the blocked
    pairs: at or above the evidence floor, or conflicting (they forbid a join).  A large
    candidate group's pairs are mostly two strangers: kept, they took most of the
    memory and time of clustering at a million records.
    """
    left = scored["left"].to_numpy(dtype=np.int64)
    right = scored["right"].to_numpy(dtype=np.int64)
    probability = scored["match_probability"].to_numpy(dtype=np.float64)
    weights = else_weights(linker.misc.save_model_to_json())
    sources, family = features["source"].to_numpy(), family_entries(features)
    groups = candidate_components(
        size,
        (left, right, probability),
        config.merge_threshold,
        must,
        conflicting(
            scored, weights, sources, config.merge_threshold, family, deaths, births, sexes
        ),
    )
    sizes = np.bincount(groups)
    chosen = (sizes[groups] > 2) & (sizes[groups] <= config.max_group)
    if not chosen.any():
        return scored
    within = model.scored_frame(
        linker, model.score_pairs(linker, db_api, config, _pairs_within(groups, chosen))
    )
    within = shift_prior(
        within.rename(columns={"unique_id_l": "left", "unique_id_r": "right"}), *priors
    )
    evidence = within["match_probability"].to_numpy() >= model.evidence_floor(config)
    evidence |= conflicting(
        within, weights, sources, config.merge_threshold, family, deaths, births, sexes
    )
    within = within.loc[evidence]
    # Within-group scores are complete; blocked scores add the pairs across groups.
    inside = chosen[left] & chosen[right] & (groups[left] == groups[right])
    columns = scored.columns.intersection(within.columns)
    return pd.concat([scored.loc[~inside], within[columns]], ignore_index=True)


def link(
    records: pd.DataFrame,
    config: LinkageConfig | None = None,
    decisions: Iterable[Decision] = (),
) -> LinkageResult:
    """Link ``records`` into persons.

    ``records`` has a unique key column, a source column and any of the canonical
    columns.  ``decisions`` are binding reviewer decisions: must-link pairs always end
    in one person, cannot-link pairs never do, whatever the model scores.
    """
    config = config or LinkageConfig()
    _validate(records, config)
    with opened(config) as ready:
        return _link(records, ready, decisions)


def _link(
    records: pd.DataFrame, config: LinkageConfig, decisions: Iterable[Decision]
) -> LinkageResult:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    features = prepare_features(records, config.key_column, config.source_column)
    keys = features["unique_id"].to_numpy()
    index = pd.Index(keys)
    must, cannot, decided = _decision_indices(decisions, index)
    status = records["status"] if "status" in records.columns else pd.Series(index=records.index)
    deaths = deaths_of(status.reset_index(drop=True), features)
    births = births_of(features)
    sexes = sexes_of(
        records["sex"].reset_index(drop=True) if "sex" in records.columns else None, features
    )
    timings["features"] = time.perf_counter() - started

    started = time.perf_counter()
    model.quiet_splink()
    engine_started()
    db_api = make_db_api(config)
    # Splink works on row numbers: integer ids keep millions of scored pairs small.
    safe_features = model.with_block_keys(
        features.assign(unique_id=np.arange(len(keys), dtype=np.int64))
    )
    settings = model.build_settings(config, features)
    # Two views of one frame: blocking reads its keys, Splink only what the model reads.
    blocking = register(
        db_api, config, safe_features[model.blocking_columns()], name="rightsledger_block_keys"
    )
    table = register(db_api, config, safe_features[model.scoring_columns(settings)])
    linker = Linker(table, settings, log_level=None)
    _release_arrow_memory()
    with training(config):
        model.train(linker, config)
    _release_arrow_memory()
    timings["train"] = time.perf_counter() - started

    started = time.perf_counter()
    scored = model.scored_frame(linker, model.predict(linker, db_api, blocking, config))
    scored = scored.rename(columns={"unique_id_l": "left", "unique_id_r": "right"})
    trained_prior = float(linker.misc.save_model_to_json()["probability_two_random_records_match"])
    prior = estimate_prior(
        scored["match_weight"].to_numpy(dtype=np.float64), trained_prior, len(keys)
    )
    scored = shift_prior(scored, trained_prior, prior)
    timings["predict"] = time.perf_counter() - started

    started = time.perf_counter()
    scored = _rescore_candidates(
        scored,
        len(keys),
        must,
        linker,
        db_api,
        safe_features,
        config,
        (trained_prior, prior),
        deaths,
        births,
        sexes,
    )
    # Nothing below reads the engine: its tables go before clustering allocates.
    close(db_api, config)
    left = scored["left"].to_numpy(dtype=np.int64)
    right = scored["right"].to_numpy(dtype=np.int64)
    probability = scored["match_probability"].to_numpy(dtype=np.float64)
    model_json = {**linker.misc.save_model_to_json(), "probability_two_random_records_match": prior}
    conflicts = conflicting(
        scored,
        else_weights(model_json),
        features["source"].to_numpy(),
        config.merge_threshold,
        family_entries(features),
        deaths,
        births,
        sexes,
    )
    keep = (probability >= config.merge_threshold) & ~conflicts
    labels = cluster_with_constraints(
        len(index),
        (left, right, probability),
        config.merge_threshold,
        min_average=config.min_average,
        must_link=must,
        cannot_link=cannot,
        conflicts=conflicts,
    )
    clusters = pd.DataFrame({"record_key": index.to_numpy(), "label": labels})
    clusters["person_key"] = clusters.groupby("label")["record_key"].transform("min")
    clusters = clusters[["record_key", "person_key"]]

    undecided = np.ones(len(scored), dtype=bool)
    if decided:
        size = len(keys)
        codes = np.minimum(left, right) * size + np.maximum(left, right)
        undecided = ~np.isin(codes, [a * size + b for a, b in decided])
    same = labels[left] == labels[right]
    # A link above the threshold that clustering refused (the other evidence was against
    # it) is uncertain: it goes to review, not to the merged pairs.
    merged = _with_keys(scored.loc[keep & same & undecided, _PAIR_COLUMNS], keys)
    if must:
        forced = pd.DataFrame(
            {
                "left": [keys[a] for a, _ in must],
                "right": [keys[b] for _, b in must],
                "match_probability": 1.0,
                "match_weight": np.inf,
            }
        )
        merged = pd.concat([merged, forced], ignore_index=True)
    review_mask = ~(keep & same) & undecided & (probability >= config.review_threshold)
    review = scored.loc[review_mask, _PAIR_COLUMNS].copy()
    review["same_person"] = same[review_mask]
    evidence = _with_keys(_evidence(review, scored, _level_weights(model_json)), keys)
    review = _with_keys(review, keys)
    timings["cluster"] = time.perf_counter() - started

    # Row hashes summed: the same records in any order give the same fingerprint.
    fingerprint = format(
        int(pd.util.hash_pandas_object(records, index=False).sum()) & (2**64 - 1), "016x"
    )
    # The session is the run's engine, not its configuration (nor copyable).
    public_config = {
        field.name: getattr(config, field.name)
        for field in dataclasses.fields(config)
        if field.name != "spark_session"
    }
    return LinkageResult(
        clusters=clusters,
        merged_pairs=merged,
        review_pairs=review.sort_values("match_probability", ascending=False).reset_index(
            drop=True
        ),
        evidence=evidence,
        scored_pairs=len(scored),
        model=model_json,
        config=public_config,
        fingerprint=fingerprint,
        timings=timings,
    )
