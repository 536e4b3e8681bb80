"""A table whose header was broken over two lines when pasted has fewer header cells than its
rows: it is read as far as it goes, never with an error."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def test_a_row_longer_than_its_header_reads_without_error() -> None:
    text = (
        "Town | Detained | of whom\n"
        " minors | Freed without charge\n"
        "Orla | 40 | 6 | 22\n"
        "Brent | 15 | 2 | 9\n"
    )
    claims = read_statement(text, "en").to_dict()["claims"]
    assert all(text[c["start"] : c["end"]] == c["as_stated"] for c in claims)
    assert ("detained", 40) in {(c["category"], c["count"]) for c in claims}


def test_a_header_as_long_as_its_rows_gives_each_column() -> None:
    # Near miss: the same table with its header on one line reads every column.
    text = "Town | Detained | of whom minors | Freed without charge\nOrla | 40 | 6 | 22\n"
    claims = read_statement(text, "en").to_dict()["claims"]
    assert [(c["category"], c["subgroup"], c["count"]) for c in claims] == [
        ("detained", "all", 40),
        ("detained", "children", 6),
        ("released", "all", 22),
    ]
