""" "Last seen in the custody of the security service": where the trail of a person ends is the
mark of an enforced disappearance, not a holding the statement counts; a part of cases of
disappearance told so stays a part of the disappeared. "Last seen being arrested" names the
arrest itself. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_last_seen_in_custody_is_disappeared():
    text = (
        "The group recorded 120 cases of enforced disappearance in the north. In 70 of these "
        "cases the victim was last seen in the custody of the army."
    )
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 120, None), ("disappeared", 70, 0)]


def test_persons_last_seen_in_custody_are_disappeared():
    text = "Lawyers say 40 men were last seen in police custody in March."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 40, None)]


def test_near_miss_found_in_custody_is_held():
    text = (
        "The group recorded 120 cases of enforced disappearance. In 70 of these cases the "
        "victims were later found in police custody."
    )
    assert ("detained", 70, 0) in claim_fields(text, "en", FIELDS)
