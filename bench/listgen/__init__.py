"""An evaluation generator of victim lists, written apart from the code it evaluates.

    from listgen import generate
    data = generate(records=100_000, seed=1)
    data.records      # one row per list entry: record_key, source, record_id, canonical columns
    data.truth        # record_key -> person id
    data.conventions  # source -> convention

Its names come from the hand-written gold set, its spellings from its own rendering
rules (:mod:`listgen.spell`); it imports nothing from ``rightsledger``.  The lists carry
what real lists do: initials, name order varying within a list, Soviet-era Russian
renderings, Russian patronymics for Azerbaijani fathers beside oğlu/qızı/оглы/кызы,
surnames with and without -ov/-ev and with -li/-zadə, slips on top of transliteration,
missing fields, ages instead of birth dates and years off by one or two, different
statuses and event places in different lists, and relatives who must stay apart.
"""

from __future__ import annotations

import dataclasses
import random

import pandas as pd

from listgen.inventory import Inventory
from listgen.lists import COLUMNS, CONVENTIONS, SPECS, Writer, capture
from listgen.population import make_population

__all__ = ["CONVENTIONS", "Generated", "generate"]

RECORDS_PER_PERSON = 2.9  # what the lists' reach and duplicates give


@dataclasses.dataclass(frozen=True)
class Generated:
    records: pd.DataFrame
    truth: pd.Series
    conventions: dict[str, str]
    population: pd.DataFrame
    abbreviated: pd.Series  # record_key -> the entry gives the given name as an initial


def generate(records: int = 10_000, seed: int = 1) -> Generated:
    """About ``records`` list entries of about ``records / 2`` persons on eight lists."""
    if records < 50:
        raise ValueError("records must be at least 50")
    rng = random.Random(seed)
    inventory = Inventory.load()
    people = max(30, round(records / RECORDS_PER_PERSON))
    persons, places = make_population(people, inventory, rng)
    members = capture(persons, SPECS, 1.0, rng)
    rows: list[dict[str, str]] = []
    truth: list[str] = []
    abbreviated: list[bool] = []
    for spec, indices in zip(SPECS, members, strict=True):
        writer = Writer(spec, inventory, places, rng)
        entries = list(indices) + [i for i in indices if rng.random() < spec.duplicate_rate]
        rng.shuffle(entries)
        families: dict[str, str] = {}
        for number, index in enumerate(entries, start=1):
            person = persons[index]
            family = families.setdefault(person.household, f"F{len(families) + 1:06d}")
            row = writer.row(person, f"{number:07d}", family)
            abbreviated.append(row.pop("abbreviated"))
            row["source"] = spec.name
            row["record_key"] = f"{spec.name}:{number:07d}"
            rows.append(row)
            truth.append(person.person_id)
    frame = pd.DataFrame(rows, columns=["record_key", "source", *COLUMNS], dtype=str)
    population = pd.DataFrame(
        {
            "person_id": [p.person_id for p in persons],
            "household": [p.household for p in persons],
            "origin": [p.origin for p in persons],
            "sex": [p.sex for p in persons],
            "birth": [p.birth.isoformat() for p in persons],
            # Who a person is by name: given name and father, as inventory entries.
            "given_id": [f"{p.origin}:{p.sex}:{p.given}" for p in persons],
            "father_id": [f"{p.origin}:M:{p.father}" for p in persons],
        }
    )
    return Generated(
        records=frame,
        truth=pd.Series(truth, index=frame["record_key"].to_numpy(), name="person"),
        conventions={spec.name: spec.convention for spec in SPECS},
        population=population,
        abbreviated=pd.Series(abbreviated, index=frame["record_key"].to_numpy(), dtype=bool),
    )
