"""The simulated population: households, people, and what happened to each of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from rightsledger.analysis.simulate import lexicon

__all__ = [
    "ARMENIAN_SURNAMES",
    "AZ_SURNAMES",
    "STATUS_PATHS",
    "Person",
    "make_population",
    "zipf_weights",
]

# The common surnames first, then the long tail derived from given names.
AZ_SURNAMES = lexicon.AZ_SURNAMES + lexicon.derived_surnames()
ARMENIAN_SURNAMES = lexicon.ARMENIAN_SURNAMES + lexicon.derived_armenian_surnames()

# (status first reported, status later reported) with their probabilities.
STATUS_PATHS: tuple[tuple[str, str, float], ...] = (
    ("killed", "killed", 0.30),
    ("injured", "injured", 0.24),
    ("captured", "released", 0.18),
    ("captured", "missing", 0.08),
    ("missing", "missing", 0.12),
    ("missing", "found dead", 0.08),
)
_EVENT_START = dt.date(1991, 11, 1)
_EVENT_DAYS = 900


@dataclasses.dataclass(slots=True)
class Person:
    """One simulated person. Name parts are indices into the lexicon of their ``origin``."""

    person_id: str
    household_id: str
    origin: str  # "az" or "hy": which name inventory the family's names come from
    sex: str
    given: int
    surname: int
    father: int
    birth_date: dt.date
    place: int
    event_place: int
    event_date: dt.date
    first_status: str
    last_status: str
    visibility: float  # how likely this person is to be documented at all (latent)

    @property
    def age_at_event(self) -> int:
        years = self.event_date.year - self.birth_date.year
        birthday_passed = (self.event_date.month, self.event_date.day) >= (
            self.birth_date.month,
            self.birth_date.day,
        )
        return years if birthday_passed else years - 1


def zipf_weights(count: int, exponent: float) -> list[float]:
    """Zipf-like weights: a few very common names and a long tail."""
    return [1.0 / (rank**exponent) for rank in range(1, count + 1)]


class _Draw:
    """Weighted draws from the name inventories, with cumulative weights cached."""

    def __init__(self, rng: random.Random, exponent: float, given_exponent: float = 0.8) -> None:
        self.rng = rng
        self._weights: dict[str, list[float]] = {}
        inventories = {
            "az_M": lexicon.AZ_MALE,
            "az_F": lexicon.AZ_FEMALE,
            "az_S": AZ_SURNAMES,
            "hy_M": lexicon.ARMENIAN_MALE,
            "hy_F": lexicon.ARMENIAN_FEMALE,
            "hy_S": ARMENIAN_SURNAMES,
            "place": lexicon.PLACES,
        }
        for key, inventory in inventories.items():
            is_surname = key.endswith("_S") or key == "place"
            self._weights[key] = zipf_weights(
                len(inventory), exponent if is_surname else given_exponent
            )
        self._indices = {key: list(range(len(w))) for key, w in self._weights.items()}

    def __call__(self, key: str) -> int:
        return self.rng.choices(self._indices[key], weights=self._weights[key])[0]


def _birth_date(rng: random.Random, event_year: int, age: int) -> dt.date:
    start = dt.date(event_year - age, 1, 1)
    return start + dt.timedelta(days=rng.randrange(365))


def _make_events(
    people: int, draw: _Draw, rng: random.Random
) -> dict[int, list[tuple[int, dt.date]]]:
    """A few events per place (shelling, an assault, a hostage-taking): (place, date)."""
    events: dict[int, list[tuple[int, dt.date]]] = {}
    for _ in range(max(3, people // 300)):
        place = draw("place")
        date = _EVENT_START + dt.timedelta(days=rng.randrange(_EVENT_DAYS))
        events.setdefault(place, []).append((place, date))
    return events


def make_population(people: int, rng: random.Random, surname_exponent: float) -> list[Person]:
    """Make ``people`` persons in households sharing surname, place and fate."""
    draw = _Draw(rng, surname_exponent)
    statuses = [(first, last) for first, last, _ in STATUS_PATHS]
    status_weights = [weight for _, _, weight in STATUS_PATHS]
    events = _make_events(people, draw, rng)
    persons: list[Person] = []
    household = 0
    while len(persons) < people:
        household += 1
        household_id = f"H{household:07d}"
        origin = "hy" if rng.random() < 0.06 else "az"
        surname = draw(f"{origin}_S")
        place = draw("place")
        # Most households are struck where they live; violence comes in a few large events.
        local = events.get(place) if rng.random() < 0.85 else None
        event_place, event_date = rng.choice(local or [e for v in events.values() for e in v])
        wiped_out = rng.random() < 0.03
        head_age = rng.randint(22, 80)
        head_given = draw(f"{origin}_M")
        members: list[tuple[str, int, int, int, int]] = []  # sex, given, surname, father, age
        members.append(("M", head_given, surname, draw(f"{origin}_M"), head_age))
        if rng.random() < 0.85:
            spouse_surname = surname if rng.random() < 0.7 else draw(f"{origin}_S")
            spouse_age = max(18, head_age + rng.randint(-8, 2))
            members.append(
                ("F", draw(f"{origin}_F"), spouse_surname, draw(f"{origin}_M"), spouse_age)
            )
        used: set[tuple[str, int]] = set()
        child_ages: set[int] = set()
        for _ in range(min(7, int(rng.expovariate(1 / 2.0)))):
            sex = rng.choice("MF")
            given = draw(f"{origin}_{sex}")
            if (sex, given) in used or (sex == "M" and given == head_given):
                continue  # siblings do not share a given name
            child_age = rng.randint(0, max(0, min(head_age - 18, 45)))
            if child_age in child_ages and rng.random() > 0.03:
                continue  # siblings are born in different years, twins aside
            used.add((sex, given))
            child_ages.add(child_age)
            members.append((sex, given, surname, head_given, child_age))
        if head_age < 55 and rng.random() < 0.2:
            members.append(("M", members[0][3], surname, draw(f"{origin}_M"), head_age + 26))
        path = rng.choices(statuses, weights=status_weights)[0]
        for sex, given, member_surname, father, age in members:
            if len(persons) >= people:
                break
            if not wiped_out and rng.random() < 0.5:
                path = rng.choices(statuses, weights=status_weights)[0]
            first, last = ("killed", "killed") if wiped_out else path
            persons.append(
                Person(
                    person_id=f"P{len(persons) + 1:07d}",
                    household_id=household_id,
                    origin=origin,
                    sex=sex,
                    given=given,
                    surname=member_surname,
                    father=father,
                    birth_date=_birth_date(rng, event_date.year, age),
                    place=place,
                    event_place=event_place,
                    event_date=event_date,
                    first_status=first,
                    last_status=last,
                    visibility=rng.gauss(0.0, 1.0),
                )
            )
    return persons
