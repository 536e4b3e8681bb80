"""The registry's figures, on hand-made lists whose right answers are known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rightsledger.cases.actions import create_object, update_object
from rightsledger.records.figures import figure_persons
from rightsledger.records.models import Claim
from rightsledger.registry.importing import import_list
from rightsledger.registry.linking import regroup
from rightsledger.registry.models import SourceRecord
from rightsledger.registry.stats import case_figures

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
    # Group by name: the linkage itself is tested elsewhere; here the figures are.
    groups: dict[str, list[int]] = {}
    for record in SourceRecord.objects.filter(case=case).order_by("pk"):
        groups.setdefault(record.full_name, []).append(record.pk)
    regroup(case=case, groups=list(groups.values()), acting_user=owner, message="by name")


def person_named(name: str) -> int:
    return SourceRecord.objects.get(full_name=name, record_id__startswith="a").person_id  # type: ignore[return-value]


def test_figures(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    result = case_figures(case)
    assert result.persons == 8
    assert result.figures == {
        "killed": 3, "killed_women": 1, "killed_men": 2, "killed_children": 1,
        "killed_elderly": 1, "injured": 1, "captured": 2, "released": 1, "still_missing": 2,
        "found_dead": 1, "identified": 0, "displaced": 0, "families_with_no_survivor": 1,
    }  # fmt: skip
    missing = figure_persons(case, "still_missing")
    names = {p.display_name for p in missing}
    assert names == {"Captive Lost", "Lone Missing"}
    assert result.row("killed").by_source == {"List A": 3, "List B": 1}
    assert result.row("families_with_no_survivor").documented == 1


def test_thresholds_are_configurable_per_case(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    update_object(case, acting_user=owner, elderly_age_from=40)
    assert case_figures(case).figures["killed_elderly"] == 2
    update_object(case, acting_user=owner, child_age_below=5)
    assert case_figures(case).figures["killed_children"] == 0


def test_claims_are_shown_beside_the_figures(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    from tests.factories import event, source

    statement = source(case, owner)
    create_object(Claim, acting_user=owner, case=case, source=statement, kind="aggregate",
                  statement="613 killed", event=event(case, owner), category="killed",
                  subgroup="all", count=613)  # fmt: skip
    result = case_figures(case)
    assert result.row("killed").claims[0]["count"] == 613
    assert "Morgue register claims 613 killed; 3 documented by name in 2 sources." in (
        result.summary()
    )


def test_a_claim_of_civilians_is_beside_its_figure_named_as_theirs(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    load(case, owner, tmp_path)
    from tests.factories import event, source

    statement = source(case, owner)
    create_object(Claim, acting_user=owner, case=case, source=statement, kind="aggregate",
                  statement="613 civilians killed", event=event(case, owner), category="killed",
                  subgroup="other", subgroup_label="civilians", count=613)  # fmt: skip
    create_object(Claim, acting_user=owner, case=case, source=statement, kind="aggregate",
                  statement="12 journalists killed", event=event(case, owner), category="killed",
                  subgroup="other", subgroup_label="journalists", count=12)  # fmt: skip
    result = case_figures(case)
    assert [(c["count"], c.get("group")) for c in result.row("killed").claims] == [
        (613, "civilians")
    ]
    assert "Morgue register claims 613 killed (civilians); 3 documented by name" in result.summary()
    # Any other group stays among the other figures claimed.
    assert [c["count"] for c in result.other_claims] == [12]


def test_claims_beside_the_figures_keep_their_qualifier_and_words(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    from tests.factories import event, source

    statement = source(case, owner)
    where = event(case, owner)
    for fields in ({"count": 27, "qualifier": "at_least"},
                   {"qualifier": "vague", "qualifier_words": "dozens"},
                   {"count_low": 80, "count_high": 120, "qualifier": "range"}):  # fmt: skip
        create_object(Claim, acting_user=owner, case=case, source=statement, kind="aggregate",
                      statement="as said", event=where, category="killed", subgroup="all",
                      **fields)  # fmt: skip
    claims = case_figures(case).row("killed").claims
    assert [c["count"] for c in claims] == [27, None, "80–120"]
    assert [c["as_given"] for c in claims] == ["at least 27", "dozens", "80–120"]
    summary = case_figures(case).summary()
    assert "claims at least 27 killed" in summary
    assert "claims dozens killed" in summary
    assert "None" not in summary


def test_rows_count_as_persons_before_linkage(case: Any, owner: Any, tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text(HEADER + "\n" + LIST_A[0] + "\n" + LIST_A[0].replace("a1", "a9") + "\n",
                    encoding="utf-8")  # fmt: skip
    import_list(case=case, source="L", path=path, acting_user=owner)
    result = case_figures(case)
    # Two rows, not yet linked: two persons, each a victim with the status its row gives.
    assert result.figures["killed"] == 2
    assert result.persons == 2


def test_a_conflict_between_sources_is_counted_and_shown(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    load(case, owner, tmp_path)
    path = tmp_path / "c.csv"
    path.write_text(HEADER + "\nc1,Woman Killed,f,1950,,1992-02-26,injured,\n", encoding="utf-8")
    import_list(case=case, source="List C", path=path, acting_user=owner)
    woman = person_named("Woman Killed")
    row = SourceRecord.objects.get(record_id="c1")
    groups: dict[int, list[int]] = {}
    for record in SourceRecord.objects.filter(case=case).exclude(pk=row.pk):
        groups.setdefault(record.person_id, []).append(record.pk)  # type: ignore[arg-type]
    groups[woman].append(row.pk)
    regroup(case=case, groups=list(groups.values()), acting_user=owner, message="merge")
    result = case_figures(case)
    assert result.figures["killed"] == 3  # counted by the rule: one source says killed
    assert result.row("killed").conflicts == 1
    assert result.figures["injured"] == 2
