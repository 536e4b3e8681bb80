"""The persons list: a status column, removable filters, word-order-free search, collation."""

from __future__ import annotations

import html as htmlmod
import re
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from rightsledger.records.actions import create_person
from tests.web.conftest import Documented, victim
from tests.web.test_lists import names_in, persons


def rows_in(html: str) -> dict[str, str]:
    """Each listed person's name and the text of its status cell."""
    found = re.findall(
        r'<td><a href="/c/[^"]+/persons/\d+/">([^<]+)</a></td>\s*<td class="statuses">([^<]*)</td>',
        html,
    )
    return dict(found)


def chips_in(html: str) -> list[tuple[str, str]]:
    """Each filter chip's text and the link that removes it."""
    chips = re.findall(r'<li class="chip"><span>(.*?)</span> <a href="([^"]+)"', html)
    return [(re.sub(r"<[^>]+>", "", text), htmlmod.unescape(href)) for text, href in chips]


def list_url(d: Documented) -> str:
    return reverse("case-persons", args=[d.case.slug])


def test_each_person_shows_their_victim_statuses(owner_web: Client, documented: Documented) -> None:
    rows = rows_in(owner_web.get(list_url(documented)).content.decode())
    assert rows["Cəfərov Elçin"] == "captured, released"
    assert rows["Əliyeva Leyla"] == "killed"


def test_statuses_cost_one_query_however_many_persons(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    def queries_for_page() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert owner_web.get(list_url(documented)).status_code == 200
        return len(queries)

    few = queries_for_page()
    for i in range(30):
        person = create_person(case=documented.case, acting_user=owner,
                               names=[{"value": f"Victim {i:02d}"}])  # fmt: skip
        victim(documented.case, owner, documented.killing, person, "killed", "found_dead")
    many = queries_for_page()
    assert many == few
    rows = rows_in(owner_web.get(list_url(documented)).content.decode())
    assert rows["Victim 07"] == "killed, found dead"


def test_every_filter_in_force_is_shown_and_removable(
    owner_web: Client, documented: Documented
) -> None:
    d = documented
    html = owner_web.get(list_url(d), {
        "status": "killed", "sex": "male", "event": d.event.pk, "sort": "-name", "after": "x",
    }).content.decode()  # fmt: skip
    chips = dict(chips_in(html))
    assert set(chips) == {"Victim status: killed", "Sex: male", "Event: Attack on Lakeside"}
    remove_status = chips["Victim status: killed"]
    assert "status=" not in remove_status
    assert "sex=male" in remove_status
    assert f"event={d.event.pk}" in remove_status
    assert "sort=-name" in remove_status  # the order is kept, the paging restarts
    assert "after=" not in remove_status
    # Following the link lifts that filter alone.
    following = owner_web.get(list_url(d) + remove_status).content.decode()
    assert {text for text, _href in chips_in(following)} == {
        "Sex: male",
        "Event: Attack on Lakeside",
    }
    assert sorted(names_in(following)) == ["Cəfərov Elçin", "Hüseynov Rauf", "Алиев Гасан"]


def test_chips_name_the_search_and_ignore_what_is_not_a_filter(
    owner_web: Client, documented: Documented
) -> None:
    html = owner_web.get(
        list_url(documented), {"q": "Leyla", "status": "nonsense", "source": 999999}
    ).content.decode()
    assert [text for text, _href in chips_in(html)] == ["Name: Leyla", "Source: № 999999"]
    assert '<li class="chip">' not in owner_web.get(list_url(documented)).content.decode()


def test_a_record_another_case_holds_is_not_named(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    from rightsledger.cases.actions import create_case, create_object
    from rightsledger.records import models as rm

    other = create_case(name="Another inquiry", owner=owner)
    secret = create_object(rm.Event, acting_user=owner, case=other, title="Secret raid")
    html = owner_web.get(list_url(documented), {"event": secret.pk}).content.decode()
    assert "Secret raid" not in html
    assert f"Event: № {secret.pk}" in [text for text, _h in chips_in(html)]


def test_search_in_any_word_order_and_by_given_name(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    for value in ("Aliyev Rashid", "Məmmədov Rashid", "Rashidov Kamal"):
        create_person(case=documented.case, acting_user=owner, names=[{"value": value}])
    assert persons(owner_web, documented, q="Rashid Aliyev") == ["Aliyev Rashid"]
    assert sorted(persons(owner_web, documented, q="Rashid")) == [
        "Aliyev Rashid", "Məmmədov Rashid", "Rashidov Kamal",
    ]  # fmt: skip
    assert persons(owner_web, documented, q="Рашид Алиев") == ["Aliyev Rashid"]
    assert persons(owner_web, documented, q="Leyla") == ["Əliyeva Leyla"]
    assert persons(owner_web, documented, q="Rashid", sex="female") == []
    html = owner_web.get(list_url(documented), {"q": "rashid"}).content.decode()
    assert 'data-count="3"' in html
    picker = owner_web.get(
        reverse("case-person-pick", args=[documented.case.slug]),
        {"q": "Rashid Aliyev", "target": "x"},
    ).content.decode()
    assert picker.count("data-pick=") == 1


def test_api_person_filter_takes_the_same_search(
    documented: Documented, owner_client: APIClient, owner: Any
) -> None:
    create_person(case=documented.case, acting_user=owner, names=[{"value": "Aliyev Rashid"}])
    response = owner_client.get(
        "/api/persons/", {"case": documented.case.slug, "name": "Rashid Aliyev"}
    )
    assert [p["display_name"] for p in response.json()["results"]] == ["Aliyev Rashid"]
    response = owner_client.get("/api/persons/", {"case": documented.case.slug, "name": "rash"})
    assert [p["display_name"] for p in response.json()["results"]] == ["Aliyev Rashid"]


def test_names_sort_in_the_readers_language(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    d = documented
    for value in ("Aygün Məmmədova", "Ağalı Quliyev", "Xəlilov Kamal", "İsmayılov Fuad",
                  "Zeynalov Elşən", "Çələbi Nərmin"):  # fmt: skip
        create_person(case=d.case, acting_user=owner, names=[{"value": value}])
    english = persons(owner_web, d, sort="name")
    assert english.index("Ağalı Quliyev") < english.index("Aygün Məmmədova")  # ğ is a g
    assert english.index("Zeynalov Elşən") < english.index("Алиев Гасан")  # Latin, then Cyrillic
    assert english.index("Xəlilov Kamal") > english.index("İsmayılov Fuad")  # x near the end
    assert persons(owner_web, d, sort="-name") == list(reversed(english))
    owner_web.cookies["django_language"] = "az"
    azerbaijani = persons(owner_web, d, sort="name")
    # The Azerbaijani alphabet: ... H X I İ ...; Ç after C; Latin before Cyrillic.
    assert azerbaijani.index("Hüseynov Rauf") < azerbaijani.index("Xəlilov Kamal")
    assert azerbaijani.index("Xəlilov Kamal") < azerbaijani.index("İsmayılov Fuad")
    assert azerbaijani.index("Cəfərov Elçin") < azerbaijani.index("Çələbi Nərmin")
    assert azerbaijani[-1] == "Алиев Гасан"
    owner_web.cookies["django_language"] = "ru"
    assert persons(owner_web, d, sort="name")[0] == "Алиев Гасан"  # Cyrillic first


def test_a_sieved_page_reads_a_bounded_walk_and_goes_on_from_where_it_stopped(
    documented: Documented, owner: Any
) -> None:
    from rightsledger.records import models as rm
    from rightsledger.records.name_words import NameWord, words_starting
    from rightsledger.web.paging import SortKey, sieved_keyset_page

    for i in range(30):
        person = create_person(case=documented.case, acting_user=owner,
                               names=[{"value": f"Quliyev Nadir {i:02d}"}])  # fmt: skip
        if i in (3, 25):
            victim(documented.case, owner, documented.killing, person, "killed")
    walk = words_starting(documented.case.pk, "quliyev")
    killed = rm.StatusRecord.objects.filter(status="killed").values("person_id")
    keep = NameWord.objects.filter(person_ref__in=killed)
    key = SortKey("word", tie="person_ref")
    found: list[int] = []
    cursor = None
    pages = 0
    while True:
        with CaptureQueriesContext(connection) as queries:
            page = sieved_keyset_page(walk, keep, key, cursor, size=1, chunk=5, chunks=2)
        assert len(queries) <= 4  # two chunks of the walk, two sievings: never more
        pages += 1
        found.extend(row.person_ref for row in page.rows)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    names = dict(rm.Person.objects.filter(pk__in=found).values_list("pk", "display_name"))
    assert [names[pk] for pk in found] == ["Quliyev Nadir 03", "Quliyev Nadir 25"]
    assert pages >= 3  # the walk stopped early and went on


def test_search_results_page_through_every_match_once(
    owner_web: Client, documented: Documented, owner: Any
) -> None:
    for i in range(70):
        create_person(case=documented.case, acting_user=owner,
                      names=[{"value": f"Rashid Aliyev {i:02d}"},
                             {"value": f"Aliyev Rashid {i:02d}", "kind": "alias"}])  # fmt: skip
    url = list_url(documented)
    seen: list[str] = []
    next_url: str | None = url + "?q=" + "aliyev rashid"
    while next_url:
        page = owner_web.get(next_url).content.decode()
        seen.extend(names_in(page))
        match = re.search(r'<a href="(\?[^"]+)" rel="next">', page)
        next_url = url + htmlmod.unescape(match.group(1)) if match else None
    assert sorted(seen) == sorted(f"Rashid Aliyev {i:02d}" for i in range(70))
