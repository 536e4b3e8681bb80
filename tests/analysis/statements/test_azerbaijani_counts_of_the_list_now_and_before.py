"""Azerbaijani lists of the missing counted now and a year before: "Keçən il bu siyahıda 950
nəfər var idi" counts the persons the list then held, with its fate; parts of "those we still
wait for" and of "siyahıdakı şəxslər" are of the list's count now, and "onlardan" after a
count of persons that is no figure ("40 nəfərin taleyi aydınlaşıb") is of none. Sentences
written here. The past copula alone ("siyahıda 760 nəfər idi") counts the list as "var idi"
does, and a colon sets "onlardan" off as a comma does."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

TEXT = (
    "Reyestrdə hələ də 910 nəfər itkin düşmüş kimi qeyd olunur. Keçən il bu reyestrdə 950 "
    "nəfər var idi: ötən müddətdə 40 nəfərin taleyi aydınlaşıb, onlardan 33-nün qalıqları "
    "tapılıb. Hələ də yolunu gözlədiyimiz insanlar arasında 85 qadın var. Siyahıdakı "
    "şəxslərdən 300-ü hərbçidir."
)


def test_persons_in_the_list_last_year_take_its_fate():
    assert ("missing", "all", 950, None) in claim_fields(TEXT, "az", FIELDS)


def test_of_them_after_a_count_with_no_fate_is_of_no_figure():
    assert ("found_dead", "all", 33, None) in claim_fields(TEXT, "az", FIELDS)


def test_those_still_awaited_are_of_the_count_now():
    assert ("missing", "women", 85, 0) in claim_fields(TEXT, "az", FIELDS)


def test_those_on_the_list_are_of_its_count_not_of_a_part():
    text = (
        "Siyahıda 600 nəfər itkin düşmüş kimi qeyd olunur. Onlardan 45-nin qalıqları "
        "tapılıb. Siyahıdakı şəxslərdən 120-si hərbçidir."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("missing", "servicemen", 120, 0)


def test_a_list_with_no_fate_gives_none():
    # Near miss: a list named with no fate counts no one.
    text = "Bu siyahıda 300 nəfər var. Onlardan 12-si azad edilib."
    assert [c[0] for c in claim_fields(text, "az", FIELDS)] == ["released"]


def test_waiting_for_a_bus_is_no_fate():
    # Near miss: waiting, with no "yolunu gözlədiyimiz" of the families, is no fate.
    text = "Dayanacaqda avtobus gözləyən 12 sərnişin var idi."
    assert claim_fields(text, "az", FIELDS) == []


def test_persons_added_to_the_list_take_its_fate():
    text = (
        "Biz yoxa çıxarılmış 830 nəfərin siyahısını hazırlamışıq. Sonradan siyahıya daha "
        "26 nəfər əlavə edilib."
    )
    assert ("disappeared", "all", 26, None) in claim_fields(text, "az", FIELDS)


def test_there_names_the_list_of_its_sentence_again():
    text = (
        "Biz yoxa çıxarılmış 830 nəfərin siyahısını hazırlamışıq. Sonradan siyahıya yeni "
        "adlar əlavə edilib və indi orada 856 nəfər var, o cümlədən 40 qadın."
    )
    found = claim_fields(text, "az", FIELDS)
    assert ("disappeared", "all", 856, None) in found
    assert ("disappeared", "women", 40, found.index(("disappeared", "all", 856, None))) in found


def test_near_miss_there_with_no_list_in_its_sentence():
    # Near miss: "orada" after a village names the village, not the list before.
    text = (
        "Biz yoxa çıxarılmış 830 nəfərin siyahısını hazırlamışıq. Kəndə qayıtdıq, orada "
        "120 nəfər var."
    )
    assert [c[2] for c in claim_fields(text, "az", FIELDS)] == [830]


def test_near_miss_persons_added_to_a_group_of_no_list():
    # Near miss: persons added to a team are on no list of a fate.
    text = "Biz yoxa çıxarılmış 830 nəfərin siyahısını hazırlamışıq. Qrupa 5 nəfər əlavə edilib."
    assert [c[2] for c in claim_fields(text, "az", FIELDS)] == [830]


_BEFORE_WITH_THE_COPULA_ALONE = (
    "Reyestrdə bu gün itkin düşmüş 710 nəfər var. Yazda reyestrdə 760 nəfər "
    "idi; həmin vaxtdan 50 nəfərin taleyi aydınlaşıb: onlardan 41-nin meyiti tapılıb."
)


def test_persons_in_the_list_with_the_past_copula_alone():
    # "idi" alone, "var" (there were) left unsaid, counts the list's persons as "var idi" does.
    found = claim_fields(_BEFORE_WITH_THE_COPULA_ALONE, "az", FIELDS)
    assert ("missing", "all", 760, None) in found


def test_of_them_after_a_colon_and_a_count_with_no_fate_is_of_no_figure():
    found = claim_fields(_BEFORE_WITH_THE_COPULA_ALONE, "az", FIELDS)
    assert ("found_dead", "all", 41, None) in found
