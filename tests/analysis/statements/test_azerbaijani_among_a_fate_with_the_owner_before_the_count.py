"""Azerbaijani "Yaralılar arasında | təcili yardım briqadasının | 2 həkimi var": after persons
named by their fate and "arasında" (among), the count may follow the words that own what it
counts, in the genitive (the ambulance team's doctors). It is still a part of the figure of
that fate, as with nothing between. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_among_the_hurt_after_its_owner_in_the_genitive():
    text = "Partlayışdan sonra 38 nəfər yaralanıb. Yaralılar arasında xilasetmə dəstəsinin 3 üzvü də var."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "all", 3, 0)


def test_a_labelled_part_among_the_held_after_its_owner():
    text = "Polis 60 nəfəri saxlayıb. Saxlanılanlar arasında yerli qəzetin 4 jurnalisti də var."
    assert claim_fields(text, "az", FIELDS)[1] == ("detained", "journalists", 4, 0)


def test_among_persons_named_by_no_fate_is_no_part_of_the_figure_before():
    # Near miss: villagers are no persons of the detention before; the count is its own.
    text = "Polis 60 nəfəri saxlayıb. Kəndlilər arasında məktəbin 3 müəllimi də yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "teachers", 3, None)
