"""Blocking of entries that share little besides their names' letters: an abbreviated
entry with a slip in its surname, a fact-less entry with a slip in its surname's vowels."""

from __future__ import annotations

from tests.analysis.linkage.blocking import blocked_pairs, frame


def test_an_abbreviated_entry_with_a_slip_in_its_surname_meets_its_name() -> None:
    # No birth year on the abbreviated side: only initials and the event date agree.
    records = frame(
        [
            {"full_name": "Qasımov Rauf Nadir oğlu", "birth_date": "03.02.1961",
             "event_date": "1992-05-08"},
            {"full_name": "Касимво Р.Н.", "event_date": "1992-05-08", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_two_written_out_names_are_not_paired_by_their_initials_and_event() -> None:
    # Two men of one event whose given and father's names start alike: no slip to mend.
    records = frame(
        [
            {"full_name": "Qasımov Rauf Nadir oğlu", "event_date": "1992-05-08"},
            {"full_name": "Talıbov Ramil Natiq oğlu", "event_date": "1992-05-08",
             "source": "other"},
        ]
    )  # fmt: skip
    assert blocked_pairs(records) == set()


def test_a_fact_less_entry_with_a_vowel_slip_in_its_surname_meets_its_name() -> None:
    # An age with no event date gives no birth year: the names are all there is.
    records = frame(
        [
            {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12",
             "event_date": "1992-03-02"},
            {"full_name": "Nbiyev Tofiq", "age": "41", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_a_fact_less_entry_with_a_vowel_slip_in_its_given_name_meets_its_name() -> None:
    records = frame(
        [
            {"full_name": "Nəbiyev Kamil Tofiq oğlu", "birth_date": "1950-04-12",
             "event_date": "1992-03-02"},
            {"full_name": "Nabiev Kaml", "age": "41", "source": "other"},
        ]
    )  # fmt: skip
    assert ("r0", "r1") in blocked_pairs(records)


def test_a_fact_less_entry_is_not_paired_with_another_given_name() -> None:
    records = frame(
        [
            {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12",
             "event_date": "1992-03-02"},
            {"full_name": "Nbiyev Tahir", "age": "41", "source": "other"},
        ]
    )  # fmt: skip
    assert blocked_pairs(records) == set()
