"""Azerbaijani says identities were confirmed ("19 nəfərin şəxsiyyəti təsdiqlənib") or that
DNA showed who the dead were ("üçünün qardaşlarımız olduğu DNT analizi ilə müəyyən
edilib"): both are identified. What else was established of them ("uşaq olduğu müəyyən
edilib") is not. A rest that completes the identified to the whole of the bodies nests them
under it, even after another breakdown of that whole by sex. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_identities_confirmed():
    text = "Ekspertiza nəticəsində 19 nəfərin şəxsiyyəti təsdiqlənib."
    assert _read(text) == [("identified", 19, None)]


def test_who_they_were_established_by_dna():
    text = (
        "Çayın sahilində 7 nəfərin meyiti tapılıb, onlardan üçünün qardaşlarımız "
        "olduğu DNT analizi ilə müəyyən edilib."
    )
    assert _read(text) == [("found_dead", 7, None), ("identified", 3, 0)]


def test_near_miss_established_without_dna_is_no_identification():
    text = "Çayın sahilində 7 nəfərin meyiti tapılıb, onlardan üçünün uşaq olduğu müəyyən edilib."
    assert ("identified", 3, 0) not in _read(text)


def test_the_rest_completes_the_identified_after_a_breakdown_by_sex():
    text = (
        "Xəndəkdən 45 nəfərin qalıqları çıxarılıb, onlardan 30-u kişi, 15-i qadındır. "
        "19 nəfərin şəxsiyyəti təsdiqlənib. Qalan 26 nəfərin eyniləşdirilməsi davam edir."
    )
    assert ("identified", 19, 0) in _read(text)
