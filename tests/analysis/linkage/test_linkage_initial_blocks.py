"""Blocking of a given name written as an initial: which pairs the model is shown."""

from __future__ import annotations

import duckdb
import pandas as pd

from rightsledger.analysis.linkage import model
from rightsledger.analysis.linkage.features import MAX_INITIAL_BLOCK, prepare_features


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


def test_an_initial_meets_its_name_when_birth_years_are_one_apart() -> None:
    records = _frame(
        [
            {"surname": "Nəzərov", "given_name": "Əli", "patronymic": "Şükür oğlu",
             "birth_year": "1939"},
            {"full_name": "A. Nazarov", "birth_year": "1940", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in _blocked(records)


def test_an_initial_without_dates_meets_its_name() -> None:
    records = _frame(
        [
            {"full_name": "Ali Nazarov", "age": "53", "event_date": "1993-09-07"},
            {"full_name": "A. Nazarov", "age": "53", "source": "other"},
        ]
    )
    assert ("r0", "r1") in _blocked(records)


def test_an_initial_with_a_slip_in_the_surname_meets_its_name() -> None:
    records = _frame(
        [
            {"full_name": "Гусейнов Эльдар Вагифович", "birth_date": "11.05.1959",
             "event_date": "1991-07-06"},
            {"full_name": "Гусейнво Э.В.", "birth_year": "1959", "event_date": "1991-07-06",
             "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in _blocked(records)


def test_two_given_names_written_out_are_not_paired_by_their_initial() -> None:
    # Brothers Ali and Arif: one surname and initial, birth years one apart, no event date.
    records = _frame(
        [
            {"full_name": "Ali Nazarov", "birth_year": "1939"},
            {"full_name": "Arif Nazarov", "birth_year": "1940", "source": "other"},
        ]
    )
    assert _blocked(records) == set()


def test_a_common_surname_does_not_pair_an_initial_with_everyone() -> None:
    given = ("Akif", "Arif", "Anar", "Aydın", "Azər", "Araz")
    common = [
        {"full_name": f"{given[i % len(given)]} Məmmədov", "birth_year": str(1930 + i % 60),
         "event_date": f"1992-02-{1 + i % 28:02d}"}
        for i in range(MAX_INITIAL_BLOCK + 20)
    ]  # fmt: skip
    rare = [{"full_name": "Akif Zülfüqarov", "birth_year": "1950"}]
    initials = [
        {"full_name": "A. Məmmədov", "source": "other"},
        {"full_name": "A. Zülfüqarov", "source": "other"},
    ]
    records = _frame([*common, *rare, *initials])
    pairs = _blocked(records)
    keys = records["record_key"].tolist()
    common_initial, rare_initial = keys[-2], keys[-1]
    rare_name = keys[len(common)]
    assert not any(common_initial in pair for pair in pairs)
    assert (min(rare_name, rare_initial), max(rare_name, rare_initial)) in pairs
