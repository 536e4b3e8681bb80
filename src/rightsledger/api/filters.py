"""What every app's API filter sets share: the case by slug, whole numbers bounded."""

from __future__ import annotations

from typing import Any

import django_filters as df
from django.db import models

from rightsledger.cases.models import Case
from rightsledger.cases.numbers import WholeNumberField


class WholeNumberFilter(df.NumberFilter):
    """A number filter refusing (400) values beyond what the databases can compare."""

    field_class = WholeNumberField


_WHOLE_NUMBER = {"filter_class": WholeNumberFilter}


class CaseFilterSet(df.FilterSet):
    case = df.CharFilter(method="filter_case", label="case slug")

    FILTER_DEFAULTS = {
        **df.FilterSet.FILTER_DEFAULTS,
        **{field: _WHOLE_NUMBER for field in (
            models.IntegerField, models.SmallIntegerField, models.BigIntegerField,
            models.PositiveIntegerField, models.PositiveSmallIntegerField,
            models.PositiveBigIntegerField,
        )},
    }  # fmt: skip

    def filter_case(self, queryset: models.QuerySet[Any], name: str, value: str
                    ) -> models.QuerySet[Any]:  # fmt: skip
        # By the case's id, not a join on its slug: with the id known the database walks
        # the case's own rows through an index on (case, …), whatever the other cases hold.
        case_id = self.case_id()
        return queryset.filter(case_id=case_id) if case_id is not None else queryset.none()

    def case_id(self) -> int | None:
        """The id of the case asked for (None if none was, or no case has that slug), read
        once a request."""
        if not hasattr(self, "_case_id"):
            slug = self.form.cleaned_data.get("case")
            self._case_id = (
                Case.objects.filter(slug=slug).values_list("pk", flat=True).first()
                if slug
                else None
            )
        return self._case_id
