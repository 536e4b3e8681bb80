"""A figure in a question that asks whether it is true, answered by a bare "No" in the next
sentence ("Is it true that six were killed? — No."), is no claim; a question that takes its
figure for granted keeps it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The storm flooded the camp and 17 tents were lost.\nREPORTER: Bloggers write that "
         "six refugees drowned. Is that true?\nOFFICIAL: No. Every resident is accounted for.",
         "en"),
        ("Буря затопила лагерь, уничтожены 17 палаток.\nКОРРЕСПОНДЕНТ: Блогеры пишут о шести "
         "утонувших беженцах, это правда?\nЧИНОВНИК: Нет, все жители на месте.", "ru"),
        ("Tufan düşərgəni su altında qoyub, 17 çadır məhv olub.\nMÜXBİR: Deyirlər ki, altı "
         "qaçqın boğulub, doğrudurmu?\nRƏSMİ: Xeyr. Bütün sakinlər yerindədir.", "az"),
    ],
)  # fmt: skip
def test_a_figure_denied_by_a_bare_no_is_no_claim(text, language):
    assert [c for c in claim_fields(text, language, FIELDS) if c[1] == 6] == []


def test_a_question_that_takes_its_figure_for_granted_keeps_it():
    text = (
        "Police detained 40 people at the rally.\nREPORTER: Were any of the 40 released?\n"
        "CHIEF: No. All remain in custody."
    )
    assert ("detained", 40) in claim_fields(text, "en", FIELDS)
