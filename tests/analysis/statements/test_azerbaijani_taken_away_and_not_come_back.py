"""Azerbaijani persons taken away and not heard of since have disappeared: no news of them at
all ("onlardan heç bir xəbər yoxdur"), or not come back ("aparıldı və geri qayıtmadı", or
"aparılanlardan heç biri geri dönməyib": none of those taken); and a count taken in the
passive and joined by "və" to the clause that says its fate is unknown. That none came back
is no zero of the released. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_no_news_at_all_of_the_taken():
    text = "Hücumçular 4 kişini özləri ilə aparıblar və onlardan heç bir xəbər yoxdur."
    assert _read(text) == [("disappeared", "men", 4, None)]


def test_taken_in_the_passive_and_not_come_back():
    text = "Səhər 7 qadın məntəqədən aparıldı və geri qayıtmadı."
    assert _read(text) == [("disappeared", "women", 7, None)]


def test_not_come_back_of_the_held():
    text = (
        "Anbarda 50-yə yaxın kişi saxlanılırdı. Gecə 5 kişi anbardan aparılıb və geri qayıtmayıb."
    )
    assert _read(text) == [("detained", "men", 50, None), ("disappeared", "men", 5, 0)]


def test_none_of_those_taken_came_back_after_a_semicolon():
    text = (
        "Hərbçilər 80-ə yaxın kişini saxlayıb. Onlardan 22-ni avtobuslara qoyub apardılar; "
        "aparılanlardan heç biri geri dönməyib."
    )
    assert _read(text) == [("detained", "men", 80, None), ("disappeared", "men", 22, 0)]


def test_none_came_back_is_no_zero_of_the_released():
    text = "Hərbçilər 80-ə yaxın kişini saxlayıb. Onlardan 22-ni aparıblar və heç biri geri qayıtmayıb."
    assert _read(text) == [("detained", "men", 80, None), ("disappeared", "men", 22, 0)]


def test_near_miss_some_of_those_taken_not_come_back_are_no_whole_taken_up():
    text = (
        "Hərbçilər 80-ə yaxın kişini saxlayıb. Onlardan 22-ni avtobuslara qoyub apardılar; "
        "aparılanlardan 9-u geri dönməyib."
    )
    assert ("disappeared", "men", 22, 0) not in _read(text)


def test_taken_by_someone_then_fate_unknown():
    text = "Kənddən 12 nəfər naməlum şəxslər tərəfindən aparılıb və taleyi hələ də məlum deyil."
    assert _read(text) == [("disappeared", "all", 12, None)]


def test_near_miss_missing_not_taken():
    text = "Daşqın zamanı 12 nəfər sel tərəfindən sürüklənib və taleyi hələ də məlum deyil."
    assert [c[0] for c in _read(text)] == ["missing"]


def test_near_miss_came_back():
    text = "Səhər 7 qadın məntəqəyə aparıldı və axşam geri qayıtdı."
    assert "disappeared" not in [c[0] for c in _read(text)]


def test_of_them_in_the_next_sentence_a_later_fate():
    text = (
        "Səhər 7 qadın məntəqədən aparıldı və geri qayıtmadı. "
        "Bir ay sonra onlardan 3-nün cəsədi meşədə tapılıb."
    )
    assert _read(text) == [("disappeared", "women", 7, None), ("found_dead", "women", 3, 0)]


def test_near_miss_of_them_two_sentences_on():
    text = (
        "Səhər 7 qadın məntəqədən aparıldı və geri qayıtmadı. Kənddə 20 ev yandırılıb. "
        "Sonra onlardan 3-nün cəsədi meşədə tapılıb."
    )
    assert ("found_dead", "women", 3, 0) not in _read(text)
