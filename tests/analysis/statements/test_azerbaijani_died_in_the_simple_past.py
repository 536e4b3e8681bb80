"""The simple past of "öl-" (to die), as testimony tells it ("üç nəfər orada öldü", "iki
uşaq yolda öldülər"), is a death; "öldürdü" (killed them) stays an act done to the persons,
and a count with no verb of death is none. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_died_in_the_simple_past():
    assert _read("Zirzəmidə saxlanılanlardan dörd nəfər aclıqdan öldü.")[-1][:3] == (
        "killed",
        "all",
        4,
    )


def test_they_died_on_the_road():
    assert _read("Yolda iki uşaq soyuqdan öldülər.") == [("killed", "children", 2, None)]


def test_near_miss_a_count_with_no_verb_of_death():
    assert _read("Yolda iki uşaq soyuqdan xəstələndi.") == []
