"""The documenting organisations: who ends up on which list, and how each list writes it."""

from __future__ import annotations

import dataclasses
import math
import random
from typing import Any

from rightsledger.analysis.simulate import lexicon, spelling
from rightsledger.analysis.simulate.population import ARMENIAN_SURNAMES, AZ_SURNAMES, Person

__all__ = ["CANONICAL_COLUMNS", "LIST_TEMPLATES", "ListSpec", "capture", "render"]

CANONICAL_COLUMNS = (
    "record_id", "full_name", "given_name", "surname", "patronymic", "sex", "birth_date",
    "birth_year", "age", "place_of_origin", "event_date", "event_place", "status",
    "family_id", "notes",
)  # fmt: skip


@dataclasses.dataclass(frozen=True, slots=True)
class ListSpec:
    """One list-keeping organisation: its reach, its conventions and its error rates."""

    name: str
    convention: str  # az_latin | ru_cyrillic | en_from_ru | en_from_az | hy_armenian
    layout: str  # full_sgp | full_gs | full_gps | fields
    birth: str  # date | year | age
    base_rate: float
    affinity: dict[str, float]  # relative reach by status first reported
    reports_later_status: bool
    depends_on: int | None = None  # index of a list this one partly copies from
    patronymic_rate: float = 0.9
    typo_rate: float = 0.03
    year_error_rate: float = 0.05
    missing_rate: float = 0.05
    duplicate_rate: float = 0.02
    swap_rate: float = 0.04
    family_ids: bool = False
    icao: bool = False  # Russian romanised the passport way (iu, ia, i) instead of BGN


_ALL = {"killed": 1.0, "injured": 1.0, "captured": 1.0, "missing": 1.0}
LIST_TEMPLATES: tuple[ListSpec, ...] = (
    ListSpec("prosecutor", "az_latin", "full_sgp", "date", 0.55, _ALL, False),
    ListSpec(
        "hospital", "ru_cyrillic", "full_sgp", "year", 0.5,
        {"killed": 0.4, "injured": 1.6, "captured": 0.1, "missing": 0.1}, False,
        typo_rate=0.05,
    ),
    ListSpec(
        "icrc", "en_from_ru", "fields", "date", 0.45,
        {"killed": 0.3, "injured": 0.3, "captured": 1.7, "missing": 1.6}, True,
        icao=True, family_ids=True,
    ),
    ListSpec(
        "ngo", "en_from_az", "full_gs", "age", 0.4, _ALL, True, depends_on=0,
        patronymic_rate=0.0, swap_rate=0.1, family_ids=True,
    ),
    ListSpec(
        "morgue", "ru_cyrillic", "fields", "date", 0.35,
        {"killed": 1.8, "injured": 0.1, "captured": 0.2, "missing": 0.9}, True,
        depends_on=1, typo_rate=0.06,
    ),
    ListSpec("refugee_committee", "az_latin", "fields", "year", 0.35, _ALL, True, family_ids=True),
    ListSpec("newspaper", "en_from_ru", "full_gps", "age", 0.25, _ALL, False, typo_rate=0.06),
    ListSpec("armenian_side", "hy_armenian", "full_sgp", "year", 0.25, _ALL, True, patronymic_rate=0.0),
)  # fmt: skip


def capture(
    persons: list[Person], specs: list[ListSpec], rng: random.Random, heterogeneity: float
) -> list[list[int]]:
    """Return, per list, the indices of the persons it records.

    The chance of being listed depends on the list's reach, on what happened to the person
    (heterogeneity by status), on the person's latent visibility shared across lists
    (positive dependence), and on being on the list this one copies from.
    """
    captured: list[list[int]] = []
    for spec in specs:
        members = []
        source = set(captured[spec.depends_on]) if spec.depends_on is not None else set()
        for index, person in enumerate(persons):
            rate = min(0.97, spec.base_rate * spec.affinity.get(person.first_status, 1.0))
            logit = math.log(rate / (1 - rate)) + heterogeneity * person.visibility
            if index in source:
                logit += 1.2
            if rng.random() < 1 / (1 + math.exp(-logit)):
                members.append(index)
        captured.append(members)
    return captured


def _feminine(surname: str, cyrillic: bool) -> str:
    if cyrillic:
        return surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname
    return surname + "a" if surname.endswith(("ov", "ev", "in")) else surname


def _name_parts(person: Person, spec: ListSpec, rng: random.Random) -> tuple[str, str, str, str]:
    """Return (given, surname, patronymic, place) in the list's convention."""
    female = person.sex == "F"
    conv = spec.convention
    phonetic = rng.random() < 0.5  # English from Azerbaijani: "Khalil" or "Xalil"
    if person.origin == "az":
        az_given, ru_given = (lexicon.AZ_FEMALE if female else lexicon.AZ_MALE)[person.given]
        az_surname, ru_surname = AZ_SURNAMES[person.surname]
        az_father, ru_father = lexicon.AZ_MALE[person.father]
        hy_given = hy_surname = ""
        if female:
            az_surname, ru_surname = _feminine(az_surname, False), _feminine(ru_surname, True)
        en_given, en_surname, en_father = (
            spelling.az_to_en(x, phonetic) for x in (az_given, az_surname, az_father)
        )
    else:
        hy_given, ru_given, en_given = (
            lexicon.ARMENIAN_FEMALE if female else lexicon.ARMENIAN_MALE
        )[person.given]
        hy_surname, ru_surname, en_surname = ARMENIAN_SURNAMES[person.surname]
        _, ru_father, en_father = lexicon.ARMENIAN_MALE[person.father]
        az_given, az_surname, az_father = en_given, en_surname, en_father
    az_place, ru_place = lexicon.PLACES[person.place]
    if conv == "az_latin":
        return az_given, az_surname, spelling.az_patronymic(az_father, female), az_place
    if conv == "ru_cyrillic":
        if person.origin == "az" and rng.random() < 0.3:
            patronymic = f"{ru_father} {'кызы' if female else 'оглы'}"
        else:
            patronymic = spelling.ru_patronymic(ru_father, female)
        return ru_given, ru_surname, patronymic, ru_place
    if conv == "en_from_ru":
        table = spelling.RU_TO_EN_ICAO if spec.icao else spelling.RU_TO_EN_BGN
        parts = (ru_given, ru_surname, spelling.ru_patronymic(ru_father, female), ru_place)
        given, surname, patronymic, place = (
            spelling.ru_to_en(x, table, not spec.icao) for x in parts
        )
        return given, surname, patronymic, place
    if conv == "en_from_az":
        marker = rng.choice(("kyzy", "qizi", "gizi") if female else ("oglu", "ogly"))
        return en_given, en_surname, f"{en_father} {marker}", spelling.az_to_en(az_place, phonetic)
    # Armenian script: Armenian names natively, others from their Russian spelling.
    if person.origin == "hy":
        return hy_given, hy_surname, "", spelling.ru_to_armenian(ru_place)
    return (
        spelling.ru_to_armenian(ru_given),
        spelling.ru_to_armenian(ru_surname),
        "",
        spelling.ru_to_armenian(ru_place),
    )


def _maybe_typo(text: str, rate: float, rng: random.Random) -> str:
    return spelling.typo(text, rng) if text and rng.random() < rate else text


def render(
    person: Person, spec: ListSpec, record_id: str, family_id: str, rng: random.Random
) -> dict[str, Any]:
    """Write one person as a row of ``spec``'s list, with the list's errors."""
    given, surname, patronymic, place = _name_parts(person, spec, rng)
    given = _maybe_typo(given, spec.typo_rate, rng)
    surname = _maybe_typo(surname, spec.typo_rate, rng)
    if rng.random() >= spec.patronymic_rate:
        patronymic = ""
    row: dict[str, Any] = dict.fromkeys(CANONICAL_COLUMNS, "")
    row["record_id"] = record_id
    layout = spec.layout
    if layout != "fields" and rng.random() < spec.swap_rate:
        layout = "full_gs" if layout != "full_gs" else "full_sgp"
    if layout == "fields":
        row.update(given_name=given, surname=surname, patronymic=patronymic)
    elif layout == "full_sgp":
        row["full_name"] = " ".join(p for p in (surname, given, patronymic) if p)
    elif layout == "full_gps":
        row["full_name"] = " ".join(p for p in (given, patronymic, surname) if p)
    else:
        row["full_name"] = f"{given} {surname}"
    cyrillic = spec.convention == "ru_cyrillic"
    row["sex"] = ("Ж" if person.sex == "F" else "М") if cyrillic else person.sex
    birth = person.birth_date
    shift = rng.choice((-1, 1)) if rng.random() < spec.year_error_rate else 0
    if rng.random() >= spec.missing_rate:
        if spec.birth == "date":
            birth = birth.replace(year=birth.year + shift, day=min(birth.day, 28))
            row["birth_date"] = birth.strftime("%d.%m.%Y") if cyrillic else birth.isoformat()
        elif spec.birth == "year":
            row["birth_year"] = str(birth.year + shift)
        else:
            row["age"] = str(max(0, person.age_at_event - shift))
    if rng.random() >= spec.missing_rate:
        row["place_of_origin"] = place
    row["event_date"] = person.event_date.isoformat()
    if rng.random() < 0.5:
        row["event_place"] = _name_parts(_at_event_place(person), spec, rng)[3]
    row["status"] = person.last_status if spec.reports_later_status else person.first_status
    row["family_id"] = family_id if spec.family_ids else ""
    return row


def _at_event_place(person: Person) -> Person:
    return dataclasses.replace(person, place=person.event_place)
