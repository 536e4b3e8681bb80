"""Among lines that lead a label to its figure with dots, a run as short as an ellipsis is a
leader too: a long label leaves little room for dots. An ellipsis in prose, with no leader
lines beside it, stays an ellipsis. Fact sheets written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")

_SHEET = """Figures for the district (as at 4 June)

  Persons killed .................. 40
  Persons missing ................. about 25
  Remains found and handed over to relatives ... 18
  Detainees freed ................. 12
"""


def test_a_short_leader_leads_its_label_to_its_figure():
    claims = claim_fields(_SHEET, "en", FIELDS)
    assert ("missing", 25, "about") in claims
    assert ("found_dead", 18, "exact") in claims
    assert ("released", 12, "exact") in claims


def test_near_miss_an_ellipsis_in_prose_is_no_leader():
    text = "The shelling went on all night... 14 civilians were killed in the morning."
    claims = claim_fields(text, "en", ("category", "count"))
    assert claims == [("killed", 14)]
