"""A zero of one group among those a fate counts ("No women are among the wounded") is a
claim of its own, with no whole; a zero of another fate among those counted ("None of them
was hurt" of the detained) stays a part of them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Twenty-three people were wounded in the market fire. No women are among the "
         "wounded.", [("injured", "all", 23, None), ("injured", "women", 0, None)]),
        ("ru", "Задержаны 112 человек. Врачей среди задержанных не было.",
         [("detained", "all", 112, None), ("detained", "medical workers", 0, None)]),
        ("az", "Atışma nəticəsində 6 nəfər həlak olub. Ölənlər arasında uşaq yoxdur.",
         [("killed", "all", 6, None), ("killed", "children", 0, None)]),
        # Another fate of those counted: a part of them.
        ("en", "Police detained 30 traders. None of them was hurt.",
         [("detained", "all", 30, None), ("injured", "all", 0, 0)]),
    ],
)  # fmt: skip
def test_a_zero_of_a_group_has_no_whole(language, text, expected):
    assert claim_fields(text, language, FIELDS) == expected
