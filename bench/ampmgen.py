"""A simulated population of missing persons and of remains recovered from burial sites,
with the truth known — to evaluate the ranking of candidates (``bench/ampm.py``).

This module imports nothing from Rightsledger: its assumptions come from how such data
look in practice, not from the ranking's rules.

* Persons go missing in events (a village raided on a date, people taken from a
  checkpoint): each event takes 10-80 people of nearby villages, mostly men of fighting age
  (about 80% of the missing in post-conflict registers are men), some women, children and
  elderly.  Some people go missing alone, on other dates.
* What families report (ante-mortem): sex (rarely unrecorded), birth year (or only an age,
  or nothing), where and when last seen (sometimes not known), height — reported heights
  run about 1.5 cm above measured stature and are rounded to 5 cm; often unknown.
* Some events' dead are buried in a primary mass grave near the place of the killing;
  some graves were later dug up and the remains moved to secondary graves 10-40 km away.
  Only part of the missing are ever found; a share of the remains belong to people no one
  reported.
* What pathologists estimate (post-mortem): sex from the pelvis and skull (about 95%
  right on complete skeletons, some only "probable"); age as a range whose width grows
  with age (dental and epiphyseal ages are tight; adult methods spread by 5-10 years and
  underestimate the old); stature from long bones (standard errors of 3-4 cm) given as a
  range of about ±5 cm.  Incomplete remains lack some of these.
* Teeth and clothing (``ampmgen_am``): dentists' records and families' recollections of
  teeth, the odontologist's chart of the remains, what families say the person wore and
  what was found on the body — drawn from a random generator of their own, so the rest of
  a seed's world is the same with them as without.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

import ampmgen_am as am

CENTRE = (40.0, 46.5)


@dataclass
class Person:
    id: int
    true_sex: str
    true_age: int
    true_stature: float
    village: int
    seen_on: dt.date
    # As reported by the family (None: not known).
    sex: str | None
    birth_year: int | None
    age: int | None
    last_seen: dt.date | None
    last_seen_at: tuple[float, float] | None
    height: tuple[float, float] | None
    dental_notes: str | None = None  # teeth and clothing: see ampmgen_am
    clothing: str | None = None


@dataclass
class Remains:
    tag: str
    person: int | None  # the truth: whose remains (None: nobody reported them)
    site: int
    sex_estimate: str
    age_range: tuple[int, int] | None
    stature_range: tuple[int, int] | None
    recovered: dt.date
    complete: bool
    dental: str | None = None  # the odontologist's chart and the clothing found (ampmgen_am)
    clothing: str | None = None


@dataclass
class Site:
    id: int
    point: tuple[float, float]
    event_date: dt.date | None  # known to the team for the grave (the killing's date)
    secondary: bool
    recorded_as: str | None = None  # "primary" / "secondary" as the team recorded it, or None


@dataclass
class World:
    villages: list[tuple[float, float]]
    persons: list[Person] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    remains: list[Remains] = field(default_factory=list)


def _offset(point: tuple[float, float], km: float, rng: random.Random) -> tuple[float, float]:
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = km * math.cos(bearing) / 111.0
    dlon = km * math.sin(bearing) / (111.0 * math.cos(math.radians(point[0])))
    return point[0] + dlat, point[1] + dlon


def _age(rng: random.Random) -> int:
    group = rng.random()
    if group < 0.75:
        return rng.randint(18, 60)
    if group < 0.87:
        return rng.randint(61, 85)
    return rng.randint(5, 17)


def _stature(sex: str, age: int, rng: random.Random) -> float:
    if age < 16:
        return max(100.0, 110 + (age - 5) * 5.5 + rng.gauss(0, 6))
    mean, sd = (175.0, 7.0) if sex == "male" else (162.0, 6.0)
    return rng.gauss(mean, sd) - max(0, age - 60) * 0.15


def _reported(p_true: float, rng: random.Random) -> bool:
    return rng.random() < p_true


def _person(pid: int, village: int, point: tuple[float, float], day: dt.date,
            rng: random.Random) -> Person:  # fmt: skip
    sex = "male" if rng.random() < 0.8 else "female"
    age = _age(rng)
    stature = _stature(sex, age, rng)
    birth_year = day.year - age - (1 if rng.random() < 0.4 else 0)
    known = rng.random()
    height = None
    if _reported(0.7, rng):
        said = stature + rng.gauss(1.5, 3.0)
        if rng.random() < 0.7:
            value = 5 * round(said / 5)
            height = (float(value), float(value))
        else:
            low = 5 * math.floor(said / 5)
            height = (float(low), float(low + 5))
    return Person(
        pid, sex, age, stature, village, day,
        sex=sex if _reported(0.98, rng) else None,
        birth_year=birth_year if known < 0.85 else None,
        age=age if 0.85 <= known < 0.93 else None,
        last_seen=day if _reported(0.85, rng) else None,
        last_seen_at=_offset(point, rng.uniform(0, 1.5), rng) if _reported(0.85, rng) else None,
        height=height,
    )  # fmt: skip


def _age_range(age: int, rng: random.Random) -> tuple[int, int]:
    sd = 2.0 if age < 18 else 5.0 if age < 35 else 8.0 if age < 50 else 10.0
    bias = -5.0 if age >= 60 else 0.0
    estimate = age + bias + rng.gauss(0, sd)
    low = max(0, 5 * math.floor((estimate - 1.5 * sd) / 5))
    high = 5 * math.ceil((estimate + 1.5 * sd) / 5)
    return int(low), int(max(high, low + 5))


def _sex_estimate(sex: str, complete: bool, rng: random.Random) -> str:
    other = "female" if sex == "male" else "male"
    draw = rng.random()
    right, probable, undetermined = (0.90, 0.06, 0.015) if complete else (0.55, 0.15, 0.25)
    if draw < right:
        return sex
    if draw < right + probable:
        return f"probably_{sex}"
    if draw < right + probable + undetermined:
        return "undetermined"
    return other if draw < right + probable + undetermined + 0.015 else f"probably_{other}"


def _examine(tag: str, who: int | None, sex: str, age: int, stature: float, site: int,
             recovered: dt.date, rng: random.Random) -> Remains:  # fmt: skip
    complete = rng.random() < 0.7
    stature_range = None
    if complete or rng.random() < 0.4:
        estimate = stature + rng.gauss(0, 3.5)
        stature_range = (round(estimate - 5), round(estimate + 5))
    return Remains(
        tag, who, site, _sex_estimate(sex, complete, rng),
        _age_range(age, rng) if complete or rng.random() < 0.6 else None,
        stature_range, recovered, complete and stature_range is not None,
    )  # fmt: skip


def simulate(missing: int = 2000, seed: int = 1, found_share: float = 0.3) -> World:
    """About ``missing`` persons reported missing; remains for about ``found_share`` of
    those taken in events, and 10% more of people no one reported."""
    rng = random.Random(seed)
    villages = [_offset(CENTRE, rng.uniform(0, 60), rng) for _ in range(max(10, missing // 60))]
    world = World(villages)
    start = dt.date(1992, 1, 1)
    pid = 0
    graves: list[tuple[Site, list[int]]] = []
    while pid < missing:
        day = start + dt.timedelta(days=rng.randint(0, 3 * 365))
        village = rng.randrange(len(villages))
        if rng.random() < 0.15:  # someone missing alone
            world.persons.append(_person(pid, village, villages[village], day, rng))
            pid += 1
            continue
        taken = [_person(pid + i, village, villages[village], day, rng)
                 for i in range(min(rng.randint(10, 80), missing - pid))]  # fmt: skip
        pid += len(taken)
        world.persons.extend(taken)
        if rng.random() < 0.5:
            continue  # this event's dead were never found
        site = Site(len(world.sites), _offset(villages[village], rng.uniform(0.5, 8), rng),
                    day if rng.random() < 0.8 else None, False)  # fmt: skip
        if rng.random() < 0.3:  # robbed out and moved to a secondary grave
            site = Site(site.id, _offset(site.point, rng.uniform(10, 40), rng),
                        site.event_date, True)  # fmt: skip
        world.sites.append(site)
        buried = [p.id for p in taken if rng.random() < min(1.0, found_share * 2)]
        graves.append((site, buried))
    tag = 0
    for site, buried in graves:
        recovered = dt.date(1996, 1, 1) + dt.timedelta(days=rng.randint(0, 16 * 365))
        strangers = [None] * max(0, round(len(buried) * 0.1))
        for who in [*buried, *strangers]:
            tag += 1
            if who is None:
                sex = "male" if rng.random() < 0.8 else "female"
                age = _age(rng)
                stature = _stature(sex, age, rng)
            else:
                person = world.persons[who]
                sex, age, stature = person.true_sex, person.true_age, person.true_stature
            world.remains.append(_examine(f"S{site.id}-{tag:05d}", who, sex, age, stature,
                                          site.id, recovered, rng))  # fmt: skip
    _teeth_and_clothing(world, seed)
    _what_the_team_recorded(world, seed)
    return world


def _what_the_team_recorded(world: World, seed: int) -> None:
    """Whether a grave is primary or secondary, as the team recorded it: forensic
    archaeologists tell a disturbed, commingled, robbed-out deposit from an undisturbed one
    most of the time, but a quarter of sites are recorded as "mass grave" only and now and
    then one is recorded wrongly.  (A generator of its own: the world is otherwise as it was.)"""
    rng = random.Random(f"site-records-{seed}")
    for site in world.sites:
        draw = rng.random()
        if draw < 0.25:
            continue
        wrong = draw > 0.95
        site.recorded_as = "secondary" if site.secondary != wrong else "primary"


def _teeth_and_clothing(world: World, seed: int) -> None:
    """Teeth and clothing (``ampmgen_am``), drawn from a generator of their own so that
    everything else in the world is what it was without them."""
    rng = random.Random(f"teeth-and-clothing-{seed}")
    uniformed = {}
    teeth, worn = {}, {}
    for p in world.persons:
        event = (p.village, p.seen_on)
        if event not in uniformed:
            uniformed[event] = rng.random() < 0.2
        teeth[p.id] = am.true_teeth(p.true_age, rng)
        worn[p.id] = am.outfit(p.seen_on.month, uniformed[event] and p.true_sex == "male"
                               and p.true_age >= 16, rng)  # fmt: skip
        p.dental_notes = am.ante_mortem_dental(teeth[p.id], p.true_age, rng)
        p.clothing = am.family_clothing(worn[p.id], rng)
    by_site: dict[int, list[am.Outfit]] = {}
    for r in world.remains:
        if r.person is None:  # nobody reported them: a mouth and clothes of their own
            teeth[-1] = am.true_teeth(rng.randint(18, 60), rng)
            worn[-1] = am.outfit(rng.randint(1, 12), False, rng)
        who = r.person if r.person is not None else -1
        seen_on = world.persons[r.person].seen_on if r.person is not None else r.recovered
        years = max(0.0, (r.recovered - seen_on).days / 365.25)
        r.dental = am.post_mortem_dental(teeth[who], r.complete, rng)
        r.clothing = am.found_clothing(worn[who], years, by_site.get(r.site, []), rng)
        by_site.setdefault(r.site, []).append(worn[who])
