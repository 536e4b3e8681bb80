"""Places named in a list ("the villages of A, B and C") are each a place; names that only
follow a place are not."""

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Rockets struck the villages of Tovuzlu and Saryhan overnight.", "en",
         ["Tovuzlu", "Saryhan"]),
        ("Fighting reached the districts of Orbeli, Kerchan and Mazra on Sunday.", "en",
         ["Orbeli", "Kerchan", "Mazra"]),
        ("The Orbeli and Kerchan districts lost power.", "en", ["Orbeli", "Kerchan"]),
        ("Артиллерия била по сёлам Туршсу, Кечили и Мазра.", "ru", ["Туршсу", "Кечили", "Мазра"]),
        ("Ətyeməzli və Sarıhan kəndləri boşaldılıb.", "az", ["Ətyeməzli", "Sarıhan"]),
    ],
)  # fmt: skip
def test_every_place_of_a_list_is_proposed(text, language, names):
    places = read_statement(text, language).places
    assert [p.name for p in places] == names
    for place in places:
        assert text[place.span[0] : place.span[1]] == place.as_stated


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # The list ends at its "and": who comes after is no place of it.
        ("Shells fell on the villages of Tovuzlu, Saryhan and Mazra, and Major Kerimov "
         "ordered the evacuation.", "en", ["Tovuzlu", "Saryhan", "Mazra"]),
        # A people named beside a place is no place.
        ("the villages of Tovuzlu and Armenian positions", "en", ["Tovuzlu"]),
        ("Two men died in Tovuzlu and Azerbaijani troops left.", "en", ["Tovuzlu"]),
        # Without a word for places in the plural, a name joined to a place is not taken.
        ("In Tovuzlu, Mr Orlov and Ms Hakobyan met the families.", "en", ["Tovuzlu"]),
    ],
)  # fmt: skip
def test_names_beside_a_list_of_places_are_not_places(text, language, names):
    assert [p.name for p in read_statement(text, language).places] == names


def test_a_plural_in_ies_is_a_word_for_places_too():
    text = "Shelling hit the cities of Tarnel and Ostrova overnight."
    assert [p.name for p in read_statement(text, "en").places] == ["Tarnel", "Ostrova"]
