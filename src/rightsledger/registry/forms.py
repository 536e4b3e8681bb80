"""Forms of the registry pages: typed input, checked before any action runs."""

from __future__ import annotations

from collections.abc import Sequence

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from rightsledger.analysis.estimation.cli import METHODS
from rightsledger.records.vocabulary import Reliability, VictimStatus
from rightsledger.registry.capture import STRATA
from rightsledger.registry.models import CANONICAL_COLUMNS, COLUMN_LABELS, MatchDecision


class UploadForm(forms.Form):
    source_title = forms.CharField(label=_("Source (the organisation whose list this is)"),
                                   max_length=300)  # fmt: skip
    reliability = forms.ChoiceField(
        label=_("Reliability of the source"), choices=Reliability.choices, initial=Reliability.F
    )
    event = forms.TypedChoiceField(
        label=_("Event the list documents"), required=False, coerce=int, empty_value=None,
        help_text=_("Without one, an event is made for the list."),
    )  # fmt: skip
    file = forms.FileField(label=_("List file (CSV, XLSX or ODS)"))
    mapping = forms.CharField(
        label=_("Column mapping (YAML, optional)"), required=False, widget=forms.Textarea(
            attrs={"rows": 4, "placeholder": "columns:\n  surname: Фамилия"}),
    )  # fmt: skip

    def __init__(self, *args: object, events: Sequence[tuple[int, str]] = (),
                 **kwargs: object) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["event"].choices = [("", _("— a new event for this list —")), *events]  # type: ignore[attr-defined]


class MappingForm(forms.Form):
    """One choice per canonical column: which of the file's columns holds it."""

    token = forms.CharField(widget=forms.HiddenInput)
    skip_invalid = forms.BooleanField(label=_("Skip rows that cannot be records"), required=False)

    def __init__(self, *args: object, header: list[str], initial_columns: dict[str, str],
                 **kwargs: object) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        choices = [("", _("— not in this file —")), *[(h, h) for h in header]]
        for column in CANONICAL_COLUMNS:
            self.fields[f"col_{column}"] = forms.ChoiceField(
                # The key stays beside the label: a mapping file names columns by it.
                label=format_lazy("{} ({})", COLUMN_LABELS[column], column), choices=choices,
                required=False,
                initial=initial_columns.get(column, ""),
            )  # fmt: skip

    def columns(self) -> dict[str, str]:
        return {c: self.cleaned_data[f"col_{c}"] for c in CANONICAL_COLUMNS
                if self.cleaned_data.get(f"col_{c}")}  # fmt: skip

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not any(data.get(f"col_{c}") for c in ("full_name", "given_name", "surname")):
            raise forms.ValidationError(_("Choose the column holding the names."))
        return data


class DecisionForm(forms.Form):
    record_a = forms.IntegerField(widget=forms.HiddenInput)
    record_b = forms.IntegerField(widget=forms.HiddenInput)
    verdict = forms.ChoiceField(choices=MatchDecision.Verdict.choices)
    note = forms.CharField(required=False, max_length=500)


class EstimateForm(forms.Form):
    method = forms.ChoiceField(label=_("Method"), choices=[(m, m) for m in METHODS])
    status = forms.ChoiceField(label=_("Population"), required=False,
                               choices=[("", _("all linked persons")), *VictimStatus.choices])  # fmt: skip
    stratify = forms.ChoiceField(label=_("Stratify by"), required=False,
                                 choices=[("", _("no strata")), *[(s, s) for s in STRATA]])  # fmt: skip
    seed = forms.IntegerField(label=_("Random seed"), required=False, min_value=0)
