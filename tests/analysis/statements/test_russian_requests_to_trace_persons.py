"""«запросы о розыске 1 204 человек»: persons a tracing service is asked to find are missing,
as those still on its list are («в розыске остаются 310 человек»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_requests_to_trace_count_the_persons_sought():
    text = (
        "За полгода служба получила запросы о розыске 1 204 человек. "
        "Среди разыскиваемых 230 детей и 415 женщин."
    )
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("missing", "all", 1204, None),
        ("missing", "children", 230, 0),
        ("missing", "women", 415, 0),
    ]


def test_applications_to_trace_from_relatives():
    text = "С весны родственники подали заявления о розыске 77 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 77)]


def test_still_on_the_list_of_the_sought():
    text = "К концу года в розыске остаются 310 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 310)]
