"""An Azerbaijani note of correction that names its wrong count as given by mistake ("sayı
səhvən 90 nəfər kimi göstərilmişdi") has said what it corrects: the story after it gives the
right figures, and a later figure of the same act there, another source's, corrects none of
them. Notes written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_another_sources_count_after_the_note_corrects_nothing():
    text = (
        "DÜZƏLİŞ: Əvvəlki xəbərdə yaralıların sayı səhvən 90 nəfər kimi göstərilmişdi. Düzgün "
        "rəqəm aşağıda verilir.\n\n"
        "Dağkənd, 3 aprel. Səhiyyə Nazirliyinin məlumatına görə, 19 nəfər yaralanıb. Yerli "
        "sakinlər isə yaralıların sayının 40-ı keçdiyini bildirirlər."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", 19, "exact"),
        ("injured", 40, "at_least"),
    ]


def test_near_miss_a_note_that_names_no_count_by_mistake_still_replaces():
    text = (
        "Düzəliş. 3 aprel tarixli xəbərdə 90 nəfərin yaralandığı bildirilir. Səhiyyə "
        "Nazirliyinin məlumatına görə, yaralananların sayı 19 nəfərdir."
    )
    assert claim_fields(text, "az", FIELDS) == [("injured", 19, "exact")]
