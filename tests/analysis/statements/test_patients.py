"""A hospital's patients are persons counted ("patients", «пациенты», "xəstə"); the Azerbaijani
word is read by its forms, for "xəstəxana" (hospital) begins with it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("At the Wenlow infirmary three patients died of their burns overnight.", "en"),
        ("В ожоговом центре Сосновки ночью скончались три пациента.", "ru"),
        ("Yanıq mərkəzində gecə üç xəstə vəfat edib.", "az"),
    ],
)
def test_patients_who_died_are_counted(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", "all", 3)]


def test_an_age_before_the_patients_gives_their_group():
    text = "Qalabazar xəstəxanasında 70 yaşdan yuxarı dörd xəstə dünyasını dəyişib."
    assert claim_fields(text, "az", _FIELDS) == [("killed", "elderly", 4)]
