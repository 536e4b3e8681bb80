"""The linkage's "a person dies once" and the figures read a death from the same statuses."""

from __future__ import annotations

from rightsledger.analysis.linkage.fates import DEATH_STATUSES, LIVING_STATUSES
from rightsledger.records import figures
from rightsledger.records.vocabulary import VictimStatus


def test_a_victim_status_is_a_death_to_the_linkage_as_to_the_figures() -> None:
    for status in VictimStatus.values:
        assert (status in DEATH_STATUSES) is (status in figures.DEATH), status


def test_every_victim_status_is_a_death_a_fate_of_the_living_or_neither() -> None:
    # "identified" is remains identified, often years after the death: no sign of life.
    for status in VictimStatus.values:
        named = (status in DEATH_STATUSES) + (status in LIVING_STATUSES)
        assert named == (0 if status == VictimStatus.IDENTIFIED else 1), status
