"""Azerbaijani verbs whose bare stem is no prefix of theirs alone ("qov-" and "qovluq",
folder) are read in every tense from the stem: the past in "-dı", the perfect in "-ıb" and
"-mış", the present in "-ır", with the plural, by vowel harmony. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements.lexicon.az_verbs import finite_forms


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_the_forms_follow_the_stems_last_vowel():
    forms = finite_forms("qov saxla dağıl").split()
    assert {"qovdu", "qovdular", "qovub", "qovublar", "qovmuş*", "qovur"} <= set(forms)
    # After a vowel, a suffix that begins with one takes "y".
    assert {"saxladı", "saxlayıb", "saxlayır", "saxlayırlar"} <= set(forms)
    assert {"dağıldı", "dağılıb", "dağılmış*"} <= set(forms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The plural of the perfect, not only its singular.
        ("Silahlılar kənddən 7 nəfəri qaçırıblar.", ("captured", "all", 7)),
        ("Silahlılar yeddi nəfəri qaçırdılar.", ("captured", "all", 7)),
        # Drove out: the active of "qovulub".
        ("Əsgərlər kənddən 4000 sakini qovublar.", ("displaced", "all", 4000)),
        ("Əsgərlər kənddən 4000 sakini qovdular.", ("displaced", "all", 4000)),
        # Collapsed in the simple past, as in the perfect.
        ("Zəlzələ zamanı 40 ev dağıldı.", ("property_destroyed", "homes", 40)),
        ("Sonra daha iki körpü uçdu.", ("property_destroyed", "bridges", 2)),
        # Caught, of persons sought, in both voices.
        ("Aksiya zamanı 20 nəfər yaxalanıb.", ("detained", "all", 20)),
        ("Aksiya zamanı iyirmi nəfər yaxalanmışdır.", ("detained", "all", 20)),
        ("Polis aksiyada 20 nəfəri yaxalayıb.", ("detained", "all", 20)),
        # Holding and beating in the present and the plural.
        ("Onlar hələ də 12 nəfəri saxlayırlar.", ("detained", "all", 12)),
        ("Mühafizəçilər 6 məhbusu döyüblər.", ("tortured", "all", 6)),
        ("Mühafizəçilər 6 məhbusu döydülər.", ("tortured", "all", 6)),
    ],
)
def test_every_tense_of_the_verb_is_read(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_a_bare_stem_takes_no_other_word():
    # "qovluq" (a folder) and "uçuş" (a flight) begin as "qov-" and "uç-" do.
    assert _read("Komissiyaya 12 qovluq təqdim edilib.") == []
    assert _read("Hava limanında 12 uçuş ləğv edilib.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The active of a passive the lexicon had: pulled down, found.
        ("Əsgərlər kənddə 40 evi uçurublar.", ("property_destroyed", "homes", 40)),
        ("Axtarış qrupları meşədə 11 meyit aşkar etdi.", ("found_dead", "all", 11)),
        ("Axtarış qrupları 11 nəfərin meyitini aşkarlayıb.", ("found_dead", "all", 11)),
        # Fled, in the plural of the perfect.
        ("Atəşdən sonra 4000 nəfər kəndlərindən qaçıblar.", ("displaced", "all", 4000)),
    ],
)
def test_the_active_and_the_plural(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_remains_not_found_stay_missing():
    assert _read("Onlardan 9 nəfərin meyiti hələ aşkar edilməyib.") == [
        ("missing", "all", 9, "exact")
    ]
