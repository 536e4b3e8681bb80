"""Azerbaijani names the one person of a part by age, year of birth and name between the count
and its verb: after a dash that need not close ("yaralılardan biri — 28 yaşlı E. Məlikov
aldığı xəsarətlərdən ölüb") or between commas ("biri, 1958-ci il təvəllüdlü M. Quliyev,
dünyasını dəyişib"). The verb after the name is the part's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_age_and_name_after_a_dash():
    text = "Qəzada 4 nəfər yaralanıb. Yaralılardan biri — 61 yaşlı R. Həsənov xəstəxanada ölüb."
    assert claim_fields(text, "az", FIELDS) == [("injured", 4, None), ("killed", 1, 0)]


def test_name_between_closing_dashes():
    text = "Atışmada 5 nəfər yaralanıb, onlardan biri — Nicat Əliyev — sonradan vəfat edib."
    assert claim_fields(text, "az", FIELDS) == [("injured", 5, None), ("killed", 1, 0)]


def test_age_before_initials_between_commas():
    text = "Partlayışda 6 nəfər yaralanıb. Onlardan biri, 44 yaşlı S. Orucov, ertəsi gün ölüb."
    assert claim_fields(text, "az", FIELDS) == [("injured", 6, None), ("killed", 1, 0)]


def test_year_of_birth_between_commas():
    text = "Girovlardan biri, 1971-ci il təvəllüdlü T. Kərimov, əsirlikdə vəfat edib."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 1)]


def test_an_age_with_no_verb_after_it_says_nothing_new():
    # Near miss: "— 35 yaşlı" only says how old the one hurt is.
    text = "Hadisədə 2 nəfər yaralanıb. Yaralılardan biri — 35 yaşlı."
    assert claim_fields(text, "az", FIELDS) == [("injured", 2, None), ("injured", 1, 0)]


def test_a_dash_before_a_count_is_no_name():
    # Near miss: the dash stands for the verb left out, before a count of its own.
    text = "Həlak olanlar — 7 nəfər, yaralananlar — 12 nəfər."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 7), ("injured", 12)]


def test_two_persons_named_between_dashes():
    text = "Saxlanılanlardan ikisi – Murad Sadıqov və Elçin Babayev – döyülərək öldürülüb."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 2)]
