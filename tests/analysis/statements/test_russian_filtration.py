"""«Через фильтрационные лагеря прошли 12 тысяч человек», «прошли фильтрацию»: persons put through
"filtration" were held. Camps of refugees are no filtration. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "По данным правозащитников, через фильтрационные лагеря прошли 12 тысяч человек.",
        "По данным правозащитников, через сеть фильтрационных лагерей прошли 12 тысяч человек.",
        "По данным правозащитников, фильтрацию прошли 12 тысяч человек.",
    ],
)
def test_those_put_through_filtration_were_held(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", 12000)]


def test_those_who_passed_through_refugee_camps_were_not_held():
    text = "По данным правозащитников, через лагеря беженцев прошли 12 тысяч человек."
    assert ("detained", 12000) not in claim_fields(text, "ru", FIELDS)
