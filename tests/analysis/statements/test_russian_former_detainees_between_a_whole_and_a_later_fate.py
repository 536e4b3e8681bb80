"""«трое задержанных скончались» is a part of the detained counted before — unless persons
once held («91 бывшего задержанного») were counted between: which of the two groups the
count is taken from the text does not say, so it is taken from neither. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_former_detainees_between_leave_the_later_fate_alone():
    claims = claim_fields(
        "Задержаны 60 человек. Мы опросили 14 бывших задержанных. Двое задержанных умерли "
        "в изоляторе.",
        "ru",
    )
    assert ("killed", "all", 2, None, None, "exact", None) in claims


def test_the_later_fate_of_the_detained_is_their_part():
    assert claim_fields("Задержаны 60 человек. Двое задержанных умерли в изоляторе.", "ru") == [
        ("detained", "all", 60, None, None, "exact", None),
        ("killed", "all", 2, None, None, "exact", 0),
    ]
