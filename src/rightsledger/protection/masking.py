"""History entries that show a protected person, and masking them.

A person protected after being recorded has their name in the history entries written
before (their creation, names, and every entry whose description names them).  Those entries
stay as they are — the chain's integrity depends on it — but ``protect_person`` lists them.
Entries written after protection about the person's identifying rows (their notes, birth
date, a name, a list row, a missing person's file: ``disclosure.IDENTIFYING``) show what
the pages hide, whoever wrote them.  Readers who may not re-identify get both kinds masked
(``mask_entries``; their entry hashes still show, so the chain's links can be followed),
and no state hash of such a row, not even among the rows of a bulk entry: a hash of a
row's state, without a secret, lets whoever sees the row's other fields confirm a guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from rightsledger.cases.models import HistoryEntry
from rightsledger.protection.disclosure import (
    SHOWS_IDENTITY,
    Owners,
    may_reveal,
    person_attname,
    row_owners,
)

MASK = "[protected identity]"


def exposing_sequences(
    case_id: int, person_id: int, name_ids: list[int], names: list[str]
) -> list[int]:
    """Sequences of the entries of the case's chain that may show any of ``names``."""
    about_person = Q(object_type="records.person", object_id=str(person_id)) | Q(
        object_type="records.personname", object_id__in=[str(i) for i in name_ids]
    )
    naming = Q()
    for name in {n for n in names if n.strip()}:
        naming |= Q(object_repr__icontains=name) | Q(message__icontains=name)
    entries = HistoryEntry.objects.filter(case_id=case_id).filter(about_person | naming)
    return sorted(entries.values_list("sequence", flat=True))


def hidden_sequences(case_id: int, user: Any) -> set[int]:
    """The entries of the case ``user`` must see masked (empty for owners and editors)."""
    return set() if may_reveal(user, case_id) else _all_exposed(case_id)


def _all_exposed(case_id: int) -> set[int]:
    from rightsledger.protection.models import ProtectedIdentity

    hidden: set[int] = set()
    for sequences in ProtectedIdentity.objects.filter(case_id=case_id).values_list(
        "exposed_in_history", flat=True
    ):
        hidden.update(sequences)
    return hidden


def mask_entry(data: dict[str, Any]) -> dict[str, Any]:
    """An entry's API form with every field that could show the name replaced."""
    return {**data, **_MASKED, "masked": True}


# What a masked entry shows in place of its content.  Its ``entry_hash`` and
# ``previous_hash`` stay, so the chain's links can still be followed; its ``state_hash``
# goes with the content it vouches for (a hash of a row holding the name confirms a guess).
_MASKED: dict[str, Any] = {
    "object_repr": MASK, "message": MASK, "before": None, "after": None, "state_hash": "",
}  # fmt: skip


def mask_entries(user: Any, entries: list[Any]) -> None:
    """Mask in memory what of ``entries`` may show a protected person to ``user``.

    Nothing is saved: the stored entries (and their hashes) stay as written.  Called by the
    disclosure policy for every restricted query of history entries.  Masked whole: the
    entries written before protection that may show the name (``exposed_in_history``) and
    every entry about a row of a protected person that the disclosure policy calls
    identifying, whenever it was written.  A bulk entry shows which rows it wrote, but not
    the state hash of a protected person's row among them.  Per case, one query for the
    reader's role, one for the protected persons and one per kind of row (by 5,000 ids)
    to learn whose the rows are: never a query per entry.
    """
    by_case: dict[int, list[Any]] = defaultdict(list)
    for entry in entries:
        if entry.case_id is not None and not getattr(entry, "_disclosure_masked", False):
            by_case[entry.case_id].append(entry)
    for case_id, group in by_case.items():
        withheld = Withheld.of(case_id, user, group)
        if withheld is None:
            continue
        for entry in group:
            if withheld.masks(entry):
                for name, value in _MASKED.items():
                    setattr(entry, name, value)
                entry.masked = entry._disclosure_masked = True
            elif entry.action == HistoryEntry.Action.BULK:
                entry.after = without_digests(entry.after, withheld.hides)


def masked_for_readers(case_id: int, entries: list[Any]) -> set[int]:
    """Sequences of ``entries`` that a reader who may not re-identify sees masked (entries
    or anything with their ``sequence``, ``action``, ``object_type``, ``object_id``,
    ``before`` and ``after``)."""
    withheld = Withheld.of(case_id, None, entries)
    return set() if withheld is None else {e.sequence for e in entries if withheld.masks(e)}


@dataclass(frozen=True)
class Withheld:
    """What of a case's history a reader sees masked: the protected persons they may not
    see, the entries listed at protection, and whose the rows the entries name are."""

    persons: set[int]
    exposed: set[int]
    owners: Owners

    @classmethod
    def of(cls, case_id: int, user: Any, entries: list[Any]) -> Withheld | None:
        from rightsledger.protection.models import ProtectedIdentity

        if may_reveal(user, case_id):
            return None
        persons, exposed = set(), set()
        for person_id, sequences in ProtectedIdentity.objects.filter(case_id=case_id).values_list(
            "person_id", "exposed_in_history"
        ):
            persons.add(person_id)
            exposed.update(sequences)
        if not persons:
            return None
        return cls(persons, exposed, row_owners(_rows_named(entries)))

    def masks(self, entry: Any) -> bool:
        """Whether ``entry`` may show the name (listed at protection) or is about a
        protected person's row that shows who they are.

        Decided by the row's person now and by the person its recorded values name (a row
        moved away from the person, or removed); a row that no longer exists and whose entry
        names no person counts as theirs, since nobody can tell.
        """
        if entry.sequence in self.exposed:
            return True
        label, pk = entry.object_type, entry.object_id
        if label == "protection.protectedidentity":
            # The identity itself (its ciphertext; a name added later changes it): readers
            # who may not reveal see the pseudonym elsewhere and nothing of this.
            return True
        if label not in SHOWS_IDENTITY:
            return False
        if label == "records.person":
            return not pk.isdigit() or int(pk) in self.persons
        person_field = person_attname(label)
        known = self.owners.get(label, {})
        recorded = {
            side[person_field]
            for side in (entry.before, entry.after)
            if person_field and isinstance(side, dict) and person_field in side
        }
        if pk not in known and not recorded:
            return True
        return bool(({known.get(pk)} | recorded) & self.persons)

    def hides(self, label: str, pk: str) -> bool:
        """Whether the state hash of row ``pk`` of ``label`` in a bulk entry is withheld."""
        if label not in SHOWS_IDENTITY:
            return False
        if label == "records.person":
            return not pk.isdigit() or int(pk) in self.persons
        known = self.owners.get(label, {})
        return pk not in known or known[pk] in self.persons


def _rows_named(entries: list[Any]) -> dict[str, set[str]]:
    """The rows showing a person's identity that ``entries`` are about or wrote in bulk."""
    named: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.object_type in SHOWS_IDENTITY:
            named[entry.object_type].add(entry.object_id)
        elif entry.action == HistoryEntry.Action.BULK:
            for label, ids in bulk_rows(entry.after).items():
                if label in SHOWS_IDENTITY:
                    named[label] |= ids
    return named


def bulk_rows(
    after: Any, actions: tuple[str, ...] = ("create", "update", "delete")
) -> dict[str, set[str]]:
    """The ids of the rows a bulk entry's ``after`` names (for ``actions``), by object type."""
    rows = after.get("rows") if isinstance(after, dict) else None
    found: dict[str, set[str]] = defaultdict(set)
    for label, by_action in rows.items() if isinstance(rows, dict) else ():
        for action in actions if isinstance(by_action, dict) else ():
            digests = by_action.get(action)
            if isinstance(digests, dict):
                found[label].update(str(pk) for pk in digests)
    return found


def without_digests(after: Any, hidden: Callable[[str, str], bool]) -> Any:
    """A bulk entry's ``after`` with the state hash of every ``hidden`` row blank ("").

    The rows stay listed (which rows an import or a linkage wrote is what a row's history
    is found by); only the hashes go.  Shared by the history readers see and the bags that
    leave (``archive.redact``).
    """
    rows = after.get("rows") if isinstance(after, dict) else None
    if not isinstance(rows, dict):
        return after
    out: dict[str, Any] = {}
    for label, by_action in rows.items():
        if not isinstance(by_action, dict):
            out[label] = by_action
            continue
        out[label] = {
            action: {pk: ("" if hidden(label, str(pk)) else digest) for pk, digest in digests.items()}
            if isinstance(digests, dict) else digests
            for action, digests in by_action.items()
        }  # fmt: skip
    return {**after, "rows": out}
