"""Benchmark: finding protected persons' names in a case's free text (``protection scan``).

The case is made from the hand-written name forms of ``gold/name_forms.csv`` (which import
nothing from the project): persons with a given name and a surname, each recorded in one
of its Azerbaijani, Russian or English forms; claims, persons' notes, events and evidence
texts that mention some of them by name — in another of those forms, in either order —
among filler words; history entries for the claims and events as ``create_object`` writes
them.  Some persons are then protected.

Measured, in the same run:

* the scan (``scan_free_text``: decrypting, recording the re-identifications, reading
  every text readers see, finding the names), and its precision and recall over (text,
  protected person) pairs: a text names a person when the generator wrote their given name
  and surname into it (a namesake counts: readers cannot tell them apart either);
* baseline 1 — reading the same texts, without looking for anything;
* baseline 2 — looking for the names as recorded (each recorded name, case-insensitive,
  as the redaction of shared exports did before it used the scan's finder), with its recall
  on the same pairs.

    .venv/bin/python bench/protection_scan.py [--persons 100000] [--texts 40000]
        [--protected 50] [--backend sqlite|postgres] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import setup

GOLD = Path(__file__).resolve().parent / "gold" / "name_forms.csv"
FILLER = tuple(
    " ".join(
        (
            "the witness said that soldiers came to the village at dawn and took the men away",
            "from the school yard houses were burned and the column left towards the river",
            "после обстрела села жители ушли в лес многие были ранены дома сожжены свидетель",
            "видел колонну утром kənd atəşə tutuldu evlər yandırıldı şahid səhər sütunu gördü",
            "kişilər aparıldı qadınlar və uşaqlar meşəyə qaçdılar",
        )
    ).split()
)


@dataclass(frozen=True)
class Name:
    given: int  # row of the gold set
    surname: int
    female: bool


def load_gold() -> tuple[list[tuple[str, list[list[str]]]], list[list[list[str]]]]:
    """Given names (sex, forms by script) and surnames (forms by script) of the gold set."""
    given, surnames = [], []
    with GOLD.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            scripts = [
                [f for f in row[column].split("|") if f]
                for column in ("az_latin", "ru_cyrillic", "english")
            ]
            scripts = [forms for forms in scripts if forms]
            if row["kind"] == "given":
                given.append((row["sex"], scripts))
            elif row["kind"] == "surname":
                surnames.append(scripts)
    return given, surnames


def feminine(surname: str) -> str:
    if re.search(r"(ов|ев)$", surname):
        return surname + "а"  # Cyrillic
    return surname + "a" if re.search(r"(ov|ev)$", surname) else surname


class Population:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.given, self.surnames = load_gold()
        self.male = [i for i, (sex, _) in enumerate(self.given) if sex == "M"]
        self.female = [i for i, (sex, _) in enumerate(self.given) if sex == "F"]

    def person(self) -> Name:
        female = self.random.random() < 0.5
        given = self.random.choice(self.female if female else self.male)
        return Name(given, self.random.randrange(len(self.surnames)), female)

    def written(self, name: Name) -> str:
        """The name in one script, one of its spellings, in either order."""
        given_scripts = self.given[name.given][1]
        script = self.random.randrange(len(given_scripts))
        surname_scripts = self.surnames[name.surname]
        given = self.random.choice(given_scripts[script])
        surname = self.random.choice(surname_scripts[min(script, len(surname_scripts) - 1)])
        if name.female:
            surname = feminine(surname)
        return f"{given} {surname}" if self.random.random() < 0.5 else f"{surname} {given}"

    def text(self, persons: list[Name], protected: list[Name], words: int) -> tuple[str, set]:
        parts = [self.random.choice(FILLER) for _ in range(words)]
        named: set[tuple[int, int]] = set()
        for _ in range(self.random.choice((0, 0, 1, 1, 2))):
            name = self.random.choice(protected if self.random.random() < 0.15 else persons)
            parts.insert(self.random.randrange(len(parts) + 1), self.written(name))
            named.add((name.given, name.surname))
        return " ".join(parts), named


def build(case: Any, user: Any, args: argparse.Namespace) -> tuple[dict, dict[int, Name]]:
    from django.db import transaction

    from rightsledger.cases.actions import record_bulk_changes, snapshot
    from rightsledger.cases.history import EntryContent, append_entries
    from rightsledger.evidence.actions import ingest_stream
    from rightsledger.protection.actions import protect_person
    from rightsledger.records import models as rm
    from rightsledger.records.naming import search_key

    population = Population(args.seed)
    names = [population.person() for _ in range(args.persons)]
    with transaction.atomic():
        persons = [rm.Person(case=case, display_name=population.written(n)) for n in names]
        rm.Person.objects.bulk_create(persons, batch_size=5000)
        rows = [rm.PersonName(case=case, person=p, kind="full", value=p.display_name,
                              search_key=search_key(p.display_name)) for p in persons]  # fmt: skip
        rm.PersonName.objects.bulk_create(rows, batch_size=5000)
        record_bulk_changes(case=case, acting_user=user, message="bench persons",
                            summary={"persons": len(persons)}, created=[*persons, *rows])  # fmt: skip
    chosen = population.random.sample(range(len(persons)), args.protected)
    protected = [names[i] for i in chosen]
    truth: dict[tuple[str, str, str], set[tuple[int, int]]] = {}
    source = rm.Source.objects.create(case=case, title="Interviews", kind="testimony")
    with transaction.atomic():
        claims, events = [], []
        for _ in range(args.texts // 2):
            text, named = population.text(names, protected, 25)
            claims.append((rm.Claim(case=case, source=source, kind="aggregate",
                                    category="killed", count=1, statement=text), named))  # fmt: skip
        for _ in range(args.texts // 20):
            title, named_title = population.text(names, protected, 4)
            text, named = population.text(names, protected, 40)
            events.append((rm.Event(case=case, title=title[:300], description=text),
                           named_title, named))  # fmt: skip
        rm.Claim.objects.bulk_create([c for c, _ in claims], batch_size=2000)
        rm.Event.objects.bulk_create([e for e, _, _ in events], batch_size=2000)
        for claim, named in claims:
            truth[("records.claim", str(claim.pk), "statement")] = named
        for event, named_title, named in events:
            truth[("records.event", str(event.pk), "title")] = named_title
            truth[("records.event", str(event.pk), "description")] = named
        append_entries(case=case, actor=user, contents=[
            EntryContent(action="create", object_type=obj._meta.label_lower,
                         object_id=str(obj.pk), object_repr=str(obj)[:300], after=snapshot(obj))
            for obj in [*(c for c, _ in claims), *(e for e, _, _ in events)]
        ])  # fmt: skip
        # Notes of other persons: a protected person's own notes are hidden from readers.
        others = sorted(set(range(len(persons))) - set(chosen))
        noted = population.random.sample(others, args.texts // 2)
        for index in noted:
            text, named = population.text(names, protected, 20)
            persons[index].notes = text
            truth[("records.person", str(persons[index].pk), "notes")] = named
        rm.Person.objects.bulk_update([persons[i] for i in noted], ["notes"], batch_size=2000)
    for _ in range(args.evidence):
        text, named = population.text(names, protected, 2000)
        item = ingest_stream(case=case, chunks=[text.encode()], file_name="testimony.txt",
                             acting_user=user, derive=False).item  # fmt: skip
        truth[("evidence.evidenceitem", str(item.pk), "extracted_text")] = named
    for index in chosen:
        protect_person(persons[index], category="witness", acting_user=user)
    return truth, {persons[i].pk: names[i] for i in chosen}


def score(hits: Any, truth: dict, by_person: dict[int, Name]) -> tuple[float, float, int]:
    """Precision and recall over (text, protected person) pairs, and the pairs expected."""
    found = {(h[0], h[1]) for h in hits if h[0] in truth}
    expected = {
        (place, person) for place, named in truth.items()
        for person, name in by_person.items() if (name.given, name.surname) in named
    }  # fmt: skip
    right = len(found & expected)
    precision = right / len(found) if found else 1.0
    recall = right / len(expected) if expected else 1.0
    return precision, recall, len(expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--texts", type=int, default=40_000)
    parser.add_argument("--evidence", type=int, default=100)
    parser.add_argument("--protected", type=int, default=50)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rl-bench-scan-"))
    setup(args.backend, home)
    from cryptography.fernet import Fernet
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    settings.PROTECTION_KEYS = [Fernet.generate_key().decode()]
    settings.EVIDENCE_DIR = home / "evidence"
    from rightsledger.cases.actions import create_case
    from rightsledger.protection import scan
    from rightsledger.protection.actions import scan_free_text

    user = get_user_model().objects.create_user(f"bench-{uuid.uuid4().hex[:8]}")
    case = create_case(name=f"Scan {uuid.uuid4().hex[:6]}", owner=user)
    started = time.perf_counter()
    truth, by_person = build(case, user, args)
    print(f"{args.backend}: built {args.persons:,} persons, {len(truth):,} free texts, "
          f"{args.protected} protected, in {time.perf_counter() - started:.0f} s")  # fmt: skip

    # Baseline 1: read every text readers see, look for nothing.
    started = time.perf_counter()
    texts = characters = 0
    for text in scan._texts(case, user, set(by_person)):
        texts += 1
        characters += len(text.text)
    read = time.perf_counter() - started
    print(f"baseline 1, reading the texts: {read:.2f} s ({texts:,} texts, "
          f"{characters / 1e6:.1f} M characters)")  # fmt: skip

    # Baseline 2: the recorded names as they are recorded (case-insensitive), as the
    # redaction of shared exports looked for them before it used the scan's finder.
    from rightsledger.protection.crypto import decrypt_identity
    from rightsledger.protection.models import ProtectedIdentity

    patterns = {}
    for identity in ProtectedIdentity.objects.filter(case=case):
        secret = decrypt_identity(identity.ciphertext)
        recorded = {secret["display_name"], *(n["value"] for n in secret["names"])}
        alternatives = "|".join(re.escape(n) for n in sorted(recorded, key=len, reverse=True))
        patterns[identity.person_id] = re.compile(alternatives, re.IGNORECASE)
    started = time.perf_counter()
    exact = set()
    for text in scan._texts(case, user, set(by_person)):
        for person, pattern in patterns.items():
            if pattern.search(text.text):
                exact.add(((text.object_type, text.object_id, text.path), person))
    exact_time = time.perf_counter() - started
    precision, recall, expected = score(exact, truth, by_person)
    print(f"baseline 2, recorded names as recorded: {exact_time:.2f} s; precision "
          f"{precision:.3f}, recall {recall:.3f} of {expected:,} (text, person) pairs")  # fmt: skip

    reverse("case-history", kwargs={"slug": case.slug})  # the URLconf, loaded once a process
    started = time.perf_counter()
    report = scan_free_text(case, acting_user=user)
    took = time.perf_counter() - started
    hits = {((h.object_type, h.object_id, h.field), h.person_id) for h in report.hits}
    precision, recall, expected = score(hits, truth, by_person)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scan: {took:.2f} s ({took / read:.1f}x baseline 1), {len(report.hits):,} hits "
          f"in {report.texts:,} texts; precision {precision:.3f}, recall {recall:.3f} of "
          f"{expected:,} pairs; peak memory of the process {peak:,.0f} MiB")  # fmt: skip
    started = time.perf_counter()
    words = scan_free_text(case, acting_user=user, words=True)
    print(f"scan --words: {time.perf_counter() - started:.2f} s, {len(words.hits):,} hits")


if __name__ == "__main__":
    main()
