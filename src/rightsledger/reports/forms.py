"""The "Case file" form: scope, format, purpose and recipient, language."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rightsledger.reports.models import FORMATS, LANGUAGES, PURPOSES

PURPOSE_LABELS = {
    "internal": _("internal use"),
    "sharing": _("sharing with a named recipient"),
    "publication": _("publication"),
}


class CaseFileForm(forms.Form):
    event = forms.TypedChoiceField(label=_("Scope"), coerce=int, required=False, empty_value=None)
    format = forms.ChoiceField(label=_("Format"), choices=[(f, f.upper()) for f in FORMATS])
    purpose = forms.ChoiceField(label=_("Purpose"),
                                choices=[(p, PURPOSE_LABELS[p]) for p in PURPOSES])  # fmt: skip
    recipient = forms.CharField(label=_("Recipient"), max_length=300, required=False,
                                help_text=_("The body a file for sharing goes to."))  # fmt: skip
    language = forms.ChoiceField(label=_("Language"),
                                 choices=[("en", "English"), ("ru", "Русский"),
                                          ("az", "Azərbaycanca")])  # fmt: skip

    def __init__(self, *args: Any, events: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["event"].choices = [("", _("the whole case")), *events]  # type: ignore[attr-defined]
        assert set(LANGUAGES) == {c for c, _ in self.fields["language"].choices}  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("purpose") == "sharing" and not (data.get("recipient") or "").strip():
            self.add_error("recipient", _("A file for sharing names its recipient."))
        return data
