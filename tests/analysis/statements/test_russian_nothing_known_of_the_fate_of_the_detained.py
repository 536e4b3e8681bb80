"""«Комитет сожалеет об отсутствии информации о судьбе порядка 50 человек, задержанных …, и о
том, что останки троих из них были обнаружены»: that nothing is known of the fate of persons
detained, said before the word of fate («нет информации о судьбе», «об отсутствии сведений о
судьбе»), makes them disappeared, as «судьба … неизвестна» after it does; the remains of some
of the detained found are a part of them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


def test_no_information_on_the_fate_of_the_detained():
    text = (
        "Комитет сожалеет об отсутствии информации о судьбе порядка 50 человек, задержанных "
        "в ходе демонстраций, и о том, что останки троих из них были обнаружены в 2024 году."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("disappeared", 50, "about", None),
        ("found_dead", 3, "exact", 0),
    ]


def test_no_news_of_the_fate():
    text = "Родственники не имеют сведений о судьбе 12 человек, задержанных на блокпосту."
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", 12, "exact", None)]


def test_reports_on_the_fate_say_nothing_unknown():
    # Near miss: the fate is spoken of, not said to be unknown.
    text = "Сообщения о судьбе 12 человек, задержанных на блокпосту, противоречивы."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 12, "exact", None)]
