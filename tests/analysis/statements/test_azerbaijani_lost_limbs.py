"""An Azerbaijani limb or eye lost is an injury: "yaralananlardan 4-ü ayağını itirib",
"onlardan biri gözünü itirib". Papers or homes lost are no harm. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_leg_lost_by_a_part_of_the_wounded():
    text = "Partlayışda 3 nəfər ölüb, 10 nəfər yaralanıb. Yaralananlardan 4-ü ayağını itirib."
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", 4, 1)


def test_an_eye_lost_after_them():
    text = "Atəş nəticəsində 7 nəfər xəsarət alıb, onlardan biri gözünü itirib."
    assert claim_fields(text, "az", FIELDS) == [("injured", 7, None), ("injured", 1, 0)]


def test_papers_lost_are_no_injury():
    # Near miss: "sənədlərini itirib", their papers lost.
    text = "Partlayışda 3 nəfər ölüb, 10 nəfər yaralanıb. Yaralananlardan 4-ü sənədlərini itirib."
    assert claim_fields(text, "az", FIELDS) == [("killed", 3, None), ("injured", 10, None)]


def test_a_limb_named_by_the_general_word():
    text = (
        "Minaların partlaması nəticəsində 30 nəfər yaralanıb. Yaralananlardan 6-sı əzasını itirib."
    )
    assert claim_fields(text, "az", FIELDS) == [("injured", 30, None), ("injured", 6, 0)]


def test_near_miss_papers_lost():
    text = "30 nəfər yaralanıb. Onlardan 6-sı sənədlərini itirib."
    assert claim_fields(text, "az", FIELDS) == [("injured", 30, None)]
