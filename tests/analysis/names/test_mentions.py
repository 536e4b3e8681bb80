"""Known persons' names found in free text: any script, either order, case endings,
initials; words of a name alone only when asked; every name word masked in excerpts."""

from __future__ import annotations

import pytest

from rightsledger.analysis.names.mentions import MASK, NameFinder

FINDER = NameFinder({
    "leyla": ["Leyla Həsən qızı Əliyeva", "Лейла Алиева"],
    "qasim": ["Qasım Məmmədov"],
    "rauf": ["Rauf"],
    "turana": ["Qasımova Turanə"],
    "elmira": ["Elmira Yusifova"],
})  # fmt: skip


def found(text: str, *, words: bool = False) -> list[tuple[str, str, bool]]:
    return [(text[m.start : m.end], m.person, m.whole) for m in FINDER.find(text, words=words)]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Witness Leyla Əliyeva said", "Leyla Əliyeva", "leyla"),
        ("Əliyeva, Leyla saw it", "Əliyeva, Leyla", "leyla"),  # surname first, a comma
        ("показания Алиевой Лейлы", "Алиевой Лейлы", "leyla"),  # Russian endings
        ("Leyla Əliyevanın evi", "Leyla Əliyevanın", "leyla"),  # Azerbaijani ending
        ("Aliyeva Leyla Hasan kizi", "Aliyeva Leyla Hasan", "leyla"),  # unrecorded spelling
        ("Л. Алиева видела", "Л. Алиева", "leyla"),  # an initial
        ("testimony of Aliyeva L., p. 4", "Aliyeva L", "leyla"),
        ("Лейла Гасан кызы Алиева", "Лейла Гасан кызы Алиева", "leyla"),  # patronymic
        ("Касум Мамедов убит", "Касум Мамедов", "qasim"),  # Qasım is Касум (renderings)
        ("Mammadov Gasim", "Mammadov Gasim", "qasim"),
        ("Rauf came", "Rauf", "rauf"),  # a one-word name
        ("Касумова Турана", "Касумова Турана", "turana"),  # the surname's root (Qasım/Касум)
        ("Turana Kasimova said", "Turana Kasimova", "turana"),
        ("Юсуфова Эльмира", "Юсуфова Эльмира", "elmira"),  # Yusif is Юсуф
        ("Yusifova El'mira", "Yusifova El'mira", "elmira"),  # an apostrophe inside a word
    ],
)
def test_a_name_is_found(text: str, name: str, person: str) -> None:
    assert found(text) == [(name, person, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Kamal Aliyev and Leyla Hüseynova were interviewed",  # other persons
        "The weather in Qarabağ",
        "Ali Mammadli, Alim Qasımzadə and Lale",
        "Leyla said that Əliyeva",  # two words, but not together
        "Мамедова Лейла",  # words of two different persons
        "",
    ],
)
def test_unrelated_text_names_nobody(text: str) -> None:
    assert found(text) == []


def test_words_alone_are_found_when_asked() -> None:
    text = "Əliyeva said that Гусейн and Qasımov left"
    assert found(text) == []
    assert found(text, words=True) == [
        ("Əliyeva", "leyla", False), ("Qasımov", "qasim", False),
        ("Qasımov", "turana", False),  # her surname, masculine: a word of it
    ]  # fmt: skip
    # A one-word name is the whole name, with endings too (Рауфа; also Raufov, alas).
    assert found("Рауфа и Raufov") == [("Рауфа", "rauf", True), ("Raufov", "rauf", True)]


def test_excerpts_mask_every_word_of_every_name() -> None:
    text = (
        "A long preamble that goes on and on before the part that matters here, then "
        "the witness Лейла Алиева (see also Qasım and L. Aliyeva) spoke. Many more words "
        "follow the name until the end of this rather long text."
    )
    mention = FINDER.find(text)[0]
    excerpt = FINDER.excerpt(text, mention, width=30)
    assert excerpt.startswith("…")
    assert excerpt.endswith("…")
    assert f"witness {MASK} {MASK} (see also {MASK} and {MASK}. {MASK}" in excerpt
    for word in ("Лейла", "Алиева", "Qasım", "Aliyeva"):
        assert word not in excerpt
    # The edges are whole words: no part of a name is cut into view.
    cut = FINDER.excerpt("Əliyeva Leyla", FINDER.find("Əliyeva Leyla")[0], width=0)
    assert cut == f"{MASK} {MASK}"


def test_nobody_to_find() -> None:
    empty = NameFinder({"x": ["", "-"]})
    assert empty.empty
    assert empty.find("Leyla Əliyeva") == []
    assert empty.masked("a b") == "a b"
