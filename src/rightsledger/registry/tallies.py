"""The case's figures as running counts, moved by each change instead of recounted.

Counting a million persons' figures takes seconds to tens of seconds however the queries
are written; a change touches a few persons.  So each person's share of the figures is kept
(``PersonTally``: the *tokens* the person counts in) with the case's sums
(``FigureTally``), both as of one link of the case's history chain.  Reading the figures
first catches up: the history written since names the persons whose share may have moved
(``tally_changes``); they and the members of their households are counted again
(``records.figures.person_figures``: the one definition, applied to one person) and the
sums move by the difference.  An import, a linkage run or new age limits count the whole
case again; the jobs that import and link catch up at their end, so the next page is quick.

Tokens a person counts in:

* ``persons`` — every person of the case;
* ``<figure>`` and ``<figure>@<source id>`` (0: entered by documenters) — the figure, and
  each source whose records put the person in it;
* ``status:<status>`` — a record of that victim status;
* ``conflict:<figure>`` — a death figure some source contradicts (``figures.in_conflict``);
* ``review:<figure>`` — the person has a list row in a pair awaiting review;
* ``families_with_no_survivor`` — held by the first member (lowest id) of a household in
  which everyone was killed or found dead, so the households add up like persons;
* ``household:<first member>:<members>`` — held by every member of such a household, so that
  an event counts the households wholly inside it; not summed for the case (one per
  household);
* ``in:<event>`` — the person is a person of the event (involved in an act of it or of an
  event within it); not summed.

An event's figures are its persons' tokens summed (``EventTally``): counted when first read
(``event_counts``) and from then on moved with the case's sums, each changed person's
difference added to the events the person was and is a person of.

The counts are derived data: ``rebuild`` makes them from the record alone, and
``tests/registry/test_tallies.py`` holds them equal to the definitions after every kind of
change.  Two readers catching up at once are serialised by a write to the tally row first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from django.db import transaction
from django.db.models import F, Q

from rightsledger.cases.models import Case
from rightsledger.records import ages
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.queries import events_around
from rightsledger.records.summary import summary_version
from rightsledger.registry.models import EventTally, FigureTally, PersonTally, SourceRecord
from rightsledger.registry.tally_changes import changes_since

#: Persons counted per batch of queries.
BATCH = 5000
#: Above this many changed persons, counting the whole case again is as quick.
REBUILD_ABOVE = 5000
FAMILY = "families_with_no_survivor"
HOUSEHOLD = "household:"
MEMBER = "in:"
VICTIM_STATUSES = frozenset(v.VictimStatus.values)


def current(case: Case) -> FigureTally:
    """The case's tallies, caught up with its history."""
    head = summary_version(case)
    tally = FigureTally.objects.filter(case=case).first()
    if tally is not None and tally.sequence == head and _limits_hold(tally, case):
        return tally
    with transaction.atomic():
        # Writes first: a second reader waits here (on the new row's key or the row lock on
        # PostgreSQL, the database lock on SQLite) and then finds the work done.
        FigureTally.objects.get_or_create(
            case=case, defaults={"sequence": -1, "child_below": 0, "elderly_from": 0}
        )  # a new row holds no counts: its limits never hold, so the case is counted
        FigureTally.objects.filter(case=case).update(sequence=F("sequence"))
        tally = FigureTally.objects.get(case=case)
        head = summary_version(case)
        if tally.sequence == head and _limits_hold(tally, case):
            return tally
        if not _limits_hold(tally, case):
            return rebuild(case, head)
        changes = changes_since(case, tally.sequence, head)
        if changes.everything or len(changes.persons) > REBUILD_ABOVE:
            return rebuild(case, head)
        _apply(case, tally, changes.persons, head)
        tally.sequence = head
        tally.save(update_fields=["sequence", "counts"])
        return tally


def _limits_hold(tally: FigureTally, case: Case) -> bool:
    limits = ages.AgeLimits.of(case)
    return (tally.child_below, tally.elderly_from) == (limits.child_below, limits.elderly_from)


def rebuild(case: Case, head: int | None = None) -> FigureTally:
    """Count the whole case again (inside a transaction), in one pass over its persons and
    status records, each read in person order."""
    with transaction.atomic():
        head = summary_version(case) if head is None else head
        limits = ages.AgeLimits.of(case)
        PersonTally.objects.filter(case=case).delete()
        EventTally.objects.filter(case=case).delete()  # summed again when next read
        counts: Counter[str] = Counter()
        pending = _pending_persons(case)
        households = _household_tokens(f.families_with_no_survivor(case))
        rows: list[PersonTally] = []
        for person_id, sex, facts, events in _every_person(case):
            tokens = _tokens(
                person_id,
                sex,
                facts,
                limits,
                person_id in pending,
                households.get(person_id),
                events,
            )
            counts.update(_summed(tokens))
            rows.append(PersonTally(person_id=person_id, case=case, tokens=" ".join(tokens)))
            if len(rows) == BATCH:
                PersonTally.objects.bulk_create(rows)
                rows = []
        PersonTally.objects.bulk_create(rows)
        tally, _ = FigureTally.objects.update_or_create(
            case=case,
            defaults={"sequence": head, "child_below": limits.child_below,
                      "elderly_from": limits.elderly_from, "counts": dict(counts)},
        )  # fmt: skip
        return tally


def _apply(case: Case, tally: FigureTally, changed: set[int], head: int) -> None:
    """Count the changed persons and their households again; move the sums (the case's and
    its events') by the difference."""
    limits = ages.AgeLimits.of(case)
    persons, households = _with_households(case, changed)
    ancestry = events_around(case.pk)
    counts: Counter[str] = Counter(tally.counts)
    # Events summed as of the case's sums move with them; any other is summed again if read.
    EventTally.objects.filter(case=case).exclude(sequence=tally.sequence).delete()
    events = {row.event_id: Counter(row.counts) for row in EventTally.objects.filter(case=case)}
    moved: set[int] = set()
    ids = sorted(persons)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        kept = dict(
            PersonTally.objects.filter(case=case, person_id__in=batch).values_list(
                "person_id", "tokens"
            )
        )
        now = _tokens_of(case, batch, limits, _pending_persons(case, batch), households, ancestry)
        for person_id in batch:
            old, new = kept.get(person_id, "").split(), now.get(person_id, [])
            if old != new:
                counts.subtract(_summed(old))
                counts.update(_summed(new))
                for event in _events(old) & events.keys():
                    events[event].subtract(_event_share(old))
                    moved.add(event)
                for event in _events(new) & events.keys():
                    events[event].update(_event_share(new))
                    moved.add(event)
        # Rows of persons gone or changed are replaced in two statements, not one per person.
        rows = [PersonTally(person_id=p, case=case, tokens=" ".join(tokens))
                for p, tokens in now.items() if kept.get(p) != " ".join(tokens)]  # fmt: skip
        stale = [p for p in batch if p not in now] + [row.person_id for row in rows]
        PersonTally.objects.filter(case=case, person_id__in=stale).delete()
        PersonTally.objects.bulk_create(rows)
    tally.counts = {token: n for token, n in counts.items() if n}
    # Only the rows read above: one a reader makes meanwhile holds sums of the older link.
    EventTally.objects.filter(pk__in=list(events)).update(sequence=head)
    for event in moved:
        counts_now = {token: n for token, n in events[event].items() if n}
        EventTally.objects.filter(pk=event).update(counts=counts_now)


def _summed(tokens: list[str]) -> list[str]:
    """The tokens the case's sums count (a household's own token is one of its kind)."""
    return [token for token in tokens if not token.startswith((HOUSEHOLD, MEMBER))]


def _event_share(tokens: list[str]) -> list[str]:
    """The tokens an event's sums count (the households' too)."""
    return [token for token in tokens if not token.startswith(MEMBER)]


def _events(tokens: list[str]) -> set[int]:
    """The events a person is a person of, by the person's tokens."""
    return {int(token[len(MEMBER) :]) for token in tokens if token.startswith(MEMBER)}


def _household_tokens(families: Iterable[Iterable[int]]) -> dict[int, str]:
    """Each member of each household with no survivor: the household's token."""
    found: dict[int, str] = {}
    for family in families:
        members = sorted(family)
        for member in members:
            found[member] = f"{HOUSEHOLD}{members[0]}:{len(members)}"
    return found


def _with_households(case: Case, changed: set[int]) -> tuple[set[int], dict[int, str]]:
    """The changed persons with every member of their households (a death, a new link or a
    moved list row changes whether the household has a survivor, and which of its members
    holds the family's token), and the household tokens of the members of those households
    with no survivor (``_household_tokens``).

    Households change only through their members' rows, so walking from the changed persons
    reaches every household that was or now is theirs."""
    persons, walked = set(changed), set[int]()
    families: list[frozenset[int]] = []
    for person_id in sorted(changed):
        if person_id in walked:
            continue
        household = f.household_of(case, person_id)
        walked |= household
        if len(household) < 2:
            continue
        persons |= household
        dead = set(
            rm.StatusRecord.objects.filter(person_id__in=household, status__in=f.DEATH)
            .values_list("person_id", flat=True)
            .distinct()
        )
        if dead == household:
            families.append(household)
    return persons, _household_tokens(families)


def _every_person(case: Case) -> Iterator[tuple[int, str, list[f.StatusFact], set[int]]]:
    """Each person of the case with their status facts and events: three reads in person
    order, merged."""
    facts = iter(_facts(rm.StatusRecord.objects.filter(case=case).order_by("person_id")))
    fact = next(facts, None)
    ancestry = events_around(case.pk)
    acts = (
        rm.Involvement.objects.filter(case=case, act__event__isnull=False)
        .order_by("person_id")
        .values_list("person_id", "act__event_id")
        .iterator(chunk_size=BATCH)
    )
    act = next(acts, None)
    persons = rm.Person.objects.filter(case=case).order_by("pk").values_list("pk", "sex")
    for person_id, sex in persons.iterator(chunk_size=BATCH):
        mine = []
        while fact is not None and fact[0] <= person_id:
            if fact[0] == person_id:
                mine.append(fact[1])
            fact = next(facts, None)
        events: set[int] = set()
        while act is not None and act[0] <= person_id:
            if act[0] == person_id:
                events.update(ancestry.get(act[1], ()))
            act = next(acts, None)
        yield person_id, sex, mine, events


def _facts(records: Any) -> Iterator[tuple[int, f.StatusFact]]:
    rows = records.annotate(age=ages.status_age()).values_list(
        "person_id", "status", "source_id", "source_record_id", "age"
    )
    for person_id, status, source, row, age in rows.iterator(chunk_size=BATCH):
        yield person_id, f.StatusFact(status, source, row, age)


def _pending_persons(case: Case, among: list[int] | None = None) -> set[int]:
    """Persons with a list row in a pair awaiting review."""
    from rightsledger.registry.review import pending_pairs

    pairs = pending_pairs(case)
    rows = SourceRecord.objects.filter(
        Q(pk__in=pairs.values("record_a_id")) | Q(pk__in=pairs.values("record_b_id")),
        case=case, person__isnull=False,
    )  # fmt: skip
    if among is not None:
        rows = rows.filter(person_id__in=among)
    return set(rows.values_list("person_id", flat=True))


def _tokens_of(case: Case, ids: list[int], limits: ages.AgeLimits, pending: set[int],
               households: dict[int, str], ancestry: dict[int, list[int]],
               ) -> dict[int, list[str]]:  # fmt: skip
    """The tokens of each existing person of ``ids`` (``ancestry``: ``events_around``)."""
    sexes = dict(rm.Person.objects.filter(case=case, pk__in=ids).values_list("pk", "sex"))
    facts: dict[int, list[f.StatusFact]] = {person_id: [] for person_id in sexes}
    for person_id, fact in _facts(
        rm.StatusRecord.objects.filter(case=case, person_id__in=list(sexes)).order_by()
    ):
        facts[person_id].append(fact)
    events: dict[int, set[int]] = {person_id: set() for person_id in sexes}
    for person_id, event in rm.Involvement.objects.filter(
        case=case, person_id__in=list(sexes), act__event__isnull=False
    ).values_list("person_id", "act__event_id"):
        events[person_id].update(ancestry.get(event, ()))
    return {
        person_id: _tokens(
            person_id, sexes[person_id], mine, limits, person_id in pending,
            households.get(person_id), events[person_id],
        )
        for person_id, mine in facts.items()
    }  # fmt: skip


def _tokens(person_id: int, sex: str, facts: list[f.StatusFact], limits: ages.AgeLimits,
            awaiting: bool, household: str | None, events: Iterable[int]) -> list[str]:  # fmt: skip
    """One person's tokens, sorted (so equal shares compare equal); ``household``: the
    token of the household with no survivor the person belongs to, if any; ``events``:
    those the person is a person of."""
    tokens = ["persons"]
    tokens += [f"status:{status}" for status in {fact.status for fact in facts} & VICTIM_STATUSES]
    conflict = f.in_conflict(facts)
    for key, sources in f.person_figures(sex, facts, limits).items():
        tokens.append(key)
        tokens += [f"{key}@{source or 0}" for source in sources]
        if conflict and f.BY_KEY[key].status in f.DEATH:
            tokens.append(f"conflict:{key}")
        if awaiting:
            tokens.append(f"review:{key}")
    if household is not None:
        tokens.append(household)
        if household.startswith(f"{HOUSEHOLD}{person_id}:"):  # its first member
            tokens.append(FAMILY)
    tokens += [f"{MEMBER}{event}" for event in events]
    return sorted(tokens)


def event_counts(case: Case, event: rm.Event) -> dict[str, int]:
    """The tally counts of ``event``'s persons (with the events within it), caught up with
    the case's: summed from its persons' tokens when first read, moved with the case's
    sums from then on; the households with no survivor counted where all their members are
    the event's."""
    from rightsledger.records.queries import persons_of_event

    tally = current(case)
    row = EventTally.objects.filter(case=case, pk=event.pk, sequence=tally.sequence).first()
    if row is None:
        sums: Counter[str] = Counter()
        persons = PersonTally.objects.filter(
            case=case, person_id__in=persons_of_event(event).values("pk")
        )
        for tokens in persons.values_list("tokens", flat=True).iterator(chunk_size=BATCH):
            sums.update(_event_share(tokens.split()))
        row, _ = EventTally.objects.update_or_create(
            pk=event.pk, defaults={"case": case, "sequence": tally.sequence, "counts": dict(sums)}
        )
    counts = dict(row.counts)
    households = [token for token in counts if token.startswith(HOUSEHOLD)]
    counts[FAMILY] = sum(counts.pop(token) == int(token.rsplit(":", 1)[1]) for token in households)
    return counts


def by_source(counts: Mapping[str, int]) -> dict[str, dict[int, int]]:
    """Each figure's persons by the id of the source that gives them (0: by documenters)."""
    found: dict[str, dict[int, int]] = {}
    for token, n in counts.items():
        key, at, source = token.partition("@")
        if at and n:
            found.setdefault(key, {})[int(source)] = n
    return found


def prefixed(counts: Mapping[str, int], prefix: str, keys: Iterable[str]) -> dict[str, int]:
    return {key: int(counts.get(f"{prefix}:{key}", 0)) for key in keys}


def as_counts(counts: Mapping[str, int]) -> dict[str, Any]:
    """Tally counts (a case's, ``FigureTally.counts``, or a population's) in the terms the
    figures are read in."""
    return {
        "persons": int(counts.get("persons", 0)),
        "figures": {key: int(counts.get(key, 0)) for key in f.FIGURE_KEYS},
        "by_status": prefixed(counts, "status", v.VictimStatus.values),
        "conflicts": prefixed(counts, "conflict", f.FIGURE_KEYS),
        "awaiting_review": prefixed(counts, "review", f.FIGURE_KEYS),
        "by_source": by_source(counts),
    }


def summary_figures(case: Case) -> tuple[dict[str, int], dict[str, int], int]:
    """The dashboard's share (``records.summary.install_figure_reader``)."""
    counts = as_counts(current(case).counts)
    return counts["figures"], counts["by_status"], counts["persons"]
