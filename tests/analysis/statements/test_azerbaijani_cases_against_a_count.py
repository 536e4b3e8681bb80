"""An Azerbaijani count in the dative before "qarşı" (against) counts those the acts were
against ("28 redaksiyaya qarşı təzyiq halı", cases of pressure against 28 newsrooms), not
cases of the fate counted before: no figure, as the acts are none the statements count. Cases
counted with no such postposition ("55 belə hal") stay cases of that fate. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_newsrooms_pressed_after_journalists_held():
    text = (
        "Ötən il 9 jurnalist həbs olunub. Təşkilat həmçinin 28 redaksiyaya qarşı təzyiq halını "
        "qeydə alıb."
    )
    assert _read(text) == [("detained", 9, None)]


def test_organisations_after_persons_who_left():
    text = (
        "Təqiblər səbəbindən 6 fəal ölkəni tərk etməyə məcbur olub. Mərkəz 14 nəşriyyata "
        "münasibətdə məhdudlaşdırma faktı sənədləşdirib."
    )
    assert _read(text) == [("displaced", 6, None)]


def test_near_miss_cases_of_the_fate_before():
    text = "Polis 40 nəfəri saxlayıb. Hüquq müdafiəçiləri 55 belə hal sənədləşdirib."
    assert _read(text) == [("detained", 40, None), ("detained", 55, None)]
