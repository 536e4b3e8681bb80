"""Blocking of a given name written as an initial: which pairs the model is shown."""

from __future__ import annotations

from tests.analysis.linkage.blocking import blocked_pairs, frame

from rightsledger.analysis.linkage.features import MAX_INITIAL_BLOCK


def test_an_initial_meets_its_name_when_birth_years_are_one_apart() -> None:
    records = frame(
        [
            {"surname": "Nəzərov", "given_name": "Əli", "patronymic": "Şükür oğlu",
             "birth_year": "1939"},
            {"full_name": "A. Nazarov", "birth_year": "1940", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_an_initial_without_dates_meets_its_name() -> None:
    records = frame(
        [
            {"full_name": "Ali Nazarov", "age": "53", "event_date": "1993-09-07"},
            {"full_name": "A. Nazarov", "age": "53", "source": "other"},
        ]
    )
    assert ("r0", "r1") in blocked_pairs(records)


def test_an_initial_with_a_slip_in_the_surname_meets_its_name() -> None:
    records = frame(
        [
            {"full_name": "Гусейнов Эльдар Вагифович", "birth_date": "11.05.1959",
             "event_date": "1991-07-06"},
            {"full_name": "Гусейнво Э.В.", "birth_year": "1959", "event_date": "1991-07-06",
             "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_an_initial_meets_its_name_where_the_event_place_agrees_and_dates_do_not() -> None:
    records = frame(
        [
            {"full_name": "Abbasova Sədaqət Arif qızı", "birth_year": "1934",
             "event_date": "21.04.1991", "event_place": "Böyük Mərcanlı"},
            {"full_name": "S. Abbasova", "birth_year": "1938", "event_date": "25.04.1991",
             "event_place": "Böyük Mərcanlı", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_two_given_names_written_out_are_not_paired_by_their_initial() -> None:
    # Brothers Ali and Arif: one surname and initial, birth years one apart, no event date.
    records = frame(
        [
            {"full_name": "Ali Nazarov", "birth_year": "1939"},
            {"full_name": "Arif Nazarov", "birth_year": "1940", "source": "other"},
        ]
    )
    assert blocked_pairs(records) == set()


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
    records = frame([*common, *rare, *initials])
    pairs = blocked_pairs(records)
    keys = records["record_key"].tolist()
    common_initial, rare_initial = keys[-2], keys[-1]
    rare_name = keys[len(common)]
    assert not any(common_initial in pair for pair in pairs)
    assert (min(rare_name, rare_initial), max(rare_name, rare_initial)) in pairs


def test_an_initial_meets_its_name_where_one_list_gives_the_event_month_only() -> None:
    records = frame(
        [
            {"full_name": "Əhməd İmamverdiyev Əhəd oğlu", "birth_date": "25.10.1985",
             "event_date": "noyabr 1991"},
            {"full_name": "ИМАМВЕРДИЕВ А.", "event_date": "23 ноября 1991 г.",
             "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_an_initial_with_an_age_alone_meets_the_name_of_that_age_at_its_event() -> None:
    # More than MAX_INITIAL_BLOCK entries share "Məmmədov A.": the initial alone pairs no
    # one; the age (21, no event date) pairs the entry aged 20 to 22 at its event.
    given = ("Akif", "Arif", "Aydın", "Azər", "Araz")
    common = [
        {"full_name": f"{given[i % len(given)]} Məmmədov", "birth_year": str(1920 + i % 60),
         "event_date": "1992-02-26"}
        for i in range(MAX_INITIAL_BLOCK + 20)
    ]  # fmt: skip
    anar = {"full_name": "Anar Məmmədov Elşən oğlu", "birth_year": "1971",
            "event_date": "1992-02-26"}  # fmt: skip
    records = frame([*common, anar, {"full_name": "Мамедов А.", "age": "21", "source": "other"}])
    keys = records["record_key"].tolist()
    pairs = blocked_pairs(records)
    initial, anar_key = keys[-1], keys[-2]
    assert (min(anar_key, initial), max(anar_key, initial)) in pairs
    # Aged 40 and more at the event (born 1952 or before): never paired with a 21-year-old.
    elderly = {keys[i] for i, entry in enumerate(common) if int(entry["birth_year"]) <= 1952}
    assert not any(initial in pair and (set(pair) & elderly) for pair in pairs)
