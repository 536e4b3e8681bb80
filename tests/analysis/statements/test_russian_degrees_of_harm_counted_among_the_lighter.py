"""«Госпитализированы 30 … В реанимации находятся 6 пациентов, состояние двоих крайне
тяжёлое»: a hospital counts its patients degree by degree, each graver degree among the
lighter one told before it; outpatients are beside the hospitalised, not among them. Those who
died «из госпитализированных» are of the hospitalised. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_WARD = (
    "В больницу обратились 50 раненых. Из них госпитализированы 30. Остальным 20 оказана "
    "амбулаторная помощь. "
)


def test_intensive_care_is_of_the_hospitalised_and_the_gravest_of_intensive_care():
    assert claim_fields(
        _WARD + "В отделении реанимации и интенсивной терапии находятся 6 пациентов, "
        "состояние двоих оценивается как крайне тяжёлое.",
        "ru",
    ) == [
        ("injured", "all", 50, None, None, "exact", None),
        ("injured", "all", 30, None, None, "exact", 0),
        ("injured", "all", 20, None, None, "exact", 0),
        ("injured", "all", 6, None, None, "exact", 1),
        ("injured", "all", 2, None, None, "exact", 3),
    ]


def test_a_degree_more_than_the_lighter_holds_stays_among_all_the_hurt():
    assert claim_fields(
        "В больницу обратились 50 раненых. Из них госпитализированы 4. "
        "В тяжёлом состоянии находятся 9 пострадавших.",
        "ru",
    ) == [
        ("injured", "all", 50, None, None, "exact", None),
        ("injured", "all", 4, None, None, "exact", 0),
        ("injured", "all", 9, None, None, "exact", 0),
    ]


def test_those_who_died_of_the_hospitalised_are_of_them():
    assert claim_fields(_WARD + "За сутки трое из госпитализированных скончались.", "ru") == [
        ("injured", "all", 50, None, None, "exact", None),
        ("injured", "all", 30, None, None, "exact", 0),
        ("injured", "all", 20, None, None, "exact", 0),
        ("killed", "all", 3, None, None, "exact", 1),
    ]


def test_in_intensive_care_in_the_past_is_a_degree_of_the_hurt():
    assert claim_fields(
        "Доставлены 23 раненых; пятеро раненых находились в реанимации. "
        "Двое раненых скончались в операционной.",
        "ru",
    ) == [
        ("injured", "all", 23, None, None, "exact", None),
        ("injured", "all", 5, None, None, "exact", 0),
        ("killed", "all", 2, None, None, "exact", 0),
    ]


def test_died_in_intensive_care_is_no_degree_of_the_living():
    assert claim_fields("Доставлены 23 раненых; трое скончались в реанимации.", "ru") == [
        ("injured", "all", 23, None, None, "exact", None),
        ("killed", "all", 3, None, None, "exact", None),
    ]
