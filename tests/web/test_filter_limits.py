"""Record numbers in the lists' filters beyond what a database holds: 400 naming the problem."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.web.conftest import Documented

TOO_LARGE = 2**63


@pytest.mark.parametrize(
    ("view", "field"),
    [("case-persons", "event"), ("case-persons", "source"), ("case-persons", "place"),
     ("case-events", "place"), ("case-events", "parent"), ("case-acts", "event"),
     ("case-acts", "place"), ("case-claims", "source"), ("case-claims", "event")],
)  # fmt: skip
def test_a_record_number_too_large_is_a_bad_request(
    owner_web: Client, documented: Documented, view: str, field: str
) -> None:
    url = reverse(view, args=[documented.case.slug])
    response = owner_web.get(url, {field: str(TOO_LARGE)})
    assert response.status_code == 400
    page = response.content.decode()
    assert "9223372036854775807" in page
    assert "<h1>" in page  # a page of the application, not a bare error


def test_a_record_number_in_range_still_filters(owner_web: Client, documented: Documented) -> None:
    url = reverse("case-persons", args=[documented.case.slug])
    assert owner_web.get(url, {"event": str(2**63 - 1)}).status_code == 200
    assert owner_web.get(url, {"event": "not-a-number"}).status_code == 200  # still just off
