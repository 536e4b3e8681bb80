"""Ranking missing persons as candidates for a remains case (ante-mortem/post-mortem).

Django-free: the inputs are plain profiles, the output a ranked list in which every
candidate carries the reasons for its place, each a code with its figures and its points
(rendered in words by ``missing.candidates``).  Nothing here identifies anyone: the list
tells a team whose families to ask for reference samples first.

Each comparison adds points: the natural logarithm of how much more likely the person's
data are if the remains are theirs than if they are a stranger's (a likelihood ratio, as
in naive Bayes).  Unknown data add nothing.  The assumptions, from forensic practice:

* sex — estimates from complete skeletons are right about 95 times in 100 ("probably":
  about 80); a disagreement costs much but does not exclude;
* age — the person's age when last seen against the estimated range, read as a normal
  distribution whose middle 87% is the range (±1.5 standard deviations), beside ages
  spread evenly over 60 years;
* stature — the reported height (families report about 1.5 cm above the measured stature,
  with 3 cm of error, and round) against the estimated range read the same way, beside a
  population of standard deviation 9 cm around 170 cm;
* place — where the person was last seen and the site: most of the dead lie within about
  5 km of where they were taken (primary graves), a quarter farther (moved remains, mean
  25 km), beside distances spread evenly over 60 km; where the site is recorded as a
  primary grave nine in ten lie near, as a secondary grave one in ten;
* teeth — the dental notes against the odontologist's chart, tooth by tooth
  (``missing.dental``): a feature found on both weighs by its rarity, a contradiction no
  treatment or post-mortem loss explains weighs heavily against;
* clothing and belongings — the words both descriptions share, each by its rarity among
  the other persons' descriptions (``missing.clothing``); capped, as clothing misleads;
* date — a person last seen after the remains were recovered cannot be them (excluded).
  Against the burial date known for the site: seen alive after it (beyond 3 days of
  uncertainty) is most unlikely; seven in ten victims of a grave die within a week of being
  last seen, the others after a wait of about three months on average (detention), beside
  dates spread evenly over three years.

Age and stature are soft: beside the normal reading of the range, a small share
(``GROSS_ERROR``) of records are simply wrong — a birth year mistyped, a height in the
wrong unit, an estimate from the wrong method — so a person far outside a range loses many
points but is never pushed below everyone whose data say nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rightsledger.missing import clothing, dental

LOG_2PI_HALF = 0.5 * math.log(2 * math.pi)
SEX_ESTIMATE = {"female": ("female", 0.95), "probably_female": ("female", 0.8),
                "male": ("male", 0.95), "probably_male": ("male", 0.8)}  # fmt: skip
SEX_SHARE = 0.5  # a stranger's sex agrees with the estimate half the time
AGE_SPREAD_YEARS = 60.0
HEIGHT_REPORT_BIAS, HEIGHT_REPORT_SD = 1.5, 3.0
POPULATION_STATURE, POPULATION_STATURE_SD = 170.0, 9.0
NEAR_SD_KM, NEAR_SHARE, FAR_MEAN_KM, DISTANCE_SPREAD_KM = 5.0, 0.75, 25.0, 60.0
# The share of the dead near where they were taken, by what the site is recorded as: a
# primary grave holds mostly the dead of nearby; a secondary grave holds remains moved there.
NEAR_SHARE_BY_KIND = {"primary": 0.9, "secondary": 0.1, None: NEAR_SHARE}
QUICK_SHARE, QUICK_DAYS, WAIT_MEAN_DAYS, DATE_SPREAD_DAYS = 0.7, 7.0, 90.0, 3 * 365.0
SEEN_AFTER_BURIAL = -6.0
SLACK_DAYS = 3
FLOOR = -8.0  # one comparison never weighs more than this against a candidate
GROSS_ERROR = 0.03  # a record (age, height) simply wrong, beside its usual error
AGE_ROUNDING_SD = 0.5  # an age from a birth year is a year out half the time


@dataclass(frozen=True)
class MissingProfile:
    key: int
    sex: str | None = None  # "female" / "male"; None when not recorded
    age_when_last_seen: float | None = None
    last_seen: dt.date | None = None
    last_seen_point: tuple[float, float] | None = None  # (latitude, longitude)
    height: tuple[float, float] | None = None  # reported, cm (a value is a range of one)
    dental: str = ""  # dental notes, as written
    clothing: str = ""  # clothing and belongings, as described


@dataclass(frozen=True)
class RemainsProfile:
    estimated_sex: str = "undetermined"
    age: tuple[float, float] | None = None
    stature: tuple[float, float] | None = None
    point: tuple[float, float] | None = None  # the site (latitude, longitude)
    recovered: dt.date | None = None
    burial_date: dt.date | None = None  # the date known for the site's event
    grave: str | None = None  # "primary" / "secondary" (remains moved there); None: not known
    dental: str = ""  # the odontologist's findings
    clothing: str = ""  # clothing and effects found with the remains


@dataclass(frozen=True)
class Reason:
    code: str  # e.g. "sex_agrees", "age_outside"
    points: float
    figures: Mapping[str, float | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    key: int
    score: float
    excluded: bool
    reasons: tuple[Reason, ...]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _log_normal_density(x: float, mean: float, sd: float) -> float:
    return -0.5 * ((x - mean) / sd) ** 2 - math.log(sd) - LOG_2PI_HALF


def _range_as_normal(low: float, high: float, floor_sd: float) -> tuple[float, float]:
    """A range read as mean ± 1.5 standard deviations (never narrower than ``floor_sd``)."""
    return (low + high) / 2, max(floor_sd, (high - low) / 3)


@dataclass(frozen=True)
class Population:
    """What the case's remains show, as a stranger's would: how often each tooth is filled,
    crowned or missing on their charts, and each word in their clothing."""

    teeth: dental.Shares
    clothing: clothing.Shares

    @classmethod
    def of(cls, remains: Iterable[RemainsProfile]) -> Population:
        remains = list(remains)
        return cls(dental.Shares.of(r.dental for r in remains),
                   clothing.Shares.of(r.clothing for r in remains))  # fmt: skip


class _Remains:
    """What a remains profile gives, prepared once for comparing with every person."""

    def __init__(self, remains: RemainsProfile, population: Population | None = None) -> None:
        self.profile = remains
        self.population = population or Population.of(())
        self.sex = SEX_ESTIMATE.get(remains.estimated_sex)
        self.age = _range_as_normal(*remains.age, 1.0) if remains.age else None
        self.stature = _range_as_normal(*remains.stature, 1.0) if remains.stature else None


def _sex(person: MissingProfile, r: _Remains) -> Reason | None:
    if r.sex is None or person.sex not in ("female", "male"):
        return None
    sex, right = r.sex
    if sex == person.sex:
        return Reason("sex_agrees", math.log(right / SEX_SHARE), {"sex": sex})
    return Reason("sex_differs", math.log((1 - right) / SEX_SHARE),
                  {"sex": person.sex, "estimate": r.profile.estimated_sex})  # fmt: skip


def _soft(log_density: float, spread: float) -> float:
    """log of (1 − GROSS_ERROR) × density + GROSS_ERROR × an even density over ``spread``."""
    wrong = math.log(GROSS_ERROR / spread)
    high = max(log_density, wrong)
    right = math.log(1 - GROSS_ERROR) + log_density
    return high + math.log(math.exp(right - high) + math.exp(wrong - high))


def _age(person: MissingProfile, r: _Remains) -> Reason | None:
    if r.age is None or person.age_when_last_seen is None or r.profile.age is None:
        return None
    age = person.age_when_last_seen
    low, high = r.profile.age
    mean, sd = r.age
    density = _log_normal_density(age, mean, math.hypot(sd, AGE_ROUNDING_SD))
    points = max(FLOOR, _soft(density, AGE_SPREAD_YEARS) + math.log(AGE_SPREAD_YEARS))
    figures = {"age": round(age), "low": low, "high": high}
    if low <= age <= high:
        return Reason("age_inside", points, figures)
    return Reason("age_outside", points, {**figures, "off": round(min(abs(age - low),
                                                                       abs(age - high)))})  # fmt: skip


def _stature(person: MissingProfile, r: _Remains) -> Reason | None:
    if r.stature is None or person.height is None or r.profile.stature is None:
        return None
    low, high = person.height
    reported = (low + high) / 2 - HEIGHT_REPORT_BIAS
    mean, sd = r.stature
    # The reported height's own error and rounding widen the comparison.
    spread = math.sqrt(sd**2 + HEIGHT_REPORT_SD**2 + (high - low + 5) ** 2 / 12)
    stranger = _log_normal_density(reported, POPULATION_STATURE, POPULATION_STATURE_SD)
    points = _soft(_log_normal_density(reported, mean, spread), 6 * POPULATION_STATURE_SD) - (
        _soft(stranger, 6 * POPULATION_STATURE_SD))  # fmt: skip
    figures = {"height_low": low, "height_high": high,
               "low": r.profile.stature[0], "high": r.profile.stature[1]}  # fmt: skip
    gap = max(0.0, r.profile.stature[0] - high, low - r.profile.stature[1])
    code = "stature_overlaps" if gap == 0 else "stature_apart"
    return Reason(code, max(FLOOR, points), {**figures, "gap": round(gap)})


def _place(person: MissingProfile, r: _Remains) -> Reason | None:
    if r.profile.point is None or person.last_seen_point is None:
        return None
    km = distance_km(person.last_seen_point, r.profile.point)
    share = NEAR_SHARE_BY_KIND.get(r.profile.grave, NEAR_SHARE)
    near = share * 2 * math.exp(-0.5 * (km / NEAR_SD_KM) ** 2) / (NEAR_SD_KM * math.sqrt(
        2 * math.pi))  # fmt: skip
    far = (1 - share) * math.exp(-km / FAR_MEAN_KM) / FAR_MEAN_KM
    points = max(FLOOR, math.log((near + far) * DISTANCE_SPREAD_KM))
    code = "place_near" if km <= 2 * NEAR_SD_KM else "place_far"
    if r.profile.grave == "secondary":
        code = "place_moved"
    return Reason(code, points, {"km": round(km, 1) if km < 10 else round(km)})


def _dates(person: MissingProfile, r: _Remains) -> Reason | None:
    seen = person.last_seen
    remains = r.profile
    if seen is None:
        return None
    if remains.recovered is not None and seen > remains.recovered:
        return Reason("seen_after_recovery", -math.inf,
                      {"seen": seen.isoformat(), "recovered": remains.recovered.isoformat()})  # fmt: skip
    if remains.burial_date is None:
        return None
    days = (remains.burial_date - seen).days
    figures: dict[str, float | str] = {"days": abs(days), "burial": remains.burial_date.isoformat()}
    if days < -SLACK_DAYS:
        return Reason("seen_after_burial", SEEN_AFTER_BURIAL, figures)
    wait = max(0, days)
    density = (QUICK_SHARE / QUICK_DAYS if wait <= QUICK_DAYS else 0.0) + (
        (1 - QUICK_SHARE) * math.exp(-wait / WAIT_MEAN_DAYS) / WAIT_MEAN_DAYS
    )
    points = max(FLOOR, math.log(density * DATE_SPREAD_DAYS))
    return Reason("seen_before_burial", points, figures)


def _teeth(person: MissingProfile, r: _Remains) -> list[Reason]:
    if not person.dental or not r.profile.dental:
        return []
    found = dental.compare(person.dental, r.profile.dental, r.population.teeth)
    if found is None:
        return []
    reasons = []
    if found.agree:
        reasons.append(Reason("dental_agrees", found.points_for, {"teeth": "; ".join(found.agree)}))
    if found.differ:
        reasons.append(Reason("dental_differs", max(FLOOR, found.points_against),
                              {"teeth": "; ".join(found.differ)}))  # fmt: skip
    if found.explained:
        reasons.append(Reason("dental_explained", found.points_explained,
                              {"teeth": "; ".join(found.explained)}))  # fmt: skip
    return reasons


def _clothing(person: MissingProfile, r: _Remains) -> list[Reason]:
    if not person.clothing or not r.profile.clothing:
        return []
    found = clothing.compare(person.clothing, r.profile.clothing, r.population.clothing)
    if found is None:
        return []
    if not found.shared:
        return [Reason("clothing_nothing_shared", 0.0, {})]
    return [Reason("clothing_shared", found.points, {"words": ", ".join(found.shared)})]


CHECKS = (_sex, _age, _stature, _place, _dates)
DESCRIPTIONS = (_teeth, _clothing)


def _candidate(person: MissingProfile, prepared: _Remains) -> Candidate:
    reasons = [r for check in CHECKS if (r := check(person, prepared)) is not None]
    for describe in DESCRIPTIONS:
        reasons.extend(describe(person, prepared))
    total = sum(r.points for r in reasons)
    return Candidate(person.key, total, math.isinf(total), tuple(reasons))


def score(person: MissingProfile, remains: RemainsProfile,
          population: Population | None = None) -> Candidate:  # fmt: skip
    return _candidate(person, _Remains(remains, population))


def rank(remains: RemainsProfile, persons: Iterable[MissingProfile], limit: int | None = None,
         population: Population | None = None) -> list[Candidate]:  # fmt: skip
    """Candidates best first (excluded ones last; ties in key order).  ``population``: the
    case's remains (``Population.of``), against which teeth and clothing weigh."""
    prepared = _Remains(remains, population)
    scored = [_candidate(p, prepared) for p in persons]
    scored.sort(key=lambda c: (c.excluded, -c.score if not c.excluded else 0.0, c.key))
    return scored if limit is None else scored[:limit]
