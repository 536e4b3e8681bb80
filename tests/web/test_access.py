"""Every case page: members see it, strangers get 404, viewers get no edit controls or forms."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.web.conftest import Documented


def read_urls(d: Documented) -> list[str]:
    slug = d.case.slug
    pages = [
        ("case-dashboard", {}), ("case-persons", {}), ("case-events", {}), ("case-acts", {}),
        ("case-sources", {}), ("case-claims", {}), ("case-places", {}), ("case-map", {}),
        ("case-places-geojson", {}), ("case-timeline", {}), ("case-history", {}),
        ("case-person-pick", {}),
        ("case-person", {"pk": d.woman.pk}), ("case-event", {"pk": d.event.pk}),
        ("case-act", {"pk": d.killing.pk}), ("case-source", {"pk": d.source.pk}),
        ("case-claim", {"pk": d.claim.pk}),
        ("object-history", {"object_type": "records.person", "pk": str(d.woman.pk)}),
    ]  # fmt: skip
    return [reverse(name, kwargs={"slug": slug, **kwargs}) for name, kwargs in pages]


def edit_urls(d: Documented) -> list[str]:
    slug = d.case.slug
    pages = [
        ("case-event-new", {}), ("case-event-edit", {"pk": d.event.pk}),
        ("case-act-new", {}), ("case-act-edit", {"pk": d.killing.pk}),
        ("case-act-participant", {"pk": d.killing.pk}),
        ("case-involvement-edit", {"pk": d.involvement.pk}),
        ("case-status-new", {"pk": d.involvement.pk}),
        ("case-status-edit", {"pk": d.status.pk}),
        ("case-person-new", {}), ("case-person-edit", {"pk": d.woman.pk}),
        ("case-relationship-new", {"pk": d.woman.pk}),
        ("case-source-new", {}), ("case-source-edit", {"pk": d.source.pk}),
        ("case-claim-new", {}), ("case-claim-edit", {"pk": d.claim.pk}),
        ("case-place-new", {}), ("case-place-edit", {"pk": d.place.pk}),
        ("case-members", {}),
        ("case-event-delete", {"pk": d.event.pk}), ("case-act-delete", {"pk": d.killing.pk}),
        ("case-person-delete", {"pk": d.woman.pk}), ("case-source-delete", {"pk": d.source.pk}),
        ("case-claim-delete", {"pk": d.claim.pk}),
    ]  # fmt: skip
    return [reverse(name, kwargs={"slug": slug, **kwargs}) for name, kwargs in pages]


def test_owner_sees_every_page(owner_web: Client, documented: Documented) -> None:
    for url in [*read_urls(documented), *edit_urls(documented)]:
        assert owner_web.get(url).status_code == 200, url


def test_viewer_reads_but_cannot_edit(viewer_web: Client, documented: Documented) -> None:
    for url in read_urls(documented):
        response = viewer_web.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "/edit/" not in html, url
        assert "/new/" not in html, url
        assert "/delete/" not in html, url
    for url in edit_urls(documented):
        assert viewer_web.get(url).status_code == 404, url
        assert viewer_web.post(url, {"title": "x"}).status_code == 404, url


def test_stranger_gets_not_found_everywhere(stranger_web: Client, documented: Documented) -> None:
    for url in [*read_urls(documented), *edit_urls(documented)]:
        assert stranger_web.get(url).status_code == 404, url
    assert stranger_web.post(edit_urls(documented)[0], {"title": "x"}).status_code == 404


def test_posts_that_change_need_rights(viewer_web: Client, documented: Documented) -> None:
    slug = documented.case.slug
    url = reverse("case-relationship-delete", kwargs={"slug": slug, "pk": documented.link.pk})
    assert viewer_web.post(url).status_code == 404


def test_anonymous_is_sent_to_log_in(client: Client, documented: Documented) -> None:
    for url in read_urls(documented)[:3]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_records_of_another_case_are_not_found(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    from rightsledger.cases.actions import create_case

    other = create_case(name="Another inquiry", owner=owner)
    url = reverse("case-person", kwargs={"slug": other.slug, "pk": documented.woman.pk})
    assert owner_web.get(url).status_code == 404


@pytest.mark.parametrize("name", ["home", "case-new", "password-change"])
def test_account_pages_render(owner_web: Client, name: str) -> None:
    assert owner_web.get(reverse(name)).status_code == 200
