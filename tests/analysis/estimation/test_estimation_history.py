"""CaptureHistory: construction, canonical fingerprint and clear errors for bad input."""

import io

import numpy as np
import pandas as pd
import pytest

from rightsledger.analysis.estimation import CaptureHistory, EstimationInputError


def table(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text))


def test_it_reads_the_kosovo_table(kosovo):
    assert kosovo.list_names == ("EXH", "ABA", "OSCE", "HRW")
    assert kosovo.observed == 4400
    assert len(kosovo.counts) == 15
    cells = kosovo.cell_counts()
    assert cells[0] == 0
    assert cells[0b1000] == 1131  # on EXH only


def test_it_adds_up_repeated_patterns():
    history = CaptureHistory.from_table(table("A,B,C,count\n1,0,0,3\n1,0,0,4\n0,1,1,2\n"))
    assert history.observed == 9
    assert history.cell_counts()[0b100] == 7


def test_per_person_rows_and_strata_give_the_same_counts():
    people = pd.DataFrame(
        {
            "A": [1, 1, 0, 1, 0, 1],
            "B": [True, False, True, True, False, False],
            "C": [0, 1, 1, 0, 1, 1],
            "place": ["north", "north", "south", "south", "south", "north"],
        }
    )
    history = CaptureHistory.from_records(people, lists=["A", "B", "C"], stratum_column="place")
    assert history.observed == 6
    assert set(history.strata) == {"north", "south"}
    assert history.strata["north"].observed == 3
    assert history.strata["south"].observed == 3
    assert sum(s.cell_counts() for s in history.strata.values()).tolist() == (
        history.cell_counts().tolist()
    )


def test_fingerprint_ignores_row_order_but_not_counts():
    one = CaptureHistory.from_table(table("A,B,C,count\n1,0,0,3\n0,1,1,2\n"))
    same = CaptureHistory.from_table(table("A,B,C,count\n0,1,1,2\n1,0,0,3\n"))
    other = CaptureHistory.from_table(table("A,B,C,count\n1,0,0,4\n0,1,1,2\n"))
    assert one.fingerprint() == same.fingerprint()
    assert one.fingerprint() != other.fingerprint()
    assert len(one.fingerprint()) == 64


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("A,B,C,count\n1,0,2,5\n", "must hold only 0 or 1"),
        ("A,B,C,count\n1,0,1,-5\n", "negative count"),
        ("A,B,C,count\n1,0,1,2.5\n", "fractional count"),
        ("A,B,C,count\n1,0,1,5\n0,0,0,7\n", "all-zero pattern"),
        ("A,count\n1,5\n", "only one list"),
        ("A,B,C,count\n", "empty"),
        ("A,B,C,count\n1,0,1,0\n", "empty"),
        ("A,B,C\n1,0,1\n", "missing count column"),
        ("A,B,C,count\n1,x,1,5\n", "non-numeric"),
        ("A,B,C,count\n1,0,1,five\n", "non-numeric"),
        ("A,B,C,count\n1,,1,5\n", "missing or non-numeric"),
    ],
)
def test_bad_tables_are_refused_with_a_clear_message(text, message):
    with pytest.raises(EstimationInputError, match=message):
        CaptureHistory.from_table(table(text))


def test_missing_file_and_unknown_lists_are_errors(tmp_path):
    with pytest.raises(EstimationInputError, match="no such file"):
        CaptureHistory.from_csv(tmp_path / "absent.csv")
    with pytest.raises(EstimationInputError, match="missing list columns: Z"):
        CaptureHistory.from_table(table("A,B,count\n1,0,1\n"), lists=["A", "Z"])
    with pytest.raises(EstimationInputError, match="all-zero pattern"):
        CaptureHistory.from_records(pd.DataFrame({"A": [0], "B": [0]}), lists=["A", "B"])


def test_data_warnings_are_honest(uk):
    two_lists = CaptureHistory.from_table(table("A,B,count\n1,0,10\n0,1,12\n1,1,3\n"))
    assert any("only 2 lists" in w for w in two_lists.data_warnings())
    warnings = uk.data_warnings()
    assert any("13 of 31 observable cells are empty" in w for w in warnings)
    assert any("LA and GP have no one in common" in w for w in warnings)


def test_all_patterns_follow_the_cell_order(kosovo):
    patterns = kosovo.all_patterns()
    assert patterns.shape == (16, 4)
    assert np.array_equal(patterns[0b1010], [1, 0, 1, 0])


def test_a_per_person_csv_with_strata(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("A,B,C,region\n1,0,1,east\n0,1,1,west\n1,1,0,east\n1,0,0,west\n")
    history = CaptureHistory.from_csv(path, per_person=True, stratum_column="region")
    assert history.observed == 4
    assert history.strata["east"].observed == 2
    assert history.list_names == ("A", "B", "C")
