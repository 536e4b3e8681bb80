"""The instruments a statement invokes, matched to the shipped legal catalogue: an
instrument by its code, an article to its provision, a family of treaties to each of its
instruments, and nothing invented where the catalogue has no such provision."""

from __future__ import annotations

from typing import Any

import pytest

from rightsledger.analysis.statements import read_statement
from rightsledger.legal.loading import load_catalogue
from rightsledger.legal.models import Instrument, Provision
from rightsledger.records.statements import match_instruments


@pytest.fixture
def catalogue(db: None) -> None:
    load_catalogue()


def matched(text: str) -> list[tuple[str, str | None, list[Any]]]:
    reading = read_statement(text, "en")
    return [(m.mention.code, m.mention.article, m.catalogue)
            for m in match_instruments(reading.instruments)]  # fmt: skip


def test_an_article_of_a_treaty_is_its_provision(catalogue: None) -> None:
    found = matched("The detainees were beaten, in breach of article 2 of the Convention "
                    "against Torture.")  # fmt: skip
    assert len(found) == 1
    code, article, rows = found[0]
    assert (code, article) == ("CAT", "2")
    provision = Provision.objects.get(instrument__code="CAT", number="2")
    assert rows == [provision]


def test_the_geneva_conventions_are_each_of_the_four(catalogue: None) -> None:
    found = matched("Such acts are grave breaches of the Geneva Conventions.")
    assert len(found) == 1
    _code, _article, rows = found[0]
    assert {row.code for row in rows} == {"GCI", "GCII", "GCIII", "GCIV"}
    assert all(isinstance(row, Instrument) for row in rows)


def test_an_article_the_catalogue_lacks_keeps_the_instrument(catalogue: None) -> None:
    found = matched("This violates article 999 of the Convention against Torture.")
    assert len(found) == 1
    _code, article, rows = found[0]
    assert article == "999"
    assert [row.code for row in rows] == ["CAT"]  # the instrument, no invented provision


def test_without_the_catalogue_mentions_stay_unmatched(db: None) -> None:
    found = matched("in breach of article 2 of the Convention against Torture")
    assert [rows for _code, _article, rows in found] == [[]]
