"""Sources' claims on the figures: every claim shown, each part with the figure it is part of,
the same on the page, in the API and on the command line."""

from __future__ import annotations

import json
import re
from io import StringIO
from typing import Any

from django.core.management import call_command
from django.test import Client

from rightsledger.cases.actions import create_object
from rightsledger.records.models import Claim
from rightsledger.registry.stats import case_figures
from tests.factories import event, source


def claim(case: Any, owner: Any, **fields: Any) -> Claim:
    fields = {"subgroup": "all", "count": None, "statement": "as said", **fields}
    return create_object(Claim, acting_user=owner, case=case, kind="aggregate", **fields)


def nested_claims(case: Any, owner: Any) -> dict[str, Claim]:
    """One statement's figures: 210 killed, of whom 45 women and 3 journalists; at least 88
    homes destroyed, of which 12 schools; dozens detained."""
    common: dict[str, Any] = {"source": source(case, owner), "event": event(case, owner)}
    made = {"killed": claim(case, owner, category="killed", count=210, **common)}
    made["women"] = claim(case, owner, parent=made["killed"], category="killed",
                          subgroup="women", count=45, **common)  # fmt: skip
    made["journalists"] = claim(case, owner, parent=made["killed"], category="killed",
                                subgroup="other", subgroup_label="journalists", count=3,
                                **common)  # fmt: skip
    made["homes"] = claim(case, owner, category="property_destroyed", subgroup="other",
                          subgroup_label="homes", count=88, qualifier="at_least", **common)  # fmt: skip
    made["schools"] = claim(case, owner, parent=made["homes"], category="property_destroyed",
                            subgroup="other", subgroup_label="schools", count=12, **common)  # fmt: skip
    made["detained"] = claim(case, owner, category="detained", qualifier="vague",
                             qualifier_words="dozens", **common)  # fmt: skip
    return made


def test_a_part_names_its_whole_and_claims_off_the_table_are_listed(case: Any, owner: Any) -> None:
    made = nested_claims(case, owner)
    figures = case_figures(case)
    women = figures.row("killed_women").claims
    assert [(c["count"], c["part_of"], c["parent"]) for c in women] == [
        (45, "210 killed", made["killed"].pk)
    ]
    assert figures.row("killed").claims[0]["part_of"] is None
    others = [(c["figure"], c["depth"], c["part_of"]) for c in figures.other_claims]
    assert others == [
        ("3 killed (journalists)", 0, "210 killed"),
        ("at least 88 property destroyed (homes)", 0, None),
        ("12 property destroyed (schools)", 1, "at least 88 property destroyed (homes)"),
        ("dozens detained", 0, None),
    ]
    assert {c["subgroup"] for c in figures.other_claims} >= {"journalists", "homes", "schools"}


def test_page_api_and_command_line_show_the_same_claims(case: Any, owner: Any) -> None:
    made = nested_claims(case, owner)
    client = Client()
    client.force_login(owner)
    html = client.get(f"/c/{case.slug}/figures/").content.decode()
    women_row = re.search(r'data-figure="killed_women"[^>]*>.*?</tr>', html, re.S)
    assert women_row is not None
    assert "part of 210 killed" in women_row.group(0)
    table = re.search(r'<table class="list figures" id="other-claimed">.*?</table>', html, re.S)
    assert table is not None
    shown = re.findall(r'data-claim="(\d+)"', table.group(0))
    api = client.get(f"/api/cases/{case.slug}/figures/")
    assert api.status_code == 200
    listed = [c["claim"] for c in api.json()["other_claimed"]]
    assert [int(pk) for pk in shown] == listed
    assert set(listed) == {made[k].pk for k in ("journalists", "homes", "schools", "detained")}
    out = StringIO()
    call_command("stats", "--case", case.slug, "--as", owner.username, stdout=out)
    text = out.getvalue()
    for item in api.json()["other_claimed"]:
        assert f"{item['figure']} — {item['source']}" in text


def test_a_stranger_sees_no_claims(case: Any, owner: Any, stranger: Any) -> None:
    nested_claims(case, owner)
    client = Client()
    client.force_login(stranger)
    assert client.get(f"/c/{case.slug}/figures/").status_code == 404
    assert client.get(f"/api/cases/{case.slug}/figures/").status_code == 404
    assert json.dumps(case_figures(case).to_dict()["other_claimed"])  # serialisable as is


def test_the_case_file_says_what_a_part_is_part_of(case: Any, owner: Any) -> None:
    from tests.reports.conftest import html_text, render_bytes

    made = nested_claims(case, owner)
    text = html_text(render_bytes(case, owner, fmt="html"))
    assert f"Part of claim #{made['killed'].pk}: 210 killed." in text
