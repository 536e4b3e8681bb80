"""Those let go, named by the plural of the participle ("buraxılanlar", "buraxılanlardan
üçü"), are the released: a part of them counted after ("of those let go, three …") is a part
of the released. The singular participle names as often a thing launched ("buraxılan
raket"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_a_part_of_those_let_go_is_a_part_of_the_released():
    text = (
        "Polis aksiyada 30 nəfəri saxlayıb. Onlardan 12-si axşam sərbəst buraxılıb; "
        "buraxılanlardan ikisi xəstəxanaya yerləşdirilib."
    )
    assert _read(text) == [("detained", 30, None), ("released", 12, 0), ("injured", 2, 1)]


def test_near_miss_rockets_launched_count_no_persons():
    assert _read("Gecə ərzində kəndə doğru 12 raket buraxılıb.") == []
