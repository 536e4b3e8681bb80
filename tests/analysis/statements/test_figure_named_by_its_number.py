"""A rejected clause that names a figure by its number ("the figure of 90", «цифра в 90», "90
rəqəmi") rejects the earlier figure of that number too; one confirmed stands. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The dockers' union says 90 workers were detained at Harrowgate. The figure of 90 "
            "is plainly wrong: most of them were questioned and let go.",
            "en",
        ),
        (
            "Профсоюз докеров сообщает о 90 задержанных. Цифра в 90 человек не соответствует "
            "действительности.",
            "ru",
        ),
        (
            "Liman işçiləri ittifaqı 90 nəfərin saxlanıldığını bildirir. 90 rəqəmi həqiqətə "
            "uyğun deyil.",
            "az",
        ),
    ],
)
def test_the_figure_named_is_rejected_with_its_clause(text, language):
    assert claim_fields(text, language, ("category", "count")) == []


def test_a_figure_named_and_confirmed_stands():
    text = "Police detained 90 dockers. The figure of 90 was confirmed by the union."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 90)]
