"""One disclosure policy, applied by the access path: no surface shows an analyst or a viewer
a protected person's name or birth data, and a re-linking never brings the name back."""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from rest_framework.test import APIClient

from rightsledger.cases.actions import update_object
from rightsledger.protection.actions import protect_person
from rightsledger.records import models as rm
from rightsledger.registry.linking import regroup
from rightsledger.registry.models import LinkageRun, ReviewPair, SourceRecord
from tests.registry.test_stats import load

SECRET = "Child Killed"


@pytest.fixture
def protected(case: Any, owner: Any, tmp_path: Path) -> Any:
    load(case, owner, tmp_path)
    record = SourceRecord.objects.get(case=case, full_name=SECRET)
    person = record.person
    update_object(person, acting_user=owner, notes=f"{SECRET} lived by the mill")
    protect_person(person, category="child", acting_user=owner)
    # A pair awaiting review that involves the protected person's row.
    other = SourceRecord.objects.get(case=case, full_name="Woman Killed")
    run = LinkageRun.objects.create(case=case)
    low, high = sorted((record.pk, other.pk))
    ReviewPair.objects.create(case=case, run=run, record_a_id=low, record_b_id=high,
                              match_probability=0.5, match_weight=0.0)  # fmt: skip
    person.refresh_from_db()
    return person


def _web(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def surfaces(case: Any, person: Any, user: Any) -> dict[str, str]:
    slug = case.slug
    web, api = _web(user), _api(user)
    shown = {
        "person page": web.get(f"/c/{slug}/persons/{person.pk}/"),
        "persons list": web.get(f"/c/{slug}/persons/"),
        "name search": web.get(f"/c/{slug}/persons/", {"q": "Child"}),
        "figure drill-down": web.get(f"/c/{slug}/registry/figures/killed/"),
        "review queue": web.get(f"/c/{slug}/registry/review/"),
        "history page": web.get(f"/c/{slug}/history/"),
        "person API": api.get(f"/api/persons/{person.pk}/"),
        "persons API": api.get("/api/persons/", {"case": slug}),
        "names API": api.get("/api/person-names/", {"case": slug}),
        "history API": api.get("/api/history/", {"case": slug}),
    }
    texts = {}
    for name, response in shown.items():
        assert response.status_code == 200, name
        texts[name] = response.content.decode()
    out = io.StringIO()
    call_command("stats", "--case", slug, "--drill", "killed", "--as", user.username, stdout=out)
    texts["stats --drill"] = out.getvalue()
    exported = Path(tempfile.mkdtemp()) / "persons.csv"
    call_command("export", "persons", "--case", slug, "--format", "csv", "--output",
                 str(exported), "--as", user.username, stdout=io.StringIO())  # fmt: skip
    texts["export persons"] = exported.read_text(encoding="utf-8")
    # The surfaces really list persons (a blank page would prove nothing).
    listing = {"persons list", "figure drill-down", "review queue", "persons API", "names API",
               "stats --drill", "export persons"}  # fmt: skip
    for name in listing:
        assert "Woman Killed" in texts[name], name
    return texts


def _without_ids(text: str) -> str:
    """The text without the database's own numbers: links, the id fields of an entry's JSON
    (``"person": 1985``, also HTML-escaped) and the ids an entry's JSON is keyed by (an
    import's row hashes, ``"1985": "3f0c…"``). On PostgreSQL a row's id may be 1985 by
    chance, as the sequences run on from test to test; a birth year or an age stays."""
    text = re.sub(r"https?://[^\s\"<]+|href=\"[^\"]*\"", "", text)
    text = re.sub(r'(?:"|&quot;)\d+(?:"|&quot;):', "", text)
    return re.sub(r'(?:"|&quot;)(?!birth|age)\w+(?:"|&quot;):\s*\d+', "", text)


@pytest.mark.parametrize("role", ["analyst", "viewer"])
def test_no_surface_shows_a_protected_identity(
    role: str, case: Any, protected: Any, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(role)
    for surface, text in surfaces(case, protected, user).items():
        assert SECRET not in text, surface
        # The birth year the list gives (not inside a hash or a token).
        assert not re.search(r"(?<![0-9A-Za-z])1985(?![0-9A-Za-z])", _without_ids(text)), surface
        assert "lived by the mill" not in text, surface


def test_owners_see_the_identity(case: Any, protected: Any, owner: Any) -> None:
    texts = surfaces(case, protected, owner)
    assert SECRET in texts["figure drill-down"]
    assert SECRET in texts["export persons"]


def test_relinking_never_brings_a_protected_name_back(
    case: Any, owner: Any, viewer: Any, protected: Any
) -> None:
    old_man = SourceRecord.objects.filter(case=case, full_name="Old Man").order_by("pk")
    person = old_man[0].person
    protect_person(person, category="witness", acting_user=owner)
    records = list(SourceRecord.objects.filter(case=case).order_by("pk"))
    # A run splits the protected person's rows apart, a later one joins them again.
    regroup(case=case, groups=[[r.pk] for r in records], acting_user=owner, message="apart")
    groups: dict[str, list[int]] = {}
    for record in records:
        groups.setdefault(record.full_name, []).append(record.pk)
    regroup(case=case, groups=list(groups.values()), acting_user=owner, message="together")
    assert {r.person_id for r in old_man.all()} == {person.pk}
    values = set(rm.PersonName.objects.filter(person=person).values_list("value", flat=True))
    assert values == {person.protected_identity.pseudonym}
    names = _api(viewer).get("/api/person-names/", {"case": case.slug}).content.decode()
    assert "Old Man" not in names
    assert SECRET not in names
