"""Claims with structure, and accepting a statement's drafts through the one write path."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from rightsledger.analysis.statements import read_statement
from rightsledger.cases.actions import create_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.evidence.models import EvidenceItem
from rightsledger.records import models as rm
from rightsledger.records.actions import accept_statement
from rightsledger.records.statements import claim_fields, match_places

TEXT = (
    "The raid on Kervan killed 214 civilians, including 40 women and 33 children. "
    "Dozens of homes were destroyed; 12 journalists were detained."
)


def _drafts(text: str = TEXT) -> list[dict[str, Any]]:
    return [{**claim_fields(c), "parent": c.parent} for c in read_statement(text, "en").claims]


def test_accepting_records_the_source_the_text_and_one_entry_per_claim(case, owner):
    before = HistoryEntry.objects.filter(case=case, object_type="records.claim").count()
    accepted = accept_statement(
        case=case, acting_user=owner, text=TEXT, drafts=_drafts(),
        source_fields={"title": "Statement of 4 June"},
    )  # fmt: skip
    claims = accepted.claims
    assert [(c.category, c.subgroup, c.subgroup_label, c.count, c.qualifier) for c in claims] == [
        ("killed", "other", "civilians", 214, "exact"),
        ("killed", "women", "", 40, "exact"),
        ("killed", "children", "", 33, "exact"),
        ("property_destroyed", "other", "homes", None, "vague"),
        ("detained", "other", "journalists", 12, "exact"),
    ]
    assert claims[1].parent == claims[0]
    assert claims[2].parent == claims[0]
    assert claims[3].qualifier_words == "Dozens"
    for claim in claims:
        assert TEXT[claim.start : claim.end] == claim.as_stated
        assert claim.source == accepted.source
    assert accepted.source.kind == "statement"
    item = accepted.evidence_item
    assert item.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()
    assert item.source == accepted.source
    after = HistoryEntry.objects.filter(case=case, object_type="records.claim").count()
    assert after - before == len(claims)


def test_a_part_whose_whole_is_missing_refuses_everything(case, owner):
    drafts = _drafts()
    drafts[1]["parent"] = 17
    with pytest.raises(ValidationError, match="Claim 2 is part of a claim that is not there"):
        accept_statement(case=case, acting_user=owner, text=TEXT, drafts=drafts,
                         source_fields={"title": "Refused"})  # fmt: skip
    assert not rm.Source.objects.filter(case=case, title="Refused").exists()
    assert not rm.Claim.objects.filter(case=case).exists()
    assert not EvidenceItem.objects.filter(case=case).exists()


def test_an_invalid_draft_names_its_number_and_nothing_is_saved(case, owner):
    drafts = _drafts()
    drafts[3]["qualifier_words"] = ""  # a vague count needs its words
    with pytest.raises(ValidationError, match="Claim 4"):
        accept_statement(case=case, acting_user=owner, text=TEXT, drafts=drafts,
                         source_fields={"title": "Refused"})  # fmt: skip
    assert not rm.Claim.objects.filter(case=case).exists()


def test_a_circle_of_parts_is_refused(case, owner):
    drafts = _drafts()
    drafts[0]["parent"] = 1
    with pytest.raises(ValidationError, match="part of itself"):
        accept_statement(case=case, acting_user=owner, text=TEXT, drafts=drafts,
                         source_fields={"title": "Circle"})  # fmt: skip


def _source(case: Any, owner: Any, title: str) -> rm.Source:
    return create_object(rm.Source, acting_user=owner, case=case, title=title, kind="statement")


def _claim(case: Any, owner: Any, source: rm.Source, **fields: Any) -> rm.Claim:
    return create_object(rm.Claim, acting_user=owner, case=case, source=source,
                         kind="aggregate", statement="…", **fields)  # fmt: skip


def test_a_vague_count_keeps_its_words_and_no_number(case, owner):
    source = _source(case, owner, "S")
    claim = _claim(case, owner, source, category="killed", qualifier="vague",
                   qualifier_words="десятки")  # fmt: skip
    assert claim.count is None
    with pytest.raises(ValidationError, match="A vague count has no number"):
        _claim(case, owner, source, category="killed", qualifier="vague", count=3,
               qualifier_words="dozens")  # fmt: skip


def test_a_part_belongs_to_the_same_source(case, owner):
    whole = _claim(case, owner, _source(case, owner, "A"), category="killed", count=613)
    with pytest.raises(ValidationError, match="same source"):
        _claim(case, owner, _source(case, owner, "B"), category="killed", count=106,
               subgroup="women", parent=whole)  # fmt: skip


def test_a_range_entered_without_a_qualifier_is_a_range(case, owner):
    claim = _claim(case, owner, _source(case, owner, "S"), category="injured",
                   count_low=10, count_high=15)  # fmt: skip
    assert claim.qualifier == "range"


def test_places_are_matched_across_scripts(case, owner):
    place = create_object(rm.Place, acting_user=owner, case=case, name="Xocalı")
    create_object(rm.PlaceName, acting_user=owner, case=case, place=place, name="Ходжалы")
    text = "In Khojaly and in Xocalıda, not in Aghdam, people were killed. В Ходжалы тоже."
    mentions = read_statement(text, "en").places
    matched = {m.mention.as_stated: m.place for m in match_places(case, mentions)}
    assert matched["Khojaly"] == place
    assert matched["Aghdam"] is None
