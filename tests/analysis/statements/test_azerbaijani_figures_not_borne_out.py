"""Azerbaijani: a figure not borne out, said as the reason in the converb ("… dəlillər
təsdiqini tapmadığından qəbul edilməyib") or by there being no evidence that confirms it
("… iddiaları təsdiq edən heç bir sübut tapılmayıb"), is no claim, as "təsdiqini tapmayıb"
already was not. Evidence that confirms a figure, or a figure borne out, leaves it standing.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_a_figure_refused_because_it_was_not_borne_out():
    text = (
        "Vəkillərin 12 nəfərin işgəncəyə məruz qalması barədə iddiası təsdiqini "
        "tapmadığından komissiya tərəfindən qəbul edilməyib."
    )
    assert _read(text) == []


def test_no_evidence_confirms_the_figure():
    text = (
        "Müfəttişlər 40 nəfərin öldürülməsi barədə şayiələri təsdiq edən heç bir sübut "
        "tapmayıblar. Rəsmi məlumata görə, 6 nəfər yaralanıb."
    )
    assert _read(text) == [("injured", 6)]


def test_near_miss_evidence_that_confirms_a_figure():
    text = "Müfəttişlər 40 nəfərin öldürüldüyünü təsdiq edən sübutlar toplayıblar."
    assert _read(text) == [("killed", 40)]


def test_near_miss_a_figure_borne_out():
    text = "Vəkillərin 12 nəfərin işgəncəyə məruz qalması barədə iddiası təsdiqini tapıb."
    assert _read(text) == [("tortured", 12)]
