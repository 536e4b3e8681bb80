"""A rare surname counts more than a common one: the same agreement on "Məmmədov", shared by
dozens of other persons on the lists, is weaker evidence than on a surname few bear."""

from __future__ import annotations

import pandas as pd
import pytest
from tests.analysis.linkage import handmade

from rightsledger.analysis.linkage import LinkageConfig, link

# Other persons surnamed Məmmədov / Мамедов, none of them the pair under test.
OTHERS = ("Elvin", "Rəşad", "Tural", "Orxan", "Nicat", "Kamran", "Vüsal", "Ramil", "Anar",
          "Elşən", "Fuad", "Rauf", "Zaur", "Samir", "Vaqif", "Emil", "Ceyhun", "Elnur",
          "Mübariz", "Namiq", "Rövşən", "Sahib", "Tofiq", "İlqar", "Əli", "Vasif", "Yaşar",
          "Zakir", "Həsən", "Cəmil")  # fmt: skip
PAIRS = {
    "common": ("Məmmədov Nurlan", "Мамедов Нурлан"),
    "rare": ("Zülfüqarlı Nurlan", "Зульфугарлы Нурлан"),
}


def _row(columns: list[str], key: str, source: str, name: str, born: str, **more: str) -> dict:
    row = dict.fromkeys(columns, "")
    row.update(record_key=key, source=source, record_id=key, full_name=name, birth_year=born,
               person=key, **more)  # fmt: skip
    return row


def _records() -> pd.DataFrame:
    base = handmade.records()
    columns = list(base.columns)
    rows = []
    for i, given in enumerate(OTHERS):
        where = {"place_of_origin": "Xocalı", "event_date": "1992-02-26"}
        rows.append(_row(columns, f"az:m{i}", "az", f"Məmmədov {given}", str(1950 + i), **where))
        rows.append(_row(columns, f"ru:m{i}", "ru", f"Мамедов Х{i}", str(1930 + i), **where))
    # The two pairs agree on surname, given name and birth year, and say nothing else.
    for kind, (az_name, ru_name) in PAIRS.items():
        rows.append(_row(columns, f"az:{kind}", "az", az_name, "1961"))
        rows.append(_row(columns, f"ru:{kind}", "ru", ru_name, "1961"))
    return pd.concat([base, pd.DataFrame(rows)], ignore_index=True).drop(columns=["person"])


def _weights(term_frequencies: bool) -> dict[str, float]:
    result = link(_records(), LinkageConfig(duckdb_threads=2, term_frequencies=term_frequencies))
    pairs = pd.concat([result.merged_pairs, result.review_pairs])
    weights = {}
    for kind in PAIRS:
        keys = {f"az:{kind}", f"ru:{kind}"}
        hit = pairs[pairs["left"].isin(keys) & pairs["right"].isin(keys)]
        assert len(hit) == 1, kind
        weights[kind] = float(hit["match_weight"].iloc[0])
    return weights


@pytest.fixture(scope="module")
def with_and_without() -> tuple[dict[str, float], dict[str, float]]:
    return _weights(True), _weights(False)


def test_a_rare_surname_weighs_more_than_a_common_one(
    with_and_without: tuple[dict[str, float], dict[str, float]],
) -> None:
    weighted, _plain = with_and_without
    assert weighted["rare"] - weighted["common"] > 2  # bits: over four times the odds


def test_the_difference_is_the_term_frequencies_doing(
    with_and_without: tuple[dict[str, float], dict[str, float]],
) -> None:
    weighted, plain = with_and_without
    assert (weighted["rare"] - weighted["common"]) - (plain["rare"] - plain["common"]) > 2
