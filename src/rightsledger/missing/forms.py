"""Forms of the missing pages.  Each ``write`` calls the missing app's actions; choices come
through ``restrict`` (``RecordForm`` narrows every related field to the case)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.actions import create_object, update_object
from rightsledger.evidence.models import EvidenceItem
from rightsledger.missing import actions
from rightsledger.missing import vocabulary as mv
from rightsledger.missing.models import (
    BurialSite,
    DnaMatchReport,
    Identification,
    IdentificationLine,
    MissingPersonFile,
    ReferenceDonor,
    RemainsCase,
    RemainsSample,
    SiteStatusChange,
)
from rightsledger.records import models as rm
from rightsledger.records.forms.base import CaseRecordForm
from rightsledger.web.forms.base import CaseForm, DateInput, RecordForm

TEXT = forms.Textarea(attrs={"rows": 3})


def _dates(*names: str) -> dict[str, Any]:
    return {name: DateInput() for name in names}


class FileForm(RecordForm):
    class Meta:
        model = MissingPersonFile
        fields = [
            "event", "circumstances", "last_seen_date", "last_seen_precision",
            "last_seen_place", "last_seen_with", "reported_by", "reported_on", "height_min_cm",
            "height_max_cm", "build", "hair", "eyes", "dental_notes", "distinguishing_marks",
            "clothing_and_belongings", "medical_history", "notes",
        ]  # fmt: skip
        widgets = {
            **_dates("last_seen_date", "reported_on"),
            **{n: TEXT for n in ("circumstances", "dental_notes", "distinguishing_marks",
                                 "clothing_and_belongings", "medical_history", "notes")},
        }  # fmt: skip

    def __init__(self, *args: Any, person: rm.Person | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.person = person

    def write(self) -> MissingPersonFile:
        if self.instance.pk:
            return update_object(self.instance, acting_user=self.user, **self.field_values())
        assert self.person is not None
        return actions.open_file(person=self.person, acting_user=self.user, **self.field_values())


class RelativeForm(RecordForm):
    class Meta:
        model = ReferenceDonor
        fields = [
            "name", "kinship", "reported", "contact", "sample_kind", "kit_id", "sampled_on",
            "laboratory", "consent_identification", "consent_other_uses", "consent_taken_by",
            "notes",
        ]  # fmt: skip
        widgets = {**_dates("sampled_on"), "notes": TEXT}

    def __init__(self, *args: Any, file: MissingPersonFile, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.file = file

    def write(self) -> ReferenceDonor:
        return actions.add_relative(file=self.file, acting_user=self.user, **self.field_values())


class SiteForm(RecordForm):
    reported_on = forms.DateField(label=_("Reported on"), required=False, widget=DateInput())
    team = forms.CharField(label=_("Responsible team"), required=False, max_length=300)

    class Meta:
        model = BurialSite
        fields = ["name", "kind", "place", "event", "latitude", "longitude", "area",
                  "precision", "how_found", "found_details", "notes"]  # fmt: skip
        widgets = {"found_details": TEXT, "notes": TEXT,
                   "area": forms.Textarea(attrs={"rows": 2})}  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:  # the status over time is changed on its own form
            del self.fields["reported_on"], self.fields["team"]

    def field_values(self) -> dict[str, Any]:
        values = super().field_values()
        values.pop("reported_on", None), values.pop("team", None)
        return values

    def write(self) -> BurialSite:
        if self.instance.pk:
            return update_object(self.instance, acting_user=self.user, **self.field_values())
        return actions.record_site(case=self.case, acting_user=self.user,
                                   reported_on=self.cleaned_data.get("reported_on"),
                                   team=self.cleaned_data.get("team", ""), **self.field_values())  # fmt: skip


class SiteStatusForm(RecordForm):
    class Meta:
        model = SiteStatusChange
        fields = ["status", "date", "team", "notes"]
        widgets = {**_dates("date"), "notes": TEXT}

    def __init__(self, *args: Any, site: BurialSite, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site = site

    def write(self) -> SiteStatusChange:
        return actions.set_site_status(site=self.site, acting_user=self.user,
                                       **self.field_values())  # fmt: skip


class RemainsForm(RecordForm):
    class Meta:
        model = RemainsCase
        fields = [
            "tag", "site", "exhumation", "recovered_on", "condition", "estimated_sex", "age_min",
            "age_max", "stature_min_cm", "stature_max_cm", "trauma", "cause_of_death",
            "manner_of_death", "dental_findings", "clothing_and_effects", "pathologist",
            "commingling_group", "notes",
        ]  # fmt: skip
        widgets = {**_dates("recovered_on"), "trauma": TEXT, "cause_of_death": TEXT,
                   "dental_findings": TEXT, "clothing_and_effects": TEXT,
                   "notes": TEXT}  # fmt: skip


class SampleForm(RecordForm):
    class Meta:
        model = RemainsSample
        fields = ["kind", "kit_id", "taken_on", "laboratory", "notes"]
        widgets = {**_dates("taken_on"), "notes": TEXT}

    def __init__(self, *args: Any, remains: RemainsCase, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.remains = remains

    def write(self) -> RemainsSample:
        return create_object(RemainsSample, acting_user=self.user, case=self.case,
                             remains=self.remains, **self.field_values())  # fmt: skip


class EvidenceFileMixin:
    """A file uploaded here (up to the request limit), or an evidence item by number."""

    cleaned_data: dict[str, Any]
    case: Any
    user: Any

    def evidence_item(self, purpose: str, description: str) -> EvidenceItem:
        from rightsledger.evidence.actions import ingest_stream

        upload = self.cleaned_data.get("upload")
        number: Any = self.cleaned_data.get("item")
        if bool(upload) == bool(number):
            raise ValidationError({"upload": _("Choose a file, or give an evidence item's "
                                               "number — one of them.")})  # fmt: skip
        if upload:
            return ingest_stream(case=self.case, chunks=upload.chunks(), file_name=upload.name,
                                 acting_user=self.user, description=description,
                                 purpose=purpose).item  # fmt: skip
        item = (
            EvidenceItem.objects.restrict(self.user, "change")
            .filter(case=self.case, pk=int(number)).first()
        )  # fmt: skip
        if item is None:
            raise ValidationError({"item": _("No evidence item with this number in this case.")})
        return item


def _upload_fields() -> tuple[forms.Field, forms.Field]:
    return (
        forms.FileField(label=_("File"), required=False,
                        help_text=_("Up to 2 MiB here; larger files through the Evidence tab.")),
        forms.IntegerField(label=_("or the number of an evidence item"), required=False,
                           min_value=1),
    )  # fmt: skip


class AttachForm(EvidenceFileMixin, CaseForm):
    upload, item = _upload_fields()
    role = forms.ChoiceField(label=_("What it is"), choices=mv.AttachmentRole.choices)
    notes = forms.CharField(label=_("Notes"), required=False, widget=TEXT)

    def __init__(self, *args: Any, target: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target = target

    def write(self) -> Any:
        item = self.evidence_item("attached to the missing persons' record",
                                  self.cleaned_data["notes"])  # fmt: skip
        return actions.attach(item=item, acting_user=self.user, role=self.cleaned_data["role"],
                              notes=self.cleaned_data["notes"], **self.target)  # fmt: skip


class DnaReportForm(EvidenceFileMixin, RecordForm):
    upload, item = _upload_fields()
    donors = forms.ModelMultipleChoiceField(
        label=_("Reference donors used"), queryset=ReferenceDonor.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip

    class Meta:
        model = DnaMatchReport
        fields = ["report_number", "laboratory", "report_date", "sample", "file",
                  "likelihood_ratio", "posterior_probability", "conclusion", "notes"]  # fmt: skip
        widgets = {**_dates("report_date"), "notes": TEXT}

    many_to_many = ("donors", "upload", "item")
    field_order = ["upload", "item", "report_number", "laboratory", "report_date", "sample",
                   "file", "donors"]  # fmt: skip

    def __init__(self, *args: Any, remains: RemainsCase, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sample: Any = self.fields["sample"]
        sample.queryset = sample.queryset.filter(remains=remains)
        donors: Any = self.fields["donors"]
        donors.queryset = (
            ReferenceDonor.objects.restrict(self.user, "change")
            .filter(case=self.case).exclude(kit_id="").select_related("file__person")
        )  # fmt: skip
        donors.label_from_instance = lambda d: (
            f"{d.file.person} — {d.get_kinship_display()} — {d.kit_id}"
        )
        person_file: Any = self.fields["file"]
        person_file.label_from_instance = lambda f: str(f.person)

    def write(self) -> DnaMatchReport:
        values = self.field_values()
        item = self.evidence_item("DNA match report", f"DNA match report {values['report_number']}")
        return actions.record_dna_report(case=self.case, acting_user=self.user, report_item=item,
                                         donors=list(self.cleaned_data["donors"]), **values)  # fmt: skip


class ProposeForm(CaseRecordForm):
    person = forms.IntegerField(label=_("Person number"), min_value=1)
    kind = forms.ChoiceField(label=_("Line of evidence"), choices=mv.LineKind.choices)
    dna_report = forms.TypedChoiceField(label=_("DNA match report"), coerce=int,
                                        empty_value=None, required=False)  # fmt: skip
    summary = forms.CharField(label=_("What it shows"), required=False, widget=TEXT)
    notes = forms.CharField(label=_("Notes"), required=False, widget=TEXT)

    def __init__(self, *args: Any, remains: RemainsCase, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.remains = remains
        reports = DnaMatchReport.objects.restrict(self.user, "change").filter(
            case=self.case, sample__remains=remains).select_related("file__person")  # fmt: skip
        self.fields["dna_report"].choices = [  # type: ignore[attr-defined]
            ("", "—"), *((r.pk, f"{r} → {r.file.person} ({r.get_conclusion_display()})")
                         for r in reports)]  # fmt: skip

    def write(self) -> Identification:
        data = self.cleaned_data
        person = self.person_by_number("person", data["person"])
        assert person is not None
        report = None
        if data["dna_report"]:
            report = DnaMatchReport.objects.restrict(self.user, "change").filter(
                case=self.case, pk=data["dna_report"]).first()  # fmt: skip
        line = {"kind": data["kind"], "dna_report": report, "summary": data["summary"]}
        return actions.propose_identification(remains=self.remains, person=person,
                                              acting_user=self.user, notes=data["notes"],
                                              lines=[line])  # fmt: skip


class LineForm(RecordForm):
    class Meta:
        model = IdentificationLine
        fields = ["kind", "dna_report", "summary"]
        widgets = {"summary": TEXT}

    def __init__(self, *args: Any, identification: Identification, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.identification = identification
        report: Any = self.fields["dna_report"]
        report.queryset = report.queryset.filter(sample__remains=identification.remains_id)

    def write(self) -> IdentificationLine:
        return actions.add_line(identification=self.identification, acting_user=self.user,
                                **self.field_values())  # fmt: skip


class StepForm(CaseForm):
    """The next step of an identification: notified (date, by whom), handed over (date, to
    whom), or withdrawn (why)."""

    on = forms.DateField(label=_("Date"), widget=DateInput(), required=False)
    who = forms.CharField(label=_("By or to whom"), required=False, max_length=300)
    reason = forms.CharField(label=_("Why it is withdrawn"), required=False, widget=TEXT)

    def __init__(self, *args: Any, identification: Identification, step: str, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.identification, self.step = identification, step
        keep = {"notify": ("on", "who"), "hand_over": ("on", "who"), "withdraw": ("reason",),
                "confirm": ("on",)}[step]  # fmt: skip
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        if "on" in self.fields and step != "confirm":
            self.fields["on"].required = True

    def write(self) -> Identification:
        data, user, ident = self.cleaned_data, self.user, self.identification
        if self.step == "confirm":
            return actions.confirm_identification(ident, acting_user=user, on=data.get("on"))
        if self.step == "notify":
            return actions.notify_family(ident, acting_user=user, on=data["on"],
                                         notified_by=data["who"])  # fmt: skip
        if self.step == "hand_over":
            return actions.hand_over(ident, acting_user=user, on=data["on"], to=data["who"])
        return actions.withdraw_identification(ident, acting_user=user, reason=data["reason"])
