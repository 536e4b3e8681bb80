"""Checking the records themselves against the history: every row's state against its chain.

One pass over each chain checks its links (``verify_chain``) and, on the way, replays the
state every row should have (``cases.replay.StateReplay``).  Then every row of every recorded
model is read from the database in batches, its state hash recomputed and compared: a row
edited behind the application's back, a row nobody recorded, a row whose deletion is not
in the history, and a deleted row that reappeared are each named.  On the same walk, the
index of bulk rows (``cases.bulk_refs``) is compared with the bulk entries it is made from.

A bag import restores a case's chain verbatim; the memberships in that chain belong to the
installation it came from, so they are set aside up to the imported head, and the importer's
ownership is vouched for by the import's entries in the global chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import models

from rightsledger.cases.bulk_refs import RefCheck
from rightsledger.cases.history import GLOBAL_CHAIN, ChainProblem, chains_for, verify_chain
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.cases.replay import RowKey, RowProblem, StateReplay, recorded_models, row_key
from rightsledger.cases.state import state_spec

BATCH = 5000
IMPORT_TYPE = "archive.bag"
MEMBERSHIP = "cases.membership"
# Problems of one kind for one model are named up to this many; the rest are counted.
NAMED_PER_KIND = 25


@dataclass
class RecordCheck:
    chain_problems: list[ChainProblem] = field(default_factory=list)
    row_problems: list[RowProblem] = field(default_factory=list)
    more: dict[tuple[str, str], int] = field(default_factory=dict)  # (label, problem) -> count
    entries: int = 0
    rows: int = 0
    heads: dict[str, int] = field(default_factory=dict)
    touched_items: set[RowKey] = field(default_factory=set)  # with ``since``

    def add(self, problem: RowProblem) -> None:
        key = (problem.label, problem.problem)
        named = self.more.setdefault(key, 0)
        if named < NAMED_PER_KIND:
            self.row_problems.append(problem)
        self.more[key] = named + 1

    def summaries(self) -> Iterator[tuple[str, str]]:
        """(model, how many more rows had which problem) beyond those named."""
        for (label, problem), count in sorted(self.more.items()):
            if count > NAMED_PER_KIND:
                yield label, f"{count - NAMED_PER_KIND} more rows {problem}"


def check_records(case: Case | None = None, *, since: int | None = None) -> RecordCheck:
    """Walk the chains of ``case`` (or all) and compare every recorded row with its state.

    ``since`` (with a case): only the links from that sequence on, and the rows they touched.
    """
    if since is not None and case is None:
        raise ValueError("--since needs a case: sequences are counted per case")
    check = RecordCheck()
    chains = chains_for(case)
    earlier = _earlier_states(chains[0], since) if since and chains else None
    replay = StateReplay(recorded_models(), earlier=earlier)
    imported = _replay_global(replay, case)
    for key in chains:
        check.chain_problems += _walk(key, replay, check, imported.get(key, 0), since)
    if since is None:
        for model in recorded_models():
            _check_model(replay, model, case, check)
    else:
        check.touched_items = set(replay.expected.get("evidence.evidenceitem", {}))
        for model in recorded_models():
            _check_touched(replay, model, check)
    return check


def _walk(
    key: str, replay: StateReplay, check: RecordCheck, imported_head: int, since: int | None
) -> list[ChainProblem]:
    refs = RefCheck(key, since=since or 1)  # the index of bulk rows against the entries

    def visit(entry: HistoryEntry) -> None:
        check.entries += 1
        check.heads[key] = entry.sequence
        refs.visit(entry)
        if key == GLOBAL_CHAIN:
            return  # fed beforehand (``_replay_global``)
        if entry.object_type == MEMBERSHIP and entry.sequence <= imported_head:
            return  # another installation's accounts
        replay.feed(
            action=entry.action, object_type=entry.object_type, object_id=entry.object_id,
            after=entry.after, state_hash=entry.state_hash, before=entry.before,
            where=f"{entry.chain}#{entry.sequence}",
        )  # fmt: skip

    problems = list(verify_chain(key, since=since or 1, visit=visit))
    return problems + refs.problems()


def _replay_global(replay: StateReplay, case: Case | None) -> dict[str, int]:
    """Feed the global chain's memberships (given by bag imports); the imported heads."""
    imported: dict[str, int] = {}
    entries = HistoryEntry.objects.filter(
        chain=GLOBAL_CHAIN, object_type__in=[IMPORT_TYPE, MEMBERSHIP]
    ).order_by("sequence")
    for entry in entries.iterator(chunk_size=BATCH):
        after = entry.after if isinstance(entry.after, dict) else {}
        if entry.object_type == IMPORT_TYPE:
            head = after.get("sequence", after.get("entries"))
            if isinstance(after.get("chain"), str) and isinstance(head, int):
                imported[after["chain"]] = head
            continue
        if case is not None and after.get("case_id") != case.pk:
            continue
        replay.feed(
            action=entry.action, object_type=entry.object_type, object_id=entry.object_id,
            after=after, state_hash=entry.state_hash, where=f"{entry.chain}#{entry.sequence}",
        )  # fmt: skip
    return imported


def _rows(model: type[models.Model], queryset: Any) -> Iterable[tuple[Any, tuple[Any, ...]]]:
    attnames = state_spec(model).attnames
    pk_at = attnames.index(model._meta.pk.attname)
    for values in queryset.values_list(*attnames).iterator(chunk_size=BATCH):
        yield values[pk_at], values


def _scoped(model: type[models.Model], case: Case | None) -> Any:
    queryset = model._default_manager.order_by()
    if model is Case:
        return queryset if case is None else queryset.filter(pk=case.pk)
    # A row without a case (a shared catalogue's entry beside the cases' own) is no case's
    # record.
    return queryset.filter(case__isnull=False) if case is None else queryset.filter(case=case)


def _check_model(
    replay: StateReplay, model: type[models.Model], case: Case | None, check: RecordCheck
) -> None:
    label = state_spec(model).label
    for problem in replay.check_rows(label, _counted(check, _rows(model, _scoped(model, case)))):
        check.add(problem)
    for problem in replay.gone(label):
        check.add(problem)


def _counted(check: RecordCheck, rows: Iterable[Any]) -> Iterator[Any]:
    for row in rows:
        check.rows += 1
        yield row


def _check_touched(replay: StateReplay, model: type[models.Model], check: RecordCheck) -> None:
    label = state_spec(model).label
    keys = list(replay.expected[label])
    for start in range(0, len(keys), 500):
        queryset = model._default_manager.order_by().filter(pk__in=keys[start : start + 500])
        for problem in replay.check_rows(label, _counted(check, _rows(model, queryset))):
            check.add(problem)
    for problem in replay.gone(label):
        check.add(problem)


def _earlier_states(chain: str, since: int) -> Callable[[str, RowKey], Any]:
    """For a replay from ``since``: a row's state from its own entries before that link."""

    def earlier(object_type: str, key: RowKey) -> Any:
        past = StateReplay([m for m in recorded_models() if state_spec(m).label == object_type])
        entries = HistoryEntry.objects.filter(
            chain=chain, object_type=object_type, object_id=str(key), sequence__lt=since
        ).order_by("sequence")
        for entry in entries:
            past.feed(
                action=entry.action, object_type=entry.object_type, object_id=entry.object_id,
                after=entry.after, state_hash=entry.state_hash, before=entry.before,
                where=f"{entry.chain}#{entry.sequence}",
            )  # fmt: skip
        return past.expected[object_type].get(row_key(key))

    return earlier
