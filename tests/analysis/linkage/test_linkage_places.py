"""A village is one place key in every script and spelling, and two villages are two; a
place is compared by the settlement's own name, whatever a list adds to it (a word for a
village or a town, the district it lies in)."""

from __future__ import annotations

import pandas as pd
import pytest
from tests.analysis.linkage.blocking import frame

from rightsledger.analysis.linkage import LinkageResult, explain_pair
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.model import CONTEXT_COMPARISONS, CONTEXT_M_FLOOR
from rightsledger.analysis.linkage.places import settlement_name


def _place_keys(places: list[str]) -> list[str]:
    records = pd.DataFrame(
        {
            "record_key": [str(n) for n in range(len(places))],
            "source": "list",
            "full_name": "Əliyev Qasım",
            "place_of_origin": places,
        }
    )
    return prepare_features(records, "record_key", "source")["place_key"].tolist()


@pytest.mark.parametrize(
    "spellings",
    [
        ["Köhnə Bəydiliyurd", "Кёхне Бейдилиюрд", "Kekhne Beydiliyurd", "Kohna Baydiliyurd"],
        ["Yuxarı Alagözkənd", "Юхары Алагёзкенд", "Iukhary Alagezkend", "Yukhari Alagozkand"],
    ],
)
def test_one_village_in_every_script_is_one_key(spellings: list[str]) -> None:
    assert len(set(_place_keys(spellings))) == 1


def test_two_villages_are_two_keys() -> None:
    first, second, third = _place_keys(["Köhnə Bəydiliyurd", "Yeni Bəydiliyurd", "Köhnə Qaratəpə"])
    assert len({first, second, third}) == 3


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Qorçu kəndi", "Qorçu"),
        ("Gorchu village", "Gorchu"),
        ("с. Горчу", "Горчу"),
        ("с.Горчу", "Горчу"),
        ("գ. Գորչու", "Գորչու"),
        ("Ağdam rayonu, Qorçu kəndi", "Qorçu"),
        ("Агдамский р-н, с. Горчу", "Горчу"),
        ("Gorchu, Aghdam district", "Gorchu"),
        ("Ağdam r., Qorçu k.", "Qorçu"),
        ("Cäbrayıl rayonu, Häsänli kändi", "Häsänli"),
        ("Sumgait city", "Sumgait"),
        # The qualifiers belong to the name: Upper and Lower Qorçu are two villages.
        ("Yuxarı Qorçu kəndi", "Yuxarı Qorçu"),
        # A district named alone is all the list says; a text of such words stays as it is.
        ("Ağdam rayonu", "Ağdam"),
        ("kənd", "kənd"),
    ],
)
def test_the_settlement_s_own_name(written: str, name: str) -> None:
    assert settlement_name(written) == name


def test_one_village_written_five_ways_has_one_key_and_a_neighbour_another() -> None:
    places = [
        "Qorçu kəndi", "Gorchu village", "с. Горчу", "Ağdam rayonu, Qorçu kəndi", "Qorçu",
        "Qaraçöl kəndi",
    ]  # fmt: skip
    records = frame([{"full_name": "Əliyev Kamal", "place_of_origin": p} for p in places])
    keys = prepare_features(records, "record_key", "source")["place_key"].tolist()
    assert len(set(keys[:5])) == 1
    assert keys[5] != keys[0]


def test_the_review_queue_calls_them_one_place() -> None:
    left = {"full_name": "Ağayev Hüseyn Sultan oğlu", "place_of_origin": "Qorçu kəndi"}
    right = {"full_name": "Huseyn Agayev", "place_of_origin": "Gorchu, Aghdam district"}
    keys = [reason.key for reason in explain_pair(left, right)]
    assert "same_place_other_spelling" in keys
    assert "places_differ" not in keys
    other = {"full_name": "Huseyn Agayev", "place_of_origin": "Qaraçöl village"}
    assert "places_differ" in [reason.key for reason in explain_pair(left, other)]


def test_no_level_of_place_and_event_is_learnt_as_never_one_person(
    small_result: LinkageResult,
) -> None:
    comparisons = {c["output_column_name"]: c for c in small_result.model["comparisons"]}
    for name in CONTEXT_COMPARISONS:
        trained = [
            level["m_probability"]
            for level in comparisons[name]["comparison_levels"]
            if not level.get("is_null_level") and level.get("m_probability") is not None
        ]
        assert trained, name
        assert min(trained) >= CONTEXT_M_FLOOR, name
