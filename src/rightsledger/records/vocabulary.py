"""Controlled vocabularies shipped with the project.

Stored values are stable English codes; labels are translated for display.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("exact day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
    APPROXIMATE = "approximate", _("approximate")
    UNKNOWN = "unknown", _("unknown")


class ActType(models.TextChoices):
    KILLING = "killing", _("killing")
    INJURY = "injury", _("injury")
    TORTURE = "torture", _("torture or ill-treatment")
    HOSTAGE_TAKING = "hostage_taking", _("hostage-taking")
    DETENTION = "detention", _("arbitrary detention or captivity")
    # What a list says of a person taken or held, without saying whether it was lawful.
    CAPTIVITY = "captivity", _("capture or captivity (as listed)")
    ENFORCED_DISAPPEARANCE = "enforced_disappearance", _("enforced disappearance")
    DISPLACEMENT = "displacement", _("forcible displacement or deportation")
    PROPERTY = "property", _("destruction or seizure of property")
    SEXUAL_VIOLENCE = "sexual_violence", _("sexual violence")
    ATTACK_ON_CIVILIANS = "attack_on_civilians", _("attack on civilians")
    OTHER = "other", _("other")


class EventType(models.TextChoices):
    ATTACK = "attack", _("attack")
    SHELLING = "shelling", _("shelling or bombardment")
    MASSACRE = "massacre", _("mass killing")
    OCCUPATION = "occupation", _("occupation or takeover")
    DETENTION = "detention", _("detention or captivity")
    DISPLACEMENT = "displacement", _("displacement")
    BURIAL = "burial", _("burial or concealment")
    EXHUMATION = "exhumation", _("exhumation")
    OTHER = "other", _("other")


class Sex(models.TextChoices):
    FEMALE = "female", _("female")
    MALE = "male", _("male")
    OTHER = "other", _("other")
    UNKNOWN = "unknown", _("unknown")


class NameKind(models.TextChoices):
    FULL = "full", _("full name")
    GIVEN = "given", _("given name")
    SURNAME = "surname", _("surname")
    PATRONYMIC = "patronymic", _("patronymic")
    ALIAS = "alias", _("alias")


class RelationshipKind(models.TextChoices):
    PARENT_OF = "parent_of", _("parent of")
    SPOUSE_OF = "spouse_of", _("spouse of")
    SIBLING_OF = "sibling_of", _("sibling of")
    HOUSEHOLD = "household", _("same household")
    OTHER = "other", _("other relative")


class InvolvementRole(models.TextChoices):
    VICTIM = "victim", _("victim")
    PERPETRATOR = "perpetrator", _("perpetrator")
    WITNESS = "witness", _("witness")


class VictimStatus(models.TextChoices):
    KILLED = "killed", _("killed")
    INJURED = "injured", _("injured")
    CAPTURED = "captured", _("captured")
    RELEASED = "released", _("released")
    MISSING = "missing", _("missing")
    FOUND_DEAD = "found_dead", _("found dead")
    IDENTIFIED = "identified", _("identified")
    DISPLACED = "displaced", _("displaced")


class PerpetratorDegree(models.TextChoices):
    CARRIED_OUT = "carried_out", _("carried out")
    ORDERED = "ordered", _("ordered")
    PLANNED = "planned", _("planned")
    AIDED = "aided", _("aided or abetted")
    FAILED_TO_PREVENT = "failed_to_prevent", _("failed to prevent or punish")


class SourceKind(models.TextChoices):
    LIST = "list", _("list")
    TESTIMONY = "testimony", _("testimony")
    REPORT = "report", _("report")
    STATEMENT = "statement", _("statement")
    MEDIA = "media", _("media item")
    OFFICIAL_RECORD = "official_record", _("official record")
    OTHER = "other", _("other")


class Reliability(models.TextChoices):
    """Source reliability, the A–F scale of intelligence and investigative practice."""

    A = "A", _("A — completely reliable")
    B = "B", _("B — usually reliable")
    C = "C", _("C — fairly reliable")
    D = "D", _("D — not usually reliable")
    E = "E", _("E — unreliable")
    F = "F", _("F — reliability cannot be judged")


class Credibility(models.IntegerChoices):
    """Credibility of one item of information, the 1–6 scale paired with A–F."""

    CONFIRMED = 1, _("1 — confirmed by other sources")
    PROBABLY_TRUE = 2, _("2 — probably true")
    POSSIBLY_TRUE = 3, _("3 — possibly true")
    DOUBTFUL = 4, _("4 — doubtful")
    IMPROBABLE = 5, _("5 — improbable")
    CANNOT_JUDGE = 6, _("6 — truth cannot be judged")


class ClaimKind(models.TextChoices):
    INDIVIDUAL = "individual", _("individual")
    AGGREGATE = "aggregate", _("aggregate")


class AggregateCategory(models.TextChoices):
    KILLED = "killed", _("killed")
    INJURED = "injured", _("injured")
    CAPTURED = "captured", _("taken captive")
    RELEASED = "released", _("released")
    MISSING = "missing", _("missing")
    DISAPPEARED = "disappeared", _("disappeared")
    DETAINED = "detained", _("detained")
    TORTURED = "tortured", _("tortured")
    DISPLACED = "displaced", _("displaced")
    IDENTIFIED = "identified", _("identified")
    FOUND_DEAD = "found_dead", _("found dead")
    FAMILIES_WIPED_OUT = "families_wiped_out", _("families with no survivor")
    BURIAL_SITES = "burial_sites", _("burial sites")
    PROPERTY_DESTROYED = "property_destroyed", _("property destroyed")
    OTHER = "other", _("other")


class CountQualifier(models.TextChoices):
    """How a statement gives a count: as it stands, as a bound, roughly, or in words only."""

    EXACT = "exact", _("exact")
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")
    ABOUT = "about", _("about")
    RANGE = "range", _("range")
    VAGUE = "vague", _("vague (in words only)")


class Subgroup(models.TextChoices):
    ALL = "all", _("all")
    WOMEN = "women", _("women")
    MEN = "men", _("men")
    CHILDREN = "children", _("children")
    ELDERLY = "elderly", _("elderly")
    OTHER = "other", _("other")


# The act a list row's status places its person in, when a list says no more than a status.
# Only what the status itself states: a status that does not say what was done (missing,
# found dead, identified) is an act of type "other", never a characterisation such as
# enforced disappearance — that is for a documenter to record, on evidence.
_ACT_TYPE_OF_STATUS = {
    VictimStatus.KILLED: ActType.KILLING,
    VictimStatus.INJURED: ActType.INJURY,
    VictimStatus.CAPTURED: ActType.CAPTIVITY,
    VictimStatus.RELEASED: ActType.CAPTIVITY,
    VictimStatus.DISPLACED: ActType.DISPLACEMENT,
}


def act_type_of_status(status: str) -> str:
    return _ACT_TYPE_OF_STATUS.get(status, ActType.OTHER)  # type: ignore[call-overload]
