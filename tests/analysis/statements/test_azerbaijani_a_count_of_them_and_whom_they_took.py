"""A witness counts "them", the group just named, by a count with the copula in the third
person ("Kişiləri … yığdılar, iyirmi iki nəfər idilər"); what befell them is what a later
"onları" (them) says. Those who took them name them again as a whole by a participle
("Apardıqları iyirmi iki nəfərdən …", "aparılan 10 nəfərdən"), whose parts are then the first
count's, of its group. Talk carried out ("müsahibə apardıqları") takes no one. Testimony
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    claims = claim_fields(text, "az", ("category", "subgroup", "count", "parent"))
    return [(c, g, n, claims[p][2] if p is not None else None) for c, g, n, p in claims]


def test_a_count_of_them_takes_what_was_done_to_them_next():
    text = (
        "Əsgərlər səhər kəndə girdi. Kişiləri çayxananın qabağına topladılar, iyirmi iki "
        "nəfər idilər. Onları yük maşınına mindirib apardılar."
    )
    assert _read(text) == [("captured", "men", 22, None)]


def test_near_miss_a_count_of_them_that_nothing_befell():
    text = "Qonşular həyətə yığışdı, on iki nəfər idilər. Sonra hamı evinə getdi."
    assert _read(text) == []


def test_the_taken_named_again_by_their_participle_are_the_first_count():
    text = (
        "Əsgərlər səhər kəndə girdi. Kişiləri çayxananın qabağına topladılar, iyirmi iki "
        "nəfər idilər. Onları yük maşınına mindirib apardılar. Apardıqları iyirmi iki "
        "nəfərdən beşi geri qayıdıb, onlardan ikisini döyüblər."
    )
    assert _read(text) == [
        ("captured", "men", 22, None),
        ("released", "men", 5, 22),
        ("tortured", "men", 2, 5),
    ]


def test_a_whole_named_by_the_participle_of_taking():
    assert _read("Aparılan 10 nəfərdən 3-ü öldürülüb.") == [
        ("captured", "all", 10, None),
        ("killed", "all", 3, 10),
    ]


def test_near_miss_taken_by_the_police_named_in_the_sentence_before_are_detained():
    assert _read("Polis gəldi. Apardığı on nəfərdən üçü azad edilib.") == [
        ("detained", "all", 10, None),
        ("released", "all", 3, 10),
    ]


def test_near_miss_talk_carried_out_takes_no_one():
    assert _read("Müsahibə apardıqları 40 nəfərdən 12-si döyüldüyünü bildirib.") == [
        ("tortured", "all", 12, None)
    ]


def test_near_miss_a_participle_of_keeping_a_register_takes_no_one():
    text = "Fondun apardığı siyahıya bu il 14 yeni hadisə daxil edilib."
    assert _read(text) == []


def test_taken_by_the_police_named_again_by_the_participle_are_the_same_persons():
    text = (
        "Polis əməkdaşları kəndə gəlib 15 kişini aparıblar. Aparılan 15 nəfərdən 11-i "
        "ertəsi gün buraxılıb."
    )
    assert _read(text) == [("detained", "men", 15, None), ("released", "men", 11, 15)]
