"""Azerbaijani reports a fate not known in the verbal noun: "57 nəfərin taleyinin məlum
olmadığını təsdiq edib" (confirmed that the fate of 57 is not known), as "taleyi məlum deyil"
says it in a main clause; it is the same figure of the missing (the reader's one reading of a
fate unknown). A fate looked into ("taleyinin araşdırıldığını") is none. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_fate_not_known_reported():
    text = "Komissiya 38 nəfərin taleyinin hələ də məlum olmadığını təsdiq edib."
    assert claim_fields(text, "az", FIELDS) == [("missing", 38)]


def test_fate_unknown_in_one_word_reported():
    text = "Ailələr 12 nəfərin taleyinin naməlum olduğunu bildirir."
    assert claim_fields(text, "az", FIELDS) == [("missing", 12)]


def test_fate_looked_into_is_no_figure():
    # Near miss: the fate of twelve is being looked into, not said unknown.
    text = "Komissiya 12 nəfərin taleyinin araşdırıldığını bildirib."
    assert claim_fields(text, "az", FIELDS) == []
