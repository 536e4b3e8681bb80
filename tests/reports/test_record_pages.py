"""A person's dossier and an event's page as PDF: what the page shows, read back from the
file; through the access path (strangers get 404, the disclosure policy applies); the same
record gives the same bytes; in the reader's language; also from the command line."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from rightsledger.cases.actions import create_case, create_object, set_membership
from rightsledger.cases.roles import Role
from rightsledger.protection.actions import protect_person
from rightsledger.records import models as rm
from rightsledger.registry.models import SourceRecord
from rightsledger.reports.queries import record_head
from tests.reports.conftest import client_for, load_demo_case, pdf_text

HEX = re.compile(r"\b[0-9a-f]{16,}\b")


def _listed_person(case: Any) -> rm.Person:
    """A person of the demo case named by two or more imported list rows, with statuses."""
    for person in rm.Person.objects.filter(case=case, birth_year__isnull=False).order_by("pk"):
        rows = SourceRecord.objects.filter(person=person, documented=False).count()
        if rows >= 2 and person.statuses.exists():
            return person
    raise AssertionError("the demo case has no person with list rows")


def _get_pdf(user: Any, url: str, language: str = "en") -> bytes:
    client = client_for(user)
    answer = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert answer.status_code == 200, answer.status_code
    assert answer["Content-Type"] == "application/pdf"
    assert answer["Content-Disposition"].startswith("attachment; filename=")
    assert answer.content.startswith(b"%PDF-")
    return answer.content


def test_a_person_s_pdf_holds_their_dossier(owner: Any) -> None:
    case = load_demo_case(owner)
    person = _listed_person(case)
    url = f"/c/{case.slug}/persons/{person.pk}/pdf/"
    page = client_for(owner).get(f"/c/{case.slug}/persons/{person.pk}/")
    assert url in page.content.decode()  # the page links to its PDF
    text = pdf_text(_get_pdf(owner, url))
    for name in person.names.values_list("value", flat=True):
        assert name in text, name
    for status in person.statuses.all():
        assert status.get_status_display() in text
    records = SourceRecord.objects.filter(person=person, documented=False).select_related(
        "list_import", "source")  # fmt: skip
    for record in records:  # each list row, with its file's hash and its cells verbatim
        assert record.source.title in text
        assert record.list_import.file_sha256 in text
        assert record.record_id in text
    head = record_head(case, owner)
    assert head.entry_hash
    assert head.entry_hash in text
    for words in ("Names and spellings", "Acts and status over time", "Statuses by source",
                  "Rows of imported lists", "Sources and claims", str(person.birth_year)):  # fmt: skip
        assert words in text, words


def test_a_person_s_family_and_claims_are_in_it(owner: Any) -> None:
    case = load_demo_case(owner)
    person, relative = rm.Person.objects.filter(case=case).order_by("pk")[:2]
    create_object(rm.Relationship, acting_user=owner, case=case, person=person,
                  relative=relative, kind="spouse_of")  # fmt: skip
    source = rm.Source.objects.filter(case=case).order_by("pk").first()
    assert source is not None
    from django.contrib.contenttypes.models import ContentType

    create_object(rm.Claim, acting_user=owner, case=case, source=source, kind="individual",
                  statement="Seen alive at the crossing on the second day.", locator="p. 14",
                  subject_type=ContentType.objects.get_for_model(rm.Person),
                  subject_id=person.pk)  # fmt: skip
    text = pdf_text(_get_pdf(owner, f"/c/{case.slug}/persons/{person.pk}/pdf/"))
    assert f"spouse of {relative.display_name}" in text
    assert "Seen alive at the crossing on the second day." in text
    assert "p. 14" in text
    assert source.title in text
    theirs = pdf_text(_get_pdf(owner, f"/c/{case.slug}/persons/{relative.pk}/pdf/"))
    assert f"{person.display_name} — spouse of this person" in theirs


def test_an_event_s_pdf_holds_its_page(owner: Any) -> None:
    case = load_demo_case(owner)
    event = (rm.Event.objects.filter(case=case, children__isnull=False)
             .distinct().order_by("pk").first())  # fmt: skip
    assert event is not None
    url = f"/c/{case.slug}/events/{event.pk}/pdf/"
    assert url in client_for(owner).get(f"/c/{case.slug}/events/{event.pk}/").content.decode()
    text = pdf_text(_get_pdf(owner, url))
    assert event.title in text
    assert event.date_as_stated in text
    for child in rm.Event.objects.filter(parent=event):
        assert child.title in text
    acts = rm.Act.objects.filter(event=event)
    assert acts.exists()
    for act in acts:
        assert act.get_act_type_display() in text
    # the persons involved, as a count per act, in the acts' table
    first = acts.order_by("date", "pk").first()
    assert first is not None
    assert f"{first.get_act_type_display()} " in text
    assert re.search(rf"{re.escape(str(first.place or ''))} {first.involvements.count()}\b", text)
    for claim in rm.Claim.objects.filter(event=event):
        assert claim.statement in text
    assert "Timeline" in text
    assert record_head(case, owner).entry_hash in text


def test_the_same_record_gives_the_same_bytes(owner: Any) -> None:
    case = load_demo_case(owner)
    person = _listed_person(case)
    event = rm.Event.objects.filter(case=case).order_by("pk").first()
    assert event is not None
    urls = [f"/c/{case.slug}/persons/{person.pk}/pdf/", f"/c/{case.slug}/events/{event.pk}/pdf/"]
    first = [_get_pdf(owner, url) for url in urls]
    assert [_get_pdf(owner, url) for url in urls] == first
    # A change to the record is a new chain head, and other bytes.
    create_object(rm.PersonName, acting_user=owner, case=case, person=person,
                  value="Another Spelling", kind="full")  # fmt: skip
    again = [_get_pdf(owner, url) for url in urls]
    assert again[0] != first[0]
    assert again[1] != first[1]
    assert "Another Spelling" in pdf_text(again[0])


def test_a_protected_person_s_pdf_shows_an_analyst_or_viewer_the_pseudonym_only(
    owner: Any, analyst: Any, viewer: Any
) -> None:
    case = load_demo_case(owner)
    set_membership(case=case, user=analyst, role=Role.ANALYST, acting_user=owner)
    set_membership(case=case, user=viewer, role=Role.VIEWER, acting_user=owner)
    person = _listed_person(case)
    real_names = {person.display_name, *person.names.values_list("value", flat=True)}
    born = str(person.birth_year)
    identity = protect_person(person, category="victim_at_risk", acting_user=owner)
    url = f"/c/{case.slug}/persons/{person.pk}/pdf/"
    for reader in (analyst, viewer):
        text = HEX.sub("", pdf_text(_get_pdf(reader, url)))  # hashes could hold any digits
        assert identity.pseudonym in text
        for name in real_names:
            assert name not in text, (reader.username, name)
        assert born not in text, reader.username
        assert "withheld" in text
        assert "Rows of imported lists" in text  # the rows are there, masked
    # Whoever may re-identify sees what the page shows them: the birth year, the rows as written.
    owners = pdf_text(_get_pdf(owner, url))
    assert born in owners
    assert any(name in owners for name in real_names)


def test_a_stranger_gets_404(owner: Any, stranger: Any) -> None:
    case = load_demo_case(owner)
    person = _listed_person(case)
    event = rm.Event.objects.filter(case=case).order_by("pk").first()
    assert event is not None
    urls = [f"/c/{case.slug}/persons/{person.pk}/pdf/", f"/c/{case.slug}/events/{event.pk}/pdf/"]
    for url in urls:
        assert client_for(stranger).get(url).status_code == 404
    # Another case's records under a case the stranger owns: still 404.
    theirs = create_case(name="The stranger's own case", owner=stranger)
    for url in urls:
        assert client_for(stranger).get(url.replace(case.slug, theirs.slug)).status_code == 404
    assert client_for(owner).get(f"/c/{case.slug}/persons/999999/pdf/").status_code == 404
    assert client_for(owner).get(f"/c/{case.slug}/events/999999/pdf/").status_code == 404


@pytest.mark.parametrize(("language", "words"), [
    ("ru", ("Имена и написания", "Статусы по источникам", "Досье лица")),
    ("az", ("Adlar və yazılış formaları", "Mənbələr üzrə statuslar", "Şəxsin dosyesi")),
])  # fmt: skip
def test_in_the_reader_s_language(owner: Any, language: str, words: tuple[str, ...]) -> None:
    case = load_demo_case(owner)
    person = _listed_person(case)
    text = pdf_text(_get_pdf(owner, f"/c/{case.slug}/persons/{person.pk}/pdf/", language))
    for word in words:
        assert word in text, word
    assert "Names and spellings" not in text


def test_the_command_makes_the_same_file(owner: Any, stranger: Any, tmp_path: Path) -> None:
    case = load_demo_case(owner)
    person = _listed_person(case)
    target = tmp_path / "dossier.pdf"
    out = StringIO()
    call_command("report", "--case", case.slug, "--as", owner.username, "--person",
                 str(person.pk), "--output", str(target), stdout=out)  # fmt: skip
    assert "SHA-256" in out.getvalue()
    assert target.read_bytes() == _get_pdf(owner, f"/c/{case.slug}/persons/{person.pk}/pdf/")
    event = rm.Event.objects.filter(case=case).order_by("pk").first()
    assert event is not None
    call_command("report", "--case", case.slug, "--as", owner.username, "--event-page",
                 str(event.pk), "--output", str(target), stdout=out)  # fmt: skip
    assert event.title in pdf_text(target.read_bytes())
    with pytest.raises(CommandError, match="no person 999999"):
        call_command("report", "--case", case.slug, "--as", owner.username, "--person",
                     "999999", "--output", str(tmp_path / "none.pdf"))  # fmt: skip
    with pytest.raises(CommandError, match="internal use"):
        call_command("report", "--case", case.slug, "--as", owner.username, "--person",
                     str(person.pk), "--format", "html", "--output", str(tmp_path / "x.html"))  # fmt: skip
    with pytest.raises(CommandError, match="no case"):
        call_command("report", "--case", case.slug, "--as", stranger.username, "--person",
                     str(person.pk), "--output", str(tmp_path / "s.pdf"))  # fmt: skip
    assert not (tmp_path / "none.pdf").exists()
    assert not (tmp_path / "s.pdf").exists()
