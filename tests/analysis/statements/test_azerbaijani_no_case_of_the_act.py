"""Azerbaijani "none" said of a case of an act named by its noun: "ölüm halı olmayıb" (there
was no death), "işgəncə faktı qeydə alınmayıb" (no case of torture was recorded), "ölüm və
ya xəsarət halı qeydə alınmamışdır" (none of either), "qadınlara qarşı …" (against women,
of women); and among persons named by their fate
("Saxlanılanlar arasında …"), a part of the latest figure of that fate. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_no_case_of_torture_recorded():
    text = "Nazirliyin məlumatına görə, ötən ay işgəncə faktı qeydə alınmayıb."
    assert _read(text) == [("tortured", "all", 0, None)]


def test_no_case_of_torture_against_a_group():
    # The group the act was done to, in the dative before "qarşı" (against), is counted.
    text = "Hesabat dövründə qadınlara qarşı işgəncə faktı qeydə alınmamışdır."
    assert _read(text) == [("tortured", "women", 0, None)]


def test_no_death_or_injury_among_the_detained():
    text = (
        "Polis 120 nəfəri saxlayıb. Saxlanılanlar arasında ölüm və ya xəsarət halı qeydə "
        "alınmamışdır."
    )
    assert _read(text) == [
        ("detained", "all", 120, None),
        ("killed", "all", 0, 0),
        ("injured", "all", 0, 0),
    ]


def test_none_who_died_among_the_injured():
    text = "Partlayışda 14 nəfər yaralanıb, yaralılar arasında isə ölən olmayıb."
    assert _read(text) == [("injured", "all", 14, None), ("killed", "all", 0, 0)]


def test_near_miss_a_case_of_no_act():
    # "Yanğın halı" is a case of fire, no act the statements count: no figure.
    assert _read("Binada yanğın halı qeydə alınmayıb.") == []


def test_near_miss_none_among_a_group_named_by_no_fate():
    text = "Polis 120 nəfəri saxlayıb. Jurnalistlər arasında yaralanan olmayıb."
    assert _read(text) == [("detained", "all", 120, None), ("injured", "journalists", 0, None)]
