"""A reading request asks once who may see a protected identity; the next request asks again."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from rightsledger.cases.actions import set_membership, update_object
from rightsledger.protection.actions import protect_person
from rightsledger.protection.disclosure import answers_kept, may_reveal
from tests import factories

NOTE = "lived by the mill"


def _reveal_questions(queries: CaptureQueriesContext) -> int:
    return sum(
        'FROM "cases_membership"' in q["sql"] and q["sql"].startswith('SELECT 1 AS "a"')
        for q in queries.captured_queries
    )


def _identity_questions(queries: CaptureQueriesContext) -> int:
    return sum('"protection_protectedidentity"."pseudonym"' in q["sql"] for q in queries)


def _protected(case: Any, owner: Any) -> Any:
    person = factories.person(case, owner)
    update_object(person, acting_user=owner, notes=NOTE)
    protect_person(person, category="witness", acting_user=owner)
    return person


def test_a_page_asks_each_question_once(case: Any, owner: Any, viewer: Any) -> None:
    person = _protected(case, owner)
    web = Client()
    web.force_login(viewer)
    with CaptureQueriesContext(connection) as queries:
        page = web.get(f"/c/{case.slug}/persons/{person.pk}/").content.decode()
    assert NOTE not in page
    assert _reveal_questions(queries) == 1
    assert _identity_questions(queries) == 1


def test_the_next_request_sees_a_new_role(case: Any, owner: Any, viewer: Any) -> None:
    person = _protected(case, owner)
    web = Client()
    web.force_login(viewer)
    url = f"/c/{case.slug}/persons/{person.pk}/"
    assert NOTE not in web.get(url).content.decode()
    set_membership(case=case, user=viewer, role="editor", acting_user=owner)
    assert NOTE in web.get(url).content.decode()
    set_membership(case=case, user=viewer, role="viewer", acting_user=owner)
    assert NOTE not in web.get(url).content.decode()


def test_answers_are_kept_only_within_the_scope(case: Any, owner: Any, viewer: Any) -> None:
    with CaptureQueriesContext(connection) as queries:
        assert may_reveal(owner, case.pk)
        assert may_reveal(owner, case.pk)
    assert _reveal_questions(queries) == 2
    with CaptureQueriesContext(connection) as queries, answers_kept():
        assert may_reveal(owner, case.pk)
        assert may_reveal(owner, case.pk)
        assert not may_reveal(viewer, case.pk)  # each reader their own answer
    assert _reveal_questions(queries) == 2
