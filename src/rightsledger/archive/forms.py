"""The "Export as a bag" form: what the command line's ``export bag`` options mean to a person;
and the "Import a case from a bag" form, which looks at the ZIP file before it is kept."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from rightsledger.archive.bag_check import key_problem
from rightsledger.archive.bag_zip import BagZip, BagZipRefused, check_zip
from rightsledger.archive.redact import PURPOSES

KEY_MAX_BYTES = 16 * 1024  # a PEM public key is a few hundred bytes

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


class BagImportForm(forms.Form):
    bag = forms.FileField(
        label=_("The bag, as one ZIP file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
        help_text=_("The ZIP file an Exports tab gives for an internal bag."),
    )  # fmt: skip
    trusted_key = forms.FileField(
        label=_("The signer's public key (PEM)"), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".pem,.pub,text/plain"}),
        help_text=_("Only for a bag whose chain head is signed: the Ed25519 public key of the "
                    "installation that made it. The key inside the bag is not trusted."),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.checked: BagZip | None = None
        limit = settings.BAG_UPLOAD_MAX_BYTES
        bag = self.fields["bag"]
        bag.help_text = _("%(text)s At most %(limit)s.") % {
            "text": bag.help_text, "limit": filesizeformat(limit)}  # fmt: skip
        # Said in the browser as soon as the file is chosen (archive/bag-import.js), before
        # a byte of it is sent.
        bag.widget.attrs.update({"data-max-bytes": str(limit), "data-too-large": _(
            "This file is larger than %(limit)s, the most a bag sent here may be (a larger one "
            "imports on the server: rightsledger import bag).") % {
                "limit": filesizeformat(limit)}})  # fmt: skip

    def clean_bag(self) -> Any:
        upload = self.cleaned_data["bag"]
        limit = settings.BAG_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s; a bag sent here may be at most %(limit)s (a larger "
                  "one imports on the server: rightsledger import bag)."),
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )  # fmt: skip
        try:
            self.checked = check_zip(upload, max_unpacked=settings.BAG_MAX_UNPACKED_BYTES)
        except BagZipRefused as refused:
            raise forms.ValidationError(str(refused)) from refused
        finally:
            upload.seek(0)
        return upload

    def clean_trusted_key(self) -> str | None:
        upload = self.cleaned_data.get("trusted_key")
        if not upload:
            return None
        data = upload.read(KEY_MAX_BYTES + 1)
        try:
            text = data.decode("ascii")
        except UnicodeDecodeError:
            text = ""
        if len(data) > KEY_MAX_BYTES or "-----BEGIN PUBLIC KEY-----" not in text:
            raise forms.ValidationError(_("This is not a public key in PEM form."))
        return text

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.checked is not None:
            problem = key_problem(signed=self.checked.signed,
                                  key_given=bool(data.get("trusted_key")))  # fmt: skip
            if problem == "missing":
                self.add_error("trusted_key", _("The bag's chain head is signed: give the "
                                                "signer's public key to check it."))  # fmt: skip
            elif problem == "unsigned":
                self.add_error("trusted_key", _("The bag's chain head is not signed: there is "
                                                "nothing for a key to check."))  # fmt: skip
        return data
