"""«Половина из 80 человек, удерживаемых на базе, — женщины»: the participle set off after
the whole of a share says what the whole is, as one right after it does («из 80
задержанных»). A participle of no act says nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_whole_held_past_a_comma():
    assert claim_fields("Половина из 80 человек, удерживаемых на базе, — женщины.", "ru") == [
        ("detained", "all", 80, None, None, "exact", None)
    ]


def test_a_whole_described_by_no_act_is_no_figure():
    assert claim_fields("Большинство из 340 жителей, опрошенных нами, — женщины.", "ru") == []
