"""Run the documentation simulator and write its lists, ground truth and manifest."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

import pandas as pd

from rightsledger.analysis.simulate.lists import (
    CANONICAL_COLUMNS,
    LIST_TEMPLATES,
    ListSpec,
    capture,
    render,
)
from rightsledger.analysis.simulate.population import make_population

__all__ = ["Simulation", "simulate"]

MAX_LISTS = 16


@dataclasses.dataclass(frozen=True)
class Simulation:
    """Simulated lists with their ground truth.

    ``lists`` maps list name to a DataFrame with the canonical columns (all strings, blank
    where the list does not say); ``truth`` has one row per record: ``list, record_id,
    person_id``; ``population`` has one row per simulated person with the true values.
    """

    parameters: dict[str, Any]
    population: pd.DataFrame
    lists: dict[str, pd.DataFrame]
    truth: pd.DataFrame

    def records(self) -> pd.DataFrame:
        """All lists in one frame with ``source`` and a unique ``record_key`` column."""
        frames = []
        for name, frame in self.lists.items():
            frame = frame.copy()
            frame.insert(0, "source", name)
            frame.insert(0, "record_key", name + ":" + frame["record_id"])
            frames.append(frame)
        return pd.concat(frames, ignore_index=True)

    def truth_by_key(self) -> pd.Series:
        """Map ``record_key`` (as in :meth:`records`) to the true person id."""
        keys = self.truth["list"] + ":" + self.truth["record_id"]
        return pd.Series(self.truth["person_id"].to_numpy(), index=keys.to_numpy())

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write one CSV per list, ``truth.csv``, ``population.csv`` and ``manifest.json``."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.lists.items():
            path = out / f"{name}.csv"
            frame.to_csv(path, index=False, encoding="utf-8")
            written.append(path)
        for name, frame in (("truth", self.truth), ("population", self.population)):
            path = out / f"{name}.csv"
            frame.to_csv(path, index=False, encoding="utf-8")
            written.append(path)
        manifest = {
            "generator": "rightsledger.analysis.simulate",
            "parameters": self.parameters,
            "lists": {name: len(frame) for name, frame in self.lists.items()},
            "files": [p.name for p in written],
        }
        path = out / "manifest.json"
        path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
        return written


def _spec_for(index: int) -> ListSpec:
    template = LIST_TEMPLATES[index % len(LIST_TEMPLATES)]
    if index < len(LIST_TEMPLATES):
        return template
    # More lists than templates: reuse a template under a new name, copying from nobody.
    return dataclasses.replace(
        template, name=f"{template.name}_{index // len(LIST_TEMPLATES) + 1}", depends_on=None
    )


def simulate(
    people: int = 1000,
    lists: int = 5,
    seed: int = 0,
    *,
    heterogeneity: float = 0.8,
    surname_exponent: float = 1.0,
) -> Simulation:
    """Simulate ``people`` victims documented by ``lists`` organisations.

    ``heterogeneity`` scales how much a latent visibility shared by all lists drives
    capture (0: independent lists apart from explicit copying); ``surname_exponent`` is
    the Zipf exponent of name frequencies (higher: more people share the common names).
    """
    if people < 1:
        raise ValueError("people must be at least 1")
    if not 1 <= lists <= MAX_LISTS:
        raise ValueError(f"lists must be between 1 and {MAX_LISTS}")
    if heterogeneity < 0 or surname_exponent <= 0:
        raise ValueError("heterogeneity must be >= 0 and surname_exponent > 0")
    rng = random.Random(seed)
    persons = make_population(people, rng, surname_exponent)
    specs = [_spec_for(i) for i in range(lists)]
    members = capture(persons, specs, rng, heterogeneity)
    list_frames: dict[str, pd.DataFrame] = {}
    truth_rows: list[tuple[str, str, str]] = []
    for spec, indices in zip(specs, members, strict=True):
        rows = []
        families: dict[str, str] = {}
        entries = [(i, False) for i in indices]
        entries += [(i, True) for i in indices if rng.random() < spec.duplicate_rate]
        rng.shuffle(entries)
        prefix = spec.name[:3].upper()
        for number, (index, _duplicate) in enumerate(entries, start=1):
            person = persons[index]
            record_id = f"{prefix}-{number:07d}"
            family_id = families.setdefault(
                person.household_id, f"{prefix}F{len(families) + 1:06d}"
            )
            rows.append(render(person, spec, record_id, family_id, rng))
            truth_rows.append((spec.name, record_id, person.person_id))
        list_frames[spec.name] = pd.DataFrame(rows, columns=list(CANONICAL_COLUMNS), dtype=str)
    population = pd.DataFrame(
        {
            "person_id": [p.person_id for p in persons],
            "household_id": [p.household_id for p in persons],
            "sex": [p.sex for p in persons],
            "birth_date": [p.birth_date.isoformat() for p in persons],
            "origin": [p.origin for p in persons],
            "first_status": [p.first_status for p in persons],
            "last_status": [p.last_status for p in persons],
            "event_date": [p.event_date.isoformat() for p in persons],
        }
    )
    truth = pd.DataFrame(truth_rows, columns=["list", "record_id", "person_id"], dtype=str)
    parameters = {
        "people": people,
        "lists": lists,
        "seed": seed,
        "heterogeneity": heterogeneity,
        "surname_exponent": surname_exponent,
        "list_specs": [
            {"name": s.name, "convention": s.convention, "layout": s.layout, "birth": s.birth}
            for s in specs
        ],
    }
    return Simulation(parameters, population, list_frames, truth)
