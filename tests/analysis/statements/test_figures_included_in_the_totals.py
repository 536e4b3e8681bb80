"""Figures said to be included in the totals above are parts of the total of their fate: "These
figures are included in the totals above", «Эти данные учтены в общих цифрах выше», "bu
rəqəmlər ümumi saylara daxildir". Denied ("not included", «не включены»), they stay beside
the totals. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_included_in_the_totals_in_a_sentence_of_their_own():
    text = (
        "Mines killed 41 people and injured 66 in the first half of the year. In April a "
        "tractor struck a mine: 3 farmers were killed and 2 injured. These figures are "
        "included in the totals above."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", 41, None),
        ("injured", 66, None),
        ("killed", 3, 0),
        ("injured", 2, 1),
    ]


def test_near_miss_not_included():
    text = (
        "Mines killed 41 people and injured 66 in the first half of the year. In April a "
        "tractor struck a mine: 3 farmers were killed and 2 injured. These figures are not "
        "included in the totals above."
    )
    assert [parent for _, _, parent in claim_fields(text, "en", FIELDS)] == [None] * 4


def test_included_in_russian():
    text = (
        "За полгода погибли 41 человек, ещё 66 получили ранения. В апреле трактор подорвался "
        "на мине: погибли трое, ещё двое ранены. Эти данные учтены в общих цифрах выше."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("killed", 3, 0) in claims
    assert ("injured", 2, 1) in claims


def test_included_in_azerbaijani_in_the_same_sentence():
    text = (
        "Altı ayda 41 nəfər həlak olub, 66 nəfər yaralanıb. Aprelin 3-də traktor minaya düşüb, "
        "3 nəfər həlak olub, 2 nəfər yaralanıb; bu rəqəmlər ümumi saylara daxildir."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("killed", 3, 0) in claims
    assert ("injured", 2, 1) in claims


def test_near_miss_included_in_no_total():
    text = "Altı ayda 41 nəfər həlak olub. Aprelin 3-də daha 3 nəfər həlak olub; onlar siyahıya daxildir."
    assert ("killed", 3, None) in claim_fields(text, "az", FIELDS)
