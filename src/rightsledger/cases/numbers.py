"""Whole numbers typed by users that must fit the databases' 64-bit integer columns.

A number beyond a signed 64-bit integer cannot be stored or compared by SQLite or
PostgreSQL (the driver raises, a 500); forms and filters bound it first, with a message that
names the limit.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

LARGEST = 2**63 - 1


class WholeNumberField(forms.IntegerField):
    """An integer within what the databases hold."""

    default_error_messages = {
        "max_value": _("%(limit_value)s is the largest number that can be stored."),
        "min_value": _("%(limit_value)s is the smallest number that can be stored."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_value", LARGEST)
        kwargs.setdefault("min_value", -LARGEST)
        super().__init__(*args, **kwargs)


def out_of_range(form: forms.Form) -> list[str]:
    """The messages of ``form``'s whole-number fields whose value is beyond the limits."""
    form.is_valid()
    found: list[str] = []
    for name, field in form.fields.items():
        if isinstance(field, WholeNumberField) and name in form.errors:
            errors = form.errors.as_data()[name]
            if any(error.code in {"max_value", "min_value"} for error in errors):
                label = field.label or name
                found.extend(f"{label}: {message}" for e in errors for message in e.messages)
    return found
