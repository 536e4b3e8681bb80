"""The lists: who is on each, and how each writes a person, with its own habits and slips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from typing import Any

from listgen import spell
from listgen.inventory import Inventory, NameForm
from listgen.population import Person

COLUMNS = (
    "record_id", "full_name", "given_name", "surname", "patronymic", "sex", "birth_date",
    "birth_year", "age", "place_of_origin", "event_date", "event_place", "status",
    "family_id",
)  # fmt: skip
CONVENTIONS = ("az_latin", "ru_cyrillic", "en_from_ru", "en_from_az", "hy_armenian")


@dataclasses.dataclass(frozen=True, slots=True)
class ListSpec:
    """One organisation's list: reach, convention, layouts (with weights) and error rates."""

    name: str
    convention: str
    layouts: dict[str, float]  # fields | sgp | gps | gs | sg | s_init | init_s
    birth: str  # date | year | age
    reach: float
    focus: dict[str, float]  # relative reach by first reported status
    later_status: bool
    patronymic_rate: float
    initial_rate: float
    typo_rate: float
    year_error_rate: float = 0.08
    missing_rate: float = 0.08
    duplicate_rate: float = 0.015
    family_ids: bool = False
    sex_given: bool = True
    ru_system: str = "icao"


_ANY = {"killed": 1.0, "injured": 1.0, "captured": 1.0, "missing": 1.0}
SPECS: tuple[ListSpec, ...] = (
    ListSpec("ombudsman_az", "az_latin", {"sgp": 0.8, "gps": 0.1, "sg": 0.05, "s_init": 0.05},
             "date", 0.45, _ANY, False, 0.9, 0.05, 0.02),
    ListSpec("commission_az", "az_latin", {"fields": 1.0}, "year", 0.35, _ANY, True, 0.8,
             0.08, 0.03, family_ids=True),
    ListSpec("hospital_ru", "ru_cyrillic", {"sgp": 0.7, "s_init": 0.2, "gps": 0.1}, "year",
             0.35, {"killed": 0.5, "injured": 2.2, "captured": 0.3, "missing": 0.3}, False,
             0.85, 0.2, 0.05),
    ListSpec("archive_ru", "ru_cyrillic", {"fields": 1.0}, "date", 0.35,
             {"killed": 1.6, "injured": 0.2, "captured": 1.0, "missing": 1.2}, True, 0.9,
             0.05, 0.04, sex_given=False),
    ListSpec("icrc_en", "en_from_ru", {"fields": 0.7, "sgp": 0.2, "init_s": 0.1}, "date",
             0.35, {"killed": 0.3, "injured": 0.3, "captured": 2.0, "missing": 1.8}, True,
             0.7, 0.1, 0.03, family_ids=True, ru_system="icao"),
    ListSpec("press_en", "en_from_ru", {"gs": 0.5, "gps": 0.3, "sgp": 0.2}, "age", 0.2, _ANY,
             False, 0.4, 0.1, 0.06, ru_system="legacy"),
    ListSpec("ngo_en", "en_from_az", {"gs": 0.45, "gps": 0.25, "sg": 0.15, "init_s": 0.15},
             "age", 0.35, _ANY, True, 0.45, 0.12, 0.05, sex_given=False),
    ListSpec("armenian_hy", "hy_armenian", {"sgp": 0.6, "sg": 0.4}, "year", 0.25, _ANY, True,
             0.5, 0.05, 0.03),
)  # fmt: skip

_SEX_WORDS = {
    "az_latin": ("kişi", "qadın"), "ru_cyrillic": ("м", "ж"), "en_from_ru": ("M", "F"),
    "en_from_az": ("M", "F"), "hy_armenian": ("արական", "իգական"),
}  # fmt: skip


def capture(persons: list[Person], specs: tuple[ListSpec, ...], scale: float,
            rng: random.Random) -> list[list[int]]:  # fmt: skip
    """Per list, who is on it: reach, what happened to the person, and shared visibility."""
    out = []
    for spec in specs:
        members = []
        for index, person in enumerate(persons):
            rate = min(0.95, scale * spec.reach * spec.focus.get(person.statuses[0], 1.0))
            logit = math.log(rate / (1 - rate)) + 0.7 * person.visibility
            if rng.random() < 1 / (1 + math.exp(-logit)):
                members.append(index)
        out.append(members)
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class Parts:
    given: str
    surname: str
    patronymic: str
    father_initial: str


class Writer:
    """Writes persons as rows of one list."""

    def __init__(self, spec: ListSpec, inventory: Inventory, places: list[str],
                 rng: random.Random) -> None:  # fmt: skip
        self.spec = spec
        self.inv = inventory
        self.places = places
        self.rng = rng

    # --- names -----------------------------------------------------------------------
    def _pick(self, values: tuple[str, ...]) -> str:
        if len(values) == 1 or self.rng.random() < 0.7:
            return values[0]
        return self.rng.choice(values[1:])

    def _forms(self, person: Person) -> tuple[NameForm, NameForm, NameForm]:
        given_table = self.inv.male if person.sex == "M" else self.inv.female
        return (
            given_table[person.origin][person.given],
            self.inv.surnames[person.origin][person.surname],
            self.inv.male[person.origin][person.father],
        )

    def _word(self, form: NameForm, style: dict[str, str], ru_system: str) -> tuple[str, str]:
        """(written form, Russian form it came from) of one name in this list's convention."""
        conv, rng = self.spec.convention, self.rng
        ru = self._pick(form.ru)
        if conv == "az_latin":
            return self._pick(form.az), ru
        if conv == "ru_cyrillic":
            return ru, ru
        if conv == "en_from_ru":
            return spell.ru_to_en(ru, ru_system, dj=rng.random() < 0.15), ru
        if conv == "en_from_az":
            if form.en and rng.random() < 0.3:
                return self._pick(form.en), ru
            return spell.az_to_en(self._pick(form.az), style), ru
        if form.hy:
            return form.hy, ru
        if rng.random() < 0.5:
            return spell.to_armenian(ru, "ru"), ru
        return spell.to_armenian(self._pick(form.az), "az"), ru

    def parts(self, person: Person) -> Parts:
        conv, rng = self.spec.convention, self.rng
        female = person.sex == "F"
        style = spell.az_style(rng)
        system = self.spec.ru_system if rng.random() < 0.85 else rng.choice(("icao", "legacy"))
        given_form, surname_form, father_form = self._forms(person)
        given, _ = self._word(given_form, style, system)
        father, father_ru = self._word(father_form, style, system)
        surname, surname_ru = self._word(surname_form, style, system)
        modern = person.modern_surname
        if modern and conv in ("az_latin", "en_from_az") and rng.random() < 0.75:
            surname = modern if conv == "az_latin" else spell.az_to_en(modern, style)
        if female and person.origin == "az":
            if conv == "ru_cyrillic":
                surname = spell.feminine_surname(surname, "ru")
            elif conv == "hy_armenian":
                surname = spell.to_armenian(spell.feminine_surname(surname_ru, "ru"), "ru")
            elif conv == "en_from_ru":
                surname_fem = spell.feminine_surname(surname_ru, "ru")
                surname = spell.ru_to_en(surname_fem, system)
            else:
                surname = spell.feminine_surname(surname, "latin")
        patronymic = self._patronymic(person, father, father_ru, style, system)
        return Parts(given, surname, patronymic, spell.initial(father, rng))

    def _patronymic(self, person: Person, father: str, father_ru: str,
                    style: dict[str, str], system: str) -> str:  # fmt: skip
        conv, rng = self.spec.convention, self.rng
        female = person.sex == "F"
        azerbaijani = person.origin == "az"
        if conv == "az_latin":
            if not azerbaijani and rng.random() < 0.7:
                return ""
            return f"{father} {'qızı' if female else 'oğlu'}"
        if conv == "ru_cyrillic":
            if azerbaijani and rng.random() < 0.35:
                return f"{father} {'кызы' if female else 'оглы'}"
            return spell.ru_patronymic(father_ru, female)
        if conv == "en_from_ru":
            return spell.ru_to_en(spell.ru_patronymic(father_ru, female), system)
        if conv == "en_from_az":
            if not azerbaijani:
                return ""
            marker = rng.choice(("gizi", "qizi", "kizi", "kyzy") if female
                                else ("oglu", "oghlu", "ogly"))  # fmt: skip
            return f"{father} {marker}"
        if not azerbaijani:
            return father + "ի"  # Armenian genitive: Սամվելի, "of Samvel"
        return spell.to_armenian(spell.ru_patronymic(father_ru, female), "ru")

    # --- a row -----------------------------------------------------------------------
    def row(self, person: Person, record_id: str, family_id: str) -> dict[str, Any]:
        spec, rng = self.spec, self.rng
        parts = self.parts(person)
        given, surname, patronymic = parts.given, parts.surname, parts.patronymic
        if rng.random() < spec.typo_rate:
            given = spell.typo(given, rng)
        if rng.random() < spec.typo_rate:
            surname = spell.typo(surname, rng)
        if rng.random() < spec.typo_rate / 2 and patronymic:
            patronymic = spell.typo(patronymic, rng)
        if rng.random() >= spec.patronymic_rate:
            patronymic = ""
        layouts, weights = zip(*spec.layouts.items(), strict=True)
        layout = rng.choices(layouts, weights)[0]
        initials = rng.random() < spec.initial_rate or layout in ("s_init", "init_s")
        row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
        row["record_id"] = record_id
        row["abbreviated"] = initials
        if initials:
            given = spell.initial(given, rng)
            patronymic = parts.father_initial if patronymic and rng.random() < 0.7 else ""
        if layout == "fields":
            row.update(given_name=given, surname=surname, patronymic=patronymic)
        else:
            row["full_name"] = self._full_name(layout, given, surname, patronymic, initials)
        self._facts(person, row)
        row["family_id"] = family_id if spec.family_ids else ""
        return row

    def _full_name(self, layout: str, given: str, surname: str, patronymic: str,
                   initials: bool) -> str:  # fmt: skip
        if initials and patronymic and layout in ("s_init", "init_s", "sgp", "gps"):
            letters = given + patronymic  # "H.V."
            return f"{surname} {letters}" if layout in ("s_init", "sgp") else f"{letters} {surname}"
        order = {
            "sgp": (surname, given, patronymic), "gps": (given, patronymic, surname),
            "gs": (given, surname), "sg": (surname, given), "s_init": (surname, given),
            "init_s": (given, surname),
        }[layout]  # fmt: skip
        return " ".join(part for part in order if part)

    def _facts(self, person: Person, row: dict[str, Any]) -> None:
        spec, rng = self.spec, self.rng
        conv = spec.convention
        if spec.sex_given and rng.random() > spec.missing_rate:
            row["sex"] = _SEX_WORDS[conv][person.sex == "F"]
        shift = 0
        if rng.random() < spec.year_error_rate:
            shift = rng.choice((-2, -1, -1, 1, 1, 2))
        birth = person.birth
        if rng.random() > spec.missing_rate:
            if spec.birth == "date":
                birth = birth.replace(year=birth.year + shift, day=min(birth.day, 28))
                dotted = conv in ("ru_cyrillic", "az_latin") and rng.random() < 0.7
                row["birth_date"] = birth.strftime("%d.%m.%Y") if dotted else birth.isoformat()
            elif spec.birth == "year":
                row["birth_year"] = str(birth.year + shift)
            else:
                age = person.event_date.year - birth.year
                if (person.event_date.month, person.event_date.day) < (birth.month, birth.day):
                    age -= 1
                row["age"] = str(max(0, age - shift))
        if rng.random() > spec.missing_rate * 2:
            row["place_of_origin"] = self._place(person.place)
        if rng.random() > spec.missing_rate:
            date = person.event_date
            if rng.random() < 0.05:
                date += dt.timedelta(days=rng.randint(-3, 3))
            row["event_date"] = date.isoformat()
        if rng.random() < 0.6:
            where = person.event_place
            if rng.random() < 0.1:
                where = (where + rng.choice((-1, 1))) % len(self.places)  # a neighbouring place
            row["event_place"] = self._place(where)
        row["status"] = person.statuses[1] if spec.later_status else person.statuses[0]

    def _place(self, index: int) -> str:
        name = self.places[index]
        conv = self.spec.convention
        if conv == "az_latin":
            return name
        if conv == "en_from_az":
            return spell.az_to_en(name, spell.az_style(self.rng))
        russian = spell.az_to_ru(name)
        if conv == "ru_cyrillic":
            return russian
        if conv == "en_from_ru":
            return spell.ru_to_en(russian, self.spec.ru_system)
        return spell.to_armenian(russian, "ru")
