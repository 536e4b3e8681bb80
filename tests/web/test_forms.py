"""Creating and editing records in the browser: through the actions, all or nothing."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm
from tests.web.conftest import Documented


def url(name: str, d: Documented, **kwargs: Any) -> str:
    return reverse(name, kwargs={"slug": d.case.slug, **kwargs})


def history_count(d: Documented) -> int:
    return HistoryEntry.objects.filter(case=d.case).count()


def test_create_a_nested_event(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-event-new", documented), {
        "title": "Shelling of the school", "event_type": "shelling", "parent": documented.event.pk,
        "start_date": "2001-03-04", "start_precision": "day", "end_precision": "unknown",
        "places": [documented.place.pk],
    })  # fmt: skip
    event = rm.Event.objects.get(title="Shelling of the school")
    assert response.status_code == 302
    assert response["Location"] == url("case-event", documented, pk=event.pk)
    assert event.parent == documented.event
    assert list(event.places.all()) == [documented.place]
    entry = HistoryEntry.objects.filter(object_type="records.event", object_id=str(event.pk))
    assert entry.exists()


def test_bad_input_shows_the_error_beside_the_field_and_saves_nothing(
    owner_web: Client, documented: Documented
) -> None:
    before = history_count(documented), rm.Event.objects.count()
    response = owner_web.post(url("case-event-new", documented), {
        "title": "Raid", "event_type": "attack", "start_date": "2001-03-10",
        "start_precision": "day", "end_date": "2001-03-01", "end_precision": "day",
    })  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="err-end_date">The end date is before the start date.' in html
    assert 'aria-invalid="true"' in html
    assert (history_count(documented), rm.Event.objects.count()) == before


def test_a_field_error_from_the_form_itself(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-event-new", documented), {"title": "", "start_date": "x"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="err-title">This field is required.' in html
    assert 'id="err-start_date">Enter a valid date.' in html


def test_live_validation_answers_errors_and_saves_nothing(
    owner_web: Client, documented: Documented
) -> None:
    before = history_count(documented), rm.Event.objects.count()
    data = {"title": "Raid", "event_type": "attack", "start_date": "2001-03-10",
            "start_precision": "day", "end_date": "2001-03-01", "end_precision": "day"}  # fmt: skip
    bad = owner_web.post(url("case-event-new", documented), data,
                         headers={"X-Validate-Only": "true"})  # fmt: skip
    assert bad.json()["errors"] == {"end_date": ["The end date is before the start date."]}
    data["end_date"] = "2001-03-11"
    good = owner_web.post(url("case-event-new", documented), data,
                          headers={"X-Validate-Only": "true"})  # fmt: skip
    assert good.json() == {"errors": {}, "general": []}
    assert (history_count(documented), rm.Event.objects.count()) == before


def test_edit_an_event_records_before_and_after(owner_web: Client, documented: Documented) -> None:
    event = documented.event
    response = owner_web.post(url("case-event-edit", documented, pk=event.pk), {
        "title": "Attack on Lakeside (night)", "event_type": "attack", "start_date": "2001-03-04",
        "start_precision": "day", "end_precision": "unknown", "places": [documented.place.pk],
    })  # fmt: skip
    assert response.status_code == 302
    entry = HistoryEntry.objects.filter(
        object_type="records.event", object_id=str(event.pk), action="update"
    ).latest("sequence")
    assert entry.before == {"title": "Attack on Lakeside"}
    assert entry.after == {"title": "Attack on Lakeside (night)"}


def test_create_an_act(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-act-new", documented), {
        "event": documented.sub_event.pk, "act_type": "torture", "date_precision": "unknown",
    })  # fmt: skip
    assert response.status_code == 302
    assert rm.Act.objects.filter(act_type="torture", event=documented.sub_event).exists()


def test_add_a_victim_to_an_act_with_a_status(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-act-participant", documented, pk=documented.killing.pk), {
        "p-name": "Məmmədova Aygün", "p-sex": "female", "p-age_at_event": "70",
        "p-role": "victim", "p-status": "killed", "p-status_date": "2001-03-04",
    })  # fmt: skip
    assert response.status_code == 302
    person = rm.Person.objects.get(display_name="Məmmədova Aygün")
    status = rm.StatusRecord.objects.get(person=person)
    assert (status.status, status.involvement.act) == ("killed", documented.killing)


def test_add_an_existing_person_as_perpetrator(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-act-participant", documented, pk=documented.capture.pk), {
        "p-person": documented.elder.pk, "p-sex": "unknown", "p-role": "perpetrator",
        "p-perpetrator_degree": "ordered", "p-unit": "3rd company",
    })  # fmt: skip
    assert response.status_code == 302
    involvement = rm.Involvement.objects.get(act=documented.capture, person=documented.elder)
    assert (involvement.perpetrator_degree, involvement.unit) == ("ordered", "3rd company")


def test_a_perpetrator_cannot_have_a_victim_status_and_nothing_is_kept(
    owner_web: Client, documented: Documented
) -> None:
    before = rm.Person.objects.count(), history_count(documented)
    response = owner_web.post(url("case-act-participant", documented, pk=documented.capture.pk), {
        "p-name": "Unknown soldier", "p-sex": "male", "p-role": "perpetrator", "p-status": "killed",
    })  # fmt: skip
    assert response.status_code == 400
    assert "Only victims have a status." in response.content.decode()
    assert (rm.Person.objects.count(), history_count(documented)) == before


def test_an_action_error_late_in_a_write_rolls_back_the_whole_write(
    owner_web: Client, documented: Documented
) -> None:
    # The person number points nowhere: the new involvement is refused, so is everything.
    before = rm.Person.objects.count(), history_count(documented)
    response = owner_web.post(url("case-act-participant", documented, pk=documented.capture.pk), {
        "p-person": 999999, "p-sex": "male", "p-role": "victim",
    })  # fmt: skip
    assert response.status_code == 400
    assert "No person with this number in this case." in response.content.decode()
    assert (rm.Person.objects.count(), history_count(documented)) == before


def test_add_a_later_status(owner_web: Client, documented: Documented) -> None:
    captive = rm.Involvement.objects.get(person=documented.captive)
    response = owner_web.post(url("case-status-new", documented, pk=captive.pk), {
        "status": "missing", "date": "2001-05-01", "date_precision": "month",
    })  # fmt: skip
    assert response.status_code == 302
    statuses = list(
        rm.StatusRecord.objects.filter(involvement=captive).values_list("status", flat=True)
    )
    assert statuses[-1] == "missing"


def test_create_a_person_with_several_names(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-person-new", documented), {
        "names-TOTAL_FORMS": "3", "names-INITIAL_FORMS": "0",
        "names-0-value": "Səfərov Nicat", "names-0-kind": "full", "names-0-script": "Latn",
        "names-1-value": "Сафаров Ниджат", "names-1-kind": "full", "names-1-script": "Cyrl",
        "names-2-value": "", "names-2-kind": "full",
        "sex": "male", "birth_precision": "unknown", "birth_year": "2003",
    })  # fmt: skip
    assert response.status_code == 302
    person = rm.Person.objects.get(display_name="Səfərov Nicat")
    assert [n.value for n in person.names.all()] == ["Səfərov Nicat", "Сафаров Ниджат"]


def test_a_person_needs_a_name(owner_web: Client, documented: Documented) -> None:
    before = rm.Person.objects.count()
    response = owner_web.post(url("case-person-new", documented), {
        "names-TOTAL_FORMS": "1", "names-INITIAL_FORMS": "0", "names-0-value": "",
        "names-0-kind": "full", "sex": "male", "birth_precision": "unknown",
    })  # fmt: skip
    assert response.status_code == 400
    assert "A person needs at least one name." in response.content.decode()
    assert rm.Person.objects.count() == before


def test_edit_names_add_change_remove(owner_web: Client, documented: Documented) -> None:
    person = documented.woman
    first = person.names.get()
    response = owner_web.post(url("case-person-edit", documented, pk=person.pk), {
        "names-TOTAL_FORMS": "3", "names-INITIAL_FORMS": "1",
        "names-0-id": first.pk, "names-0-value": "Əliyeva Leyla Vaqif qızı", "names-0-kind": "full",
        "names-1-value": "Алиева Лейла", "names-1-kind": "full", "names-1-script": "Cyrl",
        "names-2-value": "Leyla", "names-2-kind": "alias", "names-2-delete": "on",
        "sex": "female", "birth_precision": "unknown", "age_at_event": "40",
    })  # fmt: skip
    assert response.status_code == 302
    person.refresh_from_db()
    assert [n.value for n in person.names.all()] == ["Əliyeva Leyla Vaqif qızı", "Алиева Лейла"]
    assert person.display_name == "Əliyeva Leyla Vaqif qızı"


def test_family_links(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-relationship-new", documented, pk=documented.woman.pk), {
        "kind": "spouse_of", "relative": documented.captive.pk,
    })  # fmt: skip
    assert response.status_code == 302
    link = rm.Relationship.objects.get(person=documented.woman)
    page = owner_web.get(url("case-person", documented, pk=documented.captive.pk))
    assert "Əliyeva Leyla" in page.content.decode()
    response = owner_web.post(url("case-relationship-delete", documented, pk=link.pk))
    assert response.status_code == 302
    assert not rm.Relationship.objects.filter(pk=link.pk).exists()


def test_a_relative_from_another_case_is_refused(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    from rightsledger.cases.actions import create_case
    from rightsledger.records.actions import create_person

    other = create_case(name="Elsewhere", owner=owner)
    outsider = create_person(case=other, acting_user=owner, names=[{"value": "Someone"}])
    response = owner_web.post(url("case-relationship-new", documented, pk=documented.woman.pk), {
        "kind": "sibling_of", "relative": outsider.pk,
    })  # fmt: skip
    assert response.status_code == 400
    assert not rm.Relationship.objects.filter(relative=outsider).exists()


def test_sources_and_claims(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-source-new", documented), {
        "title": "Testimony T-7", "kind": "testimony", "reliability": "C",
    })  # fmt: skip
    assert response.status_code == 302
    source = rm.Source.objects.get(title="Testimony T-7")
    response = owner_web.post(url("case-claim-new", documented), {
        "source": source.pk, "kind": "aggregate", "credibility": "3",
        "statement": "40 civilians were killed", "event": documented.event.pk,
        "category": "killed", "subgroup": "", "count": "40",
    })  # fmt: skip
    assert response.status_code == 302
    aggregate = rm.Claim.objects.get(source=source, kind="aggregate")
    assert (aggregate.count, aggregate.subgroup) == (40, "all")
    response = owner_web.post(url("case-claim-new", documented), {
        "source": source.pk, "kind": "individual", "credibility": "2",
        "statement": "He was taken at the bridge", "subject_kind": "person",
        "subject_id": documented.captive.pk,
    })  # fmt: skip
    assert response.status_code == 302
    page = owner_web.get(url("case-person", documented, pk=documented.captive.pk))
    assert "He was taken at the bridge" in page.content.decode()
    assert "Testimony T-7" in page.content.decode()


def test_an_aggregate_claim_without_a_count_is_refused(
    owner_web: Client, documented: Documented
) -> None:
    before = rm.Claim.objects.count()
    response = owner_web.post(url("case-claim-new", documented), {
        "source": documented.source.pk, "kind": "aggregate", "credibility": "3",
        "statement": "many were killed", "category": "killed",
    })  # fmt: skip
    assert response.status_code == 400
    assert 'id="err-count">Give a count, or both ends of a range.' in response.content.decode()
    assert rm.Claim.objects.count() == before


def test_places(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-place-new", documented), {
        "name": "Hillside", "parent": documented.place.pk, "latitude": "40.2", "longitude": "",
    })  # fmt: skip
    assert response.status_code == 400
    assert "Give both latitude and longitude, or neither." in response.content.decode()
    geojson = owner_web.get(url("case-places-geojson", documented)).json()
    assert [f["properties"]["name"] for f in geojson["features"]] == ["Lakeside"]
    assert geojson["features"][0]["geometry"]["coordinates"] == [46.2, 40.1]


def test_history_pages(owner_web: Client, documented: Documented) -> None:
    html = owner_web.get(url("case-history", documented)).content.decode()
    assert "Morgue register" in html
    html = owner_web.get(url("object-history", documented, object_type="records.person",
                             pk=str(documented.woman.pk))).content.decode()  # fmt: skip
    assert "Əliyeva Leyla" in html
    assert "created" in html


def test_timeline_orders_by_date(owner_web: Client, documented: Documented) -> None:
    html = owner_web.get(url("case-event", documented, pk=documented.event.pk)).content.decode()
    timeline = html[html.index("data-timeline") :]
    assert timeline.index("Attack on Lakeside") < timeline.index("Capture at the bridge")


def test_live_validation_checks_dates_before_the_form_is_complete(
    owner_web: Client, documented: Documented
) -> None:
    answer = owner_web.post(
        url("case-event-new", documented),
        {"start_date": "2001-03-10", "end_date": "2001-03-01"},
        headers={"X-Validate-Only": "true"},
    ).json()
    assert answer["errors"]["end_date"] == ["The end date is before the start date."]
    assert answer["errors"]["title"] == ["This field is required."]


def test_history_is_keyset_paged(owner_web: Client, documented: Documented, owner: Any) -> None:
    from rightsledger.cases.actions import create_object

    for i in range(60):
        create_object(rm.Place, acting_user=owner, case=documented.case, name=f"Village {i:02d}")
    first = owner_web.get(url("case-history", documented)).content.decode()
    assert "Village 59" in first
    assert "Village 00" not in first
    after = re.search(r'href="(\?[^"]+)" rel="next"', first).group(1).replace("&amp;", "&")
    second = owner_web.get(url("case-history", documented) + after).content.decode()
    assert "Village 00" in second
    assert "Village 59" not in second
