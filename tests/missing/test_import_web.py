"""Importing a tracing list or exhumation records in the browser's pages: upload, say which
column holds what, preview (nothing written), import; a bad value names its row and the
file's column and changes nothing; the upload is its sender's only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from rightsledger.cases.actions import set_membership
from rightsledger.cases.models import HistoryEntry
from rightsledger.cases.roles import Role
from rightsledger.jobs.lease import Runner
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import execute
from rightsledger.missing.models import MissingPersonFile, RemainsCase
from tests.conftest import make_user
from tests.missing.conftest import Scene
from tests.web.conftest import web_client

EXHUMED = """Tag no.,Grave,Recovered,Condition,Sex,Age from,Age to,Teeth (FDI),Clothing
LK-1-020,Site LK-1,2004-06-20,partial_skeleton,male,30,45,16 filling; 46 missing ante-mortem,"jacket, black leather; wristwatch"
LK-1-021,site lk-1,2004-06-21,fragments,undetermined,,,,
"""
COLUMNS = {"remains:tag": "Tag no.", "remains:site": "Grave", "remains:recovered_on": "Recovered",
           "remains:condition": "Condition", "remains:estimated_sex": "Sex",
           "remains:age_min": "Age from", "remains:age_max": "Age to",
           "remains:dental_findings": "Teeth (FDI)",
           "remains:clothing_and_effects": "Clothing"}  # fmt: skip
TRACING = """Name;Fate;Seen;Height (cm);Teeth;Wore
Məmmədov Elnur;disappeared;2001-03-05;178;missing lower incisor;blue jeans
Rzayeva Günel;disappeared;2001-03-06;;;
"""


def imported(response: Any) -> Job:
    """The import job the page handed the file to, run as a worker runs it."""
    assert response.status_code == 302, response.content.decode()[-3000:]
    job = Job.objects.get(kind="import-missing")
    assert response["Location"].endswith(f"/jobs/{job.pk}/")
    assert execute(job.pk, task_id=job.task_id, runner=Runner(hard_stop=False)) == "done"
    job.refresh_from_db()
    assert job.status == Job.Status.DONE, job.message
    return job


def send(client: Client, slug: str, name: str, text: str, **fields: str) -> str:
    """Upload ``text``; the columns page's address."""
    response = client.post(f"/c/{slug}/missing/import/", {
        "file": SimpleUploadedFile(name, text.encode()), "reliability": "F", **fields})  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    return str(response["Location"])


def test_it_previews_then_imports_exhumation_records(scene: Scene, owner: Any) -> None:
    client = web_client(owner)
    page = send(client, scene.case.slug, "season-2004.csv", EXHUMED, kind="remains")
    shown = client.get(page).content.decode()
    assert "Tag no." in shown  # the file's header and first rows
    assert "LK-1-020" in shown
    entries = HistoryEntry.objects.count()
    preview = client.post(page, {**COLUMNS, "action": "preview"})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert 'id="checked"' in html
    assert 'id="preview"' in html
    assert HistoryEntry.objects.count() == entries  # a preview writes nothing
    job = imported(client.post(page, {**COLUMNS, "action": "import"}))
    found = RemainsCase.objects.get(case=scene.case, tag="LK-1-020")
    assert (found.site, found.age_min, found.dental_findings, found.clothing_and_effects) == (
        scene.site,
        30,
        "16 filling; 46 missing ante-mortem",
        "jacket, black leather; wristwatch",
    )
    assert RemainsCase.objects.filter(case=scene.case, tag="LK-1-021").exists()
    shown = client.get(f"/c/{scene.case.slug}/jobs/{job.pk}/").content.decode()
    assert "2 remains cases imported" in shown
    token = page.rstrip("/").rsplit("/", 1)[-1]
    assert not (Path(settings.HOME) / "uploads" / token).exists()  # the upload is gone


def test_a_bad_value_names_its_row_and_column_and_changes_nothing(scene: Scene,
                                                                 owner: Any) -> None:  # fmt: skip
    client = web_client(owner)
    bad = EXHUMED.replace("2004-06-21", "21.06.2004").replace(",30,45,", ",45,30,")
    page = send(client, scene.case.slug, "bad.csv", bad, kind="remains")
    entries, remains = HistoryEntry.objects.count(), RemainsCase.objects.count()
    for action in ("preview", "import"):
        response = client.post(page, {**COLUMNS, "action": action})
        assert response.status_code == 400
        html = response.content.decode()
        assert "bad.csv, row 1: column &#x27;Age to&#x27; (age_max)" in html  # 45 to 30
        assert HistoryEntry.objects.count() == entries
        assert RemainsCase.objects.count() == remains
    fixed = EXHUMED.replace("2004-06-21", "21.06.2004")
    page = send(client, scene.case.slug, "bad.csv", fixed, kind="remains")
    html = client.post(page, {**COLUMNS, "action": "import"}).content.decode()
    assert (
        "row 2, column &#x27;Recovered&#x27; (recovered_on): &#x27;21.06.2004&#x27; is not a date"
        in html
    )
    assert RemainsCase.objects.count() == remains


def test_a_tracing_list_opens_files_with_the_list_s_own_status_words(scene: Scene,
                                                                      owner: Any) -> None:  # fmt: skip
    client = web_client(owner)
    page = send(client, scene.case.slug, "tracing.csv", TRACING, kind="missing-list",
                source_title="Tracing requests 2002")  # fmt: skip
    form = client.get(page).content.decode()
    assert "Dental notes" in form  # the file's fields beside the registry's columns
    columns = {"list:full_name": "Name", "list:status": "Fate", "list:event_date": "Seen",
               "file:last_seen_date": "Seen", "file:height": "Height (cm)",
               "file:dental_notes": "Teeth", "file:clothing_and_belongings": "Wore"}  # fmt: skip
    wrong = client.post(page, {**columns, "status_words": "disappeared = gone", "action": "import"})
    assert wrong.status_code == 200
    assert "Line 1" in wrong.content.decode()
    job = imported(client.post(page, {**columns, "status_words": "disappeared = missing",
                                      "action": "import"}))  # fmt: skip
    assert "2 rows imported; 2 missing persons' files opened." in (job.result or {})["summary"]
    elnur = MissingPersonFile.objects.get(person__display_name="Məmmədov Elnur")
    assert (elnur.height_min_cm, elnur.dental_notes, elnur.clothing_and_belongings) == (
        178,
        "missing lower incisor",
        "blue jeans",
    )
    assert MissingPersonFile.objects.filter(person__display_name="Rzayeva Günel").exists()


def test_an_unmapped_column_is_not_read_even_when_named_like_a_field(scene: Scene,
                                                                     owner: Any) -> None:  # fmt: skip
    client = web_client(owner)
    text = "tag,condition,notes\nLK-1-030,fragments,do not import this\n"
    page = send(client, scene.case.slug, "x.csv", text, kind="remains")
    chosen = {"remains:tag": "tag", "remains:condition": "condition", "action": "import"}
    imported(client.post(page, chosen))
    assert "do not import this" not in RemainsCase.objects.get(tag="LK-1-030").notes


def test_it_validates_access(scene: Scene, owner: Any, viewer: Any, stranger: Any,
                             analyst: Any) -> None:  # fmt: skip
    slug = scene.case.slug
    for user in (viewer, analyst, stranger):
        assert web_client(user).get(f"/c/{slug}/missing/import/").status_code == 404
    page = send(web_client(owner), slug, "x.csv", EXHUMED, kind="remains")
    # Another editor of the case cannot read or use this upload.
    editor = make_user("editor")
    set_membership(case=scene.case, user=editor, role=Role.EDITOR, acting_user=owner)
    assert web_client(editor).get(f"/c/{slug}/missing/import/").status_code == 200
    assert web_client(editor).get(page).status_code == 404
    assert web_client(editor).post(page, {**COLUMNS, "action": "import"}).status_code == 404
    assert web_client(owner).get(page.rstrip("/") + "0/").status_code == 404
    assert not RemainsCase.objects.filter(tag="LK-1-020").exists()


def test_a_file_refused_by_the_worker_fails_its_job_and_changes_nothing(scene: Scene,
                                                                       owner: Any) -> None:  # fmt: skip
    # The same records sent twice and both checked before either ran: the second import
    # meets the tags the first wrote, and is refused whole.
    client = web_client(owner)
    first = send(client, scene.case.slug, "season-2004.csv", EXHUMED, kind="remains")
    second = send(client, scene.case.slug, "season-2004-again.csv", EXHUMED, kind="remains")
    assert client.post(first, {**COLUMNS, "action": "import"}).status_code == 302
    assert client.post(second, {**COLUMNS, "action": "import"}).status_code == 302
    earlier, later = Job.objects.filter(kind="import-missing").order_by("pk")
    assert execute(earlier.pk, task_id=earlier.task_id, runner=Runner(hard_stop=False)) == "done"
    entries, remains = HistoryEntry.objects.count(), RemainsCase.objects.count()
    execute(later.pk, task_id=later.task_id, runner=Runner(hard_stop=False))
    later.refresh_from_db()
    assert later.status == Job.Status.FAILED
    assert "season-2004-again.csv, row 1" in later.message
    assert (HistoryEntry.objects.count(), RemainsCase.objects.count()) == (entries, remains)
