"""Who may see and change what: a case's qualifications are need-to-know (strangers get 404),
the shared catalogue is read by every signed-in user and changed by administrators only."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from rightsledger.cases.models import HistoryEntry
from rightsledger.legal.actions import link_to_element, propose_qualification
from rightsledger.legal.models import ElementLink, Provision, Qualification
from tests.conftest import client_for
from tests.legal.conftest import Scene, crime


def web(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def proposed(scene: Scene, owner: Any) -> Qualification:
    qualification = propose_qualification(case=scene.case, acting_user=owner,
                                          crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    for target in (scene.morgue_claim, scene.item):
        link_to_element(qualification=qualification, target=target, acting_user=owner,
                        element=qualification.crime.elements.get(number=1))  # fmt: skip
    return qualification


def read_urls(scene: Scene, q: Qualification) -> list[str]:
    slug = scene.case.slug
    return [
        reverse("case-qualifications", args=[slug]),
        reverse("case-qualification", args=[slug, q.pk]),
        reverse("case-matrix-export", args=[slug, "csv"]),
        reverse("case-matrix-export", args=[slug, "json"]),
        reverse("case-legal-mappings", args=[slug]),
        reverse("case-dashboard", args=[slug]),
        reverse("object-history", args=[slug, "legal.qualification", str(q.pk)]),
    ]


def write_urls(scene: Scene, q: Qualification) -> list[str]:
    slug = scene.case.slug
    link = ElementLink.objects.filter(qualification=q).first()
    assert link is not None
    return [
        reverse("case-qualification-new", args=[slug]),
        reverse("case-qualification-status", args=[slug, q.pk]),
        reverse("case-qualification-link", args=[slug, q.pk]),
        reverse("case-legal-link-from", args=[slug, "claim", scene.witness_claim.pk]),
        reverse("case-legal-link-from", args=[slug, "evidence", scene.item.pk]),
        reverse("case-legal-link-from", args=[slug, "act", scene.killing.pk]),
        reverse("case-legal-unlink", args=[slug, link.pk]),
        reverse("case-qualification-withdraw", args=[slug, q.pk]),
    ]


def test_stranger_gets_404_for_everything_of_the_case(
    scene: Scene, proposed: Qualification, stranger: Any
) -> None:
    client = web(stranger)
    for url in [*read_urls(scene, proposed), *write_urls(scene, proposed)]:
        assert client.get(url).status_code in {404, 405}, url
        assert client.post(url, {"status": "contested"}).status_code == 404, url
    assert Qualification.objects.get(pk=proposed.pk).status == "alleged"
    api = client_for(stranger)
    assert api.get(f"/api/qualifications/{proposed.pk}/").status_code == 404
    assert api.get(f"/api/qualifications/{proposed.pk}/matrix/").status_code == 404
    assert api.get("/api/qualifications/", {"case": scene.case.slug}).json()["results"] == []
    assert api.get("/api/element-links/").json()["results"] == []


def test_viewer_reads_but_cannot_change(scene: Scene, proposed: Qualification, viewer: Any) -> None:
    client = web(viewer)
    for url in read_urls(scene, proposed):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for control in ("/new/", "/withdraw/", "/remove/"):
            assert control not in html, url
    for url in write_urls(scene, proposed):
        assert client.get(url).status_code in {404, 405}, url
        assert client.post(url, {"status": "contested"}).status_code == 404, url
    assert Qualification.objects.get(pk=proposed.pk).status == "alleged"
    assert ElementLink.objects.filter(qualification=proposed).count() == 2


def test_an_analyst_may_argue_the_case(scene: Scene, proposed: Qualification, analyst: Any) -> None:
    client = web(analyst)
    for url in write_urls(scene, proposed)[:6]:
        assert client.get(url).status_code == 200, url
    status = reverse("case-qualification-status", args=[scene.case.slug, proposed.pk])
    assert (
        client.post(status, {"status": "contested", "note": "disputed by W-3"}).status_code == 302
    )
    proposed.refresh_from_db()
    assert (proposed.status, proposed.note) == ("contested", "disputed by W-3")
    assert HistoryEntry.objects.filter(
        object_type="legal.qualification", actor_name="analyst"
    ).exists()
    withdraw = reverse("case-qualification-withdraw", args=[scene.case.slug, proposed.pk])
    confirmation = client.get(withdraw).content.decode()
    assert "Withdraw the proposed qualification" in confirmation
    assert Qualification.objects.filter(pk=proposed.pk).exists()  # asking deletes nothing
    assert client.post(withdraw).status_code == 302
    assert not Qualification.objects.filter(pk=proposed.pk).exists()
    gone = HistoryEntry.objects.filter(object_type="legal.elementlink", action="delete")
    assert gone.count() == 2


def test_the_catalogue_is_read_by_everyone_signed_in(db: None, catalogue: None, stranger: Any,
                                                    client: Client) -> None:  # fmt: skip
    page = reverse("legal-catalogue")
    assert client.get(page).status_code == 302  # anonymous: to the login page
    response = web(stranger).get(page, {"q": "hostage"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "GCIV 34" in html
    assert "8(2)(a)(viii)" in html
    assert "ICCPR 6" not in html  # only what matches
    api = client_for(stranger)
    assert api.get("/api/crimes/", {"code": "6(a)"}).json()["results"][0]["elements"][2][
        "kind"] == "mental"  # fmt: skip
    tree = api.get("/api/instruments/tree/", {"instrument": "CAT", "language": "ru"}).json()
    assert tree[0]["provisions"][0]["title"] == "Понятие пытки"
    assert APIClient().get("/api/provisions/").status_code in {401, 403}


def test_only_administrators_change_the_catalogue(
    db: None, catalogue: None, owner: Any, administrator: Any
) -> None:
    provision = Provision.objects.get(code="CAT 1")
    before = HistoryEntry.objects.count()
    edit = reverse("legal-entry-edit", args=["provision", provision.pk])
    assert web(owner).get(edit).status_code == 403
    assert web(owner).post(edit, {"title_en": "x", "summary_en": "y"}).status_code == 403
    api = client_for(owner)
    assert api.patch(f"/api/provisions/{provision.pk}/", {"title": {"en": "x"}},
                     format="json").status_code == 403  # fmt: skip
    assert api.post("/api/act-type-mappings/", {"act_type": "killing", "crime": "7(1)(b)"},
                    format="json").status_code == 403  # fmt: skip
    assert HistoryEntry.objects.count() == before
    admin = client_for(administrator)
    response = admin.patch(f"/api/provisions/{provision.pk}/",
                           {"title": {"az": "İşgəncə anlayışı (yeni)"}}, format="json")  # fmt: skip
    assert response.status_code == 200, response.content
    assert response.json()["origin"] == "local"
    assert response.json()["title"]["en"] == "Meaning of torture"
    fields = {f"{n}_{lang}": getattr(provision, n).get(lang, "") for n in ("title", "summary")
              for lang in ("en", "ru", "az")}  # fmt: skip
    fields["summary_en"] = "A shorter summary."
    assert web(administrator).post(edit, fields).status_code == 302
    provision.refresh_from_db()
    assert provision.summary["en"] == "A shorter summary."
    changes = HistoryEntry.objects.filter(chain="global", object_type="legal.provision")
    assert changes.count() == 2
    assert {e.actor_name for e in changes} == {"admin"}


def test_the_dashboard_shows_qualifications_and_their_gaps(
    scene: Scene, proposed: Qualification, owner: Any
) -> None:
    html = web(owner).get(reverse("case-dashboard", args=[scene.case.slug])).content.decode()
    assert 'id="legal-qualifications"' in html
    assert "Murder as a crime against humanity" in html
    assert 'data-gaps="3"' in html  # element 1 is linked; 2, 3 and 30 are not
    assert "3 of 4" in html


def test_the_wording_attributes_and_never_concludes(
    scene: Scene, proposed: Qualification, owner: Any
) -> None:
    html = web(owner).get(reverse("case-qualification", args=[scene.case.slug, proposed.pk]))
    # The elements state what would have to be shown ("the conduct was committed as part of
    # …"); everything the page says about the case itself comes before them.
    text = html.content.decode().split('<table class="matrix"')[0]
    assert "proposed by owner" in text
    assert "may constitute" in text
    assert "not a finding" in text
    for verdict in ("was committed", "occurred", "is guilty", "proven"):
        assert verdict not in text.lower()


def test_the_shared_mapping_is_changed_by_administrators(
    db: None, catalogue: None, owner: Any, administrator: Any
) -> None:
    page = reverse("legal-mappings")
    html = web(owner).get(page).content.decode()
    assert "7(1)(a)" in html
    assert "<form" not in html.split('id="mappings"')[1]  # no add or remove controls
    assert (
        web(owner).post(page, {"act_type": "killing", "crime": crime("7(1)(h)").pk}).status_code
        == 403
    )
    before = HistoryEntry.objects.filter(chain="global").count()
    added = web(administrator).post(page, {"act_type": "killing", "crime": crime("7(1)(h)").pk,
                                           "note": "where victims were chosen by origin"})  # fmt: skip
    assert added.status_code == 302
    from rightsledger.legal.models import ActTypeMapping

    mapping = ActTypeMapping.objects.get(act_type="killing", crime__code="7(1)(h)")
    assert mapping.case is None
    remove = reverse("legal-mapping-remove", args=[mapping.pk])
    assert web(owner).post(remove).status_code == 403
    assert web(administrator).post(remove).status_code == 302
    entries = HistoryEntry.objects.filter(chain="global", object_type="legal.acttypemapping")
    assert [e.action for e in entries] == ["create", "delete"]
    assert HistoryEntry.objects.filter(chain="global").count() == before + 2


def test_a_case_adds_its_own_mapping(scene: Scene, analyst: Any, viewer: Any) -> None:
    from rightsledger.legal.models import ActTypeMapping

    page = reverse("case-legal-mappings", args=[scene.case.slug])
    fields = {"act_type": "torture", "crime": crime("7(1)(h)").pk}
    assert web(viewer).post(page, fields).status_code == 404
    assert web(analyst).post(page, fields).status_code == 302
    mapping = ActTypeMapping.objects.get(case=scene.case)
    html = web(analyst).get(page).content.decode()
    assert "this case" in html
    remove = reverse("case-legal-mapping-remove", args=[scene.case.slug, mapping.pk])
    assert web(viewer).post(remove).status_code == 404
    assert web(analyst).post(remove).status_code == 302
    assert not ActTypeMapping.objects.filter(case=scene.case).exists()


def test_a_provision_is_argued_as_a_whole(scene: Scene, owner: Any) -> None:
    proposed = propose_qualification(case=scene.case, acting_user=owner, act=scene.killing,
                                     provision=Provision.objects.get(code="CAT 1"))  # fmt: skip
    link = reverse("case-qualification-link", args=[scene.case.slug, proposed.pk])
    html = web(owner).get(link).content.decode()
    assert 'name="element"' not in html
    response = web(owner).post(link, {"kind": "claim", "number": scene.witness_claim.pk,
                                      "stance": "supports"})  # fmt: skip
    assert response.status_code == 302
    assert ElementLink.objects.get(qualification=proposed).element is None
    bad = web(owner).post(link, {"kind": "claim", "number": 987654, "stance": "supports"})
    assert bad.status_code == 400
    assert "No such record in this case." in bad.content.decode()
