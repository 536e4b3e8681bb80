"""A witness's count of "us" may be a guess in the conditional copula ("on beş-iyirmi nəfər
olardıq", we would have been fifteen or twenty), as "idik" is a count: it takes what was done
to us. Those who took us may be named in the sentence before the count, which Azerbaijani
then leaves out as the subject ("Kəndə silahlılar girdi. Kişiləri … yığdılar"): armed men
take captives, police detainees. Testimony written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count_low", "count_high"))


def test_a_guessed_count_of_us_taken_by_armed_men_named_before_is_captured():
    text = (
        "Axşam kəndə silahlılar girdi. Kişiləri məscidin həyətinə yığdılar, on beş-iyirmi "
        "nəfər olardıq. Bizi də maşınlara mindirib apardılar."
    )
    assert _read(text) == [("captured", 15, 20)]


def test_near_miss_a_guessed_count_of_us_taken_by_police_is_detained():
    text = (
        "Axşam kəndə polislər girdi. Kişiləri məscidin həyətinə yığdılar, on beş-iyirmi "
        "nəfər olardıq. Bizi də maşınlara mindirib apardılar."
    )
    assert _read(text) == [("detained", 15, 20)]


def figures(text: str) -> list[tuple]:
    """(category, count or low, the count or low of the figure it is part of)."""
    claims = claim_fields(text, "az", ("category", "count", "count_low", "parent"))
    return [
        (c, n if n is not None else lo, (claims[p][1] or claims[p][2]) if p is not None else None)
        for c, n, lo, p in claims
    ]


def test_those_let_go_after_a_guessed_count_of_us_held_are_its_part():
    text = (
        "Axşam kəndə silahlılar girdi. Kişiləri məscidin həyətinə yığdılar, on beş-iyirmi "
        "nəfər olardıq. Bizi də apardılar. İki gün sonra dörd nəfəri buraxdılar."
    )
    assert figures(text) == [("captured", 15, None), ("released", 4, 15)]


def test_near_miss_what_the_witness_heard_of_befell_others():
    text = (
        "Axşam kəndə silahlılar girdi. Kişiləri məscidin həyətinə yığdılar, on beş-iyirmi "
        "nəfər olardıq. Bizi də apardılar. Sonra eşitdim ki, qonşu kənddə üç nəfəri "
        "güllələyiblər."
    )
    assert figures(text) == [("captured", 15, None), ("killed", 3, None)]
