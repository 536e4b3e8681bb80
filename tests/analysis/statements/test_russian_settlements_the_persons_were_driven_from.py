"""Russian settlements counted after «из», with a count of persons next in the clause, are
where those persons were driven from, no count that takes the verb from them («выселили из
трёх деревень около 3 тысяч человек»); settlements with settlements next stay a whole and
its part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_persons_driven_from_counted_villages():
    text = "Солдаты выселили из трёх деревень около 3 тысяч человек."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 3000, "about")]


def test_a_range_of_persons_driven_from_counted_villages():
    text = "Отряды выселили из пяти сёл от 2 до 4 тысяч жителей."
    assert claim_fields(text, "ru") == [("displaced", "all", None, 2000, 4000, "range", None)]


def test_near_miss_villages_of_which_some_were_destroyed():
    text = "Из 12 сёл 5 полностью разрушены."
    assert claim_fields(text, "ru", ("category", "count")) == [("property_destroyed", 5)]
