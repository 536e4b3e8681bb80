"""A count right after an English verb in the active voice is its object: a participle after
the counted noun says what the persons were ("held", "detained"), the verb what was done to
them ("The guards beat nine prisoners held in the cellar"). And persons confined by force
are detained ("unlawfully confined 45 villagers"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The soldiers killed 12 villagers held at the depot.", [("killed", "all", 12)]),
        ("The guards released 40 men held at the depot.", [("released", "men", 40)]),
        ("The police freed 12 hostages held since May.", [("released", "all", 12)]),
        (
            "Camp guards beat 18 inmates held in the laundry, among them four minors.",
            [("tortured", "all", 18), ("tortured", "children", 4)],
        ),
    ],
)
def test_the_active_verb_before_the_count_wins_over_the_participle_after_it(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The count is the subject: the participle says what they were, the verb their fate.
        ("23 women held at the barracks were freed.", [("released", "women", 23)]),
        ("Police arrested 30 protesters detained earlier.", [("detained", "all", 30)]),
    ],
)
def test_a_count_that_is_no_object_keeps_its_reading(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For a week the gunmen unlawfully confined 45 shepherds, including 12 women, in a "
            "sheep pen.",
            [("detained", "all", 45, None), ("detained", "women", 12, 0)],
        ),
        ("The soldiers confined 30 men in a warehouse.", [("detained", "men", 30, None)]),
        ("Some 40 men were confined in the barracks.", [("detained", "men", 40, None)]),
    ],
)
def test_persons_confined_by_force_are_detained(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == expected


def test_persons_confined_to_bed_are_no_figure():
    assert claim_fields("Nine patients were confined to bed.", "en") == []


def test_a_present_participle_after_the_object_describes_the_persons():
    text = "The strike on the clinic killed 17 people sheltering inside, 6 of them children."
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 17, None),
        ("killed", "children", 6, 0),
    ]


def test_near_miss_persons_held_missing_in_a_register():
    text = "The register holds 2,040 persons missing since the war."
    assert claim_fields(text, "en", ("category", "count")) == [("missing", 2040)]
