"""What the missing app's models share: the same-case rule and the confidential marking."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel


class MissingModel(CaseScopedModel):
    """A case-scoped row of the missing app.

    ``confidential_fields``: genetic and ante-mortem data.  Readers who may not re-identify
    (analysts, viewers) see them blank, and the history entries of the row with those
    values masked (``protection.disclosure``).  ``never_shared``: the row never leaves in a
    sharing or publication export, whatever its classification (``missing.export``).
    """

    confidential_fields: ClassVar[tuple[str, ...]] = ()
    never_shared: ClassVar[bool] = False

    class Meta:
        abstract = True

    def same_case(self, **related: models.Model | None) -> None:
        """Refuse links to records of another case, naming the field."""
        for field, other in related.items():
            if other is not None and getattr(other, "case_id", None) != self.case_id:
                raise ValidationError({field: _("Linked records must belong to the same case.")})


def range_in_order(low: float | None, high: float | None, field: str) -> None:
    if low is not None and high is not None and low > high:
        raise ValidationError({field: _("The upper end of the range is below its lower end.")})
