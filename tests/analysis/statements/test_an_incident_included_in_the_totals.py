"""An incident's toll that the statement says is counted in its totals («Эти данные учтены в
общих цифрах», "These figures are included in the totals above", "bu rəqəmlər ümumi saylara
daxildir"): each of its figures is a part of the total of its act given before. Without such a
note the incident's figures stand alone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_russian_note_after_the_incident():
    text = (
        "За полгода от мин погибли 17 человек, ещё 40 получили ранения. "
        "3 мая на мине подорвался автобус: погибли четверо пассажиров, ещё шестеро ранены. "
        "Эти сведения включены в общие цифры."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 17, None),
        ("injured", 40, None),
        ("killed", 4, 0),
        ("injured", 6, 1),
    ]


def test_english_note_after_the_incident():
    text = (
        "Mines killed 30 people and injured 52 this year. "
        "On 2 June a truck hit a mine: 3 people were killed and 8 injured. "
        "These figures are included in the totals above."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", 30, None),
        ("injured", 52, None),
        ("killed", 3, 0),
        ("injured", 8, 1),
    ]


def test_azerbaijani_note_in_the_incidents_sentence():
    text = (
        "Bu il minalardan 20 nəfər həlak olub, 31 nəfər yaralanıb. "
        "İyunun 2-də 2 nəfər həlak olub, 5 nəfər yaralanıb; bu rəqəmlər ümumi saylara daxildir."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", 20, None),
        ("injured", 31, None),
        ("killed", 2, 0),
        ("injured", 5, 1),
    ]


def test_near_miss_no_note():
    text = (
        "За полгода от мин погибли 17 человек, ещё 40 получили ранения. "
        "3 мая на мине подорвался автобус: погибли четверо пассажиров, ещё шестеро ранены."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 17, None),
        ("injured", 40, None),
        ("killed", 4, None),
        ("injured", 6, None),
    ]
