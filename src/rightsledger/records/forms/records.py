"""Editing forms for the record. Each ``write`` calls the action functions, never ``save()``."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.actions import add_person_name, create_person, set_event_places
from rightsledger.records.bounds import MAX_NAMES_PER_PERSON, TOO_MANY_NAMES
from rightsledger.records.checks import Finding, findings_for
from rightsledger.records.dates import precision_for, with_precisions
from rightsledger.records.forms.base import CaseRecordForm
from rightsledger.web.forms.base import CaseForm, DateInput, RecordForm

LABELS: dict[str, Any] = {
    "name": _("Name"), "parent": _("Within"), "latitude": _("Latitude"),
    "longitude": _("Longitude"), "notes": _("Notes"), "title": _("Title"),
    "event_type": _("Event type"), "start_date": _("Start date"),
    "start_precision": _("Start precision"), "end_date": _("End date"),
    "end_precision": _("End precision"), "date_as_stated": _("Date as stated"),
    "places": _("Places"), "description": _("Description"), "event": _("Event"),
    "act_type": _("Act type"), "date": _("Date"), "date_precision": _("Date precision"),
    "place": _("Place"), "method": _("Method"), "sex": _("Sex"), "birth_date": _("Birth date"),
    "birth_precision": _("Birth date precision"), "birth_year": _("Birth year"),
    "age_at_event": _("Age at the event"), "place_of_origin": _("Place of origin"),
    "role": _("Role"), "perpetrator_degree": _("Perpetrator's degree"),
    "unit": _("Unit or organisation"), "status": _("Status"), "kind": _("Kind"),
    "reliability": _("Reliability"), "author": _("Author"), "reference": _("Reference"),
    "source": _("Source"), "credibility": _("Credibility"), "statement": _("Statement"),
    "locator": _("Locator"), "subject_id": _("Record number"), "category": _("Category"),
    "subgroup": _("Subgroup"), "count": _("Count"), "count_low": _("Count, low end"),
    "count_high": _("Count, high end"), "as_stated": _("As stated"),
}  # fmt: skip


def labels(*names: str, **overrides: Any) -> dict[str, Any]:
    return {**{name: LABELS[name] for name in names}, **overrides}


class PlaceForm(RecordForm):
    class Meta:
        model = rm.Place
        fields = ["name", "parent", "latitude", "longitude", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        labels = labels(*fields)


class CheckedMixin:
    """After the write, the record's sanity checks: warnings shown with the saved record."""

    warnings: list[Finding] = []

    def check_written(self, written: Model) -> None:
        self.warnings = findings_for(written)


class DatedForm(CheckedMixin, RecordForm):
    """A record with dates: a full date entered without a precision is an exact day."""

    def field_values(self) -> dict[str, Any]:
        current = self.instance if self.instance.pk else None
        return with_precisions(type(self.instance), super().field_values(), current)


class EventForm(DatedForm):
    many_to_many = ("places",)

    class Meta:
        model = rm.Event
        fields = [
            "title", "event_type", "parent", "start_date", "start_precision", "end_date",
            "end_precision", "date_as_stated", "places", "description",
        ]  # fmt: skip
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "description": forms.Textarea(attrs={"rows": 4}),
            "places": forms.CheckboxSelectMultiple,
        }
        labels = labels(*fields, parent=_("Part of event"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # An event cannot be inside itself; deeper cycles are refused by the model.
            parent: Any = self.fields["parent"]
            parent.queryset = parent.queryset.exclude(pk=self.instance.pk)

    def write(self) -> Model:
        with transaction.atomic():
            event: Any = super().write()
            set_event_places(
                event=event, places=list(self.cleaned_data.get("places") or []),
                acting_user=self.user,
            )  # fmt: skip
        return event


class ActForm(DatedForm):
    class Meta:
        model = rm.Act
        fields = [
            "event", "act_type", "date", "date_precision", "date_as_stated", "place", "method",
            "notes",
        ]  # fmt: skip
        widgets = {"date": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}
        labels = labels(*fields)


class PersonForm(DatedForm):
    class Meta:
        model = rm.Person
        fields = [
            "sex", "birth_date", "birth_precision", "birth_year", "age_at_event",
            "place_of_origin", "notes",
        ]  # fmt: skip
        widgets = {"birth_date": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}
        labels = labels(*fields)

    def __init__(self, *args: Any, names: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.names = names

    def write(self) -> Model:
        return write_person(self, self.names, user=self.user)


class NameForm(CaseForm):
    """One name of a person; a blank row is ignored."""

    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    value = forms.CharField(label=_("Name"), required=False, max_length=300)
    kind = forms.ChoiceField(label=_("Kind"), choices=v.NameKind.choices, initial="full")
    script = forms.CharField(
        label=_("Script"), required=False, max_length=8, help_text=_("e.g. Latn, Cyrl, Armn")
    )
    language = forms.CharField(
        label=_("Language"), required=False, max_length=16, help_text=_("e.g. az, ru, hy")
    )
    delete = forms.BooleanField(label=_("Remove"), required=False)

    def has_value(self) -> bool:
        return bool(getattr(self, "cleaned_data", {}).get("value", "").strip())

    def name_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {key: data[key].strip() for key in ("value", "kind", "script", "language")}


class BaseNameFormSet(forms.BaseFormSet):
    default_error_messages = {"too_many_forms": TOO_MANY_NAMES}

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        kept = [f for f in self.forms if f.has_value() and not f.cleaned_data.get("delete")]
        if not kept:
            raise ValidationError(_("A person needs at least one name."))


# Past the bound, the whole form is refused with a message (validate_max), before any write.
NameFormSet = forms.formset_factory(
    NameForm, formset=BaseNameFormSet, extra=2, max_num=MAX_NAMES_PER_PERSON, validate_max=True
)


def name_formset(
    data: Any, *, case: Any, user: Any, person: rm.Person | None = None
) -> BaseNameFormSet:
    initial = []
    if person is not None:
        initial = [
            {"id": n.pk, "value": n.value, "kind": n.kind, "script": n.script,
             "language": n.language}
            for n in person.names.all()
        ]  # fmt: skip
    formset: Any = NameFormSet(
        data, initial=initial, prefix="names", form_kwargs={"case": case, "user": user}
    )
    return formset


def write_person(person_form: PersonForm, names: BaseNameFormSet, *, user: Any) -> rm.Person:
    """Create or update a person with their names, all or nothing."""
    with transaction.atomic():
        if not person_form.instance.pk:
            rows = [f.name_fields() for f in names.forms if f.has_value()]
            return create_person(
                case=person_form.case, acting_user=user, names=rows, **person_form.field_values()
            )
        person: Any = RecordForm.write(person_form)
        existing = {n.pk: n for n in person.names.all()}
        for form in names.forms:
            if not form.has_value():
                continue
            fields = form.name_fields()
            name = existing.get(form.cleaned_data.get("id"))
            if name is None:
                if not form.cleaned_data.get("delete"):
                    add_person_name(person=person, acting_user=user, **fields)
            elif form.cleaned_data.get("delete"):
                delete_object(name, acting_user=user)
            else:
                update_object(name, acting_user=user, **fields)
        first = person.names.order_by("pk").first()
        display = first.value if first else ""
        if person.display_name != display:
            update_object(person, acting_user=user, display_name=display)
        return person


class RelationshipForm(CaseRecordForm):
    kind = forms.ChoiceField(label=_("Relationship"), choices=v.RelationshipKind.choices)
    relative = forms.IntegerField(
        label=_("Relative (person number)"), min_value=1,
        help_text=_("Type a name in the search box to find the number."),
    )  # fmt: skip
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea({"rows": 2}))

    def __init__(self, *args: Any, person: rm.Person, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.person = person

    def write(self) -> Model:
        relative = self.person_by_number("relative", self.cleaned_data["relative"])
        return create_object(
            rm.Relationship, acting_user=self.user, case=self.case, person=self.person,
            relative=relative, kind=self.cleaned_data["kind"], notes=self.cleaned_data["notes"],
        )  # fmt: skip


class InvolvementForm(CheckedMixin, RecordForm):
    class Meta:
        model = rm.Involvement
        fields = ["role", "perpetrator_degree", "unit", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        labels = labels(*fields)


class StatusForm(DatedForm):
    class Meta:
        model = rm.StatusRecord
        fields = ["status", "date", "date_precision", "notes"]
        widgets = {"date": DateInput(), "notes": forms.Textarea(attrs={"rows": 2})}
        labels = labels(*fields)

    def __init__(self, *args: Any, involvement: rm.Involvement | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.involvement = involvement

    def write(self) -> Model:
        if self.instance.pk:
            return super().write()
        return create_object(
            rm.StatusRecord, acting_user=self.user, case=self.case,
            involvement=self.involvement, **self.field_values(),
        )  # fmt: skip


class ParticipantForm(CheckedMixin, CaseRecordForm):
    """Adds a person to an act: an existing person by number, or a new one by name."""

    person = forms.IntegerField(
        label=_("Existing person (number)"), required=False, min_value=1,
        help_text=_("Leave empty to record a new person below."),
    )  # fmt: skip
    name = forms.CharField(label=_("New person's name"), required=False, max_length=300)
    sex = forms.ChoiceField(label=_("Sex"), choices=v.Sex.choices, initial=v.Sex.UNKNOWN)
    age_at_event = forms.IntegerField(
        label=_("Age at the event"), required=False, min_value=0, max_value=130
    )
    birth_year = forms.IntegerField(
        label=_("Birth year"), required=False, min_value=1800, max_value=2100
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=v.InvolvementRole.choices, initial=v.InvolvementRole.VICTIM
    )
    perpetrator_degree = forms.ChoiceField(
        label=_("Perpetrator's degree"), required=False,
        choices=[("", "—"), *v.PerpetratorDegree.choices],
    )  # fmt: skip
    unit = forms.CharField(label=_("Unit or organisation"), required=False, max_length=300)
    status = forms.ChoiceField(
        label=_("Victim status"), required=False, choices=[("", "—"), *v.VictimStatus.choices]
    )
    status_date = forms.DateField(label=_("Status date"), required=False, widget=DateInput())

    def __init__(self, *args: Any, act: rm.Act, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.act = act

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("person") and not (data.get("name") or "").strip():
            self.add_error("name", _("Give the number of an existing person or a new name."))
        if data.get("status") and data.get("role") != v.InvolvementRole.VICTIM:
            self.add_error("status", _("Only victims have a status."))
        return data

    def write(self) -> Model:
        data = self.cleaned_data
        with transaction.atomic():
            person = self.person_by_number("person", data.get("person"))
            if person is None:
                person = create_person(
                    case=self.case, acting_user=self.user, sex=data["sex"],
                    age_at_event=data.get("age_at_event"), birth_year=data.get("birth_year"),
                    names=[{"value": data["name"].strip(), "kind": v.NameKind.FULL}],
                )  # fmt: skip
            involvement = create_object(
                rm.Involvement, acting_user=self.user, case=self.case, act=self.act,
                person=person, role=data["role"],
                perpetrator_degree=data.get("perpetrator_degree") or "", unit=data.get("unit", ""),
            )  # fmt: skip
            if data.get("status"):
                create_object(
                    rm.StatusRecord, acting_user=self.user, case=self.case,
                    involvement=involvement, status=data["status"], date=data.get("status_date"),
                    date_precision=precision_for(data.get("status_date"), None),
                )  # fmt: skip
        return involvement


class SourceForm(RecordForm):
    class Meta:
        model = rm.Source
        fields = ["title", "kind", "reliability", "author", "date", "reference", "notes"]
        widgets = {"date": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}
        labels = labels(*fields)


CLAIM_SUBJECTS = rm.CLAIM_SUBJECTS


class ClaimForm(RecordForm):
    subject_kind = forms.ChoiceField(
        label=_("About a"), required=False,
        choices=[("", "—"), *((key, label) for key, (_m, label) in CLAIM_SUBJECTS.items())],
    )  # fmt: skip

    class Meta:
        model = rm.Claim
        fields = [
            "source", "kind", "credibility", "statement", "locator", "subject_kind",
            "subject_id", "event", "category", "subgroup", "count", "count_low", "count_high",
            "as_stated",
        ]  # fmt: skip
        widgets = {"statement": forms.Textarea(attrs={"rows": 3})}
        labels = labels(*(f for f in fields if f != "subject_kind"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        subject = self.instance.subject_type
        if subject is not None and not self.is_bound:
            model = subject.model_class()
            self.initial["subject_kind"] = next(
                (key for key, (m, _label) in CLAIM_SUBJECTS.items() if m is model), ""
            )

    def field_values(self) -> dict[str, Any]:
        values = super().field_values()
        kind = values.pop("subject_kind", "")
        values["subject_type"] = (
            ContentType.objects.get_for_model(CLAIM_SUBJECTS[kind][0]) if kind else None
        )
        for name in ("category", "subgroup"):
            values[name] = values.get(name) or ""
        return values
