"""A plural noun in the genitive before a part with "də" ("Jurnalistlərin üçünü də", the
three journalists too) names those persons again: the part is the figure counting as many of
them, though others were counted after it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_journalists_named_again_after_others():
    text = (
        "Polis 3 jurnalisti saxlayıb. Sonra 20 fəalı da saxladılar. Jurnalistlərin üçünü də "
        "axşam buraxdılar."
    )
    assert _read(text) == [
        ("detained", "journalists", 3, None),
        ("detained", "all", 20, None),
        ("released", "journalists", 3, 0),
    ]


def test_near_miss_no_group_named():
    text = "Polis 3 jurnalisti saxlayıb. Sonra 20 fəalı da saxladılar. Üçünü axşam buraxdılar."
    assert ("released", "journalists", 3, 0) not in _read(text)
