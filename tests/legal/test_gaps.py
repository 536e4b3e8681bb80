"""The gap rules, on their own (plain Python, no database)."""

from __future__ import annotations

import pytest

from rightsledger.legal.gaps import Gap, Support, gaps_of, is_corroborated

CLAIM_B = Support("claim", source_id=1, reliability="B", credibility=3)
CLAIM_C_OTHER_SOURCE = Support("claim", source_id=2, reliability="C", credibility=3)
CLAIM_E = Support("claim", source_id=3, reliability="E", credibility=4)
CLAIM_F_CONFIRMED = Support("claim", source_id=4, reliability="F", credibility=1)
EVIDENCE_B = Support("evidence", source_id=1, reliability="B")
EVIDENCE_UNSOURCED = Support("evidence")
RECORD_E = Support("record", source_id=3, reliability="E")


@pytest.mark.parametrize(
    ("supporting", "expected"),
    [
        ([], (Gap.NOTHING_LINKED,)),
        ([CLAIM_B], (Gap.ONLY_UNCORROBORATED_CLAIMS,)),
        ([CLAIM_B, CLAIM_B], (Gap.ONLY_UNCORROBORATED_CLAIMS,)),  # one source, twice
        ([CLAIM_B, CLAIM_C_OTHER_SOURCE], ()),
        ([CLAIM_F_CONFIRMED], (Gap.ONLY_WEAK_SOURCES,)),  # confirmed, but graded F
        ([CLAIM_B, EVIDENCE_B], ()),
        ([EVIDENCE_UNSOURCED], ()),  # no grade known: shown, not counted as weak
        ([CLAIM_E], (Gap.ONLY_UNCORROBORATED_CLAIMS, Gap.ONLY_WEAK_SOURCES)),
        ([CLAIM_E, RECORD_E], (Gap.ONLY_WEAK_SOURCES,)),
        ([CLAIM_E, CLAIM_B], ()),
    ],
)
def test_gaps(supporting: list[Support], expected: tuple[Gap, ...]) -> None:
    assert gaps_of(supporting) == expected


def test_corroboration_needs_two_sources_or_a_confirmed_claim() -> None:
    assert not is_corroborated([CLAIM_B])
    assert is_corroborated([CLAIM_B, CLAIM_C_OTHER_SOURCE])
    assert is_corroborated([CLAIM_F_CONFIRMED])
    assert not is_corroborated([Support("claim"), Support("claim")])  # sources unknown
