"""The dashboard's figures, and the list each one links to, agree with the records."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from rightsledger.records.summary import cached_case_summary, case_summary
from tests.web.conftest import Documented


def figures(html: str) -> dict[str, tuple[int, str | None]]:
    """data-figure name -> (number shown, link)."""
    found = {}
    pattern = re.compile(
        r'<(a|span) class="figure[^"]*"(?: href="([^"]+)")? data-figure="([^"]+)">'
        r'<span class="n">([^<]+)</span>'
    )
    for _tag, href, name, number in pattern.findall(html):
        found.setdefault(name, (int(re.sub(r"\D", "", number)), href.replace("&amp;", "&") or None))
    return found


def test_killed_of_whom_women_children_elderly(documented: Documented) -> None:
    summary = case_summary(documented.case)
    assert summary["killed"] == {"total": 3, "women": 1, "men": 2, "children": 1, "elderly": 1}
    assert summary["persons_by_victim_status"]["captured"] == 1
    assert summary["persons_by_victim_status"]["released"] == 1
    assert summary["events"] == 2
    assert summary["acts_by_type"]["killing"] == 1
    assert summary["evidence_items"] in (None, 0)


def test_figures_link_to_the_lists_behind_them(owner_web: Client, documented: Documented) -> None:
    html = owner_web.get(reverse("case-dashboard", args=[documented.case.slug])).content.decode()
    shown = figures(html)
    assert shown["killed"][0] == 3
    # of whom women, men, children, elderly
    groups = ("women", "men", "children", "elderly")
    assert [shown[f"killed_{group}"][0] for group in groups] == [1, 2, 1, 1]
    names = {
        "killed": {"Əliyeva Leyla", "Hüseynov Rauf", "Алиев Гасан"},
        "killed_women": {"Əliyeva Leyla"},
        "killed_men": {"Hüseynov Rauf", "Алиев Гасан"},
        "killed_children": {"Hüseynov Rauf"},
        "killed_elderly": {"Алиев Гасан"},
        "captured": {"Cəfərov Elçin"},
        "released": {"Cəfərov Elçin"},
    }
    for name, expected in names.items():
        number, link = shown[name]
        assert link is not None
        # Each figure drills down to exactly the persons it counts.
        listing = owner_web.get(link).content.decode()
        rows = set(re.findall(r'<h2><a href="/c/[^"]+/persons/\d+/">([^<]+)</a></h2>', listing))
        assert rows == expected, name
        assert number == len(expected), name


def test_evidence_shows_zero_without_the_evidence_app(
    owner_web: Client, documented: Documented
) -> None:
    html = owner_web.get(reverse("case-dashboard", args=[documented.case.slug])).content.decode()
    assert figures(html)["evidence"][0] >= 0


def test_summary_is_cached_until_the_case_changes(documented: Documented, owner: Any) -> None:
    from rightsledger.cases.actions import create_object
    from rightsledger.records import models as rm

    first = cached_case_summary(documented.case)
    assert cached_case_summary(documented.case) == first
    create_object(rm.Event, acting_user=owner, case=documented.case, title="Another")
    assert cached_case_summary(documented.case)["events"] == first["events"] + 1


def test_after_a_change_the_last_figures_show_while_they_are_recounted(
    documented: Documented, owner: Any, settings: Any, monkeypatch: Any
) -> None:
    from rightsledger.cases.actions import create_object
    from rightsledger.jobs.runner import submit
    from rightsledger.records import models as rm
    from rightsledger.records import summary as summary_module

    settings.RIGHTSLEDGER_SUMMARY_IN_BACKGROUND = True
    started: list[Any] = []
    # The recount is a job; here it is held back, to run when the test says.
    monkeypatch.setattr(summary_module, "start_recount", lambda *args: started.append(args))
    first = summary_module.dashboard_figures(documented.case)
    assert not first.recounting  # nothing counted before: counted here
    create_object(rm.Event, acting_user=owner, case=documented.case, title="Another")
    stale = summary_module.dashboard_figures(documented.case)
    assert stale.recounting
    assert stale.summary["events"] == first.summary["events"]
    assert len(started) == 1
    summary_module.dashboard_figures(documented.case)
    assert len(started) == 1  # one recount per version
    job = submit(case=documented.case, kind=summary_module.RECOUNT_JOB, acting_user=None,
                 parameters={"version": started[0][1], "timeout": 60}, run_inline=True)  # fmt: skip
    job.refresh_from_db()
    assert job.status == "done"
    fresh = summary_module.dashboard_figures(documented.case)
    assert not fresh.recounting
    assert fresh.summary["events"] == first.summary["events"] + 1


def test_the_dashboard_says_when_figures_are_being_recounted(
    owner_web: Client, documented: Documented, owner: Any, settings: Any, monkeypatch: Any
) -> None:
    from rightsledger.cases.actions import create_object
    from rightsledger.records import models as rm
    from rightsledger.records import summary as summary_module

    settings.RIGHTSLEDGER_SUMMARY_IN_BACKGROUND = True
    monkeypatch.setattr(summary_module, "start_recount", lambda *args: None)
    url = reverse("case-dashboard", args=[documented.case.slug])
    assert "data-recounting" not in owner_web.get(url).content.decode()
    create_object(rm.Event, acting_user=owner, case=documented.case, title="Another")
    assert "data-recounting" in owner_web.get(url).content.decode()
