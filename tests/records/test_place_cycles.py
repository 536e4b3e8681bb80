"""A place cannot contain itself, directly or through its parents."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm


def chain_of_places(case: Any, owner: Any, length: int) -> list[rm.Place]:
    places: list[rm.Place] = []
    for number in range(length):
        parent = places[-1] if places else None
        places.append(
            create_object(rm.Place, acting_user=owner, case=case, name=f"P{number}", parent=parent)
        )
    return places


def test_a_two_place_cycle_is_refused(case: Any, owner: Any) -> None:
    region, town = chain_of_places(case, owner, 2)
    with pytest.raises(ValidationError, match="contain itself"):
        update_object(region, acting_user=owner, parent=town)
    region.refresh_from_db()
    assert region.parent_id is None


def test_a_long_cycle_is_refused_through_the_api(
    case: Any, owner: Any, owner_client: APIClient
) -> None:
    places = chain_of_places(case, owner, 6)
    entries = HistoryEntry.objects.count()
    response = owner_client.patch(
        f"/api/places/{places[0].pk}/", {"parent": places[-1].pk}, format="json"
    )
    assert response.status_code == 400
    assert "contain itself" in str(response.json()["parent"])
    places[0].refresh_from_db()
    assert places[0].parent_id is None
    assert HistoryEntry.objects.count() == entries


def test_a_cycle_already_in_the_database_does_not_hang_validation(case: Any, owner: Any) -> None:
    # Rows written behind the application's back may already loop; checking another place
    # that hangs below the loop must end, and refuse.
    first, second, third = chain_of_places(case, owner, 3)
    rm.Place.objects.filter(pk=first.pk).update(parent=second)  # first <-> second
    leaf = create_object(rm.Place, acting_user=owner, case=case, name="Leaf")
    with pytest.raises(ValidationError, match="loop"):
        update_object(leaf, acting_user=owner, parent=third)


def test_moving_a_place_under_another_branch_is_allowed(case: Any, owner: Any) -> None:
    root, branch = chain_of_places(case, owner, 2)
    other = create_object(rm.Place, acting_user=owner, case=case, name="Other", parent=root)
    update_object(branch, acting_user=owner, parent=other)
    branch.refresh_from_db()
    assert branch.parent == other
