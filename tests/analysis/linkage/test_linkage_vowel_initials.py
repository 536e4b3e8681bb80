"""An initial of one vowel is not a name that begins with a vowel no list writes for it."""

from __future__ import annotations

from tests.analysis.linkage.pair_level import level_of

FULL = {"full_name": "Нагиев Ильхам Ахмедович"}


def _label(part: str, right: dict[str, str]) -> str:
    return str(level_of(FULL, right, part).label_for_charts)


def test_an_a_is_no_ilham_and_an_i_is() -> None:
    # İlham is Ильхам and Ilham in every list: never A.
    assert _label("given_name", {"full_name": "A.A. Nagiyev"}) == "All other comparisons"
    assert _label("given_name", {"full_name": "I.A. Nagiyev"}) == "initial compatible"
    assert _label("given_name", {"full_name": "Нагиев И.А."}) == "initial compatible"


def test_the_fathers_initial_is_held_to_the_same_rule() -> None:
    assert _label("patronymic", {"full_name": "Nagiyev I.I."}) == "All other comparisons"
    assert _label("patronymic", {"full_name": "Nagiyev I.Ə."}) == "initial compatible"


def test_a_name_beginning_ye_may_be_either() -> None:
    yelena = {"full_name": "Нагиева Елена Ахмедовна"}
    for initials in ("Nagiyeva Y.A.", "Nagiyeva E.A.", "Нагиева Е.А."):
        assert str(level_of(yelena, {"full_name": initials}, "given_name").label_for_charts) == (
            "initial compatible"
        ), initials
