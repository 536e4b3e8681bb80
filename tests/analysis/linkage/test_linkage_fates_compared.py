"""The fate each list records is evidence: one person's entries agree on it more often
than not, two relatives or namesakes of one event differ in it more often than they
agree.  A fate that differs is evidence against, not a conflict (a later list knows
more: captured in one, released in another)."""

from __future__ import annotations

import pandas as pd
from tests.analysis.linkage.pair_level import level_among

from rightsledger.analysis.linkage.explain_facts import list_reasons
from rightsledger.analysis.linkage.fate_comparison import FATE_U_DEFAULT, fate_u
from rightsledger.analysis.linkage.fates import fate_key, fate_vocabularies
from rightsledger.analysis.linkage.features import prepare_features

# Two sisters of one household, met at one event: the initial fits both.
KONUL = {"full_name": "Abbasova Könül", "age": "11", "event_date": "11.02.1992",
         "place_of_origin": "Kiçik Bəydilibulaq", "status": "found dead"}  # fmt: skip
GUNEL = {"full_name": "Abbasova Günel", "age": "12", "event_date": "11.02.1992",
         "place_of_origin": "Kiçik Bəydilibulaq", "status": "missing"}  # fmt: skip
INITIAL = {"full_name": "K. Abbasova", "age": "11", "event_date": "11.02.1992",
           "place_of_origin": "Kichik Baydilibulag", "status": "found_dead"}  # fmt: skip


def test_the_same_fate_written_either_way_is_one_key() -> None:
    keys = fate_key(pd.Series(["Found dead", " found_dead ", "killed", "", None]))
    assert keys.tolist()[:3] == ["found_dead", "found_dead", "killed"]
    assert keys.iloc[3:].isna().all()


def _level(left: dict[str, str], right: dict[str, str], others: list[dict[str, str]]) -> object:
    """The fate level of ``left`` (list "az") against ``right`` (list "en"), beside
    ``others``: entries of either list, from which the lists' words are read."""
    rest = [{key: value for key, value in row.items() if key != "list"} for row in others]
    records = pd.DataFrame([left, right, *rest]).fillna("")
    records["source"] = ["az", "en", *(row["list"] for row in others)]
    return level_among(records, 0, 1, "fate")


# Other entries of the two lists: each writes the fates killed, found dead and missing.
OTHERS = [{"full_name": "Həsənov Elçin", "status": status, "list": source}
          for source in ("az", "en") for status in ("killed", "found_dead", "missing")]  # fmt: skip


def test_an_initial_meets_the_sister_of_its_own_fate_as_the_same_fate() -> None:
    assert _level(KONUL, INITIAL, OTHERS).label_for_charts == "same fate"


def test_the_sister_of_another_fate_differs() -> None:
    assert _level(GUNEL, INITIAL, OTHERS).label_for_charts == "fates differ"


def test_a_fate_not_given_says_nothing() -> None:
    assert _level({**KONUL, "status": ""}, INITIAL, OTHERS).is_null_level


def test_fates_in_the_words_of_two_languages_are_not_compared() -> None:
    # «погиб» and "şəhid" are one fate in two languages: no list writes both, so neither
    # is set against the other; "itkin düşüb" beside "şəhid" in one list is another fate.
    others = [{"full_name": "Həsənov Elçin", "status": status, "list": source}
              for source, status in (("az", "şəhid"), ("az", "itkin düşüb"), ("en", "погиб"),
                                     ("en", "пропал без вести"))]  # fmt: skip
    az_words = [{**row, "list": "az"} for row in others[:2]]
    shahid, missing = {**GUNEL, "status": "şəhid"}, {**GUNEL, "status": "itkin düşüb"}
    assert _level(shahid, {**INITIAL, "status": "погиб"}, others).is_null_level
    assert _level(shahid, {**INITIAL, "status": "itkin düşüb"}, az_words).label_for_charts == (
        "fates differ"
    )
    assert _level(missing, {**INITIAL, "status": "itkin düşüb"}, az_words).label_for_charts == (
        "same fate"
    )


def test_the_words_of_one_list_are_one_vocabulary_with_every_list_sharing_one() -> None:
    fates = pd.Series(["killed", "missing", "missing", "released", "погиб", None])
    sources = pd.Series(["a", "a", "b", "b", "c", "c"])
    vocabulary = fate_vocabularies(fates, sources)
    assert vocabulary.iloc[0] == vocabulary.iloc[1] == vocabulary.iloc[3]
    assert vocabulary.iloc[4] != vocabulary.iloc[0]
    assert pd.isna(vocabulary.iloc[5])


_CONSONANTS = "bdflmnprtv"


def _families(same_fate: int, other_fate: int) -> pd.DataFrame:
    """Pairs of brothers (one surname, event and village, two given names), as many with
    one fate as with two."""
    rows = []
    for number in range(same_fate + other_fate):
        letters = [
            _CONSONANTS[number // 100],
            _CONSONANTS[number // 10 % 10],
            _CONSONANTS[number % 10],
        ]
        surname = "{}a{}i{}ov".format(*letters).capitalize()
        second = "killed" if number < same_fate else "captured"
        for given, status in (("Kamil", "killed"), ("Elçin", second)):
            rows.append({"full_name": f"{surname} {given}", "event_date": "05.03.1992",
                         "place_of_origin": "Qorçu", "status": status})  # fmt: skip
    records = pd.DataFrame(rows)
    records["record_key"] = [f"r{i}" for i in range(len(records))]
    records["source"] = "one"
    return prepare_features(records, "record_key", "source")


def test_u_of_the_same_fate_is_measured_among_relatives_of_one_event() -> None:
    # Of 200 pairs of brothers, 60 met one fate: u is 0.3, not the share among strangers.
    assert abs(fate_u(_families(same_fate=60, other_fate=140)) - 0.3) < 1e-9
    assert abs(fate_u(_families(same_fate=150, other_fate=50)) - 0.75) < 1e-9


def test_too_few_relatives_leave_u_at_its_default() -> None:
    assert fate_u(_families(same_fate=3, other_fate=3)) == FATE_U_DEFAULT


def test_the_reviewer_reads_fates_that_differ_as_evidence_against() -> None:
    reasons = list_reasons({"status": "Found dead"}, {"status": "missing"})
    assert [(r.key, r.direction) for r in reasons] == [("statuses_differ", "against")]
    assert list_reasons({"status": "Found dead"}, {"status": "found_dead"}) == []
