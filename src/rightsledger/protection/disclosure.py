"""The one disclosure policy: what of a protected person a reader may see.

A protected person's real identity is encrypted (``ProtectedIdentity``); their plain names
already hold the pseudonym.  What remains identifying is elsewhere: the birth date and year,
the age, the place of origin and notes of the person; the list rows that name them verbatim
(and every field of those rows that could point to them); the history entries written
before they were protected.  Readers who may re-identify (owners and editors, the
``REVEAL_PERMISSION``) see everything; everyone else sees, for a protected person:

* names → the pseudonym; birth date, birth year, age, place of origin, notes → nothing;
* a list row → the pseudonym for its name, every other identifying field blank, and the
  verbatim cells replaced by the pseudonym;
* a history entry that may show the name (written before protection), or about one of the
  rows below whenever it was written → masked (``protection.masking``), and no state hash
  of such a row, not even in a bulk entry.

The policy is applied by the access path itself: every queryset narrowed by
``restrict(user, …)`` hands its objects to ``apply`` before anyone sees them (see
``rightsledger.cases.querysets``), so pages, the API, the CLI, exports and reports cannot
forget it.  ``.values()`` and aggregate queries return no objects and are not masked: they
must not select the identifying fields below (``IDENTIFYING``) for display.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.db import models

from rightsledger.cases.models import Membership
from rightsledger.cases.roles import roles_allowed

REVEAL_PERMISSION = "change"  # owners and editors


@dataclass(frozen=True)
class Rule:
    """How one model's rows point to a person, and which of their fields identify them."""

    person: str  # attribute holding the person's id ("pk" for the person itself)
    pseudonym: tuple[str, ...] = ()
    blank: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()  # JSON lists of verbatim cells, replaced whole


IDENTIFYING: dict[str, Rule] = {
    "records.person": Rule(
        "pk", pseudonym=("display_name",),
        blank=("birth_date", "birth_year", "age_at_event", "notes", "place_of_origin_id"),
    ),
    "records.personname": Rule("person_id", pseudonym=("value",), blank=("search_key",)),
    "registry.sourcerecord": Rule(
        "person_id", pseudonym=("full_name",),
        blank=("given_name", "surname", "patronymic", "birth_date", "birth_year", "age",
               "place_of_origin", "notes", "family_id", "record_id"),
    ),
    "missing.missingpersonfile": Rule(
        "person_id", blank=("circumstances", "last_seen_with", "reported_by", "notes"),
    ),
    "missing.identification": Rule("person_id", blank=("notes",)),
}  # fmt: skip

# The registry's raw rows hold a list row's cells verbatim: they belong to the person of the
# list row made from them (``registry.SourceRecord.raw_row``).
RAW_ROW = "registry.rawrow"
# Models whose rows show who their person is: their history and state hashes are withheld
# with them (``protection.masking``).
SHOWS_IDENTITY = frozenset([*IDENTIFYING, RAW_ROW])
LOOKUP_BATCH = 5000  # ids per query
Owners = dict[str, dict[str, int | None]]  # model label → row id (as history writes it) → person


def person_attname(label: str) -> str | None:
    """The field of a row of ``label`` naming its person ("pk" for a person itself)."""
    rule = IDENTIFYING.get(label)
    return rule.person if rule is not None else None


def row_owners(rows: dict[str, set[str]]) -> Owners:
    """The person each of ``rows`` (model label → ids) belongs to now; rows that no longer
    exist are left out.  One query per model and 5,000 ids (two for raw rows)."""
    from django.apps import apps

    owners: Owners = {}
    for label, ids in rows.items():
        numbers = sorted(int(pk) for pk in ids if pk.isdigit())
        found: dict[str, int | None] = {}
        for start in range(0, len(numbers), LOOKUP_BATCH):
            batch = numbers[start : start + LOOKUP_BATCH]
            if label == "records.person":
                found.update((str(pk), pk) for pk in batch)
            elif label == RAW_ROW:
                model = apps.get_model(label)
                found.update(
                    (str(pk), None) for pk in model.objects.filter(pk__in=batch).values_list(
                        "pk", flat=True)
                )  # fmt: skip
                found.update((str(raw), person) for raw, person in _raw_rows_of(batch).items())
            elif label in IDENTIFYING:
                model, field = apps.get_model(label), IDENTIFYING[label].person
                found.update(
                    (str(pk), person)
                    for pk, person in model.objects.filter(pk__in=batch).values_list("pk", field)
                )
        owners[label] = found
    return owners


def _raw_rows_of(raw_row_ids: list[int]) -> dict[int, int | None]:
    from rightsledger.registry.models import SourceRecord

    return dict(
        SourceRecord.objects.filter(raw_row_id__in=raw_row_ids).values_list(
            "raw_row_id", "person_id"
        )
    )


# Beside protected persons, some data is confidential whoever it is about: genetic and
# ante-mortem data (the missing app).  A model lists such fields in ``confidential_fields``;
# readers who may not re-identify see them blank, and masked in the row's history entries.


# Within one reading request the answers below cannot change (nothing is written), yet a
# page asks them once for every restricted query it makes: ``answers_kept`` keeps them for
# the request (see ``protection.middleware``). Outside it — writes, jobs, the CLI — every
# question goes to the database.
_kept: ContextVar[dict[tuple[str, int, int], Any] | None] = ContextVar(
    "rightsledger_disclosure_answers", default=None
)


@contextmanager
def answers_kept() -> Iterator[None]:
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def _kept_answer(question: str, user_id: int, case_id: int, ask: Callable[[], Any]) -> Any:
    kept = _kept.get()
    if kept is None:
        return ask()
    key = (question, user_id, case_id)
    if key not in kept:
        kept[key] = ask()
    return kept[key]


def may_reveal(user: Any, case_id: int) -> bool:
    user_id = getattr(user, "pk", None)
    return user_id is not None and _kept_answer(
        "may_reveal",
        user_id,
        case_id,
        lambda: Membership.objects.filter(
            case_id=case_id, user_id=user_id, role__in=roles_allowed(REVEAL_PERMISSION)
        ).exists(),
    )


def withheld(user: Any, case_id: int) -> dict[int, str]:
    """Protected persons of the case whose identity ``user`` may not see → their pseudonym."""
    from rightsledger.protection.models import ProtectedIdentity

    if may_reveal(user, case_id):
        return {}
    return dict(
        _kept_answer(
            "withheld",
            user.pk,
            case_id,
            lambda: dict(
                ProtectedIdentity.objects.filter(case_id=case_id).values_list(
                    "person_id", "pseudonym"
                )
            ),
        )
    )


def _label(obj: models.Model) -> str:
    return f"{obj._meta.app_label}.{obj._meta.model_name}"


def _mask(obj: models.Model, rule: Rule, alias: str) -> None:
    for name in rule.pseudonym:
        setattr(obj, name, alias)
    for name in rule.blank:
        field = next(f for f in obj._meta.concrete_fields if f.attname == name)
        setattr(obj, name, None if field.null else "")
    for name in rule.cells:
        setattr(obj, name, [alias])
    obj._disclosure_masked = True  # type: ignore[attr-defined]


def _related(obj: models.Model) -> Iterable[models.Model]:
    """Objects loaded with ``obj`` (select_related), which a template may show as well."""
    cache = getattr(obj._state, "fields_cache", {})
    return [value for value in cache.values() if isinstance(value, models.Model)]


def apply(user: Any, rows: list[Any]) -> None:
    """Mask, in memory, what ``user`` may not see of protected persons among ``rows``."""
    if not rows:
        return
    by_case: dict[int, list[models.Model]] = defaultdict(list)
    confidential: dict[int, list[models.Model]] = defaultdict(list)
    entries: list[Any] = []
    for row in rows:
        if not isinstance(row, models.Model):
            continue
        label = _label(row)
        if label == "cases.historyentry":
            entries.append(row)
            continue
        for obj in [row, *_related(row)]:
            if _label(obj) in IDENTIFYING and getattr(obj, "case_id", None) is not None:
                by_case[obj.case_id].append(obj)  # type: ignore[attr-defined]
            if getattr(obj, "confidential_fields", ()):
                confidential[obj.case_id].append(obj)  # type: ignore[attr-defined]
        if label == "registry.rawrow":
            by_case[row.case_id].append(row)  # type: ignore[attr-defined]
    for case_id, objects in by_case.items():
        hidden = withheld(user, case_id)
        if not hidden:
            continue
        raw_rows = [o for o in objects if _label(o) == "registry.rawrow"]
        owners = _raw_row_persons(raw_rows) if raw_rows else {}
        for obj in objects:
            label = _label(obj)
            if label == "registry.rawrow":
                person = owners.get(obj.pk)
                rule = Rule("", cells=("cells",))
            else:
                rule = IDENTIFYING[label]
                person = getattr(obj, rule.person)
            if person in hidden:
                _mask(obj, rule, hidden[person])
    for case_id, objects in confidential.items():
        if not may_reveal(user, case_id):
            for obj in objects:
                _mask(obj, Rule("", blank=obj.confidential_fields), "")  # type: ignore[attr-defined]
    if entries:
        from rightsledger.protection.masking import mask_entries

        mask_entries(user, entries)
        _mask_confidential_entries(user, entries)


def _mask_confidential_entries(user: Any, entries: list[Any]) -> None:
    """Mask, in history entries, the values of fields their row's model calls confidential."""
    from django.apps import apps

    from rightsledger.protection.masking import MASK

    revealing: dict[int, bool] = {}
    for entry in entries:
        try:
            fields = getattr(apps.get_model(entry.object_type), "confidential_fields", ())
        except (LookupError, ValueError):
            continue
        if not fields or entry.case_id is None or getattr(entry, "_disclosure_masked", False):
            continue
        if entry.case_id not in revealing:
            revealing[entry.case_id] = may_reveal(user, entry.case_id)
        if revealing[entry.case_id]:
            continue
        for side in ("before", "after"):
            values = getattr(entry, side)
            if isinstance(values, dict):
                setattr(entry, side, {k: MASK if k in fields else v for k, v in values.items()})


def _raw_row_persons(raw_rows: list[Any]) -> dict[int, int | None]:
    return _raw_rows_of([row.pk for row in raw_rows])
