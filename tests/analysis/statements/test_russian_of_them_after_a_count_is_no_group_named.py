"""«71 из них находятся в плену, 25 погибли»: «из» right after a count is that count's
partitive, not "of the …" naming a group; the words after it say what befell the part, and
a count after them takes no whole by those words. «Из задержанных 25 — женщины», with no
count before «из», names the whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_count_after_a_part_of_a_count_with_no_fate_is_no_part_of_it():
    assert claim_fields(
        "Судьба 96 человек установлена: 71 из них находятся в плену, 25 погибли.", "ru", FIELDS
    ) == [("captured", 71, None), ("killed", 25, None)]


def test_of_the_detained_names_the_whole():
    assert claim_fields("Задержаны 96 человек. Из задержанных 25 — женщины.", "ru", FIELDS) == [
        ("detained", 96, None),
        ("detained", 25, 0),
    ]
