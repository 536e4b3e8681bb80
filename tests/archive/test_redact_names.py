"""Shared and published exports find a protected name however a text writes its letters.

The letters Azerbaijani and Turkish write apart (ı and i, İ and I, ə and e, ş and s) and the
Cyrillic spelling of the same name are one name to the export's redaction, as they are to
the protection scan: what is found is replaced by the pseudonym, and nothing found is left.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rightsledger.archive.bag import export_bag
from rightsledger.archive.redact import WORD_MARK, plan_redaction
from rightsledger.cases.actions import update_object
from rightsledger.protection.actions import protect_person
from rightsledger.records.actions import create_person

RECORDED = ("Qasımov Kazım", "İlqar Şahinov", "Əliyeva Leyla", "Гусейнова Севиль")
WRITTEN = {
    "Qasımov Kazım": ["Qasımov Kazım", "Qasimov Kazim", "QASIMOV KAZIM", "qasımov kazım",
                      "Kazım Qasımov", "Касымов Казым"],
    "İlqar Şahinov": ["İlqar Şahinov", "Ilqar Sahinov", "ILQAR ŞAHINOV", "ilqar şahinov",
                      "İLQAR ŞAHİNOV"],
    "Əliyeva Leyla": ["Əliyeva Leyla", "Eliyeva Leyla", "ƏLİYEVA LEYLA", "Aliyeva Leyla",
                      "Алиева Лейла"],
    "Гусейнова Севиль": ["Гусейнова Севиль", "ГУСЕЙНОВА СЕВИЛЬ", "гусейнова севиль",
                         "Huseynova Sevil", "Hüseynova Sevil"],
}  # fmt: skip


@pytest.fixture
def protected(case: Any, owner: Any) -> dict[str, str]:
    """Recorded name → the pseudonym that replaces it."""
    aliases = {}
    for name in RECORDED:
        person = create_person(case=case, acting_user=owner, names=[{"value": name}])
        aliases[name] = protect_person(person, category="witness", acting_user=owner).pseudonym
    return aliases


@pytest.mark.parametrize("purpose", ["sharing", "publication"])
def test_every_spelling_is_replaced_by_the_pseudonym(
    case: Any, protected: dict[str, str], purpose: str
) -> None:
    plan = plan_redaction(case, purpose, recipient="Commission")
    for recorded, spellings in WRITTEN.items():
        for written in spellings:
            text = f"The statement of {written}, taken in May."
            scrubbed, changed = plan.scrub({"notes": [text]})
            assert changed, written
            assert scrubbed == {"notes": [f"The statement of {protected[recorded]}, taken in May."]}
            assert plan.redact_text(text) == scrubbed["notes"][0]
            assert plan.mentions(text), written


def test_a_word_of_a_name_alone_is_marked_in_evidence_text(
    case: Any, protected: dict[str, str]
) -> None:
    plan = plan_redaction(case, "publication")
    for word in ("Qasimov", "KAZIM", "Şahinov", "Sahinov", "Eliyeva", "Севиль"):
        text = f"Then {word} left."
        assert plan.mentions(text), word
        assert plan.redact_text(text) == f"Then {WORD_MARK} left.", word
    assert not plan.mentions("Then the convoy left.")
    assert plan.scrub("Then Qasimov left.") == ("Then Qasimov left.", False)  # words: evidence only


def test_an_export_replaces_each_spelling(
    case: Any, owner: Any, protected: dict[str, str], tmp_path: Path
) -> None:
    """Texts that write the names otherwise than the record did no longer stop the export."""
    other = create_person(case=case, acting_user=owner, names=[{"value": "Rəşid Bağırov"}])
    notes = " / ".join(w for spellings in WRITTEN.values() for w in spellings)
    update_object(other, acting_user=owner, notes=f"Met {notes} at the checkpoint.")
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    persons = json.loads((path / "data/records/records.person.json").read_text())
    shared = next(p["fields"]["notes"] for p in persons if p["pk"] == other.pk)
    assert (
        shared
        == "Met "
        + " / ".join(protected[r] for r, spellings in WRITTEN.items() for _ in spellings)
        + " at the checkpoint."
    )
    everything = b"".join(f.read_bytes() for f in path.rglob("*") if f.is_file()).decode()
    for spellings in WRITTEN.values():
        for written in spellings:
            assert written not in everything, written
    assert "Rəşid Bağırov" in everything  # nobody else is redacted
