"""What every model of the record shares."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel


def same_case(record: CaseScopedModel, *related: models.Model | None) -> None:
    """Refuse links between records of different cases (a leak across dossiers)."""
    for other in related:
        if other is not None and getattr(other, "case_id", None) != record.case_id:
            raise ValidationError(_("Linked records must belong to the same case."))
