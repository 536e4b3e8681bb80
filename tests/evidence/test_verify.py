"""`verify`: re-hash every file, walk every chain, name exactly what fails."""

from __future__ import annotations

import os
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rightsledger.cases.models import HistoryEntry
from rightsledger.evidence.actions import ingest_stream
from rightsledger.evidence.models import CustodyEntry
from rightsledger.evidence.store import FileStore
from rightsledger.evidence.verify import verify
from tests.evidence.test_ingest import add


def overwrite(store: FileStore, sha256: str, data: bytes) -> None:
    path = store.path_for(sha256)
    os.chmod(path, 0o644)
    path.write_bytes(data)


def run_verify(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("verify", *args, stdout=out)
    return out.getvalue()


def test_it_passes_on_an_untouched_record(case: Any, owner: Any) -> None:
    add(case, owner, b"one", "1.txt")
    output = run_verify("--case", case.slug, "--record-custody")
    assert output.startswith("OK: 1 files")  # the text derivative has the same bytes
    assert CustodyEntry.objects.filter(action="verified").count() == 2  # original + text
    assert run_verify().startswith("OK")


def test_one_changed_byte_in_a_file_is_named(case: Any, owner: Any, store: FileStore) -> None:
    item = add(case, owner, b"original bytes", "1.txt").item
    overwrite(store, item.sha256, b"Original bytes")
    with pytest.raises(CommandError, match="1 problem"):
        run_verify()
    problems = [str(p) for p in verify().problems]
    assert problems == [f"file {item.sha256}: SHA-256 does not match (altered)"]


def test_a_missing_file_is_named(case: Any, owner: Any, store: FileStore) -> None:
    item = add(case, owner, b"bytes", "1.txt").item
    store.path_for(item.sha256).unlink()
    assert "cannot be read" in str(verify().problems[0])


def test_a_changed_history_field_is_named(case: Any, owner: Any) -> None:
    add(case, owner, b"bytes", "1.txt")
    entry = HistoryEntry.objects.filter(case=case).order_by("sequence")[2]
    HistoryEntry.objects.filter(pk=entry.pk).update(actor_name="someone else")
    problems = [str(p) for p in verify(case).problems]
    assert problems == [f"history {entry.chain}#{entry.sequence}: content does not match its "
                        "hash (altered)"]  # fmt: skip


def test_a_changed_custody_row_is_named(case: Any, owner: Any) -> None:
    item = add(case, owner, b"bytes", "1.txt").item
    custody = CustodyEntry.objects.get(item=item)
    CustodyEntry.objects.filter(pk=custody.pk).update(purpose="never happened")
    assert [p.kind for p in verify(case).problems] == ["custody"]


def test_a_repointed_item_is_named(case: Any, owner: Any) -> None:
    from rightsledger.evidence.models import EvidenceItem

    one = add(case, owner, b"one", "1.txt").item
    two = add(case, owner, b"two", "2.txt").item
    EvidenceItem.objects.filter(pk=one.pk).update(stored_object_id=two.sha256)
    assert [str(p) for p in verify(case).problems] == [
        f"item evidence {one.pk}: hash differs from its stored object",
        f"record evidence.evidenceitem {one.pk}: altered outside the record (differs from its "
        "last history entry)",
    ]


FIELDS = ["actor_name", "object_type", "object_id", "object_repr", "message", "before", "after"]


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    target=st.sampled_from(["file", "history"]),
    index=st.integers(min_value=0, max_value=10_000),
    flip=st.integers(min_value=1, max_value=255),
    field=st.sampled_from(FIELDS),
)
def test_any_single_byte_change_is_detected(
    case: Any, owner: Any, store: FileStore, target: str, index: int, flip: int, field: str
) -> None:
    """Change one byte of one stored file, or one character of one history field."""
    from django.db import transaction

    with transaction.atomic():
        sid = transaction.savepoint()
        item = ingest_stream(
            case=case, chunks=[b"evidence under test " * 7], file_name="e.txt", acting_user=owner
        ).item
        assert verify(case).ok
        if target == "file":
            data = bytearray(store.path_for(item.sha256).read_bytes())
            data[index % len(data)] ^= flip
            overwrite(store, item.sha256, bytes(data))
        else:
            entries = list(HistoryEntry.objects.filter(case=case).order_by("sequence"))
            entry = entries[index % len(entries)]
            value = getattr(entry, field)
            text = str(value if value is not None else "")
            if field in {"before", "after"}:
                value = {**(value or {}), "x": chr(0x41 + flip % 26)}
            else:
                position = index % (len(text) or 1)
                changed = chr((ord(text[position]) ^ flip) % 0x10FFFF or 1) if text else "z"
                value = text[:position] + changed + text[position + 1 :]
                if value == text:
                    value = text + "z"
            HistoryEntry.objects.filter(pk=entry.pk).update(**{field: value})
        assert not verify(case).ok
        if target == "file":
            store.path_for(item.sha256).chmod(0o644)
            store.path_for(item.sha256).unlink()
        transaction.savepoint_rollback(sid)
