"""A figure's value at another time, given in a parenthesis after it as "this figure" ("8.100
nəfər yerindən edilib (bir həftə əvvəl bu rəqəm 5.600 idi); onlardan …", "(last week the
figure was 5,600)"), is no whole for the "of them" after it: the figure now is. A second
figure of its own between them is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Təxminən 8.100 nəfər yerindən edilib (bir həftə əvvəl bu rəqəm 5.600 idi); onlardan "
         "3.000-i uşaqdır.", "az"),
        ("About 8,100 people have fled their homes (last week the figure was 5,600); of them, "
         "3,000 are children.", "en"),
    ],
)  # fmt: skip
def test_of_them_is_the_figure_now(text, language):
    found = claim_fields(text, language, FIELDS)
    assert ("displaced", "children", 3000, 0) in found


def test_near_miss_a_figure_of_its_own_in_between():
    text = (
        "8.100 nəfər yerindən edilib, 5.600 nəfər isə məktəblərdə yerləşdirilib; onlardan "
        "3.000-i uşaqdır."
    )
    found = claim_fields(text, "az", FIELDS)
    assert ("displaced", "children", 3000, 0) not in found
