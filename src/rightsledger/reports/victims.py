"""The victims list of a case file, streamed a few thousand persons at a time.

A victim is a person of the scope with a status record or an involvement as a victim.  Each
line: the name in the case's scripts, sex, age at the time, statuses and the numbers of the
sources giving them.  Persons come through ``restrict`` (the disclosure policy: an analyst
sees a protected person's pseudonym and no age) and then through the export's redaction
(``Redactor.row``: pseudonym, no birth date or notes for the persons the purpose redacts).
Pseudonymised persons are listed last, by pseudonym: in the alphabetical list their place
would hint at the name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q

from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.ages import status_age
from rightsledger.reports.queries import Scope

CHUNK = 2000
STATUS_ORDER = {status: i for i, status in enumerate(v.VictimStatus.values)}
MAX_OTHER_NAMES = 3


@dataclass(frozen=True)
class VictimLine:
    name: str
    other_names: str
    sex: str
    age: str
    statuses: str
    sources: str


def victims_query(scope: Scope) -> Any:
    statuses = rm.StatusRecord.objects.filter(person_id=OuterRef("pk"))
    victim = rm.Involvement.objects.filter(person_id=OuterRef("pk"),
                                           role=v.InvolvementRole.VICTIM)  # fmt: skip
    return scope.persons().filter(Q(Exists(statuses)) | Q(Exists(victim)))


def count(scope: Scope) -> int:
    return victims_query(scope).count()


def lines(scope: Scope, source_numbers: dict[int, int],
          progress: Callable[[int], None] | None = None) -> Iterator[VictimLine]:  # fmt: skip
    """Every victim of the scope, in order of name, pseudonymised ones last."""
    query = victims_query(scope).only(
        "pk", "case_id", "display_name", "sex", "birth_date", "birth_year", "age_at_event",
        "notes",
    ).order_by("display_name", "pk")  # fmt: skip
    withheld: list[VictimLine] = []
    done = 0
    chunk: list[rm.Person] = []
    for person in query.iterator(chunk_size=CHUNK):
        chunk.append(person)
        if len(chunk) >= CHUNK:
            yield from _lines(scope, chunk, source_numbers, withheld)
            done += len(chunk)
            chunk = []
            if progress:
                progress(done)
    yield from _lines(scope, chunk, source_numbers, withheld)
    yield from sorted(withheld, key=lambda line: line.name)
    if progress:
        progress(done + len(chunk))


def _lines(scope: Scope, persons: list[rm.Person], source_numbers: dict[int, int],
           withheld: list[VictimLine]) -> Iterator[VictimLine]:  # fmt: skip
    if not persons:
        return
    ids = [p.pk for p in persons]
    names: dict[int, list[str]] = defaultdict(list)
    for name in (
        rm.PersonName.objects.restrict(scope.user, "view").filter(person_id__in=ids)
        .only("pk", "case_id", "person_id", "value", "script").order_by("person_id", "script", "pk")
    ):  # fmt: skip
        fields = scope.redactor.row("records.personname", name.pk, person=name.person_id,
                                    value=name.value)  # fmt: skip
        if fields is not None and fields["value"] not in names[name.person_id]:
            names[name.person_id].append(fields["value"])
    statuses: dict[int, set[str]] = defaultdict(set)
    sources: dict[int, set[int]] = defaultdict(set)
    ages: dict[int, int] = {}
    # Counts of facts about persons already fetched through the access path; the age is
    # the figures' own rule (``status_age``), and left out below wherever the disclosure
    # policy or the redaction withholds the person's birth data.
    rows = (
        rm.StatusRecord.objects.filter(person_id__in=ids)
        .annotate(age=status_age()).order_by("person_id", "pk")
        .values_list("person_id", "status", "source_id", "age")
    )  # fmt: skip
    for person_id, status, source_id, age in rows:
        statuses[person_id].add(status)
        if source_id in source_numbers:
            sources[person_id].add(source_numbers[source_id])
        if age is not None:
            ages.setdefault(person_id, age)
    sex_labels = dict(v.Sex.choices)
    status_labels = dict(v.VictimStatus.choices)
    for person in persons:
        fields = scope.redactor.row(
            "records.person", person.pk, display_name=person.display_name,
            birth_date=person.birth_date, notes=person.notes,
        )  # fmt: skip
        if fields is None:
            continue
        masked = getattr(person, "_disclosure_masked", False)
        pseudonymised = masked or scope.redactor.pseudonymised(person.pk)
        name = fields["display_name"]
        others = [] if pseudonymised else [n for n in names[person.pk] if n != name]
        age = ages.get(person.pk)
        line = VictimLine(
            name=name,
            other_names=" · ".join(others[:MAX_OTHER_NAMES]),
            sex=str(sex_labels.get(person.sex, "")) if person.sex != v.Sex.UNKNOWN else "",
            age="" if masked or age is None else str(age),
            statuses=", ".join(str(status_labels[s]) for s in sorted(
                statuses[person.pk], key=lambda s: STATUS_ORDER.get(s, 99))),
            sources=", ".join(f"S{n}" for n in sorted(sources[person.pk])),
        )  # fmt: skip
        if pseudonymised:
            withheld.append(line)
        else:
            yield line
