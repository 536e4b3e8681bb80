"""Names taken off a list (removed, deleted, found to be duplicates) are the list's
corrections, no persons with its fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_names_removed_count_nobody():
    text = (
        "The register holds the names of 2,140 persons reported missing. Since June, 61 "
        "names have been deleted as duplicates."
    )
    assert claim_fields(text, "en", ("category", "count")) == [("missing", 2140)]


def test_near_miss_names_added_to_the_list_still_count():
    text = "The memorial book lists the people killed in the siege. It now holds 1,208 names."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 1208)]
