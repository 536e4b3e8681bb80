"""Importing lists of the missing (through the registry's import) and exhumation records:
all or nothing, each bad value named by row and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rightsledger.cases.models import HistoryEntry
from rightsledger.missing.models import MissingPersonFile, RemainsCase
from rightsledger.records import models as rm
from rightsledger.records.figures import figure_persons
from rightsledger.registry.models import SourceRecord
from tests.missing.conftest import Scene

TRACING = """Name;Fate;Seen;Where;Height (cm);Teeth
Məmmədov Elnur;disappeared;2001-03-05;Lakeside;178;missing lower incisor
Rzayeva Günel;disappeared;2001-03-06;Hill farm;;
Kərimov Vüqar;killed;2001-03-04;;;
"""
MAPPING = """columns:
  full_name: Name
  status: Fate
  event_date: Seen
status_values:
  disappeared: missing
missing:
  last_seen_date: Seen
  last_seen_place: Where
  height: Height (cm)
  dental_notes: Teeth
"""
EXHUMED = """tag,site,recovered_on,condition,estimated_sex,age_min,age_max,stature_min_cm,stature_max_cm
LK-1-010,Site LK-1,2004-06-20,partial_skeleton,female,30,45,158,166
LK-1-011,site lk-1,2004-06-21,fragments,undetermined,,,,
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_tracing_list_opens_the_files_of_the_listed_missing(scene: Scene, tmp_path: Path,
                                                              owner: Any) -> None:  # fmt: skip
    before = figure_persons(scene.case, "still_missing").count()
    out = call_command("missing", "import-list", str(write(tmp_path, "tracing.csv", TRACING)),
                       "--case", scene.case.slug, "--source", "Tracing requests 2002",
                       "--mapping", str(write(tmp_path, "m.yaml", MAPPING)), "--as", "owner")  # fmt: skip
    files = {f.person.display_name: f for f in MissingPersonFile.objects.filter(
        person__display_name__in=["Məmmədov Elnur", "Rzayeva Günel", "Kərimov Vüqar"])}  # fmt: skip
    assert set(files) == {"Məmmədov Elnur", "Rzayeva Günel"}  # the killed man has none
    elnur = files["Məmmədov Elnur"]
    assert (elnur.last_seen_date, elnur.last_seen_place, elnur.height_min_cm,
            elnur.height_max_cm) == (dt.date(2001, 3, 5), scene.village, 178, 178)  # fmt: skip
    assert elnur.dental_notes == "missing lower incisor"
    assert "last seen at Hill farm" in files["Rzayeva Günel"].circumstances
    assert figure_persons(scene.case, "still_missing").count() == before + 2
    # The rows are kept verbatim as the registry keeps every list.
    assert SourceRecord.objects.filter(case=scene.case, documented=False).count() == 3
    # One status per listed person: the list's own.
    assert rm.StatusRecord.objects.filter(person=elnur.person).count() == 1
    assert out is None or "files opened" in str(out)


def test_a_bad_value_refuses_the_whole_list(scene: Scene, tmp_path: Path) -> None:
    entries = HistoryEntry.objects.count()
    bad = TRACING.replace(";178;", ";one seventy;")
    with pytest.raises(
        CommandError,
        match=r"row 1, column 'Height \(cm\)' \(height\): 'one seventy' is not a whole",
    ):
        call_command("missing", "import-list", str(write(tmp_path, "bad.csv", bad)), "--case",
                     scene.case.slug, "--source", "Tracing", "--mapping",
                     str(write(tmp_path, "m.yaml", MAPPING)), "--as", "owner")  # fmt: skip
    assert HistoryEntry.objects.count() == entries
    assert not rm.Person.objects.filter(display_name="Məmmədov Elnur").exists()


def test_exhumation_records_become_remains_cases(scene: Scene, tmp_path: Path) -> None:
    path = write(tmp_path, "exhumation.csv", EXHUMED)
    call_command("missing", "import-remains", str(path), "--case", scene.case.slug,
                 "--as", "owner")  # fmt: skip
    imported = RemainsCase.objects.filter(tag__in=["LK-1-010", "LK-1-011"]).order_by("tag")
    assert [(r.site, r.estimated_sex, r.age_min) for r in imported] == [
        (scene.site, "female", 30), (scene.site, "undetermined", None)]  # fmt: skip
    assert "row 1" in imported[0].notes
    assert "evidence item" in imported[0].notes


@pytest.mark.parametrize(("change", "message"), [
    ("Site LK-1,2004-06-20", "no burial site 'Site LK-9'"),
    ("LK-1-011,", "row 2: Remains case with this Case and Tag already exists"),
    ("2004-06-20,partial", "is not a date"),
])  # fmt: skip
def test_bad_exhumation_records_change_nothing(scene: Scene, tmp_path: Path, change: str,
                                               message: str) -> None:  # fmt: skip
    text = {
        "Site LK-1,2004-06-20": EXHUMED.replace("Site LK-1,2004-06-20", "Site LK-9,2004-06-20"),
        "LK-1-011,": EXHUMED.replace("LK-1-011,", "LK-1-001,"),  # a tag already used
        "2004-06-20,partial": EXHUMED.replace("2004-06-20,partial", "20.06.2004,partial"),
    }[change]
    entries = HistoryEntry.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("missing", "import-remains", str(write(tmp_path, "x.csv", text)),
                     "--case", scene.case.slug, "--as", "owner")  # fmt: skip
    assert HistoryEntry.objects.count() == entries
    assert RemainsCase.objects.count() == 1


def test_a_listed_person_whose_rows_moved_away_keeps_their_file(scene: Scene, tmp_path: Path,
                                                                owner: Any) -> None:  # fmt: skip
    """Linkage retires list-made persons no row holds any more; one with a missing person's
    file is held (the file is never deleted behind the history's back)."""
    from rightsledger.registry.persons import retire_orphans

    import_missing_list_file = write(tmp_path, "tracing.csv", TRACING)
    call_command("missing", "import-list", str(import_missing_list_file), "--case",
                 scene.case.slug, "--source", "Tracing", "--mapping",
                 str(write(tmp_path, "m.yaml", MAPPING)), "--as", "owner")  # fmt: skip
    held = MissingPersonFile.objects.get(person__display_name="Məmmədov Elnur").person
    other = rm.Person.objects.get(display_name="Kərimov Vüqar")
    # As a linkage run moving the row (with its name, involvement and status) would leave it:
    for model in (SourceRecord, rm.PersonName, rm.Involvement, rm.StatusRecord):
        model.objects.filter(person=held).update(person=other)
    retire_orphans(scene.case)
    assert rm.Person.objects.filter(pk=held.pk).exists()
    assert MissingPersonFile.objects.filter(person=held).exists()
