"""Forms of the legal pages. Each ``write`` calls the legal actions; choices come through
``restrict`` (the case's records) or from the shared catalogue."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rightsledger.legal import actions
from rightsledger.legal.models import (
    LINK_TARGETS,
    Crime,
    CrimeCategory,
    Element,
    ElementLink,
    Provision,
    Qualification,
    QualificationStatus,
    Stance,
)
from rightsledger.legal.queries import suggestions_for
from rightsledger.legal.texts import LANGUAGES, localized
from rightsledger.records import models as rm
from rightsledger.records.vocabulary import ActType
from rightsledger.web.forms.base import AccessibleFormMixin, CaseForm

ANALYZE = "analyze"
LINK_KIND_LABELS = {
    "claim": _("claim"), "act": _("act"), "event": _("event"), "person": _("person"),
    "involvement": _("involvement"), "status": _("victim status"), "evidence": _("evidence item"),
}  # fmt: skip


def crime_choices(suggested: list[int] | None = None) -> list[Any]:
    crimes = list(Crime.objects.order_by("order"))
    groups: list[Any] = [("", "—")]
    if suggested:
        groups.append((_("Suggested for this act type"),
                       [(c.pk, _crime_label(c)) for c in crimes if c.pk in suggested]))  # fmt: skip
    for category, label in CrimeCategory.choices:
        groups.append((label, [(c.pk, _crime_label(c)) for c in crimes if c.category == category]))
    return groups


def _crime_label(crime: Crime) -> str:
    return f"{crime.code} — {localized(crime.name)}"


def provision_choices() -> list[Any]:
    groups: dict[str, list[tuple[int, str]]] = {}
    for p in Provision.objects.select_related("instrument").order_by("instrument__order", "order"):
        name = localized(p.instrument.short_title) or p.instrument.code
        groups.setdefault(name, []).append((p.pk, f"{p.code} — {localized(p.title)}"))
    return [("", "—"), *groups.items()]


class ProposeForm(CaseForm):
    crime = forms.TypedChoiceField(label=_("Crime"), coerce=int, empty_value=None, required=False)
    provision = forms.TypedChoiceField(
        label=_("or a provision (a violation without elements)"), coerce=int, empty_value=None,
        required=False,
    )  # fmt: skip
    event = forms.TypedChoiceField(label=_("Event"), coerce=int, empty_value=None, required=False)
    act = forms.IntegerField(label=_("Act number"), required=False, min_value=1,
                             help_text=_("Leave empty to qualify the event, or the whole case."))  # fmt: skip
    source = forms.TypedChoiceField(
        label=_("Attributed to a source"), coerce=int, empty_value=None, required=False,
        help_text=_("Choose the source (a statement, a report) that asserts this qualification; "
                    "leave empty to propose it in your own name."),
    )  # fmt: skip
    locator = forms.CharField(label=_("Where in the source"), max_length=300, required=False)
    status = forms.ChoiceField(label=_("Status"), choices=QualificationStatus.choices)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, act: rm.Act | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        suggested = []
        if act is not None:
            self.fields["act"].initial = act.pk
            suggested = [s.id for s in suggestions_for(act.act_type, self.case, self.user)
                         if s.kind == "crime"]  # fmt: skip
        self.fields["crime"].choices = crime_choices(suggested)  # type: ignore[attr-defined]
        self.fields["provision"].choices = provision_choices()  # type: ignore[attr-defined]
        events = rm.Event.objects.restrict(self.user, "view").filter(case=self.case)
        self.fields["event"].choices = [("", "—"), *((e.pk, e.title) for e in events[:1000])]  # type: ignore[attr-defined]
        sources = rm.Source.objects.restrict(self.user, "view").filter(case=self.case)
        self.fields["source"].choices = [  # type: ignore[attr-defined]
            ("", "—"),
            *((s.pk, f"{s.title} ({s.reliability})") for s in sources[:1000]),
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("crime")) == bool(data.get("provision")):
            raise ValidationError(_("Choose a crime, or a provision — one of them."))
        return data

    def _record(self, model: Any, pk: int | None, field: str) -> Any:
        if pk is None:
            return None
        found = model.objects.restrict(self.user, "view").filter(case=self.case, pk=pk).first()
        if found is None:
            raise ValidationError({field: _("No such record in this case.")})
        return found

    def write(self) -> Qualification:
        data = self.cleaned_data
        crime = Crime.objects.filter(pk=data["crime"]).first() if data["crime"] else None
        provision = (
            Provision.objects.filter(pk=data["provision"]).first() if data["provision"] else None
        )
        return actions.propose_qualification(
            case=self.case, acting_user=self.user, crime=crime, provision=provision,
            event=self._record(rm.Event, data["event"], "event"),
            act=self._record(rm.Act, data["act"], "act"),
            source=self._record(rm.Source, data["source"], "source"),
            locator=data["locator"], status=data["status"], note=data["note"],
        )  # fmt: skip


class StatusForm(CaseForm):
    status = forms.ChoiceField(label=_("Status"), choices=QualificationStatus.choices)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, qualification: Qualification, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"status": qualification.status, "note": qualification.note})
        super().__init__(*args, **kwargs)
        self.qualification = qualification

    def write(self) -> Qualification:
        return actions.change_qualification(self.qualification, acting_user=self.user,
                                            **self.cleaned_data)  # fmt: skip


def element_label(element: Element) -> str:
    text = localized(element.text)
    text = text if len(text) <= 90 else text[:89] + "…"
    return f"{element.label} · {element.get_kind_display()} — {text}"


class LinkFields(CaseForm):
    stance = forms.ChoiceField(label=_("This record"), choices=Stance.choices, initial=Stance.SUPPORTS,
                               widget=forms.RadioSelect)  # fmt: skip
    note = forms.CharField(label=_("Note"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip

    def link(
        self, qualification: Qualification, element: Element | None, target: Any
    ) -> ElementLink:
        return actions.link_to_element(
            qualification=qualification, element=element, target=target, acting_user=self.user,
            stance=self.cleaned_data["stance"], note=self.cleaned_data["note"],
        )  # fmt: skip


class LinkRecordForm(LinkFields):
    """From a qualification's matrix: link any record of the case, by kind and number."""

    element = forms.TypedChoiceField(
        label=_("Element"), coerce=int, empty_value=None, required=False
    )
    kind = forms.ChoiceField(label=_("What to link"), choices=list(LINK_KIND_LABELS.items()))
    number = forms.IntegerField(label=_("Its number"), min_value=1)
    field_order = ["element", "kind", "number", "stance", "note"]

    def __init__(self, *args: Any, qualification: Qualification, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.qualification = qualification
        elements = (
            list(qualification.crime.elements.order_by("number")) if qualification.crime else []
        )
        elements.sort(key=lambda e: (e.number == 0, e.number))
        if elements:
            self.fields["element"].choices = [(e.pk, element_label(e)) for e in elements]  # type: ignore[attr-defined]
            self.fields["element"].required = True
        else:  # a provision without elements: the link is to the provision as a whole
            del self.fields["element"]
        self.elements = {e.pk: e for e in elements}

    def write(self) -> ElementLink:
        from django.apps import apps

        data = self.cleaned_data
        model: Any = apps.get_model(LINK_TARGETS[data["kind"]])
        target = (
            model.objects.restrict(self.user, "view")
            .filter(case=self.case, pk=data["number"])
            .first()
        )
        if target is None:
            raise ValidationError({"number": _("No such record in this case.")})
        return self.link(self.qualification, self.elements.get(data.get("element") or 0), target)


class LinkFromRecordForm(LinkFields):
    """From a claim, record or evidence item: choose the qualification's element."""

    element = forms.ChoiceField(label=_("Element of a proposed qualification"))
    field_order = ["element", "stance", "note"]

    def __init__(
        self, *args: Any, target: Any, qualifications: list[Qualification], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.target = target
        self.qualifications = {q.pk: q for q in qualifications}
        groups: list[Any] = []
        for q in qualifications:
            title = f"№{q.pk} {localized(q.crime.name) if q.crime else q.provision.code}"
            if q.crime is None:
                groups.append((title, [(f"{q.pk}:", _("the provision as a whole"))]))
                continue
            elements = sorted(q.crime.elements.all(), key=lambda e: (e.number == 0, e.number))
            groups.append((title, [(f"{q.pk}:{e.pk}", element_label(e)) for e in elements]))
        self.fields["element"].choices = groups  # type: ignore[attr-defined]

    def write(self) -> ElementLink:
        qualification_id, _sep, element_id = self.cleaned_data["element"].partition(":")
        qualification = self.qualifications[int(qualification_id)]
        element = qualification.crime.elements.get(pk=int(element_id)) if element_id else None  # type: ignore[union-attr]
        return self.link(qualification, element, self.target)


TEXT_LABELS = {
    "title": _("Title"), "short_title": _("Short title"),
    "edition": _("Official edition followed, and where it is published"),
    "summary": _("Summary"), "name": _("Name"), "text": _("Text of the element"),
}  # fmt: skip
LANGUAGE_LABELS = {"en": _("English"), "ru": _("Russian"), "az": _("Azerbaijani")}


class TextsForm(AccessibleFormMixin, forms.Form):
    """An administrator's change to a catalogue entry's texts, in each language."""

    def __init__(
        self, *args: Any, entry: Any, user: Any, names: tuple[str, ...], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.entry, self.user, self.names = entry, user, names
        for name in names:
            for language in LANGUAGES:
                self.fields[f"{name}_{language}"] = forms.CharField(
                    label=f"{TEXT_LABELS[name]} ({LANGUAGE_LABELS[language]})",
                    required=language == "en",
                    initial=getattr(entry, name).get(language, ""),
                    widget=forms.Textarea(attrs={"rows": 3}),
                )
        self.describe_fields()

    def full_clean(self) -> None:
        super().full_clean()
        self.mark_invalid()

    def write(self) -> Any:
        changes = {name: {lang: self.cleaned_data[f"{name}_{lang}"] for lang in LANGUAGES}
                   for name in self.names}  # fmt: skip
        return actions.update_catalogue_entry(self.entry, acting_user=self.user, **changes)


class MappingForm(AccessibleFormMixin, forms.Form):
    """Map an act type to a crime or provision: shared (administrators) or a case's own."""

    act_type = forms.ChoiceField(label=_("Act type"), choices=ActType.choices)
    crime = forms.TypedChoiceField(label=_("Crime"), coerce=int, empty_value=None, required=False)
    provision = forms.TypedChoiceField(label=_("or a provision"), coerce=int, empty_value=None,
                                       required=False)  # fmt: skip
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)

    def __init__(self, *args: Any, user: Any, case: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user, self.case = user, case
        self.fields["crime"].choices = crime_choices()  # type: ignore[attr-defined]
        self.fields["provision"].choices = provision_choices()  # type: ignore[attr-defined]
        self.describe_fields()

    def full_clean(self) -> None:
        super().full_clean()
        self.mark_invalid()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("crime")) == bool(data.get("provision")):
            raise ValidationError(_("Choose a crime, or a provision — one of them."))
        return data

    def write(self) -> Any:
        data = self.cleaned_data
        return actions.add_act_type_mapping(
            act_type=data["act_type"], acting_user=self.user, case=self.case, note=data["note"],
            crime=Crime.objects.filter(pk=data["crime"]).first() if data["crime"] else None,
            provision=Provision.objects.filter(pk=data["provision"]).first() if data["provision"] else None,
        )  # fmt: skip
