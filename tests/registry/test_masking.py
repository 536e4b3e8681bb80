"""Registry rows of a protected person show their pseudonym to readers who may not re-identify."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.test import Client

from rightsledger.protection.actions import protect_person
from rightsledger.registry.models import SourceRecord
from tests.registry.test_stats import load


def test_registry_pages_mask_protected_persons(case: Any, owner: Any, viewer: Any,
                                               tmp_path: Path, protection_key: str) -> None:  # fmt: skip
    load(case, owner, tmp_path)
    record = SourceRecord.objects.get(case=case, full_name="Child Killed")
    protect_person(record.person, category="child", acting_user=owner)

    def page(user: Any) -> str:
        client = Client()
        client.force_login(user)
        response = client.get(f"/c/{case.slug}/registry/figures/killed/")
        assert response.status_code == 200
        return response.content.decode()

    assert "Child Killed" not in page(viewer)
    assert "Woman Killed" in page(viewer)
    assert "Child Killed" in page(owner)
