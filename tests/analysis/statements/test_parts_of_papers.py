"""A bare number taken from a whole counted in papers ("2,114 complaints, of which 318
concerned torture") counts complaints too, not persons tortured; so do the items of the list
it opens ("… and 77 to enforced disappearance"). A clause of its own after it ("and 12 were
killed") still counts persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Ombudsman received 2,114 complaints, of which 318 concerned torture.", "en"),
        ("Of the 2,114 complaints received, 318 related to torture and 77 to enforced "
         "disappearance.", "en"),
        ("Омбудсмен получил 2114 обращений, из которых 318 касались пыток.", "ru"),
        ("Из 2114 обращений 318 касались пыток, 77 — насильственных исчезновений.", "ru"),
        ("Ombudsman 2114 müraciət alıb, onlardan 318-i işgəncə ilə bağlı olub.", "az"),
        ("2114 müraciətdən 318-i işgəncə, 77-si məcburi yoxa çıxma ilə bağlı olub.", "az"),
    ],
)  # fmt: skip
def test_a_part_of_the_complaints_counts_no_persons(text, language):
    assert claim_fields(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Ombudsman received 2,114 complaints, of which 318 concerned torture, and 12 "
         "were killed in custody.", "en"),
        ("Омбудсмен получил 2114 обращений, из них 318 касались пыток, а 12 человек погибли.",
         "ru"),
        ("Ombudsmana 2114 müraciət daxil olub, onlardan 318-i işgəncə ilə bağlıdır; 12 nəfər "
         "həbsdə ölüb.", "az"),
    ],
)  # fmt: skip
def test_persons_counted_after_the_complaints_still_count(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 12)]


@pytest.mark.parametrize(
    "text",
    [
        # The whole named first by "onlardan" past a semicolon, or by the papers again.
        "Aparata 940 şikayət daxil olub; onlardan 77-si işgəncə ilə bağlı olub.",
        "Aparata 940 şikayət daxil olub. Şikayətlərdən 77-si işgəncə ilə bağlıdır.",
        # … or by the papers again in the plural genitive, which names a whole as well.
        "Rüb ərzində 310 şikayət qeydə alınıb. Şikayətlərin 52-si işgəncə ilə bağlıdır.",
        # … or in the genitive right before the part's possessive ending.
        "Komissiyaya daxil olan 270 müraciətin 65-i itkin düşmüş şəxslərlə bağlı olub.",
        # The calls a hotline takes are counted as papers are.
        "Qaynar xəttə ay ərzində 415 zəng daxil olub. Zənglərin 90-ı itkinlərlə bağlı olub.",
        "Qaynar xəttə 415 zəng daxil olub, onlardan 33-ü işgəncə ilə bağlıdır.",
    ],
)
def test_an_azerbaijani_part_of_the_complaints_named_first(text):
    assert claim_fields(text, "az", ("category", "count")) == []


def test_near_miss_a_part_of_persons_after_the_complaints():
    text = "Aparata 940 şikayət daxil olub. Saxlanılanlardan 77-si işgəncəyə məruz qalıb."
    assert claim_fields(text, "az", ("category", "count")) == [("tortured", 77)]


def test_near_miss_a_part_of_persons_in_the_genitive():
    text = "Aksiya zamanı 85 nəfər saxlanılıb. Saxlanılanların 14-ü döyülüb."
    assert claim_fields(text, "az", ("category", "count")) == [("detained", 85), ("tortured", 14)]


def test_near_miss_persons_counted_after_the_calls():
    text = "Qaynar xəttə 415 zəng daxil olub. 19 nəfər itkin düşüb."
    assert claim_fields(text, "az", ("category", "count")) == [("missing", 19)]
