"""«Более 40 человек до сих пор находятся под арестом»: "until now" says a state goes on, as
«по-прежнему» and «остаются» do, so the count is the part of the detained still held. A count
as large as the whole is a figure of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_those_held_until_now_are_a_part_of_the_detained():
    text = "После митинга задержаны 180 человек. Более 40 человек до сих пор находятся под арестом."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 180, None), ("detained", 40, 0)]


def test_a_count_as_large_as_the_whole_is_its_own():
    text = "После митинга задержаны 40 человек. 180 человек до сих пор находятся под арестом."
    assert claim_fields(text, "ru", FIELDS)[1] == ("detained", 180, None)
