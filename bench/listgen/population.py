"""The people behind the generated lists: households, relatives, namesakes and their fates.

Households share a surname, a place and the event that struck them: siblings share
surname, father, household, place and event and differ by given name and birth year; a
mother and her daughter share surname and place; namesakes (cousins named after one
grandfather) share surname, given name and village and differ by father or birth year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from listgen.inventory import Drawer, Inventory, make_places
from listgen.spell import modern_surname

# (first status reported, later status), weight
STATUS_PATHS = (
    (("killed", "killed"), 34), (("injured", "injured"), 14), (("captured", "released"), 15),
    (("captured", "killed"), 5), (("captured", "missing"), 8), (("missing", "missing"), 10),
    (("missing", "found_dead"), 8), (("injured", "killed"), 6),
)  # fmt: skip


@dataclasses.dataclass(frozen=True, slots=True)
class Person:
    person_id: str
    household: str
    origin: str  # "az" or "hy"
    sex: str  # "M" or "F"
    given: int  # index into the inventory's names of this origin and sex
    surname: int  # index into the inventory's surnames of this origin
    modern_surname: str  # the post-1991 Azerbaijani form some lists use, or ""
    father: int  # index into the male names of this origin
    birth: dt.date
    place: int
    event_place: int
    event_date: dt.date
    statuses: tuple[str, str]
    visibility: float


@dataclasses.dataclass
class _Household:
    origin: str
    surname: int
    place: int
    event_place: int
    event_date: dt.date
    modern: str
    tag: str


def _events(places: int, rng: random.Random) -> list[tuple[int, dt.date]]:
    """Per place, the event that struck it: where (the place or a neighbour) and when."""
    start = dt.date(1988, 2, 1)
    out = []
    for place in range(places):
        where = place if rng.random() < 0.8 else (place + rng.choice((-1, 1))) % places
        out.append((where, start + dt.timedelta(days=rng.randint(0, 6 * 365))))
    return out


def _birth(rng: random.Random, event: dt.date, age: int) -> dt.date:
    anniversary = dt.date(event.year - age, event.month, min(event.day, 28))
    return anniversary - dt.timedelta(days=rng.randint(0, 364))


class _Builder:
    def __init__(self, inventory: Inventory, people: int, rng: random.Random) -> None:
        self.inv = inventory
        self.rng = rng
        self.persons: list[Person] = []
        self.draw = {
            (origin, kind): Drawer(items, rng)
            for kind, table in (
                ("M", inventory.male),
                ("F", inventory.female),
                ("S", inventory.surnames),
            )
            for origin, items in table.items()
        }
        place_count = max(20, min(1800, people // 120))
        self.places = make_places(place_count, rng)
        self.events = _events(place_count, rng)

    def name(self, origin: str, kind: str) -> int:
        return self.draw[(origin, kind)].index()

    def add(self, home: _Household, sex: str, given: int, surname: int, father: int,
            age: int, modern: str, statuses: tuple[str, str]) -> Person:  # fmt: skip
        person = Person(
            person_id=f"Q{len(self.persons) + 1:07d}",
            household=home.tag,
            origin=home.origin,
            sex=sex,
            given=given,
            surname=surname,
            modern_surname=modern,
            father=father,
            birth=_birth(self.rng, home.event_date, max(0, age)),
            place=home.place,
            event_place=home.event_place,
            event_date=home.event_date,
            statuses=statuses,
            visibility=self.rng.gauss(0.0, 1.0),
        )
        self.persons.append(person)
        return person

    def status(self) -> tuple[str, str]:
        paths, weights = zip(*STATUS_PATHS, strict=True)
        return self.rng.choices(paths, weights)[0]

    def household(self, number: int) -> None:
        rng = self.rng
        origin = "hy" if rng.random() < 0.07 else "az"
        place = rng.randrange(len(self.places))
        event_place, event_date = self.events[place]
        surname = self.name(origin, "S")
        modern = ""
        if origin == "az" and rng.random() < 0.06:
            modern = modern_surname(self.inv.surnames["az"][surname].az[0], rng)
        home = _Household(origin, surname, place, event_place, event_date, modern,
                          f"HH{number:07d}")  # fmt: skip
        wiped_out = rng.random() < 0.04
        shared = self.status()

        def fate() -> tuple[str, str]:
            if wiped_out:
                return ("killed", "killed")
            return shared if rng.random() < 0.5 else self.status()

        head_given, head_age = self.name(origin, "M"), rng.randint(20, 78)
        members = [self.add(home, "M", head_given, surname, self.name(origin, "M"), head_age,
                            modern, fate())]  # fmt: skip
        if rng.random() < 0.8:
            keeps_own = rng.random() < 0.35
            wife_surname = self.name(origin, "S") if keeps_own else surname
            members.append(self.add(home, "F", self.name(origin, "F"), wife_surname,
                                    self.name(origin, "M"), head_age - rng.randint(0, 9),
                                    "" if keeps_own else modern, fate()))  # fmt: skip
        if head_age < 58 and rng.random() < 0.2:  # the head's widowed mother
            members.append(self.add(home, "F", self.name(origin, "F"), surname,
                                    self.name(origin, "M"), head_age + rng.randint(19, 35),
                                    modern, fate()))  # fmt: skip
        used = {("M", head_given)}
        ages: set[int] = set()
        for _ in range(min(7, int(rng.expovariate(1 / 2.2)))):
            sex = rng.choice("MF")
            given = self.name(origin, sex)
            age = rng.randint(0, max(0, min(head_age - 18, 40)))
            twins = rng.random() < 0.03
            if (sex, given) in used or (age in ages and not twins):
                continue  # siblings have their own names and, twins aside, birth years
            used.add((sex, given))
            ages.add(age)
            members.append(self.add(home, sex, given, surname, head_given, age, modern, fate()))

    def namesake(self, model: Person, number: int) -> None:
        """A man of the same village with the same given name and surname."""
        rng = self.rng
        home = _Household(model.origin, model.surname, model.place, model.event_place,
                          model.event_date, model.modern_surname, f"HN{number:07d}")  # fmt: skip
        father = model.father
        age = model.event_date.year - model.birth.year
        if rng.random() < 0.65:
            while father == model.father:
                father = self.name(model.origin, "M")
            age = max(18, age + rng.randint(-15, 15))
        else:
            age = max(18, age + rng.choice((-1, 1)) * rng.randint(4, 20))
        self.add(home, "M", model.given, model.surname, father, age, model.modern_surname,
                 self.status())  # fmt: skip


def make_population(people: int, inventory: Inventory, rng: random.Random) -> tuple[
    list[Person], list[str]
]:  # fmt: skip
    """Return ``people`` persons and the place names (Azerbaijani Latin) they refer to."""
    builder = _Builder(inventory, people, rng)
    number = 0
    while len(builder.persons) < people:
        number += 1
        builder.household(number)
        if rng.random() < 0.05 and builder.persons:
            men = [p for p in builder.persons[-8:] if p.sex == "M"]
            if men:
                number += 1
                builder.namesake(rng.choice(men), number)
    return builder.persons[:people], builder.places
