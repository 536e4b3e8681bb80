"""The shipped catalogue: complete, consistent, translated, and loaded once per version."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from rightsledger.cases.history import verify_chain
from rightsledger.cases.models import HistoryEntry
from rightsledger.legal.actions import update_catalogue_entry
from rightsledger.legal.catalogue_files import (
    CATALOGUE_DIR,
    CatalogueError,
    catalogue_hash,
    read_catalogue,
)
from rightsledger.legal.loading import load_catalogue
from rightsledger.legal.models import (
    ActTypeMapping,
    CatalogueRelease,
    Crime,
    Element,
    Instrument,
    Origin,
    Provision,
)
from rightsledger.legal.texts import missing_languages
from rightsledger.records.vocabulary import ActType

# The number of elements of each crime in the ICC Elements of Crimes (written down here from
# that document, not from the data files under test).
ICC_ELEMENT_COUNTS = {
    "6(a)": 4, "6(b)": 4, "6(c)": 5, "6(e)": 7,
    "7(1)(a)": 3, "7(1)(b)": 4, "7(1)(d)": 5, "7(1)(e)": 5, "7(1)(f)": 5, "7(1)(g)-1": 4,
    "7(1)(h)": 6, "7(1)(i)": 8, "7(1)(k)": 5,
    "8(2)(a)(i)": 5, "8(2)(a)(ii)-1": 6, "8(2)(a)(iii)": 5, "8(2)(a)(iv)": 7,
    "8(2)(a)(vii)-1": 5, "8(2)(a)(vii)-2": 5, "8(2)(a)(viii)": 7, "8(2)(b)(i)": 5,
    "8(2)(b)(viii)": 3, "8(2)(b)(xiii)": 7, "8(2)(b)(xvi)": 5, "8(2)(b)(xxii)-1": 4,
    "8(2)(c)(i)-1": 5, "8(2)(c)(i)-4": 6, "8(2)(c)(iii)": 7, "8(2)(e)(i)": 5,
    "8(2)(e)(v)": 5, "8(2)(e)(vi)-1": 4, "8(2)(e)(viii)": 5, "8(2)(e)(xii)": 7,
}  # fmt: skip
# The crimes the catalogue must have at the least: genocide by killing, serious harm,
# conditions of life, transfer of children; murder, extermination, deportation or transfer,
# imprisonment, torture, enforced disappearance, persecution, other inhumane acts; wilful
# killing, torture, hostage-taking, attacking civilians, destruction of property, unlawful
# deportation.
REQUIRED_CRIMES = {
    "6(a)", "6(b)", "6(c)", "6(e)", "7(1)(a)", "7(1)(b)", "7(1)(d)", "7(1)(e)", "7(1)(f)",
    "7(1)(i)", "7(1)(h)", "7(1)(k)", "8(2)(a)(i)", "8(2)(a)(ii)-1", "8(2)(a)(viii)",
    "8(2)(b)(i)", "8(2)(a)(iv)", "8(2)(a)(vii)-1",
}  # fmt: skip
INSTRUMENTS = {"ICCPR", "ICESCR", "ICERD", "CAT", "CRC", "OPAC", "CEDAW", "CED", "CPPCG",
               "GCI", "GCII", "GCIII", "GCIV", "API", "APII", "RS"}  # fmt: skip
ROME_STATUTE = {"RS 6", "RS 6(a)", "RS 7(1)", "RS 7(1)(a)", "RS 8(2)(a)(i)", "RS 25(3)(a)",
                "RS 28(a)", "RS 28(b)", "RS 30"}  # fmt: skip


def numbered(code: str) -> list[Element]:
    return list(Element.objects.filter(crime__code=code, number__gt=0).order_by("number"))


def test_every_listed_crime_has_its_icc_elements_in_order(catalogue: None) -> None:
    codes = set(Crime.objects.values_list("code", flat=True))
    assert codes >= REQUIRED_CRIMES
    assert codes == set(ICC_ELEMENT_COUNTS)
    for code, count in ICC_ELEMENT_COUNTS.items():
        assert [e.number for e in numbered(code)] == list(range(1, count + 1)), code


def test_every_crime_has_elements_of_each_kind(catalogue: None) -> None:
    for crime in Crime.objects.all():
        kinds = {e.kind for e in numbered(crime.code)}
        assert kinds == {"material", "mental", "contextual"}, crime.code
        general = Element.objects.get(crime=crime, number=0)  # article 30
        assert general.kind == "mental"
        assert "article 30" in general.text["en"]


def test_genocide_carries_its_specific_intent(catalogue: None) -> None:
    for crime in Crime.objects.filter(category="genocide"):
        intent = [e for e in numbered(crime.code) if e.specific_intent]
        assert len(intent) == 1, crime.code
        assert intent[0].kind == "mental"
        assert intent[0].number == 3  # third in the Elements of Crimes, after the group
        assert "destroy" in intent[0].text["en"]
    assert not Element.objects.filter(specific_intent=True).exclude(crime__category="genocide")


def test_contextual_elements_match_the_kind_of_crime(catalogue: None) -> None:
    for crime in Crime.objects.all():
        contexts = {e.context_key for e in numbered(crime.code) if e.kind == "contextual"}
        expected = {
            "genocide": "genocide-pattern",
            "crime_against_humanity": "cah-attack",
        }.get(crime.category) or {
            "international": "international-armed-conflict",
            "non_international": "non-international-armed-conflict",
        }[crime.conflict]
        assert expected in contexts, crime.code
        # The last numbered elements of a war crime: the conflict, and awareness of it.
        if crime.category == "war_crime":
            last_two = numbered(crime.code)[-2:]
            assert [e.kind for e in last_two] == ["contextual", "mental"], crime.code


def test_the_instruments_and_rome_statute_articles_are_there(catalogue: None) -> None:
    assert set(Instrument.objects.values_list("code", flat=True)) == INSTRUMENTS
    codes = set(Provision.objects.values_list("code", flat=True))
    assert codes >= ROME_STATUTE
    for crime in Crime.objects.select_related("provision"):
        assert crime.provision.code.startswith("RS ")
    for instrument in Instrument.objects.all():
        assert instrument.provisions.exists(), instrument.code
        assert instrument.published_in, instrument.code
        assert instrument.adopted_on is not None, instrument.code
        assert not missing_languages(instrument.edition), instrument.code


def test_english_and_russian_are_complete_and_azerbaijani_started() -> None:
    texts = read_catalogue().texts()
    assert len(texts) > 500
    missing = [(where, missing_languages(t)) for where, t in texts if missing_languages(t)]
    assert missing == []
    in_azerbaijani = sum(1 for _where, t in texts if t.get("az"))
    assert in_azerbaijani / len(texts) > 0.5


def test_every_act_type_but_other_is_mapped(catalogue: None) -> None:
    mapped = set(
        ActTypeMapping.objects.filter(case__isnull=True).values_list("act_type", flat=True)
    )
    assert mapped == set(ActType.values) - {"other"}
    killing = ActTypeMapping.objects.filter(act_type="killing", case__isnull=True)
    assert {m.crime.code for m in killing if m.crime} >= {"7(1)(a)", "8(2)(a)(i)", "6(a)"}
    assert {m.provision.code for m in killing if m.provision} >= {"ICCPR 6", "GCIV 32", "GCIV 147"}


def copy_catalogue(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, target)
    return target


def release(folder: Path, version: str | None = None) -> None:
    """Record the files' hash in the copy's release.yaml (and a new version), as a release."""
    path = folder / "release.yaml"
    text = re.sub(r"(?m)^files_sha256: .*$", f"files_sha256: {catalogue_hash(folder)}",
                  path.read_text(encoding="utf-8"))  # fmt: skip
    if version is not None:
        text = re.sub(r'(?m)^version: ".*"$', f'version: "{version}"', text)
    path.write_text(text, encoding="utf-8")


def test_the_shipped_release_records_the_hash_of_its_files() -> None:
    text = (CATALOGUE_DIR / "release.yaml").read_text(encoding="utf-8")
    assert f"files_sha256: {catalogue_hash()}" in text, (
        "a catalogue file changed: raise the version in release.yaml and set files_sha256"
    )


@pytest.mark.parametrize(
    ("file", "old", "new", "named"),
    [
        ("act_types.yaml", "crimes: [\"7(1)(i)\"]", "crimes: [\"7(1)(z)\"]", "no crime '7(1)(z)'"),
        ("relations.yaml", "\"RS 6(a)\": [CPPCG II", "\"RS 6(a)\": [CPPCG IX", "CPPCG IX"),
        ("crimes.yaml", "provision: RS 7(1)(f)", "provision: RS 7(1)(q)", "RS 7(1)(q)"),
        ("crimes.yaml", "    - use: cah-knowledge\n- code: \"7(1)(b)\"",
         "    - use: cah-knowing\n- code: \"7(1)(b)\"", "cah-knowing"),
    ],
)  # fmt: skip
def test_a_broken_reference_is_named_and_nothing_is_loaded(
    tmp_path: Path, db: None, file: str, old: str, new: str, named: str
) -> None:
    folder = copy_catalogue(tmp_path)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    release(folder, "2099.1")
    with pytest.raises(CatalogueError, match=r"inconsistent") as refused:
        load_catalogue(folder)
    assert named in str(refused.value)
    assert not Instrument.objects.exists()
    assert not HistoryEntry.objects.exists()


def test_loaded_once_per_version_with_one_history_entry(db: None) -> None:
    first = load_catalogue()
    assert first.loaded
    assert first.created["crimes"] == len(ICC_ELEMENT_COUNTS)
    entries = HistoryEntry.objects.filter(chain="global")
    assert entries.count() == 1
    entry = entries.get()
    assert entry.action == "import"
    assert entry.after["version"] == first.version
    again = load_catalogue()
    assert not again.loaded
    assert HistoryEntry.objects.filter(chain="global").count() == 1
    assert CatalogueRelease.objects.count() == 1


def test_changed_files_need_a_new_release(tmp_path: Path, db: None) -> None:
    folder = copy_catalogue(tmp_path)
    load_catalogue(folder)
    provisions = folder / "instruments" / "ICCPR.yaml"
    provisions.write_text(provisions.read_text(encoding="utf-8").replace(
        "Right to life", "Right to life (changed)"), encoding="utf-8")  # fmt: skip
    with pytest.raises(CatalogueError, match="changed since release") as refused:
        load_catalogue(folder)
    assert catalogue_hash(folder) in str(refused.value)  # what release.yaml must say
    release(folder)  # the hash recorded, the version not raised
    with pytest.raises(CatalogueError, match="needs a new version"):
        load_catalogue(folder)
    assert Provision.objects.get(code="ICCPR 6").title["en"] == "Right to life"


def test_a_new_release_updates_shipped_rows_and_keeps_administrators_changes(
    tmp_path: Path, db: None, administrator: Any
) -> None:
    folder = copy_catalogue(tmp_path)
    load_catalogue(folder)
    torture = Provision.objects.get(code="ICCPR 7")
    update_catalogue_entry(torture, acting_user=administrator, title={"az": "Yeni başlıq"})
    torture.refresh_from_db()
    assert torture.origin == Origin.LOCAL
    assert torture.title["ru"].startswith("Запрещение пыток")  # merged, not replaced
    iccpr = folder / "instruments" / "ICCPR.yaml"
    text = iccpr.read_text(encoding="utf-8")
    text = text.replace("en: Right to life\n", "en: Right to life (revised)\n")
    text = text.replace("en: Prohibition of torture and cruel, inhuman or degrading treatment\n",
                        "en: Torture (revised)\n")  # fmt: skip
    iccpr.write_text(text, encoding="utf-8")
    release(folder, "2099.1")
    result = load_catalogue(folder)
    assert result.loaded
    assert result.updated["provisions"] == 1
    assert result.kept_local == 1
    assert Provision.objects.get(code="ICCPR 6").title["en"] == "Right to life (revised)"
    assert Provision.objects.get(code="ICCPR 7").title["en"].startswith("Prohibition of torture")
    update = HistoryEntry.objects.filter(chain="global", object_type="legal.provision",
                                         action="update").order_by("sequence")  # fmt: skip
    assert [e.actor_name for e in update] == [administrator.username, "system"]
    assert list(verify_chain("global")) == []
