"""The rest of persons who disappeared, when the others were freed or found ("the remaining
31 are still unaccounted for", "qalan 31 nəfərin taleyi"), are still disappeared: nothing new
befell them. Cases of the act whose fate is unknown, with no word of the rest, stay missing.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We documented 40 farmers who disappeared after being taken by the police. Nine were "
         "later freed. The remaining 31 are still unaccounted for.", "en"),
        ("Polis tərəfindən aparıldıqdan sonra izi itən 40 fermerin adları siyahıdadır. Onlardan "
         "9-u sonradan azad olunub. Qalan 31 nəfərin taleyi indiyədək məlum deyil.", "az"),
    ],
)  # fmt: skip
def test_the_rest_of_the_disappeared_are_still_disappeared(text, language):
    assert ("disappeared", 31, 0) in claim_fields(text, language, FIELDS)


def test_a_part_with_no_word_of_the_rest_stays_missing():
    text = (
        "We documented 40 farmers who disappeared after being taken by the police. "
        "Of them, 31 are still unaccounted for."
    )
    assert ("missing", 31, 0) in claim_fields(text, "en", FIELDS)
