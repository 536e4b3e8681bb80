"""Azerbaijani "Saxlanılanlar arasında" (among those held): persons named by their fate are
those counted by it as a whole, not a count taken "onlardan" (of them) from a count of another
matter ("12 nəfər barəsində cinayət işi başlanıb, onlardan 7-si təcridxanadadır"). Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_among_the_held_past_a_part_of_another_count():
    text = (
        "Polis 90 nəfəri saxlayıb. 20 nəfər barəsində protokol tərtib edilib, onlardan 9-u "
        "həbs edilib. Saxlanılanlar arasında 4 qadın olub."
    )
    claims = _read(text)
    assert claims[0] == ("detained", "all", 90, None)
    assert claims[-1] == ("detained", "women", 4, 0)


def test_near_miss_the_only_held_are_a_part():
    # With no whole of the held told as a whole, the part is all there is.
    text = "20 nəfər yaralanıb, onlardan 7-si həbs edilib. Saxlanılanlar arasında 2 qadın var."
    claims = _read(text)
    assert claims[-1] == ("detained", "women", 2, 1)
