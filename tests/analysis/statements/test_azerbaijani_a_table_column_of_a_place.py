"""An Azerbaijani pipe table's header cell that is only a place in the locative ("Çadır
düşərgələrində", in tent camps) counts those of its row's figure to the left who are there: a
part of that figure, in its act. A header cell that names an act keeps its own. Tables
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_TABLE = """Cədvəl 2. Köçkünlər, rayonlar üzrə

| Rayon | Köçkün düşənlər | {column} |
|---|---|---|
| Sarıyer | 900 | {first} |
| Qaraçay | 420 | {second} |
"""


def test_a_column_of_a_place_counts_a_part_of_its_row():
    text = _TABLE.format(column="Çadır düşərgələrində", first=350, second=0)
    claims = claim_fields(text, "az", FIELDS)
    assert ("displaced", "all", 350, 0) in claims
    assert ("displaced", "all", 0, 2) in claims
    assert ("displaced", "all", 420, None) in claims


def test_a_column_of_the_injured_in_hospital():
    text = (
        "| Kənd | Yaralananlar | Xəstəxanada |\n|---|---|---|\n"
        "| Dəmirli | 31 | 12 |\n| Otaqlı | 17 | 5 |\n"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("injured", "all", 12, 0) in claims
    assert ("injured", "all", 5, 2) in claims


def test_near_miss_a_column_that_names_an_act_is_no_part():
    text = _TABLE.format(column="Həlak olanlar", first=3, second=1)
    claims = claim_fields(text, "az", FIELDS)
    assert ("killed", "all", 3, None) in claims
    assert ("killed", "all", 1, None) in claims
