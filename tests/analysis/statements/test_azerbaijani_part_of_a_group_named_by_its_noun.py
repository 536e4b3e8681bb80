"""An Azerbaijani part taken of a group named by its noun in the ablative ("Jurnalistlərdən
4-ü", "Uşaqlardan ikisi") counts that group, unless its predicate names another ("3-ü
qadındır"); an English or Russian one ("four of the teachers") stays everyone
(``test_language_rules``). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_of_the_journalists_with_a_fate_of_their_own():
    text = "Ötən il 25 jurnalist həbs edilib. Jurnalistlərdən 5-i döyüldüklərini bildirib."
    assert claim_fields(text, "az", FIELDS)[1] == ("tortured", "journalists", 5, 0)


def test_of_the_children_hurt_badly():
    text = "Atışmada 9 uşaq yaralanıb. Uşaqlardan üçü ağır yaralıdır."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "children", 3, 0)


def test_a_predicate_that_names_another_group_wins():
    # Near miss: "qadındır" says which group the part is.
    text = "Ötən il 25 jurnalist həbs edilib. Jurnalistlərdən 6-sı qadındır."
    assert claim_fields(text, "az", FIELDS)[1] == ("detained", "women", 6, 0)


def test_of_the_teachers_counted_before():
    text = "50 müəllim saxlanılıb. Müəllimlərdən dördü sonra yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "teachers", 4, 0)


def test_of_them_keeps_the_group_of_the_whole():
    # "onlardan" names no group of its own: the part keeps its whole's (journalists).
    text = "Ötən il 25 jurnalist həbs edilib. Onlardan 5-i döyüldüklərini bildirib."
    assert claim_fields(text, "az", FIELDS)[1] == ("tortured", "journalists", 5, 0)


def test_persons_counted_by_the_counter_of_a_group_in_the_ablative():
    # "nəfər" (persons) names no one: the group in the ablative before the count does.
    text = "Tətildə həkimlərdən 6 nəfər saxlanılıb."
    assert claim_fields(text, "az", FIELDS)[0] == ("detained", "medical workers", 6, None)


def test_persons_counted_by_the_counter_of_the_group_counted_before():
    text = "Polis 12 jurnalisti saxlayıb. Saxlanılan jurnalistlərdən 3 nəfər döyülüb."
    assert claim_fields(text, "az", FIELDS)[1] == ("tortured", "journalists", 3, 0)


def test_persons_counted_by_the_counter_from_a_place_stay_everyone():
    # Near miss: a village in the ablative is where they came from, no group.
    text = "Qonşu kənddən 7 nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS)[0] == ("injured", "all", 7, None)


def test_a_noun_of_its_own_after_the_count_wins_over_the_group_before():
    # Near miss: "qadın" after the count names the part itself.
    text = "Müəllimlərdən 4 qadın yaralanıb."
    assert claim_fields(text, "az", FIELDS)[0] == ("injured", "women", 4, None)


def test_a_part_after_a_comma_keeps_the_group_of_the_part_before():
    # "…, 3 nəfər yaralanıb": the teachers are named once, in the first part's ablative.
    text = "Müəllimlərdən 4 nəfər həlak olub, 11 nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "teachers", 11, None)


def test_a_part_with_its_ending_after_a_comma_keeps_the_group_too():
    text = "Həkimlərdən 2-si yaralanıb, 3-ü isə saxlanılıb."
    assert claim_fields(text, "az", FIELDS)[1][:3] == ("detained", "medical workers", 3)


def test_a_part_after_a_full_stop_takes_no_group_of_the_sentence_before():
    # Near miss: a new sentence names its own persons.
    text = "Müəllimlərdən 4 nəfər həlak olub. 11 nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "all", 11, None)


def test_a_part_after_a_comma_with_a_noun_of_its_own_keeps_it():
    # Near miss: "uşaq" names the second count's own persons.
    text = "Müəllimlərdən 4 nəfər həlak olub, 11 uşaq yaralanıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "children", 11, None)
