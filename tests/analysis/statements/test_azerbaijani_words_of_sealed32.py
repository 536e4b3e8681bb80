"""Azerbaijani words the reader lacked: "bu göstərici" (this indicator) for another year's
figure, marks of violence on a body ("zorakılıq izləri"), suspects who are no victims, a home
not left ("evlərini tərk etmək istəmirlər"), persons brought out by the rescuers who speak
("çıxardıq"), deaths counted as cases ("ölüm hallarından ikisi"), a part named by the age of
the persons it is ("60 yaşdan yuxarı şəxslər idi"), a place's limit, a question whether
there is one ("uşaq varmı?") and a figure no longer current ("aktual deyil"). Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_another_years_figure_told_as_this_indicator():
    text = "Saxlanılma yerlərində il ərzində 15 nəfər vəfat edib; ötən il bu göstərici 11 idi."
    assert _read(text) == [("killed", "all", 15, None), ("killed", "all", 11, None)]


def test_this_indicator_takes_the_group_of_the_figure_it_names_again():
    text = (
        "Cəzaçəkmə müəssisələrində bu il 8 məhbus vəfat edib, 2022-ci ildə isə bu göstərici 5 olub."
    )
    assert _read(text) == [("killed", "prisoners", 8, None), ("killed", "prisoners", 5, None)]


def test_marks_of_violence_on_the_body_of_a_part():
    text = "Ötən il saxlanılma yerlərində 20 nəfər ölüb. Onlardan beşinin bədənində zorakılıq izləri tapılıb."
    assert _read(text) == [("killed", "all", 20, None), ("tortured", "all", 5, 0)]


def test_suspects_held_are_no_victims():
    text = "Bazarda baş verən partlayışda 12 nəfər yaralanıb. Polis iki şübhəli şəxsi saxlayıb."
    assert _read(text) == [("injured", "all", 12, None)]


def test_near_miss_persons_suspected_of_a_part_are_counted():
    text = "Əməliyyat zamanı qiyamda iştirakda şübhəli bilinən 19 nəfər saxlanılıb."
    assert _read(text) == [("detained", "all", 19, None)]


def test_those_who_will_not_leave_their_homes_are_no_displaced():
    text = (
        "Atəşkəs xəttinə yaxın kənddə 70-ə yaxın sakin qalıb, onlar evlərini tərk etmək istəmirlər."
    )
    assert _read(text) == []


def test_near_miss_those_who_left_their_homes():
    text = "Atəşdən sonra kəndin 150 sakini evlərini tərk edib."
    assert _read(text) == [("displaced", "all", 150, None)]


def test_persons_brought_out_by_the_rescuers_who_speak():
    text = "Bu gün səhər sahil kəndindən 33 nəfəri çıxara bildik, onlardan 14-ü uşaqdır."
    assert _read(text) == [("displaced", "all", 33, None), ("displaced", "children", 14, 0)]


def test_deaths_counted_as_cases():
    text = "Təcridxanada il ərzində 6 nəfər ölüb. Ölüm hallarından biri intihar, üçü isə xəstəlik nəticəsində baş verib."
    claims = _read(text)
    assert claims[0] == ("killed", "all", 6, None)
    assert ("killed", "all", 3, 0) in claims


def test_a_part_named_by_the_age_of_the_persons_it_is():
    text = (
        "Müəssisədə 740 məhbus saxlanılır. Onlardan 31-i qadın, 57-si 65 yaşdan yuxarı şəxslərdir."
    )
    assert _read(text) == [
        ("detained", "all", 740, None),
        ("detained", "women", 31, 0),
        ("detained", "elderly", 57, 0),
    ]


def test_a_places_limit_is_no_whole_of_the_parts_after_it():
    text = (
        "Təcridxanada 905 nəfər saxlanılırdı, halbuki onun limiti 600 nəfərdir. "
        "Onlardan 44-ü qadın idi."
    )
    assert _read(text) == [("detained", "all", 905, None), ("detained", "women", 44, 0)]


def test_a_question_whether_there_is_one_counts_no_one():
    text = (
        "Yanğında 7 nəfər həlak olub.\n"
        "SUAL: Həlak olanlar arasında qadın varmı?\n"
        "CAVAB: Bəli, onlardan üçü qadındır."
    )
    assert _read(text) == [("killed", "all", 7, None), ("killed", "women", 3, 0)]


def test_a_figure_no_longer_current_is_dropped():
    text = (
        'Hazırda qeydiyyatda 52.300 məcburi köçkün var. Mətbuatda yayılan "100 min köçkün" '
        "rəqəmi köhnə siyahılara əsaslanır və aktual deyil."
    )
    assert _read(text) == [("displaced", "all", 52300, None)]


def test_figures_said_to_be_outside_those_above_are_no_parts():
    text = (
        "Xəstəxanaya 40 yaralı gətirilib. Onlardan 25-i stasionar müalicəyə götürülüb, 6 nəfər "
        "reanimasiya şöbəsindədir. Yaralılara kömək edən 2 tibb işçisi də yüngül xəsarət alıb; "
        "onlar yuxarıdakı rəqəmlərə daxil deyil."
    )
    assert _read(text)[-1] == ("injured", "medical workers", 2, None)


def test_near_miss_without_the_note_the_helpers_are_a_part():
    text = (
        "Xəstəxanaya 40 yaralı gətirilib. Onlardan 25-i stasionar müalicəyə götürülüb, 6 nəfər "
        "reanimasiya şöbəsindədir. Yaralılara kömək edən 2 tibb işçisi də yüngül xəsarət alıb."
    )
    assert _read(text)[-1] == ("injured", "medical workers", 2, 0)


def test_the_right_figure_of_a_timed_correction_line_is_the_figure_told_before():
    text = (
        "10:40 Ölənlərin sayı 4-ə çatıb, 10 nəfər yaralanıb.\n"
        "13:05 Yaralıların sayı 13-dür.\n"
        "15:00 DÜZƏLİŞ. Saat 12:10-da yayılan xəbərdə yaralıların sayı səhvən 31 kimi "
        "göstərilmişdi. Düzgün rəqəm 13-dür."
    )
    assert _read(text) == [
        ("killed", "all", 4, None),
        ("injured", "all", 10, None),
        ("injured", "all", 13, None),
    ]


def test_parts_among_the_civilians_of_a_fate():
    text = (
        "Hücumda 20 nəfər həlak olub: 12 hərbçi və 8 mülki şəxs. Mülki ölənlər arasında 3 uşaq var."
    )
    assert _read(text)[-1] == ("killed", "children", 3, 2)


def test_near_miss_civilians_of_a_fate_never_counted_apart():
    text = "Hücumda 20 nəfər həlak olub. Mülki ölənlər arasında 3 uşaq var."
    assert _read(text) == [("killed", "all", 20, None), ("killed", "children", 3, 0)]


def test_patients_are_persons():
    text = "Xəstəxanada 9 pasiyent yaralanıb."
    assert _read(text) == [("injured", "all", 9, None)]


def test_an_earlier_report_below_the_toll_of_now_in_the_next_sentence_stands():
    text = (
        "Bazarda partlayış baş verib. İlk məlumatda 3 nəfərin öldüyü bildirilmişdi. "
        "Təəssüf ki, hazırda həlak olanların sayı 5 nəfərdir."
    )
    assert _read(text) == [("killed", "all", 3, None), ("killed", "all", 5, None)]


def test_near_miss_an_earlier_report_above_the_toll_of_now_is_corrected():
    text = (
        "Bazarda partlayış baş verib. İlk məlumatda 9 nəfərin öldüyü bildirilmişdi. "
        "Hazırda həlak olanların sayı 5 nəfərdir."
    )
    assert _read(text) == [("killed", "all", 5, None)]
