"""The AM/PM ranking's comparisons of teeth and clothing, and its soft reading of age and
stature ranges, on hand-made profiles."""

from __future__ import annotations

import datetime as dt

import pytest

from rightsledger.missing import clothing, dental
from rightsledger.missing.ranking import FLOOR, MissingProfile, Population, RemainsProfile, score

CHART = ("Dental chart (FDI): 16, 26 filling; 23 crown; 36 missing ante-mortem; 11, 21 lost "
         "post-mortem; all other teeth present")  # fmt: skip
REMAINS = RemainsProfile(estimated_sex="male", age=(25, 40), stature=(172, 182),
                         point=(40.11, 46.72), recovered=dt.date(2004, 6, 12),
                         dental=CHART, clothing="jacket, black leather; prayer beads; belt")  # fmt: skip


def points(code: str, **person: object) -> float:
    found = score(MissingProfile(1, **person), REMAINS)  # type: ignore[arg-type]
    return sum(r.points for r in found.reasons if r.code == code)


def test_it_reads_tooth_numbers_and_families_words() -> None:
    chart = dental.read_chart("Dental record (1988): 16, 26 filled, 46 extracted; 23 crown")
    assert {(tuple(f.teeth), f.state) for f in chart.findings} == {
        ((16,), "filled"),
        ((26,), "filled"),
        ((46,), "missing"),
        ((23,), "crowned"),
    }
    (front,) = dental.read_chart("gold crown, upper left canine").findings
    assert (front.teeth, front.state, front.exact) == (frozenset({23}), "crowned", False)
    (gap,) = dental.read_chart("missing lower right back tooth").findings
    assert gap.teeth == frozenset({44, 45, 46, 47})
    pm = dental.read_chart(CHART + "; mandible not recovered")
    assert (pm.state(16), pm.state(11), pm.state(17), pm.state(36)) == (
        "filled",
        "lost",
        "sound",
        None,
    )


def test_features_on_both_charts_raise_the_candidate_and_say_which() -> None:
    found = score(MissingProfile(1, dental="16 filling; 23 gold crown; 36 extracted"), REMAINS)
    (agrees,) = [r for r in found.reasons if r.code == "dental_agrees"]
    assert agrees.figures["teeth"] == "16 filled; 23 crowned; 36 missing"
    assert agrees.points > 4
    # A crown is rarer than a filling: it weighs more.
    assert points("dental_agrees", dental="23 crown") > points("dental_agrees", dental="16 filling")


def test_agreement_with_a_mouth_full_of_that_feature_says_less() -> None:
    # One extracted molar agrees with a mouth that has lost one molar, and with one that
    # has lost nearly all: the second says much less.
    few = RemainsProfile(dental="46 missing ante-mortem; all other teeth present")
    many = RemainsProfile(dental="16, 17, 26, 27, 36, 37, 46, 47 missing; all other teeth present")
    person = MissingProfile(1, dental="46 extracted")
    assert score(person, few).score > score(person, many).score + 1 > 1


def test_a_tooth_missing_in_life_cannot_be_there_after_death() -> None:
    assert points("dental_differs", dental="17 extracted") < -2
    assert points("dental_differs", dental="47 filling") < -2  # nor can a filling vanish


def test_teeth_lost_after_death_say_nothing_and_later_treatment_little() -> None:
    lost = score(MissingProfile(1, dental="11 filling"), REMAINS)
    assert lost.reasons == ()  # the tooth fell out after death: nothing to compare
    later = score(MissingProfile(1, dental="36 filling"), REMAINS)  # extracted after the record
    assert [r.code for r in later.reasons] == ["dental_explained"]
    contradiction = points("dental_differs", dental="47 filling")
    assert contradiction < later.score < 0
    # A record naming the neighbouring tooth: explained, weighing less than a contradiction.
    slip = score(MissingProfile(1, dental="15 filling"), REMAINS)
    assert [r.code for r in slip.reasons] == ["dental_explained"]
    assert contradiction < slip.score <= 0


def test_a_family_s_words_count_less_than_a_dentist_s_numbers() -> None:
    words = points("dental_agrees", dental="gold crown on an upper left front tooth")
    assert 0 < words < points("dental_agrees", dental="23 crown")


def test_the_case_s_charts_set_how_rare_a_feature_is() -> None:
    common = Population.of([RemainsProfile(dental="16 filling; all other teeth present")] * 40)
    rare = Population.of([RemainsProfile(dental="all other teeth present")] * 40)
    person = MissingProfile(1, dental="16 filling")
    assert score(person, REMAINS, rare).score > score(person, REMAINS, common).score + 0.5


def test_clothing_words_shared_weigh_by_their_rarity_among_the_remains() -> None:
    assert clothing.words("blue jeans, sneakers") == clothing.words("denim trousers; sports shoes"
                                                                    ", blue")  # fmt: skip
    found = clothing.Shares.of(["belt, black", "belt", "jacket, black", "belt; lighter"] * 10)
    rare = clothing.compare("prayer beads", "rosary; belt", found)
    common = clothing.compare("belt", "rosary; belt", found)
    assert rare is not None
    assert common is not None
    assert rare.shared == ("prayerbead",)
    assert rare.points > common.points + 1
    assert common.points >= 0  # a word on most remains says little, never against
    nothing = clothing.compare("red scarf", "belt", found)
    assert nothing is not None
    assert nothing.shared == ()
    assert nothing.points < 0
    assert clothing.compare("", "belt", found) is None


def test_clothing_is_capped() -> None:
    text = "prayer beads, leather jacket, black belt, wristwatch, gold ring, lighter, keys"
    assert clothing.compare(text, text.replace("prayer beads", "rosary"))
    assert clothing.compare(text, text).points == clothing.CAP  # type: ignore[union-attr]


@pytest.mark.parametrize("age", [60, 80, 100])
def test_age_far_outside_the_range_is_unlikely_not_impossible(age: int) -> None:
    inside = points("age_inside", age_when_last_seen=32)
    outside = points("age_outside", age_when_last_seen=age)
    assert FLOOR < outside < inside - 3
    # The soft reading: beyond a point, farther out costs no more (a wrong record).
    assert abs(points("age_outside", age_when_last_seen=100) - outside) < 1.0 or age < 80


def test_stature_far_apart_is_soft_too() -> None:
    near = points("stature_overlaps", height=(176.0, 176.0))
    apart = points("stature_apart", height=(160.0, 160.0))
    assert FLOOR < apart < near - 3
    # A height no grown man has is a wrong record more likely than a clue: it weighs
    # little either way.
    assert abs(points("stature_apart", height=(120.0, 120.0))) < 1.0
