"""What the record's forms share beyond the toolkit's: reading a person by their number."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rightsledger.records import models as rm
from rightsledger.web.forms.base import CaseForm


class CaseRecordForm(CaseForm):
    """A case form whose fields may name a person of the case by number (as the pages show)."""

    user: Any

    def person_by_number(self, field: str, number: int | None) -> rm.Person | None:
        if number is None:
            return None
        person = (
            rm.Person.objects.restrict(self.user, "view").filter(case=self.case, pk=number).first()
        )
        if person is None:
            raise ValidationError({field: _("No person with this number in this case.")})
        return person
