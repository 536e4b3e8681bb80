""" "Have never been found", said of a part of persons taken into custody, is their
disappearance, as "never seen again" is, also where the participle of their detention
names them ("nine of the men detained that night"); the fate binds past the "never" that
opens its phrase. Said of persons no one took, they stay missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_detained_never_found_disappeared():
    text = "Militia members arrested 30 farmers at the mill. Six of them have never been found."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 30, None),
        ("disappeared", "all", 6, 0),
    ]


def test_the_participle_of_their_detention_names_them():
    text = (
        "Militia members arrested 30 farmers at the mill. Six of the farmers arrested in "
        "March have never been found."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 30, None),
        ("disappeared", "all", 6, 0),
    ]


def test_persons_no_one_took_who_were_never_found_are_missing():
    # Near miss: swept away by a flood, taken by no one.
    text = "The flood swept away 30 houses. Six villagers have never been found."
    assert claim_fields(text, "en", ("category", "count")) == [("missing", 6)]
