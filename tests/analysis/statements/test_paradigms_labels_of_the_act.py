"""A label of the act's participle and the noun it names, then a dash and the number: "Killed
civilians — 14", «Разрушенных домов — 40», "Dağıdılmış evlər — 40". The participle gives the
category as it did when it stood alone before the dash («Погибших — 14»), and the things
named are what the number counts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Burned houses — 40.", "en", ("property_destroyed", "homes", 40)),
        ("Разрушенных домов — 40.", "ru", ("property_destroyed", "homes", 40)),
        ("Сожжённых школ — три.", "ru", ("property_destroyed", "schools", 3)),
        ("Dağıdılmış evlər — 40.", "az", ("property_destroyed", "homes", 40)),
        ("Убитых мирных жителей — 14.", "ru", ("killed", "all", 14)),
        ("Öldürülmüş dinc sakinlər — 14.", "az", ("killed", "all", 14)),
    ],
)
def test_the_label_before_the_dash(text, language, expected):
    assert _read(text, language) == [(*expected, "exact")]


def test_the_participle_alone_still_reads():
    assert _read("Погибших — 14.", "ru") == [("killed", "all", 14, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Houses: destroyed – 40, damaged – 112.", "en"),
        ("Жилые дома: разрушено – 40, повреждено – 112.", "ru"),
        ("Yaşayış evləri: dağıdılıb – 40, zədələnib – 112.", "az"),
    ],
)
def test_the_things_before_the_colon_are_what_the_act_after_it_counts(text, language):
    fields = ("category", "subgroup", "count")
    assert claim_fields(text, language, fields) == [("property_destroyed", "homes", 40)]


def test_persons_before_the_colon_stay_persons():
    text = "Civilians: killed – 40, injured – 112."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 40), ("injured", 112)]
