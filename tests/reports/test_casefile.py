"""The demo case's file in every language and format, with the figures page's numbers."""

from __future__ import annotations

import html
import re
from typing import Any

from rightsledger.reports.texts import DEFINITIONS
from tests.reports.conftest import client_for, html_text, load_demo_case, pdf_text, render_bytes


def figures_page_rows(case: Any, user: Any) -> list[dict[str, Any]]:
    """Each figure of the figures page: label, documented count, claimed counts, estimate."""
    page = client_for(user).get(f"/c/{case.slug}/figures/")
    assert page.status_code == 200
    rows = []
    for key, body in re.findall(r'<tr data-figure="(\w+)"[^>]*>(.*?)</tr>', page.content.decode(),
                                re.S):  # fmt: skip
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", body, re.S)
        label = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", cells[0]))).strip()
        documented = re.search(r'class="figure-count">(\d+)<', cells[1])
        assert documented is not None
        claims = re.findall(r"(\d+) — ", cells[3])
        estimate = re.search(r">(\d+)</a> \((\d+)–(\d+)\)", cells[4])
        rows.append({"key": key, "label": label, "documented": documented.group(1),
                     "claims": claims, "estimate": estimate.groups() if estimate else None})  # fmt: skip
    return rows


def test_every_figure_of_the_figures_page_is_in_the_file_with_its_note(owner: Any) -> None:
    case = load_demo_case(owner)
    rows = figures_page_rows(case, owner)
    assert len(rows) == len(DEFINITIONS) == 13
    for fmt, read in (("pdf", pdf_text), ("html", html_text)):
        text = read(render_bytes(case, owner, fmt=fmt))
        notes = text[text.index("Notes to the figures") :]
        for row in rows:
            # "of whom women 45 [4]": the label, the page's number and its note.
            found = re.search(rf"{re.escape(row['label'])} {row['documented']} \[(\d+)\]", text)
            assert found, (fmt, row)
            note = re.search(rf"\[{found.group(1)}\] ([^\[]+)", notes)
            assert note, (fmt, row)
            unit = "households" if row["key"] == "families_with_no_survivor" else "person"
            assert f"{row['documented']} {unit}" in note.group(1), (fmt, note.group(1))
            for count in row["claims"]:
                claim = re.search(rf"{count} — [^\[]+\[(\d+)\]", text)
                assert claim, (fmt, row, count)
                assert "Claim #" in re.search(rf"\[{claim.group(1)}\] ([^\[]+)", notes).group(1)  # type: ignore[union-attr]
            if row["estimate"]:
                e, lo, hi = row["estimate"]
                estimate = re.search(rf"{e} \({lo}–{hi}\) \[(\d+)\]", text)
                assert estimate, (fmt, row)
                words = re.search(rf"\[{estimate.group(1)}\] ([^\[]+)", notes).group(1)  # type: ignore[union-attr]
                assert "fingerprint" in words
                assert f"{lo}–{hi}" in words


def test_the_demo_renders_in_every_language_and_format(owner: Any) -> None:
    case = load_demo_case(owner)
    titles = {"en": "Case file", "ru": "Материалы дела", "az": "İşin materialları"}
    for language in ("en", "ru", "az"):
        for fmt, read in (("pdf", pdf_text), ("html", html_text)):
            data = render_bytes(case, owner, fmt=fmt, language=language)
            assert data.startswith(b"%PDF-" if fmt == "pdf" else b"<!doctype html>")
            text = read(data)
            assert case.name in text
            assert titles[language] in text, (language, fmt)
            from rightsledger.reports.queries import record_head

            assert record_head(case, owner).entry_hash in text.replace(" ", "")
            # The victims of the demo's lists, in their scripts: Azerbaijani ə and Cyrillic.
            assert re.search(r"[əƏ]", text)
            assert re.search(r"[А-Яа-я]", text)


def test_every_figure_has_a_description(owner: Any) -> None:
    from rightsledger.records.figures import FIGURE_KEYS

    assert set(DEFINITIONS) == set(FIGURE_KEYS)
