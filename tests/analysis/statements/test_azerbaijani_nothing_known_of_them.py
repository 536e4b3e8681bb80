"""Nothing known of persons ("42-si barədə isə heç bir məlumat yoxdur", "barəsində məlumat
verilməyib") says they are missing, not what befell the part before them; "none of them"
with such a verb ("onların heç biri barədə məlumat yoxdur") says all are missing, and is no
count of none. "heç kim itkin düşməyib" is still none missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_nothing_known_of_the_rest():
    text = (
        "Hücum zamanı 60 nəfər girov götürülüb. Girovlardan 45-i sonradan azad edilib, "
        "15-i barədə isə heç bir məlumat yoxdur."
    )
    assert _read(text) == [
        ("captured", "all", 60, None),
        ("released", "all", 45, 0),
        ("missing", "all", 15, 0),
    ]


def test_no_news_of_any_of_them_is_no_none():
    text = (
        "Silahlılar kənddən altı kişini naməlum istiqamətə aparıblar. O vaxtdan bəri "
        "onların heç biri barədə məlumat yoxdur."
    )
    assert [f[2] for f in _read(text)] == [6]


def test_near_miss_no_one_went_missing():
    assert _read("Hücum zamanı heç kim itkin düşməyib.") == [("missing", "all", 0, None)]
