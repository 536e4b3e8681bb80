"""Blocking of entries that share little besides their names' letters: an abbreviated
entry with a slip in its surname, a fact-less entry with a slip in its surname's vowels."""

from __future__ import annotations

import duckdb
import pandas as pd

from rightsledger.analysis.linkage import model
from rightsledger.analysis.linkage.features import prepare_features


def _frame(rows: list[dict[str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["record_key"] = [f"r{i}" for i in range(len(frame))]
    frame["source"] = frame.get("source", pd.Series("list", index=frame.index)).fillna("list")
    return frame.fillna("")


def _blocked(records: pd.DataFrame) -> set[tuple[str, str]]:
    """The pairs of record keys the model's blocking rules propose, as Splink joins them."""
    features = model.with_block_keys(prepare_features(records, "record_key", "source"))
    keys = features[model.BLOCK_KEYS].tolist()
    ids = features["unique_id"].tolist()
    pairs = {
        (ids[a], ids[b])
        for a in range(len(ids))
        for b in range(a + 1, len(ids))
        if set(keys[a]) & set(keys[b])
    }
    table = features.drop(columns=[model.BLOCK_KEYS])
    connection = duckdb.connect()
    connection.register("t", table)
    for rule in (model.SWAPPED_BLOCK, *model.SPARSE_BLOCKS):
        found = connection.execute(
            f"SELECT l.unique_id, r.unique_id FROM t AS l JOIN t AS r ON {rule}"  # noqa: S608
        ).fetchall()
        pairs |= {(min(a, b), max(a, b)) for a, b in found if a != b}
    return pairs


def test_an_abbreviated_entry_with_a_slip_in_its_surname_meets_its_name() -> None:
    # No birth year on the abbreviated side: only initials and the event date agree.
    records = _frame(
        [
            {"full_name": "Qasımov Rauf Nadir oğlu", "birth_date": "03.02.1961",
             "event_date": "1992-05-08"},
            {"full_name": "Касимво Р.Н.", "event_date": "1992-05-08", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in _blocked(records)


def test_two_written_out_names_are_not_paired_by_their_initials_and_event() -> None:
    # Two men of one event whose given and father's names start alike: no slip to mend.
    records = _frame(
        [
            {"full_name": "Qasımov Rauf Nadir oğlu", "event_date": "1992-05-08"},
            {"full_name": "Talıbov Ramil Natiq oğlu", "event_date": "1992-05-08",
             "source": "other"},
        ]
    )  # fmt: skip
    assert _blocked(records) == set()


def test_a_fact_less_entry_with_a_vowel_slip_in_its_surname_meets_its_name() -> None:
    # An age with no event date gives no birth year: the names are all there is.
    records = _frame(
        [
            {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12",
             "event_date": "1992-03-02"},
            {"full_name": "Nbiyev Tofiq", "age": "41", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in _blocked(records)


def test_a_fact_less_entry_with_a_vowel_slip_in_its_given_name_meets_its_name() -> None:
    records = _frame(
        [
            {"full_name": "Nəbiyev Kamil Tofiq oğlu", "birth_date": "1950-04-12",
             "event_date": "1992-03-02"},
            {"full_name": "Nabiev Kaml", "age": "41", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in _blocked(records)


def test_a_fact_less_entry_is_not_paired_with_another_given_name() -> None:
    records = _frame(
        [
            {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12",
             "event_date": "1992-03-02"},
            {"full_name": "Nbiyev Tahir", "age": "41", "source": "other"},
        ]
    )  # fmt: skip
    assert _blocked(records) == set()
