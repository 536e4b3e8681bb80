"""A whole named again to break it down ("Həlak olan 54 nəfərdən 9-u uşaqdır", after "54 nəfər
həlak olub") is the figure given before: its parts are that figure's, and it is no figure of
its own. Another count named so is another figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_toll_named_again_in_the_ablative():
    text = "Rüb ərzində 38 nəfər öldürülüb. Öldürülən 38 nəfərdən 6-sı qadındır."
    assert _read(text) == [("killed", "all", 38, None), ("killed", "women", 6, 0)]


def test_near_miss_another_count_is_another_figure():
    text = "Rüb ərzində 38 nəfər öldürülüb. Ötən rübdə öldürülən 25 nəfərdən 6-sı qadın idi."
    assert _read(text) == [
        ("killed", "all", 38, None),
        ("killed", "all", 25, None),
        ("killed", "women", 6, 1),
    ]
