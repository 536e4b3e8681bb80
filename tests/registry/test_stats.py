"""The registry's figures, on hand-made lists whose right answers are known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rightsledger.cases.actions import create_object
from rightsledger.records.actions import create_person
from rightsledger.records.models import Claim
from rightsledger.registry.importing import import_list
from rightsledger.registry.models import SourceRecord
from rightsledger.registry.stats import registry_figures

HEADER = "record_id,full_name,sex,birth_year,age,event_date,status,family_id"
# person: (list A row, list B row or None)
LIST_A = [
    "a1,Woman Killed,f,1950,,1992-02-26,killed,H1",   # elderly? 42: no. woman
    "a2,Child Killed,m,1985,,1992-02-26,killed,H1",   # child (7)
    "a3,Old Man,m,1920,,1992-02-26,killed,H2",        # elderly (72)
    "a4,Captive Freed,m,1970,,1992-02-26,captured,",
    "a5,Captive Lost,f,1972,,1992-02-26,captured,",
    "a6,Wounded One,m,1980,,1992-02-26,injured,H2",
]  # fmt: skip
LIST_B = [
    "b1,Captive Freed,m,1970,,1992-03-20,released,",
    "b2,Old Man,m,,72,1992-02-26,killed,X9",
    "b3,Lone Missing,f,,30,1992-02-26,missing,",
    "b4,Found Later,m,,40,1992-02-26,missing,",
    "b5,Found Later,m,,40,1992-05-01,found dead,",
]  # fmt: skip


def load(case: Any, owner: Any, tmp_path: Path) -> None:
    for name, rows in (("A", LIST_A), ("B", LIST_B)):
        path = tmp_path / f"{name}.csv"
        path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
        import_list(case=case, source=f"List {name}", path=path, acting_user=owner)
    # Link by name: the linkage itself is tested elsewhere; here the figures are.
    persons: dict[str, Any] = {}
    for record in SourceRecord.objects.filter(case=case):
        if record.full_name not in persons:
            persons[record.full_name] = create_person(case=case, acting_user=owner,
                                                      names=[{"value": record.full_name}])  # fmt: skip
        record.person = persons[record.full_name]
        record.save(update_fields=["person"])


def test_figures(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    result = registry_figures(case)
    assert result.persons == 8
    assert result.figures == {
        "killed": 3, "killed_women": 1, "killed_children": 1, "killed_elderly": 1,
        "injured": 1, "captured": 2, "released": 1, "still_missing": 2, "found_dead": 1,
        "families_with_no_survivor": 1,
    }  # fmt: skip
    by_name = {SourceRecord.objects.filter(person_id=p).first().full_name: p  # type: ignore[union-attr]
               for p in result.members["still_missing"]}  # fmt: skip
    assert set(by_name) == {"Captive Lost", "Lone Missing"}
    assert result.by_source["List A"]["killed"] == 3
    assert result.by_source["List B"]["killed"] == 1


def test_thresholds_are_configurable(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    assert registry_figures(case, elderly_from=40).figures["killed_elderly"] == 2
    assert registry_figures(case, child_below=5).figures["killed_children"] == 0


def test_claims_are_shown_beside_the_figures(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    from tests.factories import event, source

    statement = source(case, owner)
    create_object(Claim, acting_user=owner, case=case, source=statement, kind="aggregate",
                  statement="613 killed", event=event(case, owner), category="killed",
                  subgroup="all", count=613)  # fmt: skip
    result = registry_figures(case)
    assert result.claims["killed"][0]["count"] == 613
    assert "613 by Morgue register" in result.summary()


def test_unlinked_records_are_reported_not_counted(case: Any, owner: Any, tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text(HEADER + "\n" + LIST_A[0] + "\n", encoding="utf-8")
    import_list(case=case, source="L", path=path, acting_user=owner)
    result = registry_figures(case)
    assert result.unlinked_records == 1
    assert result.figures["killed"] == 0
    assert "not yet linked" in result.summary()
