"""The review queue's page gives each pair's reasons in the reader's words, in the reader's
language, and never the comparison's column names or the algorithm's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.test import Client

from rightsledger.registry.importing import import_list
from rightsledger.registry.models import LinkageRun, ReviewPair, SourceRecord

HEADER = "record_id,full_name,birth_year,status"


def _pair(case: Any, owner: Any, tmp_path: Path) -> None:
    for name, row in (("A", "a1,Salmanov Şamil Tofiq oğlu,1975,killed"),
                      ("B", "b1,Salmanov Musa Tofiq oğlu,1978,injured")):  # fmt: skip
        path = tmp_path / f"{name}.csv"
        path.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
        import_list(case=case, source=f"List {name}", path=path, acting_user=owner)
    low, high = sorted(SourceRecord.objects.filter(case=case).values_list("pk", flat=True))
    run = LinkageRun.objects.create(case=case)
    ReviewPair.objects.create(case=case, run=run, record_a_id=low, record_b_id=high,
                              match_probability=0.6, match_weight=0.5)  # fmt: skip


def _page(user: Any, case: Any, language: str) -> str:
    client = Client()
    client.force_login(user)
    client.cookies["django_language"] = language
    page = client.get(f"/c/{case.slug}/registry/review/", HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    return page.content.decode()


def test_the_reasons_are_in_words(case: Any, owner: Any, tmp_path: Path) -> None:
    _pair(case, owner, tmp_path)
    english = _page(owner, case, "en")
    for words in ("same surname (Salmanov)", "given names differ (Şamil / Musa)",
                  "same father&#x27;s name (Tofiq)", "born 3 years apart (1975 / 1978)"):  # fmt: skip
        assert words in english, words
    for jargon in ("given_fold", "surname_canon", "Jaro", "Levenshtein", "match_weight"):
        assert jargon not in english, jargon


def test_the_reasons_follow_the_readers_language(case: Any, owner: Any, tmp_path: Path) -> None:
    _pair(case, owner, tmp_path)
    english, russian = _page(owner, case, "en"), _page(owner, case, "ru")
    assert "given names differ" in english
    assert "given names differ" not in russian
    assert "Şamil / Musa" in russian  # the names as the lists give them, in any language
