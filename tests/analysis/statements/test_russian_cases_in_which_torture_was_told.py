"""«В N случаях» framing a clause in which someone tells or learns of an act («получила
сведения о применении пыток», «задержанные сообщили, что их избивали») counts cases of that
act, not of the cases counted before it; a clause that tells of no act leaves them cases of
what was counted before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_cases_in_which_torture_was_learned_of():
    text = (
        "Группа зафиксировала 95 случаев исчезновения людей. В 40 случаях группа получила "
        "достоверную информацию о применении пыток к задержанным."
    )
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", 95, None), ("tortured", 40, None)]


def test_near_miss_cases_in_which_no_act_was_told():
    text = (
        "Группа зафиксировала 95 случаев исчезновения людей. В 40 случаях родственники сообщили, что "
        "обратились в прокуратуру."
    )
    assert claim_fields(text, "ru", FIELDS)[1] == ("disappeared", 40, 0)
