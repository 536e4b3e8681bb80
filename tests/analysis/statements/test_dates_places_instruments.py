"""Dates and periods with their precision; places; instruments and provisions invoked."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language", "start", "end", "precision"),
    [
        ("on the night of 25–26 February 1992", "en", "1992-02-25", "1992-02-26", "day"),
        ("в ночь с 25 на 26 февраля 1992 года", "ru", "1992-02-25", "1992-02-26", "day"),
        ("1992-ci il fevralın 25-dən 26-na keçən gecə", "az", "1992-02-25", "1992-02-26", "day"),
        ("from November 1992 to April 1993", "en", "1992-11-01", "1993-04-30", "month"),
        ("с ноября 1992 года по апрель 1993 года", "ru", "1992-11-01", "1993-04-30", "month"),
        ("Feb. 26, 1992", "en", "1992-02-26", "1992-02-26", "day"),
        ("в феврале 1992 года", "ru", "1992-02-01", "1992-02-29", "month"),
        ("1992-ci ilin fevral ayında", "az", "1992-02-01", "1992-02-29", "month"),
        ("in the fall of 2020", "en", "2020-09-01", "2020-11-30", "approximate"),
        ("in the early 1990s", "en", "1990-01-01", "1993-12-31", "approximate"),
        ("26.02.1992", "ru", "1992-02-26", "1992-02-26", "day"),
        ("in 1994", "en", "1994-01-01", "1994-12-31", "year"),
    ],
)
def test_dates_and_periods(text, language, start, end, precision):
    (date,) = read_statement(text, language).dates
    assert (date.start, date.end, date.precision) == (start, end, precision)
    assert text[date.span[0] : date.span[1]] == date.as_stated


def test_a_day_without_its_year_takes_the_nearest_year():
    text = "Shelling began on 1 May 2014. Between 3 and 5 May, 20 people were killed."
    dates = read_statement(text, "en").dates
    assert [(d.start, d.end, d.year_inferred) for d in dates] == [
        ("2014-05-01", "2014-05-01", False),
        ("2014-05-03", "2014-05-05", True),
    ]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Civilians were killed in Khojaly.", "en", "Khojaly"),
        ("the town of Kervan was shelled", "en", "Kervan"),
        ("Обстрелу подверглась Шуша, затем бои шли в Агдаме.", "ru", "Агдам"),
        ("Xocalıda 613 nəfər həlak olub.", "az", "Xocalı"),
        ("Ağdam rayonu atəşə tutulub.", "az", "Ağdam"),
    ],
)
def test_places_are_proposed_with_a_base_name(text, language, name):
    places = read_statement(text, language).places
    assert name in [p.name for p in places]
    for place in places:
        assert text[place.span[0] : place.span[1]] == place.as_stated


@pytest.mark.parametrize(
    ("text", "language", "codes"),
    [
        ("It violates the ICCPR, the CAT and the CRC.", "en", ["ICCPR", "CAT", "CRC"]),
        ("the Convention on the Prevention and Punishment of the Crime of Genocide", "en",
         ["GENOCIDE"]),
        ("the crime of genocide was committed", "en", []),
        ("the Fourth Geneva Convention and the Rome Statute", "en", ["GC-IV", "ROME"]),
        ("Конвенция о правах ребёнка и Женевские конвенции", "ru", ["CRC", "GC"]),
        ("Uşaq hüquqları haqqında Konvensiya", "az", ["CRC"]),
    ],
)  # fmt: skip
def test_instruments_by_code(text, language, codes):
    assert [i.code for i in read_statement(text, language).instruments] == codes


def test_a_provision_is_read_with_its_instrument():
    (mention,) = read_statement("contrary to Article 7 of the ICCPR", "en").instruments
    assert (mention.code, mention.article, mention.as_stated) == (
        "ICCPR",
        "7",
        "Article 7 of the ICCPR",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В 2024 году в архивы обратились многие. В марте 12 человек найдены погибшими.", "ru"),
        ("2024-cü ildə axtarış davam edib. Martda 12 nəfər ölü tapılıb.", "az"),
    ],
)
def test_a_number_after_the_month_in_the_locative_is_a_count_not_its_day(text, language):
    reading = read_statement(text, language)
    assert [(c.category, c.count) for c in reading.claims] == [("found_dead", 12)]
    assert not [d for d in reading.dates if d.precision == "day"]
