"""Russian: «большинство из 340 жителей были вывезены» — the verb of the clause is the vague
part's («большинство»), and the whole after «из» is only how many there were; a whole named
by its own participle («половина из 80 задержанных») is still a count of them."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"]) for c in claims]


def test_the_whole_of_most_is_not_what_the_verb_says():
    assert _figures("Ночью большинство из 520 жителей хутора были эвакуированы.") == []


def test_the_whole_named_by_its_participle_is_counted():
    assert _figures("Половина из 90 арестованных подверглась избиениям.") == [("detained", 90)]


def test_a_count_after_the_whole_is_the_part():
    # Near miss: a number, not «большинство», is the part the verb says.
    assert _figures("Из 520 жителей хутора эвакуированы 300.") == [("displaced", 300)]
