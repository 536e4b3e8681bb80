"""Fuzz every API operation from its own OpenAPI schema: no input may cause a server error."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

from rightsledger.records.demo import load_demo


@pytest.fixture
def token(owner: Any) -> str:
    # A populated case, so that valid ids exist for the fuzzer to stumble on.
    load_demo(owner)
    return Token.objects.create(user=owner).key


def load_schema() -> Any:
    from rightsledger.wsgi import application

    # Loaded through the application itself: the schema under test is the one it serves.
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


schema = load_schema()


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_input_causes_a_server_error(case: Any, token: str) -> None:
    response = case.call(headers={"Authorization": f"Token {token}"})
    assert response.status_code < 500, (case.method, case.path, response.text[:500])
