"""A figure followed by the count it replaces ("four were killed, not two as first reported")
says an earlier figure of the same act and group with that count was wrong: it is no claim.
A figure of another act or group with that count stays, and so does the earlier figure when
the count named is another. Sentences written here."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.category, c.subgroup, c.count) for c in read_statement(text, "en").claims]


def test_the_earlier_count_named_as_replaced_is_dropped():
    text = (
        "08:10 Officials say three people were killed in the blast at the bus depot.\n"
        "09:25 Update from the mayor's office: five people were killed, not three as "
        "reported earlier. Twelve are injured."
    )
    assert _read(text) == [("killed", "all", 5), ("injured", "all", 12)]


def test_a_toll_put_at_a_count_is_replaced_too():
    text = (
        "Rescuers put the death toll at 14 on Sunday. On Monday the ministry said 16 people "
        "had died, not 14."
    )
    assert _read(text) == [("killed", "all", 16)]


def test_another_act_with_the_count_named_stays():
    text = (
        "Two people were injured in the first strike. Later the police said four people "
        "were killed, not two."
    )
    assert _read(text) == [("injured", "all", 2), ("killed", "all", 4)]


def test_an_earlier_figure_with_another_count_stays():
    text = (
        "Witnesses said seven people were detained on Friday. The lawyers say nine people "
        "were detained, not six."
    )
    assert _read(text) == [("detained", "all", 7), ("detained", "all", 9)]
