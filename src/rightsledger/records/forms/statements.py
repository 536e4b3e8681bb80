"""Forms of the statement-reading page: the statement itself, then one form per draft claim."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rightsledger.analysis.statements import LANGUAGES
from rightsledger.records import vocabulary as v
from rightsledger.records.statements import (
    MAX_STATEMENT_BYTES,
    StatementTextError,
    statement_text,
)
from rightsledger.web.forms.base import CaseForm

_LANGUAGE_CHOICES = [("auto", _("recognise from the text")), *((c, c) for c in LANGUAGES)]


class StatementForm(CaseForm):
    title = forms.CharField(label=_("Title of the new source"), max_length=300)
    author = forms.CharField(label=_("Author"), max_length=300, required=False)
    reliability = forms.ChoiceField(
        label=_("Reliability"), choices=v.Reliability.choices, initial=v.Reliability.F
    )
    language = forms.ChoiceField(label=_("Language"), choices=_LANGUAGE_CHOICES, initial="auto")
    text = forms.CharField(
        label=_("Text of the statement"), required=False, widget=forms.Textarea(attrs={"rows": 12})
    )
    file = forms.FileField(
        label=_("…or a text file"), required=False,
        help_text=_("Plain text in UTF-8, up to 1 MiB."),
    )  # fmt: skip

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("file")
        field = "file" if upload is not None else "text"
        try:
            if upload is None:
                data["text"] = statement_text(data.get("text") or "")
            else:  # one byte past the limit tells that it is over
                data["text"] = statement_text(upload.read(MAX_STATEMENT_BYTES + 1))
        except StatementTextError as error:
            raise ValidationError({field: str(error)}) from error
        return data

    def source_fields(self) -> dict[str, Any]:
        return {
            "title": self.cleaned_data["title"],
            "author": self.cleaned_data.get("author", ""),
            "reliability": self.cleaned_data["reliability"],
        }


class DraftForm(forms.Form):
    """One draft claim, as read and as corrected by the person accepting it."""

    keep = forms.BooleanField(label=_("Accept"), required=False, initial=True)
    category = forms.ChoiceField(label=_("Category"), choices=v.AggregateCategory.choices)
    subgroup = forms.ChoiceField(label=_("Subgroup"), choices=v.Subgroup.choices)
    subgroup_label = forms.CharField(label=_("Other subgroup"), max_length=100, required=False)
    qualifier = forms.ChoiceField(label=_("Qualifier"), choices=v.CountQualifier.choices)
    count = forms.IntegerField(label=_("Count"), min_value=0, required=False)
    count_low = forms.IntegerField(label=_("Count, low end"), min_value=0, required=False)
    count_high = forms.IntegerField(label=_("Count, high end"), min_value=0, required=False)
    qualifier_words = forms.CharField(label=_("Words"), max_length=100, required=False)
    parent = forms.IntegerField(label=_("Part of"), min_value=1, required=False)
    as_stated = forms.CharField(widget=forms.HiddenInput, max_length=500)
    start = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    end = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


DraftFormSet = forms.formset_factory(DraftForm, extra=0, max_num=500, validate_max=True)


def drafts_from(formset: Any, text: str) -> list[dict[str, Any]]:
    """The kept drafts as claim fields; parts of a draft left out become wholes."""
    rows = [f.cleaned_data for f in formset.forms if f.cleaned_data.get("keep")]
    numbers = [i + 1 for i, f in enumerate(formset.forms) if f.cleaned_data.get("keep")]
    position = {number: index for index, number in enumerate(numbers)}
    drafts = []
    for row in rows:
        start, end = row["start"], row["end"]
        if end > len(text) or text[start:end] != row["as_stated"]:
            raise ValidationError(_("The text changed since it was read: read it again."))
        draft = {name: row[name] for name in (
            "category", "subgroup", "subgroup_label", "qualifier", "count", "count_low",
            "count_high", "qualifier_words", "as_stated", "start", "end",
        )}  # fmt: skip
        if draft["subgroup"] != v.Subgroup.OTHER:
            draft["subgroup_label"] = ""
        draft["parent"] = position.get(row["parent"]) if row["parent"] else None
        drafts.append(draft)
    return drafts
