"""The review queue's reasons: plain words, stable keys, values filled in."""

from __future__ import annotations

import dataclasses
import re
import string

import pytest

from rightsledger.analysis.linkage import REASON_TEMPLATES, Reason, explain_pair


def keys(left: dict[str, str], right: dict[str, str]) -> list[str]:
    return [reason.key for reason in explain_pair(left, right)]


def test_brothers_are_told_apart_in_plain_words() -> None:
    left = {"full_name": "Salmanov Şamil Tofiq oğlu", "birth_year": "1975", "status": "killed"}
    right = {"full_name": "Salmanov Musa Tofiq oğlu", "birth_year": "1978", "status": "injured"}
    reasons = explain_pair(left, right)
    assert [r.text for r in reasons] == [
        "same surname (Salmanov)",
        "given names differ (Şamil / Musa)",
        "same father's name (Tofiq)",
        "born 3 years apart (1975 / 1978)",
        "the lists give different fates (killed / injured)",
    ]
    assert reasons[1] == Reason("given_names_differ", ("Şamil", "Musa"), "against")
    assert reasons[3].values[0] == "3"


def test_one_name_in_two_scripts() -> None:
    left = {"surname": "Салманов", "given_name": "Шамиль", "patronymic": "Тофикович"}
    right = {"full_name": "Salmanov Şamil Tofiq oğlu"}
    reasons = explain_pair(left, right)
    assert reasons[0] == Reason("surname_same_across_scripts", ("Салманов", "Salmanov"), "for")
    assert reasons[0].text == "same surname in another script (Салманов / Salmanov)"
    assert [r.key for r in reasons[:3]] == [
        "surname_same_across_scripts",
        "given_same_across_scripts",
        "same_father_name_across_scripts",
    ]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Gasimov H.V.", "Qasımov Hüseyn Vaqif oğlu", "given_initial_compatible"),
        ("Gasimov M.V.", "Qasımov Hüseyn Vaqif oğlu", "given_initial_differs"),
        ("Гасанов Мамед", "Hasanov Mammad", "given_same_across_scripts"),
        ("Mammadov Hasan", "Mamedov Gasan", "given_same_other_spelling"),
        ("Khalilov Rahsid", "Khalilov Rashid", "given_similar"),
    ],
)
def test_given_names(left: str, right: str, expected: str) -> None:
    assert expected in keys({"full_name": left}, {"full_name": right})


def test_initials_are_shown_as_written() -> None:
    reasons = explain_pair({"full_name": "G. Pashaev"}, {"full_name": "Paşayev Qasım"})
    fits = next(r for r in reasons if r.key == "given_initial_compatible")
    assert fits.values == ("G.", "Qasım")
    assert fits.text == "the initial G. fits the given name Qasım"


def test_namesakes_differ_by_father() -> None:
    found = keys(
        {"full_name": "Cavadov Elçin Rəşid oğlu"}, {"full_name": "Джавадов Эльчин Намикович"}
    )
    assert found[:3] == ["surname_same_across_scripts", "given_same_across_scripts",
                         "father_names_differ"]  # fmt: skip


def test_family_names_with_another_ending_and_names_in_the_other_order() -> None:
    assert keys({"full_name": "Həsənli Elvin"}, {"full_name": "Гасанов Эльвин"})[0] == (
        "surname_same_root"
    )
    reasons = explain_pair({"full_name": "Musa Əli"}, {"full_name": "Əli Musa"})
    assert reasons[0].key == "names_in_other_order"


def test_birth_place_event_and_list() -> None:
    left = {
        "full_name": "Rzayev Vüqar", "birth_date": "1962-04-04", "place_of_origin": "Qaraçöl",
        "event_date": "1992-02-26", "source": "ngo", "family_id": "F1", "sex": "kişi",
    }  # fmt: skip
    right = {
        "full_name": "Rzayev Vüqar", "birth_date": "04.04.1962", "place_of_origin": "Qaracol",
        "event_date": "1992-03-01", "source": "ngo", "family_id": "F2", "sex": "qadın",
    }  # fmt: skip
    found = keys(left, right)
    assert found == [
        "surname_same", "given_same", "sex_differs", "born_same_date",
        "same_place_other_spelling", "event_dates_days_apart", "same_list",
        "different_households",
    ]  # fmt: skip
    age = {"full_name": "Vugar Rzayev", "age": "28", "event_date": "1992-02-26"}
    assert "born_same_year" in keys({**left, "birth_date": "1964-01-01"}, age)
    assert "birth_unknown" in keys({"full_name": "Rzayev Vüqar"}, age)
    assert "age_a_year_off" in keys({**left, "birth_date": "1963-01-01"}, age)
    assert "born_a_year_apart" in keys({**left, "birth_date": "1963-01-01"}, {**left, **age})


def test_an_age_without_a_date_is_set_against_the_others_birth_and_event() -> None:
    aged = {"full_name": "Musa Kərimov", "age": "61"}
    born = {"full_name": "Kərimov Musa", "birth_date": "1927-02-08", "event_date": "1988-07-16"}
    fits = [r for r in explain_pair(aged, born) if r.key == "age_fits_birth"]
    assert [(r.values, r.direction) for r in fits] == [(("61", "1927", "1988"), "for")]
    assert "age_fits_birth" in keys(born, {**aged, "age": "60"})  # the birthday not yet reached
    near = [r for r in explain_pair(born, {**aged, "age": "58"}) if r.key == "age_years_off_birth"]
    assert [r.direction for r in near] == ["neither"]
    far = [r for r in explain_pair(born, {**aged, "age": "40"}) if r.key == "age_years_off_birth"]
    assert [r.direction for r in far] == ["against"]
    # With no event on the other record there is nothing to set the age against.
    assert "birth_unknown" in keys(aged, {**born, "event_date": ""})


def test_templates_speak_plainly_and_take_their_values() -> None:
    technical = re.compile(r"jaro|winkler|levenshtein|fold|_|canon|gamma|weight", re.I)
    for key, template in REASON_TEMPLATES.items():
        assert re.fullmatch(r"[a-z_]+", key)
        assert not technical.search(template), key
        fields = {f[1] for f in string.Formatter().parse(template) if f[1] is not None}
        assert fields == {str(i) for i in range(len(fields))}, key  # {0}, {1} … in order


def test_every_reason_formats_and_is_frozen() -> None:
    reasons = explain_pair(
        {"full_name": "Salmanov Şamil Tofiq oğlu", "birth_year": "1975"},
        {"full_name": "Salmanov Ş.", "birth_year": "1990"},
    )
    assert all(r.key in REASON_TEMPLATES and r.text for r in reasons)
    assert all(r.direction in {"for", "against", "neither"} for r in reasons)
    with pytest.raises(dataclasses.FrozenInstanceError):
        reasons[0].key = "other"  # type: ignore[misc]


def test_an_initial_fits_a_name_whose_other_rendering_it_abbreviates() -> None:
    # Акоп is Hakob in Russian: a list that abbreviates it writes A.
    reasons = explain_pair({"full_name": "A. Mkrtchyan"}, {"full_name": "Mkrtçyan Hakob"})
    assert any(r.key == "given_initial_compatible" for r in reasons)
    reasons = explain_pair({"full_name": "A. Mkrtchyan"}, {"full_name": "Mkrtçyan Vahan"})
    assert any(r.key == "given_initial_differs" for r in reasons)


def test_a_month_first_list_s_dates_are_read_in_its_order() -> None:
    ngo = {"full_name": "Aliyev Vugar", "event_date": "03/01/1992", "dates_month_first": "yes"}
    region = {"full_name": "Алиев Вугар", "event_date": "01.03.1992"}
    assert "same_event_date" in keys(ngo, region)
    assert "event_dates_differ" in keys({**ngo, "dates_month_first": ""}, region)


def test_a_year_from_an_age_a_year_off_is_said_to_fit() -> None:
    aged = {"full_name": "Kərimov Musa Əli oğlu", "age": "43", "event_date": "16.07.1992"}
    born = {"full_name": "Керимов Муса Алиевич", "birth_year": "1948"}
    off = [r for r in explain_pair(aged, born) if r.key == "age_a_year_off"]
    assert [(r.values, r.direction) for r in off] == [(("43", "1992", "1948"), "for")]
    assert off[0].text == (
        "aged 43 in 1992 on one record, born 1948 on the other: an age fits two years of birth"
    )
    # An event given to the month only still turns the age into a year, as in the model.
    month = explain_pair(born, {**aged, "event_date": "07.1992"})
    assert [r.values for r in month if r.key == "age_a_year_off"] == [("43", "1992", "1948")]
    both = explain_pair(aged, {"full_name": "Керимов Муса", "age": "45", "event_date": "05.1993"})
    assert [r.values for r in both if r.key == "ages_a_year_off"] == [("1949", "1948")]
    # Two stated years a year apart stay a year apart.
    stated = {**aged, "age": "", "birth_year": "1949"}
    assert "born_a_year_apart" in keys(stated, born)


def test_event_dates_a_day_or_two_apart_and_a_month_against_a_day() -> None:
    left = {"full_name": "Kərimov Musa", "event_date": "15.07.1992"}
    right = {"full_name": "Керимов Муса", "event_date": "16 июля 1992 г."}
    day = [r for r in explain_pair(left, right) if r.key.startswith("event")]
    assert [(r.key, r.values, r.direction) for r in day] == [
        ("event_dates_a_day_apart", ("1992-07-15", "1992-07-16"), "for")
    ]
    two = [
        r
        for r in explain_pair({**left, "event_date": "14.07.1992"}, right)
        if r.key.startswith("event")
    ]
    assert [(r.text, r.direction) for r in two] == [
        ("dates of the event 2 days apart (1992-07-14 / 1992-07-16)", "for")
    ]
    month = {**left, "event_date": "07.1992"}
    same = [r for r in explain_pair(month, right) if r.key.startswith("event")]
    assert [(r.text, r.direction) for r in same] == [
        ("same month of the event (1992-07 / 1992-07-16), one list giving only the month", "for")
    ]
    other = explain_pair({**left, "event_date": "08.1992"}, right)
    assert [r.values for r in other if r.key == "event_dates_differ"] == [("1992-08", "1992-07-16")]
    # A year alone says nothing of the day the model could compare.
    assert not [r for r in explain_pair({**left, "event_date": "1992"}, right) if "event" in r.key]


def test_one_slip_in_a_short_name_is_no_other_name_where_the_rest_agrees() -> None:
    left = {"full_name": "Məmmədov Ail Vaqif oğlu", "birth_year": "1970"}
    right = {"full_name": "Мамедов Али Вагифович", "birth_year": "1970"}
    slip = [r for r in explain_pair(left, right) if r.key == "given_slip_rest_agrees"]
    assert [(r.values, r.direction) for r in slip] == [(("Ail", "Али"), "neither")]
    assert slip[0].text == (
        "given names differ by one slip (Ail / Али), but the father's name and the year of "
        "birth agree"
    )
    # A year that differs leaves two names (siblings); with no father's name and the same
    # year it is a slip only if one of the two is seldom written, which the input decides.
    assert "given_names_differ" in keys({**left, "birth_year": "1971"}, right)
    assert "given_slip_same_year" in keys({**left, "full_name": "Məmmədov Ail"}, right)
    assert "given_names_differ" in keys({"full_name": "Məmmədov Ail", "birth_year": "1971"}, right)
    surname = explain_pair(
        {"full_name": "Алеев Рамиль Вагифович"}, {"full_name": "Əliyev Ramil Vaqif oğlu"}
    )
    assert (surname[0].key, surname[0].direction) == ("surname_slip_rest_agrees", "neither")
    assert surname[0].text == (
        "surnames differ by one slip (Алеев / Əliyev), but the given and father's names agree"
    )
    assert keys({"full_name": "Алеев Рамиль"}, {"full_name": "Əliyev Ramil Vaqif oğlu"})[0] == (
        "surnames_differ"
    )


def test_one_slip_in_a_short_father_s_name_where_name_and_year_agree() -> None:
    left = {"full_name": "Rəhimov Fikrət Əli oğlu", "birth_year": "1981"}
    right = {"full_name": "Рагимов Фикрет Аилевич", "birth_year": "1981"}
    slip = [r for r in explain_pair(left, right) if r.key == "father_slip_rest_agrees"]
    assert [(r.values, r.direction) for r in slip] == [(("Əli", "Аил"), "neither")]
    assert "father_names_differ" in keys(left, {**right, "birth_year": "1983"})


def _fate(status: str, date: str, place: str) -> dict[str, str]:
    return {"full_name": "Talıbov Nizami Rəşid oğlu", "status": status, "event_date": date,
            "event_place": place}  # fmt: skip


def test_the_fates_the_linkage_holds_apart_are_told_to_the_reviewer():
    killed = _fate("killed", "04.02.1993", "Füzuli")
    wounded = _fate("injured", "19.08.1993", "Füzuli")
    reasons = {r.key: r for r in explain_pair(killed, wounded)}
    assert reasons["alive_after_death"].direction == "against"
    assert reasons["alive_after_death"].values == ("killed", "1993-02-04", "injured", "1993-08-19")
    # Wounded first and killed later is one life; so is a death written twice in one place.
    assert "alive_after_death" not in {
        r.key for r in explain_pair(wounded, _fate("killed", "1993-09-01", ""))
    }
    again = {r.key for r in explain_pair(killed, _fate("killed", "04.04.1993", "Füzuli"))}
    assert "deaths_apart" not in again
    elsewhere = {r.key: r for r in explain_pair(killed, _fate("killed", "04.04.1993", "Laçın"))}
    assert elsewhere["deaths_apart"].values == ("1993-02-04", "1993-04-04")


def test_birth_dates_that_share_neither_day_nor_month_are_told_as_someone_else():
    def born(date: str) -> dict[str, str]:
        return {"surname": "Quliyev", "given_name": "Rauf", "birth_date": date}

    reasons = {r.key: r for r in explain_pair(born("12.03.1961"), born("27.08.1961"))}
    assert reasons["born_other_days"].direction == "against"
    assert reasons["born_other_days"].values == ("1961-03-12", "1961-08-27")
    assert "born_same_year" not in reasons
    # A slip in the day, or day and month read the other way round, may be one birth.
    # 1 January stands for a birth known by its year alone in many registers.
    for other in ("13.03.1961", "03.12.1961", "01.01.1961"):
        assert "born_other_days" not in {
            r.key for r in explain_pair(born("12.03.1961"), born(other))
        }


def test_a_fate_given_by_its_year_alone_is_told_by_its_year():
    reasons = {
        r.key: r
        for r in explain_pair(_fate("killed", "1992", "Ağdam"), _fate("released", "1994 г.", ""))
    }
    assert reasons["alive_after_death"].values == ("killed", "1992", "released", "1994")
    same_year = explain_pair(_fate("killed", "1992", ""), _fate("released", "1992", ""))
    assert "alive_after_death" not in {r.key for r in same_year}
