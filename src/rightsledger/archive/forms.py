"""The "Export as a bag" form: what the command line's ``export bag`` options mean to a person."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rightsledger.archive.redact import PURPOSES

PURPOSE_LABELS = {
    "internal": _("internal: the whole record, to keep or to import elsewhere"),
    "sharing": _("sharing with a named recipient (redacted)"),
    "publication": _("publication (redacted)"),
}


class BagExportForm(forms.Form):
    purpose = forms.ChoiceField(
        label=_("Purpose"), choices=[(p, PURPOSE_LABELS[p]) for p in PURPOSES],
        widget=forms.RadioSelect, initial="sharing",
    )  # fmt: skip
    recipient = forms.CharField(
        label=_("Recipient"), max_length=300, required=False,
        help_text=_("The body a bag for sharing goes to; consents are checked for it."),
    )  # fmt: skip
    require_consent = forms.BooleanField(
        label=_("Redact every person without a granted consent for this purpose"),
        required=False,
        help_text=_("Without it, protected persons and persons who refused or withdrew "
                    "consent are redacted; with it, also everyone whose consent was never "
                    "given. Has no effect on an internal bag."),
    )  # fmt: skip

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["recipient"] = (data.get("recipient") or "").strip()
        if data.get("purpose") == "sharing" and not data["recipient"]:
            self.add_error("recipient", _("A bag for sharing names its recipient."))
        return data
