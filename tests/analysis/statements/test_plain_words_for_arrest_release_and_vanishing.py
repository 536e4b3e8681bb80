"""Plain English for acts statements count: the active "took N into custody" detains, as
cases of "arbitrary detention" do (not a "detention centre"), prisoners
who "walked free" or were "pardoned" were released, persons who "vanished" disappeared, and schoolgirls and
schoolboys are children as pupils are; those who "required hospitalisation" were hurt. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_took_into_custody_with_the_count_inside():
    text = "Riot police took at least 31 students into custody outside the faculty."
    assert _read(text) == [("detained", "students", 31, "at_least", None)]


def test_near_miss_took_into_account():
    text = "The court took the 31 statements into account."
    assert _read(text) == []


def test_walked_free():
    text = "Forty-two political prisoners walked free on Monday after the pardon."
    assert _read(text) == [("released", "all", 42, "exact", None)]


def test_near_miss_walked_somewhere():
    text = "Forty-two protesters walked to the square on Monday."
    assert _read(text) == []


def test_vanished():
    text = "At least 15 young men vanished after the army entered the town."
    assert _read(text) == [("disappeared", "men", 15, "at_least", None)]


def test_near_miss_things_that_vanished():
    text = "All 15 files vanished from the archive."
    assert _read(text) == []


def test_schoolgirls_are_children():
    text = "Gunmen snatched 23 schoolgirls from their dormitory before dawn."
    assert _read(text) == [("captured", "children", 23, "exact", None)]


def test_near_miss_girls_keep_their_own_label():
    text = "Gunmen snatched 23 girls from their dormitory before dawn."
    assert _read(text) == [("captured", "girls", 23, "exact", None)]


def test_cases_of_arbitrary_detention():
    text = "Monitors recorded 64 new cases of arbitrary detention in the region in June."
    assert _read(text) == [("detained", "all", 64, "exact", None)]


def test_near_miss_a_detention_centre():
    text = "The authorities opened 4 new detention centres in the region in June."
    assert _read(text) == []


def test_a_part_that_required_hospitalisation_was_hurt():
    text = "Some 90 marchers were injured, 14 of whom required hospitalisation."
    assert _read(text) == [
        ("injured", "all", 90, "about", None),
        ("injured", "all", 14, "exact", 0),
    ]


def test_near_miss_a_part_that_required_nothing_of_ours():
    text = "Some 90 marchers were injured, 14 of whom required translators."
    assert _read(text) == [("injured", "all", 90, "about", None)]


def test_a_part_that_needed_hospital_care_was_hurt_in_either_tense():
    text = "Rebels freed 23 hostages on Monday; 2 of the freed needed hospital care."
    assert _read(text)[-1] == ("injured", "all", 2, "exact", 0)
    text = "12 Sept - Rebels free 23 hostages; two of them need medical care."
    assert _read(text)[-1] == ("injured", "all", 2, "exact", 0)


def test_near_miss_a_part_that_needed_no_care():
    text = "Rebels freed 23 hostages on Monday; two of them need blankets."
    assert [f[0] for f in _read(text)] == ["released"]


def test_pardoned_prisoners_are_released():
    text = "The governor pardoned 35 prisoners to mark the holiday."
    assert _read(text) == [("released", "all", 35, "exact", None)]


def test_near_miss_none_pardoned_is_no_release():
    text = "None of the 35 prisoners has been pardoned yet."
    assert [row[:3] for row in _read(text)] == [("released", "all", 0), ("detained", "all", 35)]
