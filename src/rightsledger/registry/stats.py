"""The registry's figures, computed from the linked persons and drilling down to them.

Definitions (stated here because every published figure depends on them):

* a person *was* killed / injured / captured / released / found dead if any record of that
  person, from any source, gives that status;
* *still missing*: a person recorded as missing or captured, with no record of release,
  death (killed, found dead) or identification;
* *women*: persons whose records give female sex (majority of the records that give one);
* age at the event: the records' age if given, else event year minus birth year (median over
  the records); *children* are under ``child_below`` (18), *elderly* at least
  ``elderly_from`` (60);
* a *family with no survivor*: a household of at least two persons (households join the lists'
  family ids through the persons they share) all of whom were killed or found dead;
* *uncertainty from linkage*: how many persons counted in a figure have a record in a pair
  still awaiting review in the current linkage run — the figure could move by about that much.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from rightsledger.cases.models import Case
from rightsledger.records.models import Claim
from rightsledger.registry.models import SourceRecord

FIGURES = ("killed", "killed_women", "killed_children", "killed_elderly", "injured",
           "captured", "released", "still_missing", "found_dead",
           "families_with_no_survivor")  # fmt: skip
CLAIM_KEYS = {
    "killed": ("killed", "all"), "killed_women": ("killed", "women"),
    "killed_children": ("killed", "children"), "killed_elderly": ("killed", "elderly"),
    "injured": ("injured", "all"), "captured": ("captured", "all"),
    "released": ("released", "all"), "still_missing": ("missing", "all"),
    "families_with_no_survivor": ("families_wiped_out", "all"),
}  # fmt: skip
YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


@dataclass
class PersonFacts:
    statuses: set[str] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    source_statuses: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    sexes: list[str] = field(default_factory=list)
    ages: list[float] = field(default_factory=list)
    families: set[tuple[int, str]] = field(default_factory=set)
    records: list[int] = field(default_factory=list)

    @property
    def female(self) -> bool:
        known = [s for s in self.sexes if s in {"male", "female"}]
        return bool(known) and known.count("female") * 2 > len(known)

    @property
    def age(self) -> float | None:
        return median(self.ages) if self.ages else None


@dataclass(frozen=True)
class RegistryFigures:
    case: str
    persons: int
    unlinked_records: int
    figures: dict[str, int]
    members: dict[str, list[int]]
    by_source: dict[str, dict[str, int]]
    awaiting_review: dict[str, int]
    claims: dict[str, list[dict[str, Any]]]
    thresholds: dict[str, int]

    def to_dict(self, *, with_members: bool = False) -> dict[str, Any]:
        data = {
            "case": self.case, "persons": self.persons,
            "unlinked_records": self.unlinked_records, "figures": self.figures,
            "by_source": self.by_source,
            "persons_resting_on_pairs_awaiting_review": self.awaiting_review,
            "claimed": self.claims, "thresholds": self.thresholds,
        }  # fmt: skip
        if with_members:
            data["members"] = self.members
        return data

    def summary(self) -> str:
        lines = [f"Registry of {self.case}: {self.persons:,} persons"]
        if self.unlinked_records:
            lines.append(f"  ({self.unlinked_records:,} records not yet linked: run `link`)")
        for name in FIGURES:
            text = f"  {name.replace('_', ' '):28} {self.figures[name]:>8,}"
            if self.awaiting_review.get(name):
                text += f"  (±{self.awaiting_review[name]} awaiting review)"
            claimed = self.claims.get(name)
            if claimed:
                text += "  claimed: " + "; ".join(f"{c['count']} by {c['source']}" for c in claimed)
            lines.append(text)
        return "\n".join(lines)


def age_at_event(record: Any) -> float | None:
    """Age at the event from a record's values (its age, else event year − birth year)."""
    if record["age"] is not None:
        return float(record["age"])
    event_year = YEAR.search(record["event_date"] or "")
    if record["birth_year"] and event_year:
        return float(int(event_year.group(1)) - record["birth_year"])
    return None


def registry_figures(case: Case, *, event_place: str | None = None, child_below: int = 18,
                     elderly_from: int = 60) -> RegistryFigures:  # fmt: skip
    records = SourceRecord.objects.filter(case=case)
    if event_place:
        records = records.filter(event_place=event_place)
    persons: dict[int, PersonFacts] = defaultdict(PersonFacts)
    unlinked = 0
    source_titles: dict[int, str] = {}
    for record in records.values("pk", "person_id", "source_id", "source__title", "status",
                                 "sex", "age", "birth_year", "event_date", "family_id"):  # fmt: skip
        if record["person_id"] is None:
            unlinked += 1
            continue
        facts = persons[record["person_id"]]
        source_titles[record["source_id"]] = record["source__title"]
        facts.records.append(record["pk"])
        facts.sources.add(record["source_id"])
        if record["status"]:
            facts.statuses.add(record["status"])
            facts.source_statuses[record["source_id"]].add(record["status"])
        facts.sexes.append(record["sex"])
        age = age_at_event(record)
        if age is not None:
            facts.ages.append(age)
        if record["family_id"]:
            facts.families.add((record["source_id"], record["family_id"]))

    members = _members(persons, child_below, elderly_from)
    figures = {name: len(ids) for name, ids in members.items()}
    by_source = {
        source_titles[source]: {
            name: sum(1 for pid in members[name] if _source_gives(persons[pid], source, name))
            for name in FIGURES if name != "families_with_no_survivor"
        }
        for source in sorted(source_titles)
    }  # fmt: skip
    return RegistryFigures(
        case=case.slug, persons=len(persons), unlinked_records=unlinked, figures=figures,
        members=members, by_source=by_source,
        awaiting_review=_awaiting_review(case, persons, members),
        claims=_claims(case), thresholds={"child_below": child_below, "elderly_from": elderly_from},
    )  # fmt: skip


def _members(persons: dict[int, PersonFacts], child_below: int, elderly_from: int,
             ) -> dict[str, list[int]]:  # fmt: skip
    def has(status: str) -> list[int]:
        return sorted(pid for pid, f in persons.items() if status in f.statuses)

    killed = has("killed")
    members = {
        "killed": killed,
        "killed_women": [p for p in killed if persons[p].female],
        "killed_children": [p for p in killed if (a := persons[p].age) is not None and a < child_below],
        "killed_elderly": [p for p in killed if (a := persons[p].age) is not None and a >= elderly_from],
        "injured": has("injured"), "captured": has("captured"), "released": has("released"),
        "found_dead": has("found_dead"),
        "still_missing": sorted(
            pid for pid, f in persons.items()
            if f.statuses & {"missing", "captured"}
            and not f.statuses & {"released", "killed", "found_dead", "identified"}
        ),
    }  # fmt: skip
    members["families_with_no_survivor"] = _families_with_no_survivor(persons)
    return members


def _families_with_no_survivor(persons: dict[int, PersonFacts]) -> list[int]:
    """Households (joined across lists through shared persons) in which everyone died.

    Returns the ids of the persons in those households' lowest-id member, one per household,
    so the figure counts households and drills down to one member of each.
    """
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pid, facts in persons.items():
        for family in facts.families:
            parent[find(("p", pid))] = find(("f", family))
    households: dict[Any, list[int]] = defaultdict(list)
    for pid, facts in persons.items():
        if facts.families:
            households[find(("p", pid))].append(pid)
    dead = {"killed", "found_dead"}
    return sorted(
        min(members) for members in households.values()
        if len(members) >= 2 and all(persons[m].statuses & dead for m in members)
    )  # fmt: skip


def _source_gives(facts: PersonFacts, source: int, figure: str) -> bool:
    statuses = facts.source_statuses.get(source, set())
    base = figure.split("_")[0] if figure.startswith("killed") else figure
    if base == "still_missing":
        return bool(statuses & {"missing", "captured"})
    return base in statuses


def _awaiting_review(case: Case, persons: dict[int, PersonFacts],
                     members: dict[str, list[int]]) -> dict[str, int]:  # fmt: skip
    from rightsledger.registry.review import pending_pairs

    uncertain_records: set[int] = set()
    for a, b in pending_pairs(case).values_list("record_a_id", "record_b_id"):
        uncertain_records.update((a, b))
    uncertain_persons = {pid for pid, f in persons.items() if uncertain_records & set(f.records)}
    return {name: len(uncertain_persons.intersection(ids)) for name, ids in members.items()}


def _claims(case: Case) -> dict[str, list[dict[str, Any]]]:
    wanted = {v: k for k, v in CLAIM_KEYS.items()}
    claimed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in Claim.objects.filter(case=case, kind="aggregate").select_related("source"):
        name = wanted.get((claim.category, claim.subgroup or "all"))
        if name:
            count = (
                claim.count if claim.count is not None else f"{claim.count_low}–{claim.count_high}"
            )
            claimed[name].append({"count": count, "source": claim.source.title,
                                  "claim": claim.pk, "event": claim.event_id})  # fmt: skip
    return dict(claimed)
