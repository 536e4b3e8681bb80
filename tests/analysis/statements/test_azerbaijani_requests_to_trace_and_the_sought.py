"""Azerbaijani tracing notes: a request to trace persons ("N nəfərin axtarışı ilə bağlı
müraciət") counts them as sought; those "of the sought" ("axtarılanlardan") are parts of the
sought, found dead where their death is established; a later month's requests are a part of
the sought counted before them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Ötən ay təşkilata 2.450 nəfərin axtarışı ilə bağlı müraciət edilib.",
        "Cəmiyyətə 2.450 nəfərin axtarışı üçün müraciət olunub.",
    ],
)
def test_a_request_to_trace_counts_the_sought(text):
    assert claim_fields(text, "az", ("category", "count")) == [("missing", 2450)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hazırda 2.450 nəfər axtarılır. Axtarılanlardan 88 nəfərin öldüyü təsdiqlənib.", "az"),
        ("В розыске числятся 2 450 человек. Из разыскиваемых 88 человек погибли.", "ru"),
    ],
)
def test_the_dead_among_the_sought_were_found_dead(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("missing", "all", 2450, None),
        ("found_dead", "all", 88, 0),
    ]


def test_the_sought_are_the_whole_past_a_count_found_alive():
    text = (
        "Hazırda 2.450 nəfər axtarılır. Bu il 600 nəfər sağ tapılıb. "
        "Axtarılanlardan 140 nəfər həbsdədir."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("missing", "all", 2450, None),
        ("detained", "all", 140, 0),
    ]


def test_a_quarters_requests_are_a_part_of_all_the_sought():
    text = (
        "Hazırda 1.950 nəfər axtarılır. Bu rübdə 140 nəfərin axtarışı üçün müraciət "
        "edilib. Axtarılanlar arasında 230 uşaq var."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("missing", "all", 1950, None),
        ("missing", "all", 140, 0),
        ("missing", "children", 230, 0),
    ]
