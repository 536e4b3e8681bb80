"""Fuzz every API operation from its own OpenAPI schema: no input may cause a server error."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

from rightsledger.records.demo import load_demo


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Any:
    # Calls go through the WSGI application itself, not Django's test client, so its
    # request signals would close the database connection that holds the test's
    # transaction (PostgreSQL); the test client disconnects them the same way.
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


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
