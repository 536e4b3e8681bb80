"""Azerbaijani reporters ("reportyor") and photojournalists ("fotojurnalist", "fotomüxbir")
are journalists, as "jurnalist" and "müxbir" are. A report ("reportaj") counts no one.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_reporters_taken_captive():
    assert claim_fields("Daha üç reportyor əsir götürülüb.", "az", FIELDS) == [
        ("captured", "journalists", 3)
    ]


def test_photojournalists_wounded():
    text = "Bombardman zamanı iki fotomüxbir və bir fotojurnalist yaralanıb."
    assert [f[1] for f in claim_fields(text, "az", FIELDS)] == ["journalists", "journalists"]


def test_a_report_is_no_reporter():
    # Near miss: "reportajında", in the report, says where the count was told.
    text = "Televiziyanın reportajında 5 nəfərin yaralandığı bildirilib."
    assert claim_fields(text, "az", FIELDS) == [("injured", "all", 5)]
