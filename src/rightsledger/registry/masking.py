"""Registry rows keep names verbatim (they are the evidence of what a list said); these
functions hide the names of protected persons from readers who may not re-identify them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rightsledger.cases.models import Case, Membership
from rightsledger.cases.roles import roles_allowed
from rightsledger.protection.actions import REVEAL_PERMISSION
from rightsledger.protection.crypto import pseudonym
from rightsledger.protection.models import ProtectedIdentity

NAME_FIELDS = ("full_name", "given_name", "surname", "patronymic")


def hidden_persons(case: Case, user: Any) -> set[int]:
    """Protected persons of ``case`` whose names ``user`` may not see (none for owners/editors)."""
    user_id = getattr(user, "pk", None)
    may_reveal = (
        user_id is not None
        and Membership.objects.filter(
            case=case, user_id=user_id, role__in=roles_allowed(REVEAL_PERMISSION)
        ).exists()
    )
    if may_reveal:
        return set()
    return set(ProtectedIdentity.objects.filter(case=case).values_list("person_id", flat=True))


def mask_records(records: Iterable[Any], hidden: set[int]) -> list[Any]:
    """The records, with the names of hidden persons replaced by their pseudonym in memory."""
    rows = list(records)
    for record in rows:
        if record.person_id in hidden:
            alias = pseudonym(record.case_id, record.person_id)
            for name in NAME_FIELDS:
                setattr(record, name, alias if name == "full_name" else "")
    return rows
