"""No word of persons' fate, said as reported in the verbal noun ("taleyi barədə heç bir
məlumat olmadığını bildirib", that there is no word of their fate; "məlumat olmaması", the
lack of word) as in the finite "məlumat yoxdur": they are missing. No word of their cases
("işi barədə") is no fate. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman martda itkin düşmüş 6 nəfərin taleyi barədə heç bir məlumat olmadığını bildirib.",
        "Ailələr 6 nəfərin taleyi haqqında indiyədək məlumat olmadığından şikayət edir.",
        "6 kəndlinin taleyi barəsində məlumat olmaması yaxınlarını narahat edir.",
    ],
)
def test_no_word_of_their_fate_reported_is_missing(text):
    assert _read(text) == [("missing", 6)]


def test_near_miss_no_word_of_their_cases_is_no_fate():
    assert _read("Vəkil 6 nəfərin işi barədə məlumat olmadığını bildirib.") == []
