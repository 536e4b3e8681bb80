"""Deleting events, acts, persons, sources and claims from the browser, after a confirmation."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm
from rightsledger.web.deletion import DeletionPlan
from tests.web.conftest import Documented, web_client

LISTS = {
    "event": "case-events", "act": "case-acts", "person": "case-persons",
    "source": "case-sources", "claim": "case-claims",
}  # fmt: skip


def deletable(d: Documented, owner: Any, kind: str) -> Any:
    """A record of ``kind`` that nothing protects."""
    if kind == "event":
        return create_object(rm.Event, acting_user=owner, case=d.case, title="Roadblock")
    if kind == "source":
        return create_object(
            rm.Source, acting_user=owner, case=d.case, title="Press cutting", kind="media"
        )
    return {"act": d.killing, "person": d.woman, "claim": d.claim}[kind]


def delete_url(obj: Any, kind: str) -> str:
    return reverse(f"case-{kind}-delete", kwargs={"slug": obj.case.slug, "pk": obj.pk})


def exists(obj: Any) -> bool:
    return type(obj).objects.filter(pk=obj.pk).exists()


def history_count(d: Documented) -> int:
    return HistoryEntry.objects.filter(case=d.case).count()


@pytest.mark.parametrize("kind", list(LISTS))
def test_it_works(owner_web: Client, documented: Documented, owner: Any, kind: str) -> None:
    obj = deletable(documented, owner, kind)
    response = owner_web.post(delete_url(obj, kind), follow=True)
    assert response.redirect_chain == [
        (reverse(LISTS[kind], kwargs={"slug": documented.case.slug}), 302)
    ]
    assert not exists(obj)
    assert "was deleted" in response.content.decode()
    entry = HistoryEntry.objects.get(
        case=documented.case, action=HistoryEntry.Action.DELETE,
        object_type=f"records.{type(obj)._meta.model_name}", object_id=str(obj.pk),
    )  # fmt: skip
    assert entry.actor_id == owner.pk
    assert entry.before is not None
    assert entry.before["id"] == obj.pk


@pytest.mark.parametrize("kind", list(LISTS))
def test_get_only_asks(owner_web: Client, documented: Documented, owner: Any, kind: str) -> None:
    obj = deletable(documented, owner, kind)
    before = history_count(documented)
    response = owner_web.get(delete_url(obj, kind))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'method="post"' in html
    assert "csrfmiddlewaretoken" in html
    assert exists(obj)
    assert history_count(documented) == before


@pytest.mark.parametrize("role", ["viewer", "analyst", "stranger"])
@pytest.mark.parametrize("kind", list(LISTS))
def test_it_validates_access(
    documented: Documented, owner: Any, request: pytest.FixtureRequest, role: str, kind: str
) -> None:
    obj = deletable(documented, owner, kind)
    before = history_count(documented)
    client = web_client(request.getfixturevalue(role))
    assert client.get(delete_url(obj, kind)).status_code == 404
    assert client.post(delete_url(obj, kind)).status_code == 404
    assert exists(obj)
    assert history_count(documented) == before


def test_it_needs_a_login(client: Client, documented: Documented) -> None:
    response = client.post(delete_url(documented.claim, "claim"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert exists(documented.claim)


def test_it_only_allows_get_and_post(owner_web: Client, documented: Documented) -> None:
    assert owner_web.put(delete_url(documented.claim, "claim")).status_code == 405
    assert owner_web.delete(delete_url(documented.claim, "claim")).status_code == 405
    assert exists(documented.claim)


def test_records_of_another_case_are_not_found(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    from rightsledger.cases.actions import create_case

    other = create_case(name="Another inquiry", owner=owner)
    url = reverse("case-claim-delete", kwargs={"slug": other.slug, "pk": documented.claim.pk})
    assert owner_web.post(url).status_code == 404
    assert exists(documented.claim)


def test_confirmation_names_what_goes_with_it(owner_web: Client, documented: Documented) -> None:
    html = owner_web.get(delete_url(documented.killing, "act")).content.decode()
    assert "Delete the act" in html
    assert "3 involvements of persons in acts" in html
    assert "3 victim statuses" in html

    html = owner_web.get(delete_url(documented.woman, "person")).content.decode()
    assert "Əliyeva Leyla" in html
    assert "1 name" in html
    assert "1 victim status" in html
    # A claim about her has no foreign key: it is kept, and said to be.
    assert "Kept, still referring to the deleted record" in html
    assert "She was killed at home." in html


def test_cascade_goes_with_the_record(owner_web: Client, documented: Documented) -> None:
    involvements = list(documented.killing.involvements.values_list("pk", flat=True))
    owner_web.post(delete_url(documented.killing, "act"))
    assert not rm.Involvement.objects.filter(pk__in=involvements).exists()
    assert not rm.StatusRecord.objects.filter(involvement_id__in=involvements).exists()
    assert rm.Person.objects.filter(pk=documented.woman.pk).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_protected_deletion_is_refused(
    owner_web: Client, documented: Documented, method: str
) -> None:
    before = history_count(documented)
    response = getattr(owner_web, method)(delete_url(documented.event, "event"))
    html = response.content.decode()
    assert response.status_code == (409 if method == "post" else 200)
    assert "cannot be deleted while these records depend on it" in html
    assert "1 act" in html
    assert "1 sub-event" in html
    assert "Capture at the bridge" in html
    assert 'type="submit" class="danger"' not in html
    assert ("Nothing was deleted." in html) == (method == "post")
    assert exists(documented.event)
    assert exists(documented.killing)
    assert history_count(documented) == before


def test_source_with_claims_is_refused(owner_web: Client, documented: Documented) -> None:
    before = history_count(documented)
    response = owner_web.post(delete_url(documented.source, "source"))
    assert response.status_code == 409
    assert "1 claim" in response.content.decode()
    assert exists(documented.source)
    assert history_count(documented) == before


def test_a_refusal_the_plan_missed_is_explained(
    owner_web: Client, documented: Documented, owner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A dependent written between the plan and the deletion: the database refuses, the
    # action's transaction keeps neither deletion nor history entry, and the page says why.
    event = deletable(documented, owner, "event")
    blocker = create_object(rm.Act, acting_user=owner, case=documented.case, event=event,
                            act_type="injury")  # fmt: skip
    before = history_count(documented)

    def refuse(obj: Any, *, acting_user: Any, message: str = "") -> None:
        raise ProtectedError("protected", {blocker})

    from rightsledger.web.views import base

    monkeypatch.setattr(base, "delete_object", refuse)
    nothing_foreseen = DeletionPlan(deleted_with_it=(), blocking=(), unlinked=(), referring=())
    monkeypatch.setattr(base, "plan_deletion", lambda obj, **kwargs: nothing_foreseen)
    response = owner_web.post(delete_url(event, "event"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Nothing was deleted." in html
    assert "1 act" in html
    assert exists(event)
    assert history_count(documented) == before


def test_detail_pages_offer_deletion_to_editors_only(
    owner_web: Client, viewer_web: Client, documented: Documented
) -> None:
    d = documented
    for kind, obj in [("event", d.event), ("act", d.killing), ("person", d.woman),
                      ("source", d.source), ("claim", d.claim)]:  # fmt: skip
        detail = reverse(f"case-{kind}", kwargs={"slug": d.case.slug, "pk": obj.pk})
        assert delete_url(obj, kind) in owner_web.get(detail).content.decode()
        assert "/delete/" not in viewer_web.get(detail).content.decode()


def test_confirmation_reads_counts_not_every_dependent(
    owner_web: Client, documented: Documented, owner: Any, django_assert_max_num_queries: Any
) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = delete_url(documented.source, "source")
    with CaptureQueriesContext(connection) as one_claim:
        owner_web.get(url)
    for n in range(30):
        create_object(rm.Claim, acting_user=owner, case=documented.case, source=documented.source,
                      kind="individual", statement=f"Statement {n}",
                      subject_type=ContentType.objects.get_for_model(rm.Person),
                      subject_id=documented.child.pk)  # fmt: skip
    with django_assert_max_num_queries(len(one_claim.captured_queries)):
        html = owner_web.get(url).content.decode()
    assert "31 claims" in html
    assert "and 26 more" in html


def test_confirmation_in_russian(owner_web: Client, documented: Documented) -> None:
    owner_web.cookies["django_language"] = "ru"
    html = owner_web.get(delete_url(documented.killing, "act")).content.decode()
    assert "Удалить деяние «" in html
    assert "3 записи об участии лиц в деяниях" in html
    assert "3 записи о статусе пострадавших" in html
    html = owner_web.get(delete_url(documented.event, "event")).content.decode()
    assert "1 вложенное событие" in html
    assert "1 деяние" in html
