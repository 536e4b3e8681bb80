"""Lists: filters, name search across spellings, sorting and keyset paging."""

from __future__ import annotations

import re
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from rightsledger.records.actions import create_person
from tests.web.conftest import Documented


def icu_sorted(names: list[str]) -> list[str]:
    """Names in the order of the root collation (English, as the lists sort them)."""
    import icu

    return sorted(names, key=icu.Collator.createInstance(icu.Locale.getRoot()).getSortKey)


def names_in(html: str) -> list[str]:
    return re.findall(r'<td><a href="/c/[^"]+/persons/\d+/">([^<]+)</a></td>', html)


def persons(client: Client, d: Documented, **query: Any) -> list[str]:
    url = reverse("case-persons", args=[d.case.slug])
    return names_in(client.get(url, query).content.decode())


def test_filters(owner_web: Client, documented: Documented) -> None:
    d = documented
    assert persons(owner_web, d, sex="female") == ["Əliyeva Leyla"]
    assert persons(owner_web, d, status="released") == ["Cəfərov Elçin"]
    assert persons(owner_web, d, age_group="elderly") == ["Алиев Гасан"]
    assert persons(owner_web, d, age_group="child") == ["Hüseynov Rauf"]
    assert persons(owner_web, d, act_type="hostage_taking") == ["Cəfərov Elçin"]
    assert persons(owner_web, d, event=d.sub_event.pk) == ["Cəfərov Elçin"]
    assert len(persons(owner_web, d, event=d.event.pk)) == 4  # sub-events' acts count too
    assert len(persons(owner_web, d, place=d.place.pk)) == 3
    assert persons(owner_web, d, source=d.source.pk) == ["Əliyeva Leyla"]
    assert len(persons(owner_web, d, status="not-a-status")) == 4  # a bad filter is off


def test_name_search_ignores_case_and_script(owner_web: Client, documented: Documented) -> None:
    assert persons(owner_web, documented, q="əliyeva") == ["Əliyeva Leyla"]
    assert persons(owner_web, documented, q="АЛИЕВ ГАС") == ["Алиев Гасан"]
    assert persons(owner_web, documented, q="huseynov r") == ["Hüseynov Rauf"]
    assert persons(owner_web, documented, q="zzz") == []


def test_search_across_scripts(owner_web: Client, documented: Documented) -> None:
    # "Aliyev" is the Latin transliteration of both "Əliyev" and "Алиев".
    found = persons(owner_web, documented, q="Aliyev")
    assert sorted(found) == ["Əliyeva Leyla", "Алиев Гасан"]


def test_sorting(owner_web: Client, documented: Documented) -> None:
    ascending = persons(owner_web, documented, sort="name")
    assert ascending == icu_sorted(ascending)
    assert ascending == ["Cəfərov Elçin", "Əliyeva Leyla", "Hüseynov Rauf", "Алиев Гасан"]
    assert persons(owner_web, documented, sort="-name") == list(reversed(ascending))


def test_keyset_paging_visits_every_person_once_with_constant_queries(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    for i in range(120):
        create_person(case=documented.case, acting_user=owner,
                      names=[{"value": f"Person {i % 7} {i:03d}"}])  # fmt: skip
    url = reverse("case-persons", args=[documented.case.slug])
    seen: list[str] = []
    query_counts = []
    next_url: str | None = url + "?sort=name"
    while next_url:
        with CaptureQueriesContext(connection) as queries:
            html = owner_web.get(next_url).content.decode()
        query_counts.append(len(queries))
        assert not any("OFFSET" in q["sql"].upper() for q in queries.captured_queries)
        assert not any("COUNT(" in q["sql"].upper() for q in queries.captured_queries)
        seen.extend(names_in(html))
        match = re.search(r'<a href="(\?[^"]+)" rel="next">', html)
        next_url = url + match.group(1).replace("&amp;", "&") if match else None
    assert len(seen) == 124
    assert len(set(seen)) == 124
    assert seen == icu_sorted(seen)
    assert len(set(query_counts)) == 1


def test_filtered_list_shows_a_capped_count(owner_web: Client, documented: Documented) -> None:
    html = owner_web.get(
        reverse("case-persons", args=[documented.case.slug]), {"status": "killed"}
    ).content.decode()
    assert 'data-count="3"' in html


def test_htmx_request_gets_only_the_results(owner_web: Client, documented: Documented) -> None:
    response = owner_web.get(
        reverse("case-persons", args=[documented.case.slug]),
        {"sex": "female"},
        headers={"HX-Request": "true", "HX-Target": "results"},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<html" not in html


def test_other_lists_filter(owner_web: Client, documented: Documented) -> None:
    slug = documented.case.slug
    acts = owner_web.get(reverse("case-acts", args=[slug]), {"act_type": "killing"})
    rows = re.findall(r'<td><a href="/c/[^"]+/acts/\d+/">([^<]+)</a></td>', acts.content.decode())
    assert rows == ["killing"]
    events = owner_web.get(reverse("case-events", args=[slug]), {"q": "bridge"})
    assert "Capture at the bridge" in events.content.decode()
    assert "<td>attack</td>" not in events.content.decode()  # the parent event's row
    sources = owner_web.get(reverse("case-sources", args=[slug]), {"kind": "testimony"})
    assert "Morgue register" not in sources.content.decode()
    claims = owner_web.get(reverse("case-claims", args=[slug]), {"source": documented.source.pk})
    assert "She was killed at home." in claims.content.decode()


def test_person_picker(owner_web: Client, documented: Documented) -> None:
    response = owner_web.get(
        reverse("case-person-pick", args=[documented.case.slug]), {"q": "Cəf", "target": "x"}
    )
    assert f'data-pick="{documented.captive.pk}"' in response.content.decode()


def test_search_pages_through_the_names_index(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    for i in range(60):
        create_person(case=documented.case, acting_user=owner,
                      names=[{"value": f"Quliyev Nadir {i:02d}"},
                             {"value": f"Nadir Quliyev {i:02d}", "kind": "alias"}])  # fmt: skip
    url = reverse("case-persons", args=[documented.case.slug])
    seen: list[str] = []
    next_url: str | None = url + "?q=Гулиев"
    while next_url:
        html = owner_web.get(next_url).content.decode()
        seen.extend(names_in(html))
        match = re.search(r'<a href="(\?[^"]+)" rel="next">', html)
        next_url = url + match.group(1).replace("&amp;", "&") if match else None
    assert len(seen) == 60
    assert seen == icu_sorted(seen)
    first = owner_web.get(url, {"q": "quliyev nadir"}).content.decode()
    assert 'data-count="60"' in first
    assert owner_web.get(url, {"q": "nadir quliyev 07"}).content.decode().count("/persons/") >= 1
