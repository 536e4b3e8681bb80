"""«Останки как минимум 20 человек … принадлежат военнослужащим»: the group the remains belong
to is the group of the dead, and the remains are some of those found before. «Принадлежат»
with no group after it changes nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_remains_said_to_belong_to_a_group_are_that_group_of_the_found():
    assert claim_fields(
        "В яме обнаружены тела 14 человек. По предварительным данным, тела шестерых "
        "принадлежат женщинам.",
        "ru",
    ) == [
        ("found_dead", "all", 14, None, None, "exact", None),
        ("found_dead", "women", 6, None, None, "exact", 0),
    ]


def test_remains_of_no_known_owner_stay_as_they_are():
    assert claim_fields(
        "Извлечены останки 93 человек. Кому принадлежат останки ещё 12 человек, пока неизвестно.",
        "ru",
    ) == [
        ("found_dead", "all", 93, None, None, "exact", None),
        ("found_dead", "all", 12, None, None, "exact", None),
    ]
