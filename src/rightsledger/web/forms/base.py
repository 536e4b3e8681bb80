"""What every editing form shares: accessible errors, case-restricted choices, action writes."""

from __future__ import annotations

import copy
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model

from rightsledger.cases.models import Case


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class AccessibleFormMixin:
    """Ties each field to its help and error text, and marks invalid fields for assistive tech.

    The ids match the template's ``err-<name>`` / ``help-<name>`` paragraphs, which the live
    validation script also fills.
    """

    fields: dict[str, forms.Field]
    errors: Any

    def describe_fields(self) -> None:
        form: Any = self
        for name, field in self.fields.items():
            html_name = form.add_prefix(name)
            described = [f"err-{html_name}"]
            if field.help_text:
                described.append(f"help-{html_name}")
            field.widget.attrs["aria-describedby"] = " ".join(described)

    def mark_invalid(self) -> None:
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"

    def add_action_error(self, error: ValidationError) -> None:
        """Put an action's ValidationError beside the fields it names, the rest on top."""
        form: Any = self
        if hasattr(error, "error_dict"):
            for field, messages in error.message_dict.items():
                target = field if field in self.fields else None
                for message in messages:
                    form.add_error(target, message)
        else:
            for message in error.messages:
                form.add_error(None, message)
        self.mark_invalid()


class CaseForm(AccessibleFormMixin, forms.Form):
    """A plain form bound to a case and an acting user."""

    def __init__(self, *args: Any, case: Case, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.case = case
        self.user = user
        self.describe_fields()

    def full_clean(self) -> None:
        super().full_clean()
        self.mark_invalid()


class RecordForm(AccessibleFormMixin, forms.ModelForm):
    """A form for one record. Model validation is left to the action, on the real write.

    Django's ModelForm would validate by changing the instance in place; the action must see
    the record as it was, to write the history entry's "before", so that step is skipped and
    the action's own ``full_clean`` reports the errors instead.
    """

    many_to_many: tuple[str, ...] = ()

    def __init__(self, *args: Any, case: Case, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.case = case
        self.user = user
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and hasattr(queryset, "restrict"):
                field.queryset = queryset.restrict(user, "view").filter(case=case)  # type: ignore[attr-defined]
        self.describe_fields()

    def _post_clean(self) -> None:
        self.mark_invalid()

    def field_values(self) -> dict[str, Any]:
        return {
            name: self.cleaned_data[name]
            for name in self.fields
            if name in self.cleaned_data and name not in self.many_to_many
        }

    def check_model(self) -> None:
        """The record's own cross-field rules on what is valid so far (live validation).

        The full check runs in the action once every field is valid; while the user is still
        filling the form, this reports e.g. an end date before the start date at once.
        """
        candidate = copy.copy(self.instance)
        candidate.case = self.case
        try:
            for name, value in self.field_values().items():
                setattr(candidate, name, value)
            candidate.clean()
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, messages in error.message_dict.items():
                    if field in self.fields and field not in self.errors:
                        for message in messages:
                            self.add_error(field, message)
        except (AttributeError, TypeError, ValueError, LookupError):
            return  # incomplete input: the check on submit decides

    def write(self) -> Model:
        from rightsledger.cases.actions import create_object, update_object

        if self.instance.pk:
            return update_object(self.instance, acting_user=self.user, **self.field_values())
        return create_object(
            type(self.instance), acting_user=self.user, case=self.case, **self.field_values()
        )
