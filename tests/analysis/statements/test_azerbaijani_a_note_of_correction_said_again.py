"""An Azerbaijani note of correction, a line opened by "Düzəliş", whose right figure the text
gives again in the same terms is one figure, not two; a note's figure the text gives nowhere
else stays the claim. Notes written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_right_figure_said_again_below_is_one_figure():
    text = (
        "DÜZƏLİŞ: Əvvəlki xəbərdə yaralıların sayı səhvən 41 kimi verilmişdi. Düzgün rəqəm 14-dür.\n\n"
        "Gəncəbad, 2 may. Dünənki partlayışda 14 nəfər yaralanıb."
    )
    assert claim_fields(text, "az", FIELDS) == [("injured", 14)]


def test_near_miss_a_right_figure_given_only_in_the_note_stays():
    text = (
        "DÜZƏLİŞ: Əvvəlki xəbərdə yaralıların sayı səhvən 41 kimi verilmişdi. Düzgün rəqəm 14-dür.\n\n"
        "Gəncəbad, 2 may. Dünənki partlayışda evlər dağılıb."
    )
    assert claim_fields(text, "az", FIELDS) == [("injured", 14)]
