"""Name search finds exactly the persons a plain reading of the rule finds, on every surface.

The rule (``records.name_words``): a person matches a query when every word of the query, in
search form, starts a word of one of the person's names, in any order and whatever the
script. The reference below reads it straight from the names, word by word in Python — no
index, no SQL — and the query as the list page, the API (within a case and across cases)
and the condition itself run it must find the same persons on a varied small case — both
ways a search within a case can take (persons tested in turn when matches are common, found
through the index when rare).
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from rightsledger.cases.actions import create_case
from rightsledger.records import models as rm
from rightsledger.records import name_words
from rightsledger.records.actions import create_person
from rightsledger.records.name_words import persons_named
from rightsledger.records.naming import search_key
from tests.web.conftest import Documented, victim

SURNAMES = ["Əliyev", "Алиев", "Aliyev", "Əliyeva", "Məmmədov", "Мамедов", "Hüseynova",
            "Гусейнова", "Quliyev", "Rashidov", "Rəşidova", "Qasımov", "Касымов", "Petrosyan",
            "Петросян", "İsmayılov", "Исмаилов", "Cəfərov", "Abbasov", "Ağayev"]  # fmt: skip
GIVEN = ["Rəşid", "Рашид", "Rashid", "Leyla", "Лейла", "Lalə", "Həsən", "Гасан", "Hasan",
         "Nicat", "Nərmin", "Elçin", "Эльчин", "Tural", "Aygün", "Ağalı", "Ali", "İlham"]  # fmt: skip
FATHERS = ["", "", "Kamal oğlu", "Həsən qızı", "Рашидович", "Ali oğlu"]
FIXED_QUERIES = [
    "Rashid Aliyev", "Рашид Алиев", "ali rash", "a", "a b", "le", "hüseynov le",
    "Rashid Quliyev", "zzz", "Ali Ali", "oğlu", "kamal aliyev rashid", "ə", "İ", "i",
    "Гасан Алиев", "elçin qas", "q n", "rəşid ağa", "  ", "ali ali rashid kamal",
]  # fmt: skip


@pytest.fixture(params=["tested in turn", "through the index"])
def search_way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each query's matches judged common (persons tested in turn) or rare (found through
    the index), whatever they are."""
    common = 0 if request.param == "tested in turn" else name_words.DENSITY_SAMPLE + 1
    monkeypatch.setattr(name_words, "COMMON_MATCHES", common)
    return str(request.param)


def _name(rng: random.Random) -> str:
    words = [rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(FATHERS)]
    if rng.random() < 0.2:
        words = [words[1], words[0], words[2]]  # given name first
    return " ".join(word for word in words if word)


def _varied_case(d: Documented, owner: Any, rng: random.Random) -> None:
    """Persons with one to three names (other scripts, other orders), some killed; and a
    second case holding the same names, which no search of the first may find."""
    for i in range(70):
        names = [{"value": _name(rng)}]
        for _ in range(rng.choice([0, 0, 1, 2])):
            names.append({"value": _name(rng), "kind": "alias"})
        person = create_person(case=d.case, acting_user=owner, names=names)
        if i % 3 == 0:
            victim(d.case, owner, d.killing, person, "killed")
    other = create_case(name="Another inquiry", owner=owner)
    for _ in range(15):
        create_person(case=other, acting_user=owner, names=[{"value": _name(rng)}])


def _queries(d: Documented, rng: random.Random) -> list[str]:
    """The fixed queries, and queries made from the persons' own names: one to three of
    their words (from any of their names), cut to a prefix, in any order."""
    words_of = _words_by_person(d)
    made = []
    for _ in range(45):
        words = sorted({w for ws in words_of.values() for w in ws} & set(rng.choice(
            list(words_of.values()))))  # fmt: skip
        picked = rng.sample(words, min(len(words), rng.choice([1, 2, 2, 3])))
        made.append(" ".join(w[: rng.randint(1, len(w))] for w in picked))
    return FIXED_QUERIES + made


def _words_by_person(d: Documented) -> dict[int, set[str]]:
    words: dict[int, set[str]] = {}
    for person_id, value in rm.PersonName.objects.filter(case=d.case).values_list(
        "person_id", "value"
    ):
        words.setdefault(person_id, set()).update(search_key(value).split())
    for person_id in rm.Person.objects.filter(case=d.case).values_list("pk", flat=True):
        words.setdefault(person_id, set())
    return words


def reference(d: Documented, query: str, status: str = "") -> set[int]:
    """The persons the rule finds, read from the names in Python."""
    wanted = search_key(query).split()
    found = {
        person
        for person, words in _words_by_person(d).items()
        if all(any(word.startswith(w) for word in words) for w in wanted)
    }
    if status:
        found &= set(
            rm.StatusRecord.objects.filter(case=d.case, status=status).values_list(
                "person_id", flat=True
            )
        )
    return found


def _page_ids(client: Client, d: Documented, query: str, status: str = "") -> list[int]:
    url = reverse("case-persons", args=[d.case.slug])
    params = {"q": query, **({"status": status} if status else {})}
    ids: list[int] = []
    html = client.get(url, params).content.decode()
    while True:
        ids.extend(int(pk) for pk in re.findall(r'<td><a href="/c/[^"]+/persons/(\d+)/">', html))
        match = re.search(r'<a href="(\?[^"]+)" rel="next">', html)
        if not match:
            return ids
        html = client.get(url + match.group(1).replace("&amp;", "&")).content.decode()


def _api_ids(client: APIClient, d: Documented | None, query: str, status: str = "") -> list[int]:
    params: dict[str, Any] = {"name": query, "page_size": 20}
    if status:
        params["status"] = status
    if d is not None:
        params["case"] = d.case.slug
    ids: list[int] = []
    url: str | None = "/api/persons/"
    while url:
        body = client.get(url, params if url == "/api/persons/" else None).json()
        ids.extend(p["id"] for p in body["results"])
        url = body["next"]
    return ids


def test_every_surface_finds_what_the_rule_finds(
    documented: Documented,
    owner: Any,
    owner_web: Client,
    owner_client: APIClient,
    search_way: str,
) -> None:
    d = documented
    rng = random.Random(10)
    _varied_case(d, owner, rng)
    in_case = rm.Person.objects.filter(case=d.case)
    nonempty = 0
    for query in _queries(d, rng):
        expected = reference(d, query)
        nonempty += bool(expected) and len(expected) < in_case.count()
        by_index = set(in_case.filter(persons_named(query, d.case.pk)).values_list("pk", flat=True))
        one_by_one = set(in_case.filter(persons_named(query, None)).values_list("pk", flat=True))
        assert by_index == expected, query
        assert one_by_one == expected, query
        page = _page_ids(owner_web, d, query)
        assert sorted(page) == sorted(expected), query  # each once
        api = _api_ids(owner_client, d, query)
        assert sorted(api) == sorted(expected), query  # each once
        # Across cases (no ?case=): the persons of this case are the same, none of the other.
        across = _api_ids(owner_client, None, query)
        assert {pk for pk in across if pk in set(in_case.values_list("pk", flat=True))} == (
            expected
        ), query
    assert nonempty > 30  # the queries found some persons, not all nor none


def test_search_and_status_together_find_what_the_rule_finds(
    documented: Documented,
    owner: Any,
    owner_web: Client,
    owner_client: APIClient,
    search_way: str,
) -> None:
    d = documented
    rng = random.Random(11)
    _varied_case(d, owner, rng)
    for query in ["ali", "Rashid Aliyev", "a", "le", "q n", "Рашид", "zzz"]:
        expected = reference(d, query, "killed")
        page = _page_ids(owner_web, d, query, "killed")
        assert sorted(page) == sorted(expected), query  # each once
        assert set(_api_ids(owner_client, d, query, "killed")) == expected, query
