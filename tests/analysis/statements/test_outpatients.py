"""Persons given outpatient care after an event ("21 were treated as outpatients", «амбулаторное
лечение проходят 21 человек», "21 nəfərə ambulator yardım göstərilib") were hurt in it, and
not badly: a degree of harm, so a part of the hurt counted just before. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the blast 30 people were injured. Nine were admitted, and 21 were treated as "
         "outpatients.", "en"),
        ("После пожара ранены 30 человек. Амбулаторное лечение проходят 21 человек.", "ru"),
        ("Yanğın nəticəsində 30 nəfər xəsarət alıb. Onlardan 21 nəfərə ambulator yardım "
         "göstərilib.", "az"),
    ],
)  # fmt: skip
def test_outpatients_are_a_part_of_the_hurt(text, language):
    assert ("injured", 21, 0) in claim_fields(text, language, FIELDS)


def test_outpatients_alone_are_hurt():
    text = "Медики сообщили, что амбулаторную помощь получили 14 жителей посёлка."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 14, None)]
