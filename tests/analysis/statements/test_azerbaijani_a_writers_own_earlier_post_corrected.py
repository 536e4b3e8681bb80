"""An Azerbaijani notice of correction in which the writer gives their own earlier words
("Düzəliş: səhər yazmışdım ki, yaralılardan üçü uşaqdır", I had written that three of the
wounded were children) names a figure now withdrawn: neither it nor the post it repeats is
read, and the right figure after it stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_POSTS = (
    "1/ Saat 10:00. Zərbədən sonra 12 nəfər yaralanıb. Yaralılardan üçü uşaqdır.\n"
    "2/ Düzəliş: 1/-də yazmışdım ki, yaralılardan üçü uşaqdır. "
    "Xəstəxana dəqiqləşdirib: yaralı 12 nəfərdən ikisi uşaqdır.\n"
)


def test_the_withdrawn_part_is_read_nowhere():
    assert ("injured", "children", 3, 0) not in claim_fields(_POSTS, "az", FIELDS)


def test_the_right_part_stands():
    assert ("injured", "children", 2, 0) in claim_fields(_POSTS, "az", FIELDS)


def test_an_earlier_post_quoted_outside_a_notice_of_correction_stands():
    # Near miss: no "Düzəliş", the writer only recalls; the figures are read.
    text = (
        "1/ Zərbədən sonra 12 nəfər yaralanıb. "
        "2/ Səhər yazmışdım ki, yaralılardan üçü uşaqdır; bu gün də belədir."
    )
    assert ("injured", "children", 3, 0) in claim_fields(text, "az", FIELDS)
