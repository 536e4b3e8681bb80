"""History entries that show a protected person's name, and masking them.

A person protected after being recorded has their name in the history entries written
before (their creation, names, and every entry whose description names them).  Those entries
stay as they are — the chain's integrity depends on it — but ``protect_person`` lists them,
and whoever shows history to someone who may not re-identify masks them with
``mask_entry`` (their hashes still show, so the chain can be checked).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from rightsledger.cases.models import HistoryEntry, Membership
from rightsledger.cases.roles import roles_allowed

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
    from rightsledger.protection.actions import REVEAL_PERMISSION

    user_id = getattr(user, "pk", None)
    if user_id is None:
        return _all_exposed(case_id)
    may_reveal = Membership.objects.filter(
        case_id=case_id, user_id=user_id,
        role__in=roles_allowed(REVEAL_PERMISSION),
    ).exists()  # fmt: skip
    return set() if may_reveal else _all_exposed(case_id)


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
    return {**data, "object_repr": MASK, "before": None, "after": None, "message": MASK,
            "masked": True}  # fmt: skip


def masked_for(user: Any, entries: Any) -> list[Any]:
    """The entries as ``user`` may see them: those showing a protected name masked in memory.

    Nothing is saved: the stored entries (and their hashes) stay as written.
    """
    rows = list(entries)
    hidden: dict[int, set[int]] = {}
    for entry in rows:
        if entry.case_id is None:
            continue
        if entry.case_id not in hidden:
            hidden[entry.case_id] = hidden_sequences(entry.case_id, user)
        if entry.sequence in hidden[entry.case_id]:
            entry.object_repr, entry.message = MASK, MASK
            entry.before, entry.after = None, None
            entry.masked = True
    return rows
