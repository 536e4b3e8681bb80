"""Russian «Ещё N» opening the sentence after a part told by a fate of its own counts more of
the first whole when its fate is another one («… Двое заложников погибли. Ещё четверых
вывезли»); told by the whole's own act («… 20 задержанных избиты. Ещё 14 человек задержаны»),
it counts more of those the whole counts, beside them, not among them. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_more_of_the_wholes_act_stand_beside_it():
    text = (
        "В городе задержаны 300 человек. Не менее 20 задержанных избиты. Ещё 14 человек были "
        "задержаны у здания суда."
    )
    assert ("detained", 14, None) in claim_fields(text, "ru", FIELDS)


def test_another_fate_of_the_whole_is_among_it():
    # Near miss: a fate other than the whole's own is of more persons of that whole.
    text = (
        "Боевики захватили 30 заложников. Двое заложников погибли. Ещё четверых боевики "
        "вывезли в неизвестном направлении."
    )
    assert ("disappeared", 4, 0) in claim_fields(text, "ru", FIELDS)
