"""The browser's import of missing-person lists and exhumation records: the upload, then
which of the file's columns holds what (``missing.importing`` does the reading)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from rightsledger.missing.importing import FILE_COLUMNS, REMAINS_COLUMNS, Mappings
from rightsledger.missing.models import MissingPersonFile, RemainsCase
from rightsledger.records.vocabulary import Reliability, VictimStatus
from rightsledger.registry.models import CANONICAL_COLUMNS

LIST, REMAINS = "missing-list", "remains"
KINDS = [(LIST, _("A list of missing persons (ICRC-style tracing list)")),
         (REMAINS, _("Exhumation records (one row per remains case)"))]  # fmt: skip
NAMES = ("full_name", "given_name", "surname")
OWN_LABELS = {"height": _("height (one value, cm)"), "site": _("burial site (name or code)")}


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label=_("What the file holds"), choices=KINDS,
                             widget=forms.RadioSelect, initial=LIST)  # fmt: skip
    file = forms.FileField(label=_("File (CSV, XLSX or ODS)"))
    source_title = forms.CharField(
        label=_("Source (the organisation whose list this is)"), max_length=300,
        required=False, help_text=_("Needed for a list of missing persons."),
    )  # fmt: skip
    reliability = forms.ChoiceField(label=_("Reliability of the source"),
                                    choices=Reliability.choices, initial=Reliability.F)  # fmt: skip
    event = forms.TypedChoiceField(
        label=_("Event in which they went missing"), required=False, coerce=int,
        empty_value=None, help_text=_("Without one, an event is made for the list."),
    )  # fmt: skip

    def __init__(self, *args: Any, events: Sequence[tuple[int, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["event"].choices = [("", _("— a new event for this list —")), *events]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == LIST and not (data.get("source_title") or "").strip():
            self.add_error("source_title", _("Name the source of the list."))
        return data


def _label(name: str, kind: str) -> str:
    if name in OWN_LABELS:
        return str(OWN_LABELS[name])
    model = RemainsCase if kind == REMAINS else MissingPersonFile
    try:
        return str(model._meta.get_field(name).verbose_name)  # type: ignore[union-attr]
    except FieldDoesNotExist:
        return name.replace("_", " ")  # the registry's columns are named as in its mappings


def fields_of(kind: str) -> list[tuple[str, str]]:
    """(key, our name) of every field a file of ``kind`` may fill: the registry's columns
    (``list:…``) and the file's fields (``file:…``), or the remains' (``remains:…``)."""
    if kind == REMAINS:
        return [(f"remains:{n}", n) for n in REMAINS_COLUMNS]
    return [*((f"list:{n}", n) for n in CANONICAL_COLUMNS),
            *((f"file:{n}", n) for n in FILE_COLUMNS)]  # fmt: skip


def _normal(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


class ColumnsForm(forms.Form):
    """One choice per field: which of the file's columns holds it (guessed from the
    header where a column is named like the field)."""

    def __init__(self, *args: Any, kind: str, header: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        choices = [("", _("— not in this file —")), *[(h, h) for h in header if h.strip()]]
        by_name = {_normal(h): h for h in header}
        for key, name in fields_of(kind):
            label = capfirst(_label(name, kind))
            guess = by_name.get(_normal(name)) or by_name.get(_normal(label), "")
            self.fields[key] = forms.ChoiceField(label=label, choices=choices, required=False,
                                                 initial=guess)  # fmt: skip
        if kind == LIST:
            self.fields["status_words"] = forms.CharField(
                label=_("The list's own status words"), required=False,
                widget=forms.Textarea(attrs={"rows": 3, "placeholder": "disappeared = missing"}),
                help_text=_("One per line: the word in the file = %(statuses)s.")
                % {"statuses": ", ".join(VictimStatus.values)},
            )  # fmt: skip

    def clean_status_words(self) -> dict[str, str]:
        found = {}
        for number, line in enumerate(self.cleaned_data.get("status_words", "").splitlines(), 1):
            if not line.strip():
                continue
            word, _sep, status = (p.strip() for p in line.partition("="))
            if not word or status not in VictimStatus.values:
                raise forms.ValidationError(
                    _("Line %(number)s: write the list's word = one of %(statuses)s."),
                    params={"number": number, "statuses": ", ".join(VictimStatus.values)},
                )
            found[word] = status
        return found

    def clean(self) -> dict[str, Any]:
        # One column may fill several fields (the date last seen is also the event's date).
        data = super().clean() or {}
        if self.kind == LIST and not any(data.get(f"list:{n}") for n in NAMES):
            raise forms.ValidationError(_("Choose the column holding the names."))
        if self.kind == REMAINS and not data.get("remains:tag"):
            raise forms.ValidationError(_("Choose the column holding the tags."))
        return data

    def mappings(self) -> Mappings:
        chosen: dict[str, dict[str, str]] = {"list": {}, "file": {}, "remains": {}}
        for key, value in self.cleaned_data.items():
            if value and key != "status_words":
                part, name = key.split(":", 1)
                chosen[part][name] = value
        return Mappings(list_columns=chosen["list"], file_columns=chosen["file"],
                        remains_columns=chosen["remains"], only_mapped=True,
                        status_values=self.cleaned_data.get("status_words") or {})  # fmt: skip
