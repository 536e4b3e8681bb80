"""Replaying the history to learn the last recorded state of every row, and the rows that
differ from it.

``cases.state`` says what a row's state is and how it is hashed; this module feeds history
entries in order, keeps the last state each entry vouches for, and compares the rows of
the database with it (see ``evidence.verify_records``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models

from rightsledger.cases.state import state_spec

# Rows checked by other means, or not part of the record: the history itself, background
# jobs (machinery), and custody entries (each is compared with the chained entry written
# with it, which holds its fields).
NOT_STATE_CHECKED = {"cases.historyentry", "evidence.custodyentry"}
NOT_STATE_CHECKED_APPS = {"jobs"}


def recorded_models() -> list[type[models.Model]]:
    """The models whose every row the history vouches for: cases, memberships, and every
    case-scoped model (protected identities included)."""
    from django.apps import apps

    from rightsledger.cases.models import Case

    found: list[type[models.Model]] = [Case]
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in NOT_STATE_CHECKED or model._meta.app_label in NOT_STATE_CHECKED_APPS:
            continue
        field = next((f for f in model._meta.concrete_fields if f.name == "case"), None)
        if field is not None and field.is_relation and field.related_model is Case:
            found.append(model)
    return found


DELETED = b""  # the row's last entry deleted it


@dataclass(frozen=True)
class Unrecorded:
    """A change the history describes without the row's resulting state."""

    where: str


Expected = bytes | dict[str, Any] | Unrecorded  # a digest, an old snapshot, or unknown
RowKey = int | str


def row_key(object_id: Any) -> RowKey:
    text = str(object_id)
    return int(text) if text.isdigit() else text


# Writers that, before state hashes, changed more than their entries said, recognised by
# what their entry's ``before`` holds: protecting a person blanked each name's script and
# language along with its value.
LEGACY_SILENT_CHANGES = {
    "records.personname": (
        "value", "[name moved to encrypted protected identity", {"script": "", "language": ""},
    ),
}  # fmt: skip


def _silent_changes(object_type: str, before: Any) -> dict[str, Any]:
    known = LEGACY_SILENT_CHANGES.get(object_type)
    if known is None or not isinstance(before, dict):
        return {}
    field, marker, changes = known
    value = before.get(field)
    return dict(changes) if isinstance(value, str) and value.startswith(marker) else {}


class StateReplay:
    """The last recorded state of every row of ``models``, from history entries fed in order.

    Entries written before state hashes existed carry snapshots instead (a creation's full
    snapshot, then the changed fields); those are folded into the row's snapshot and
    compared as such.
    """

    def __init__(
        self,
        models: Iterable[type[models.Model]],
        *,
        earlier: Callable[[str, RowKey], Expected | None] | None = None,
    ) -> None:
        self.specs = {state_spec(m).label: state_spec(m) for m in models}
        self.expected: dict[str, dict[RowKey, Expected]] = {label: {} for label in self.specs}
        # For a replay that starts mid-chain: the state a row had before the first entry fed.
        self.earlier = earlier

    def feed(
        self,
        *,
        action: str,
        object_type: str,
        object_id: str,
        after: Any,
        state_hash: str,
        where: str,
        before: Any = None,
    ) -> None:
        if action == "bulk":
            self._feed_bulk(after, where)
            return
        table = self.expected.get(object_type)
        if table is None or action not in {"create", "update", "delete"}:
            return
        key = row_key(object_id)
        if action == "delete":
            table[key] = DELETED
        elif state_hash:
            table[key] = bytes.fromhex(state_hash)
        elif action == "create":
            table[key] = dict(after) if isinstance(after, dict) else Unrecorded(where)
        else:
            attnames = self.specs[object_type].attnames
            changed = {k: v for k, v in (after or {}).items() if k in attnames}
            changed.update(_silent_changes(object_type, before))
            if not changed:
                return  # nothing of the row's own fields (e.g. a many-to-many set)
            prior = table.get(key)
            if prior is None and self.earlier is not None:
                prior = self.earlier(object_type, key)
            table[key] = {**prior, **changed} if isinstance(prior, dict) else Unrecorded(where)

    def _feed_bulk(self, after: Any, where: str) -> None:
        rows = after.get("rows") if isinstance(after, dict) else None
        if not isinstance(rows, dict):
            return
        for object_type, by_action in rows.items():
            table = self.expected.get(object_type)
            if table is None or not isinstance(by_action, dict):
                continue
            for action, digests in by_action.items():
                for object_id, digest in (digests or {}).items():
                    key = row_key(object_id)
                    if action == "delete":
                        table[key] = DELETED
                    else:
                        try:
                            table[key] = bytes.fromhex(digest)
                        except (TypeError, ValueError):
                            table[key] = Unrecorded(where)

    def matches(self, label: str, expected: Expected, values: Iterable[Any]) -> bool:
        spec = self.specs[label]
        if isinstance(expected, bytes):
            return spec.digest(values) == expected
        if isinstance(expected, dict):
            return spec.digest(values, legacy=True) == spec.digest_of(expected, legacy=True)
        return False

    def check_rows(
        self, label: str, rows: Iterable[tuple[Any, Iterable[Any]]]
    ) -> Iterable[RowProblem]:
        """Compare rows ``(pk, values in StateSpec.attnames order)`` with their last state.

        Each row checked is taken off the expected set; ``gone`` then names the rest.
        """
        table = self.expected[label]
        for pk, values in rows:
            key = pk if isinstance(pk, int) else row_key(pk)
            expected = table.pop(key, None)
            if expected is None:
                yield RowProblem(label, key, NO_ENTRY)
            elif expected == DELETED:
                yield RowProblem(label, key, RESURRECTED)
            elif isinstance(expected, Unrecorded):
                yield RowProblem(label, key, f"changed at {expected.where} with no state recorded")
            elif not self.matches(label, expected, values):
                yield RowProblem(label, key, ALTERED)

    def gone(self, label: str) -> Iterable[RowProblem]:
        """Rows the history says exist that ``check_rows`` did not see."""
        for key, expected in self.expected[label].items():
            if expected != DELETED:
                yield RowProblem(label, key, GONE)


ALTERED = "altered outside the record (differs from its last history entry)"
NO_ENTRY = "not in the history (written outside the record)"
RESURRECTED = "present, but the history records its deletion"
GONE = "gone, but the history records no deletion"


@dataclass(frozen=True)
class RowProblem:
    label: str
    key: RowKey
    problem: str

    def __str__(self) -> str:
        return f"{self.label} {self.key}: {self.problem}"
