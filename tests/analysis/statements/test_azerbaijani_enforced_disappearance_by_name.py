"""Azerbaijani names the act "məcburi itkin düşmə" (enforced disappearance): counts of it are
of the disappeared, not of the missing ("itkin düşüb" alone). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_cases_of_enforced_disappearance():
    text = "Qrup 41 məcburi itkin düşmə halını sənədləşdirib, onlardan 6-sı qadınlara aiddir."
    assert _read(text) == [("disappeared", "all", 41, None), ("disappeared", "women", 6, 0)]


def test_persons_who_were_made_to_disappear():
    assert _read("Ötən il 17 nəfər məcburi itkin düşüb.") == [("disappeared", "all", 17, None)]


def test_near_miss_missing_alone():
    assert _read("Ötən il 17 nəfər itkin düşüb.") == [("missing", "all", 17, None)]
