"""An Azerbaijani part with a verb of its own in the present or the simple past ("onlardan
üçü aclıq edir", on hunger strike) is no count of what befell its whole, even when the whole
is named by its fate before it ("həbsdə olan jurnalistlərin üçü") or the act is the object
of that verb ("həbsə etiraz olaraq"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_part_on_hunger_strike_in_the_present():
    text = "Ötən il 30 fəal həbs olunub. Onlardan beşi hələ də aclıq edir."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None)]


def test_part_of_a_whole_named_by_its_fate():
    text = "Ötən il 30 fəal həbs olunub. Həbsdə olan fəalların beşi aclıq aksiyası keçirir."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None)]


def test_act_protested_in_the_dative():
    text = (
        "Ötən il 30 fəal həbs olunub; onlardan beşi öz həbslərinə etiraz olaraq yemək qəbul etmir."
    )
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None)]


def test_part_in_the_simple_past():
    text = "Ötən il 30 fəal həbs olunub. Saxlanılan fəalların ikisi məhkəməyə müraciət etdi."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None)]


def test_the_next_part_keeps_its_whole():
    text = (
        "Ötən il 30 fəal həbs olunub. Həbsdə olan fəalların beşi aclıq edir. "
        "Həbs olunanlardan ikisi döyüldüyünü bildirib."
    )
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None), ("tortured", 2, 0)]


def test_part_whose_verb_is_an_act_is_counted():
    # Near miss: the part's verb names what befell it; the activists in the genitive are
    # its whole, as "fəallardan beşi" would be.
    text = "Ötən il 30 fəal həbs olunub. Həbsdə olan fəalların beşi döyülüb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None), ("tortured", 5, 0)]


def test_part_still_in_detention_with_the_copula():
    # Near miss: "həbsdədir" is a noun with the copula, no verb of its own.
    text = "Ötən il 30 fəal həbs olunub. Onlardan 12-si hələ də həbsdədir."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None), ("detained", 12, 0)]


def test_part_sent_to_detention():
    # Near miss: sent into detention is still the whole's fate.
    text = "Ötən il 30 fəal saxlanılıb. Onlardan beşi həbsə göndərilib."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None), ("detained", 5, 0)]


def test_act_in_the_dative_that_befell_the_part():
    # Near miss: subjected to torture, not protesting it.
    text = "Ötən il 30 fəal həbs olunub. Onlardan beşi işgəncəyə məruz qaldığını bildirib."
    assert claim_fields(text, "az", FIELDS) == [("detained", 30, None), ("tortured", 5, 0)]


def test_part_in_the_genitive_before_the_clause_s_verb():
    # Near miss: "700-nün" owns the noun after it; the present verb is the committee's.
    text = (
        "Komitə 5 000 uşağın məcburi köçkünə çevrilməsindən, onlardan 700-nün "
        "ailəsindən ayrı düşməsindən narahatlığını ifadə edir."
    )
    assert claim_fields(text, "az", FIELDS) == [("displaced", 5000, None), ("displaced", 700, 0)]


def test_part_of_the_hurt_under_treatment():
    # Near miss: being treated is what the wounded are, in either tense.
    for verb in ("alır", "alıb"):
        text = f"Ötən gün 20 nəfər yaralanıb. Onlardan altısı xəstəxanada müalicə {verb}."
        assert claim_fields(text, "az", FIELDS) == [("injured", 20, None), ("injured", 6, 0)]
