"""What may be read as a statement (records.statements.statement_text), apart from where the
text comes from."""

from __future__ import annotations

import pytest

from rightsledger.errors import InputError
from rightsledger.records.statements import (
    MAX_STATEMENT_CHARACTERS,
    StatementTextError,
    statement_text,
)


def test_a_text_keeps_its_words_with_one_newline_convention() -> None:
    raw = "\ufeffОб этом сообщили 12 мая.\r\nПогибли 7 человек.\rРанены 3.".encode()
    assert statement_text(raw) == "Об этом сообщили 12 мая.\nПогибли 7 человек.\nРанены 3."
    assert statement_text("a\r\nb") == "a\nb"


def test_a_stray_control_character_is_text_many_are_not() -> None:
    page = "Page one: 40 killed.\f" + "Page two: 12 injured. " * 10
    assert statement_text(page) == page
    with pytest.raises(StatementTextError, match="binary content"):
        statement_text("12 killed\x00")
    with pytest.raises(StatementTextError, match="binary content"):
        statement_text("12 killed " + "\x01\x02\x03" * 5)


def test_limits_and_emptiness_are_named() -> None:
    with pytest.raises(StatementTextError, match="too long"):
        statement_text("a" * (MAX_STATEMENT_CHARACTERS + 1))
    with pytest.raises(StatementTextError, match="empty"):
        statement_text(" \n\t ")
    # The user's to mend: every surface shows it as its message alone.
    assert issubclass(StatementTextError, InputError)
