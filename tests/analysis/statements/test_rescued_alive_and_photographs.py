"""Persons rescuers brought out alive ("16 nəfəri sağ çıxarıb") are no figure, as persons
found alive are not; photographs counted (en, ru, az) are things. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def test_persons_brought_out_alive_are_no_figure():
    text = "Xilasedicilər uçqun altından 9 nəfəri sağ çıxarıb, 3 nəfərin meyiti tapılıb."
    assert claim_fields(text, "az", ("category", "count")) == [("found_dead", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Please bring two or three recent photographs of the missing person.", "en"),
        ("Принесите две-три фотографии пропавшего человека.", "ru"),
        ("İtkin düşən şəxsin 3 fotoşəklini gətirin.", "az"),
    ],
)
def test_photographs_are_things(text, language):
    assert claim_fields(text, language, ("category", "count")) == []
