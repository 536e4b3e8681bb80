"""Controlled vocabularies of the missing app: stable English codes, translated labels.

The terms follow the practice of commissions on missing persons and of forensic teams
(ICRC's ante-mortem/post-mortem forms, INTERPOL's disaster-victim-identification forms),
without copying their forms: what is recorded is what a team needs to search and identify.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class LocationPrecision(models.TextChoices):
    SURVEYED = "surveyed", _("surveyed (within a few metres)")
    WITHIN_100_M = "100m", _("within about 100 metres")
    WITHIN_1_KM = "1km", _("within about 1 kilometre")
    SETTLEMENT = "settlement", _("the settlement or area only")
    UNKNOWN = "unknown", _("unknown")


class SiteKind(models.TextChoices):
    INDIVIDUAL_GRAVE = "individual_grave", _("individual grave")
    MASS_GRAVE_PRIMARY = "mass_grave_primary", _("mass grave, primary")
    MASS_GRAVE_SECONDARY = "mass_grave_secondary", _("mass grave, secondary (remains moved)")
    MASS_GRAVE = "mass_grave", _("mass grave, primary or secondary not known")
    SURFACE_SCATTER = "surface_scatter", _("surface scatter")
    WELL_OR_PIT = "well_or_pit", _("well, pit or mine shaft")
    OTHER = "other", _("other")


class HowFound(models.TextChoices):
    WITNESS = "witness", _("a witness's account")
    PERPETRATOR = "perpetrator", _("information from a perpetrator")
    SATELLITE = "satellite", _("satellite or aerial imagery")
    SURVEY = "survey", _("field survey")
    CHANCE = "chance", _("found by chance")
    OTHER = "other", _("other")


class SiteStatus(models.TextChoices):
    REPORTED = "reported", _("reported")
    ASSESSED = "assessed", _("assessed")
    PROTECTED = "protected", _("protected")
    EXHUMED = "exhumed", _("exhumed")
    CLOSED = "closed", _("closed")


class Condition(models.TextChoices):
    COMPLETE_BODY = "complete_body", _("complete body")
    INCOMPLETE_BODY = "incomplete_body", _("incomplete body")
    COMPLETE_SKELETON = "complete_skeleton", _("complete skeleton")
    PARTIAL_SKELETON = "partial_skeleton", _("partial skeleton")
    BODY_PART = "body_part", _("body part")
    FRAGMENTS = "fragments", _("fragments")


class EstimatedSex(models.TextChoices):
    FEMALE = "female", _("female")
    PROBABLY_FEMALE = "probably_female", _("probably female")
    MALE = "male", _("male")
    PROBABLY_MALE = "probably_male", _("probably male")
    UNDETERMINED = "undetermined", _("undetermined")


class MannerOfDeath(models.TextChoices):
    HOMICIDE = "homicide", _("homicide")
    ACCIDENT = "accident", _("accident")
    SUICIDE = "suicide", _("suicide")
    NATURAL = "natural", _("natural")
    UNDETERMINED = "undetermined", _("undetermined")


class SampleKind(models.TextChoices):
    BONE = "bone", _("bone")
    TOOTH = "tooth", _("tooth")
    TISSUE = "tissue", _("soft tissue")
    OTHER = "other", _("other")


class ReferenceSampleKind(models.TextChoices):
    BLOOD = "blood", _("blood")
    BUCCAL_SWAB = "buccal_swab", _("buccal swab")
    PERSONAL_ITEM = "personal_item", _("personal item of the missing person")
    OTHER = "other", _("other")


class Kinship(models.TextChoices):
    MOTHER = "mother", _("mother")
    FATHER = "father", _("father")
    CHILD = "child", _("child")
    SIBLING = "sibling", _("full sibling")
    HALF_SIBLING = "half_sibling", _("half sibling")
    SPOUSE = "spouse", _("spouse")
    GRANDPARENT = "grandparent", _("grandparent")
    UNCLE_OR_AUNT = "uncle_or_aunt", _("uncle or aunt")
    OTHER = "other", _("other relative")


class Consent(models.TextChoices):
    GRANTED = "granted", _("granted")
    REFUSED = "refused", _("refused")
    NOT_ASKED = "not_asked", _("not asked yet")


class DnaConclusion(models.TextChoices):
    MATCH = "match", _("match: supports identification")
    EXCLUSION = "exclusion", _("exclusion")
    INCONCLUSIVE = "inconclusive", _("inconclusive")


class LineKind(models.TextChoices):
    DNA = "dna", _("DNA match report")
    DENTAL = "dental", _("dental comparison")
    FINGERPRINTS = "fingerprints", _("fingerprints")
    MEDICAL = "medical", _("medical findings (implants, old fractures)")
    ANTHROPOLOGICAL = "anthropological", _("anthropological profile")
    PERSONAL_EFFECTS = "personal_effects", _("personal effects and clothing")
    CIRCUMSTANTIAL = "circumstantial", _("circumstantial (where and when found)")
    RECOGNITION = "recognition", _("visual recognition")


class IdentificationStatus(models.TextChoices):
    PRELIMINARY = "preliminary", _("preliminary")
    CONFIRMED = "confirmed", _("confirmed")
    FAMILY_NOTIFIED = "family_notified", _("family notified")
    HANDED_OVER = "handed_over", _("remains handed over")
    WITHDRAWN = "withdrawn", _("withdrawn")


# An identification in one of these states stands (a withdrawn one does not).
STANDING = (
    IdentificationStatus.PRELIMINARY,
    IdentificationStatus.CONFIRMED,
    IdentificationStatus.FAMILY_NOTIFIED,
    IdentificationStatus.HANDED_OVER,
)
# Confirmed, and every later step: these have written the person's statuses.
CONFIRMED_OR_LATER = (
    IdentificationStatus.CONFIRMED,
    IdentificationStatus.FAMILY_NOTIFIED,
    IdentificationStatus.HANDED_OVER,
)


class AttachmentRole(models.TextChoices):
    PHOTOGRAPH = "photograph", _("photograph of the person")
    SITE_PHOTO = "site_photo", _("photograph of the site")
    PLAN = "plan", _("plan or map")
    REPORT = "report", _("report")
    OTHER = "other", _("other")
