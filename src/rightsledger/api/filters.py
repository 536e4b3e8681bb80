"""What every app's API filter sets share: the case by slug, whole numbers bounded."""

from __future__ import annotations

import django_filters as df
from django.db import models

from rightsledger.cases.numbers import WholeNumberField


class WholeNumberFilter(df.NumberFilter):
    """A number filter refusing (400) values beyond what the databases can compare."""

    field_class = WholeNumberField


_WHOLE_NUMBER = {"filter_class": WholeNumberFilter}


class CaseFilterSet(df.FilterSet):
    case = df.CharFilter(field_name="case__slug", label="case slug")

    FILTER_DEFAULTS = {
        **df.FilterSet.FILTER_DEFAULTS,
        **{field: _WHOLE_NUMBER for field in (
            models.IntegerField, models.SmallIntegerField, models.BigIntegerField,
            models.PositiveIntegerField, models.PositiveSmallIntegerField,
            models.PositiveBigIntegerField,
        )},
    }  # fmt: skip
