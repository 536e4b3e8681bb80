"""Linkage of simulated cross-script lists finds the same people."""

from __future__ import annotations

from rightsledger.analysis.linkage import LinkageResult, evaluate
from rightsledger.analysis.linkage.model import COMPARISON_NAMES
from rightsledger.analysis.simulate import Simulation


def test_it_links_simulated_lists_accurately(
    small_sim: Simulation, small_result: LinkageResult
) -> None:
    scores = evaluate(small_result.person_of(), small_sim.truth_by_key())
    assert scores.pairwise_f1 >= 0.93, scores.summary()
    assert scores.bcubed_f1 >= 0.95, scores.summary()


def test_every_record_gets_a_person(small_sim: Simulation, small_result: LinkageResult) -> None:
    clusters = small_result.clusters
    assert len(clusters) == len(small_sim.records())
    assert clusters["record_key"].is_unique
    # The person key is one of the person's own records.
    own = clusters.groupby("person_key")["record_key"].apply(set)
    assert all(key in members for key, members in own.items())


def test_review_pairs_carry_evidence_for_and_against(small_result: LinkageResult) -> None:
    review = small_result.review_pairs
    assert not review.empty
    config = small_result.config
    assert (review["match_probability"] >= config["review_threshold"]).all()
    refused = review[review["match_probability"] >= config["merge_threshold"]]
    assert not refused["same_person"].any()
    first = review.iloc[0]
    evidence = small_result.evidence_for(first["left"], first["right"])
    assert {e.comparison for e in evidence} == set(COMPARISON_NAMES)
    assert all(e.level for e in evidence if e.match_weight != 0)
    assert small_result.evidence_for(first["right"], first["left"]) == evidence


def test_merged_pairs_are_above_the_merge_threshold(small_result: LinkageResult) -> None:
    merged = small_result.merged_pairs
    assert (merged["match_probability"] >= small_result.config["merge_threshold"]).all()
    person = small_result.person_of()
    assert (person[merged["left"]].to_numpy() == person[merged["right"]].to_numpy()).all()
    person = small_result.person_of()
    assert (person[merged["left"]].to_numpy() == person[merged["right"]].to_numpy()).all()
    assert small_result.scored_pairs >= len(merged) + len(small_result.review_pairs)


def test_the_result_describes_itself(small_result: LinkageResult) -> None:
    assert "persons" in small_result.summary()
    assert len(small_result.fingerprint) == 16
    assert small_result.model["comparisons"]
    assert set(small_result.timings) == {"features", "train", "predict", "cluster"}
