"""The figures table groups its digits as the reader's language does (the `num` filter the
dashboard uses), so that a national registry's 1,889,870 is read at a glance."""

from __future__ import annotations

from types import SimpleNamespace

from django.template.loader import render_to_string
from django.utils import translation

from rightsledger.registry.stats import FigureRow


def _table(language: str) -> str:
    row = FigureRow(
        key="killed", label="killed", part_of="", documented=1889870,
        by_source={"List of the dead": 1234567}, conflicts=0, awaiting_review=0, claims=[],
        estimate={"id": 1, "estimate": 2103456.7, "lower": 1990000.2, "upper": 2250001.9},
        sources=1,
    )  # fmt: skip
    context = {"figures": SimpleNamespace(rows=[row]), "case": SimpleNamespace(slug="c")}
    with translation.override(language):
        return render_to_string("registry/_figures.html", context)


def test_english_groups_by_commas() -> None:
    html = _table("en")
    assert 'class="figure-count">1,889,870</a>' in html
    assert "List of the dead: 1,234,567" in html
    assert ">2,103,457</a> (1,990,000–2,250,002)" in html


def test_russian_groups_by_spaces() -> None:
    html = _table("ru")
    assert 'class="figure-count">1\xa0889\xa0870</a>' in html
    assert "List of the dead: 1\xa0234\xa0567" in html
    assert ">2\xa0103\xa0457</a>" in html
