"""History written before a person was protected is masked for roles that may not re-identify."""

from __future__ import annotations

from typing import Any

from django.test import Client
from rest_framework.test import APIClient

from rightsledger.protection.actions import protect_person
from rightsledger.records.actions import create_person

NAME = "Ələkbərova Nərmin Tofiq qızı"


def test_history_masks_a_protected_name_for_viewers(case: Any, owner: Any, viewer: Any,
                                                    protection_key: str) -> None:  # fmt: skip
    person = create_person(case=case, acting_user=owner, names=[{"value": NAME}])
    protect_person(person, category="witness", acting_user=owner)

    def seen_by(user: Any) -> str:
        api = APIClient()
        api.force_authenticate(user)
        listing = api.get("/api/history/", {"case": case.slug, "page_size": 500})
        assert listing.status_code == 200
        web = Client()
        web.force_login(user)
        pages = [
            web.get(f"/c/{case.slug}/history/"),
            web.get(f"/c/{case.slug}/persons/{person.pk}/"),
        ]
        assert all(p.status_code == 200 for p in pages)
        return listing.content.decode() + "".join(p.content.decode() for p in pages)

    assert NAME not in seen_by(viewer)
    assert '"masked":true' in seen_by(viewer).replace(" ", "")
    assert NAME in seen_by(owner)
