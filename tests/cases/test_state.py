"""A row's state hash is the same from memory, from the database and from old snapshots."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Model
from hypothesis import given, settings
from hypothesis import strategies as st

from rightsledger.cases.actions import create_object, snapshot, update_object
from rightsledger.cases.history import canonical_json
from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.cases.state import state_hash, state_spec
from rightsledger.records import models as rm


def test_memory_and_database_agree(case: Any, owner: Any) -> None:
    place = create_object(rm.Place, acting_user=owner, case=case, name="Hill", latitude=40,
                          longitude=46)  # fmt: skip
    assert isinstance(place.latitude, float | int)
    assert state_hash(place) == state_hash(rm.Place.objects.get(pk=place.pk))
    # The same instant in another time zone is the same state.
    baku = Case.objects.get(pk=case.pk)
    baku.created_at = baku.created_at.astimezone(ZoneInfo("Asia/Baku"))
    assert state_hash(baku) == state_hash(Case.objects.get(pk=case.pk))


def test_an_old_snapshot_gives_the_same_hash(case: Any, owner: Any) -> None:
    person = create_object(rm.Person, acting_user=owner, case=case, display_name="A",
                           birth_date=dt.date(1960, 5, 1), birth_year=1960)  # fmt: skip
    spec = state_spec(rm.Person)
    assert spec.digest_of(snapshot(person)).hex() == state_hash(person)


def test_a_field_at_its_default_is_left_out(case: Any, owner: Any) -> None:
    """So a field added later with a default leaves the recorded states of old rows valid."""
    source = create_object(rm.Source, acting_user=owner, case=case, title="T", kind="list")
    old = {k: v for k, v in snapshot(source).items() if k not in {"notes", "author"}}
    assert same_state(old, source)
    changed = update_object(source, acting_user=owner, notes="n")
    assert state_spec(rm.Source).digest_of(old).hex() != state_hash(changed)


def same_state(old: dict[str, Any], obj: Model) -> bool:
    return bool(state_spec(type(obj)).digest_of(old).hex() == state_hash(obj))


def test_actions_write_the_state_hash(case: Any, owner: Any) -> None:
    source = create_object(rm.Source, acting_user=owner, case=case, title="T", kind="list")
    update_object(source, acting_user=owner, title="U")
    entries = list(HistoryEntry.objects.filter(object_type="records.source").order_by("sequence"))
    assert [e.state_hash for e in entries][-1] == state_hash(rm.Source.objects.get(pk=source.pk))
    assert entries[0].state_hash != entries[1].state_hash
    assert "state_hash" in entries[0].hashed_content()
    entries[0].state_hash = ""
    assert "state_hash" not in entries[0].hashed_content()  # older entries keep their hash


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(),
    number=st.one_of(st.none(), st.integers(min_value=0, max_value=2**31)),
    real=st.one_of(st.none(), st.floats(allow_nan=False)),
    flag=st.booleans(),
    cells=st.lists(st.one_of(st.text(), st.integers(), st.none())),
)
def test_the_fast_digest_is_the_hash_of_the_canonical_json(
    text: str, number: int | None, real: float | None, flag: bool, cells: list[Any]
) -> None:
    """The digest ``verify`` computes for each row equals the plain definition."""
    from rightsledger.registry.models import RawRow

    examples: list[tuple[type[Model], dict[str, Any]]] = [
        (rm.Place, {"name": text, "latitude": real, "notes": text[::-1], "case_id": number}),
        (rm.Claim, {"statement": text, "count": number, "credibility": 6}),
        (RawRow, {"cells": cells, "row_number": number}),
        (Membership, {"role": text, "user_id": number}),
        (rm.Person, {"display_name": text, "birth_date": dt.date(1950, 1, 2) if flag else None}),
    ]
    for model, values in examples:
        spec = state_spec(model)
        row = [values.get(name) for name in spec.attnames]
        plain = hashlib.sha256(canonical_json(spec.state(row))).digest()
        assert spec.digest(row) == plain
