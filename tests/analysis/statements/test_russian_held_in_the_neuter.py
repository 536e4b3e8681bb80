"""«В камере содержалось 40 человек»: the neuter singular Russian gives a verb whose subject is
a count holds persons; things in a text («в отчёте содержалось 9 выводов») are nothing of ours.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_persons_kept_in_a_place():
    assert _read("В спортзале колледжа содержалось около 90 жителей, в том числе 8 женщин.") == [
        ("detained", "all", 90, None),
        ("detained", "women", 8, 0),
    ]


def test_things_in_a_text_are_no_one():
    assert _read("В отчёте комиссии содержалось 9 выводов.") == []
