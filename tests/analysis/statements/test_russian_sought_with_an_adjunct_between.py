"""«в розыске … числятся»: persons listed as sought are missing, with the applications
they are sought by between «в розыске» and the verb. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_sought_with_an_adjunct_between():
    text = "На 1 марта в розыске по обращениям семей числятся 3 215 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("missing", 3215)]
