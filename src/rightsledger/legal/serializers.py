"""Serializers of the legal API: the shared catalogue, qualifications and element links."""

from __future__ import annotations

from typing import Any

import django_filters as df
from django.contrib.contenttypes.models import ContentType
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from rightsledger.api.fields import CaseSlugField, RestrictedPrimaryKeyRelatedField
from rightsledger.api.filters import CaseFilterSet
from rightsledger.api.serializers import acting_user
from rightsledger.legal import actions
from rightsledger.legal.models import (
    LINK_TARGETS,
    ActTypeMapping,
    Crime,
    Element,
    ElementLink,
    Instrument,
    Provision,
    Qualification,
)
from rightsledger.records import models as rm
from rightsledger.records.serializers import CaseScopedSerializer

ANALYZE = "analyze"  # proposing and arguing qualifications is analysis


class TextsField(serializers.JSONField):
    """Texts by language, as stored; on input merged by language (see the action)."""


class InstrumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Instrument
        fields = ["id", "code", "title", "short_title", "edition", "adopted_on", "in_force_on",
                  "published_in", "origin"]  # fmt: skip
        read_only_fields = ["id", "code", "origin"]

    def update(self, instance: Instrument, validated_data: dict[str, Any]) -> Instrument:
        return actions.update_catalogue_entry(
            instance, acting_user=acting_user(self), **validated_data
        )


class ProvisionSerializer(serializers.ModelSerializer):
    instrument: Any = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Provision
        fields = ["id", "code", "instrument", "number", "kind", "title", "summary", "origin"]
        read_only_fields = ["id", "code", "instrument", "number", "origin"]

    def update(self, instance: Provision, validated_data: dict[str, Any]) -> Provision:
        return actions.update_catalogue_entry(
            instance, acting_user=acting_user(self), **validated_data
        )


class ElementSerializer(serializers.ModelSerializer):
    crime: Any = serializers.SlugRelatedField(slug_field="code", read_only=True)
    label: Any = serializers.CharField(read_only=True)

    class Meta:
        model = Element
        fields = ["id", "crime", "number", "label", "kind", "text", "context_key",
                  "specific_intent", "origin"]  # fmt: skip
        read_only_fields = ["id", "crime", "number", "label", "kind", "context_key",
                            "specific_intent", "origin"]  # fmt: skip

    def update(self, instance: Element, validated_data: dict[str, Any]) -> Element:
        return actions.update_catalogue_entry(
            instance, acting_user=acting_user(self), **validated_data
        )


class CrimeSerializer(serializers.ModelSerializer):
    provision: Any = serializers.SlugRelatedField(slug_field="code", read_only=True)
    elements = serializers.SerializerMethodField()

    @extend_schema_field(ElementSerializer(many=True))
    def get_elements(self, crime: Crime) -> list[dict[str, Any]]:
        """In the Elements of Crimes' order; element 30 (article 30) last."""
        elements = sorted(crime.elements.all(), key=lambda e: (e.number == 0, e.number))
        return ElementSerializer(elements, many=True, context=self.context).data  # type: ignore[return-value]

    class Meta:
        model = Crime
        fields = ["id", "code", "provision", "category", "conflict", "name", "elements", "origin"]
        read_only_fields = ["id", "code", "provision", "category", "conflict", "origin"]

    def update(self, instance: Crime, validated_data: dict[str, Any]) -> Crime:
        return actions.update_catalogue_entry(
            instance, acting_user=acting_user(self), **validated_data
        )


class ActTypeMappingSerializer(serializers.ModelSerializer):
    case: Any = CaseSlugField(permission=ANALYZE, required=False, allow_null=True)
    provision: Any = serializers.SlugRelatedField(
        slug_field="code", queryset=Provision.objects.all(), required=False, allow_null=True
    )
    crime: Any = serializers.SlugRelatedField(
        slug_field="code", queryset=Crime.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = ActTypeMapping
        fields = ["id", "act_type", "provision", "crime", "case", "note", "origin"]
        read_only_fields = ["id", "origin"]

    def create(self, validated_data: dict[str, Any]) -> ActTypeMapping:
        return actions.add_act_type_mapping(acting_user=acting_user(self), **validated_data)


class QualificationSerializer(CaseScopedSerializer):
    case: Any = CaseSlugField(permission=ANALYZE)
    crime: Any = serializers.SlugRelatedField(
        slug_field="code", queryset=Crime.objects.all(), required=False, allow_null=True
    )
    provision: Any = serializers.SlugRelatedField(
        slug_field="code", queryset=Provision.objects.all(), required=False
    )
    event = RestrictedPrimaryKeyRelatedField(
        queryset=rm.Event.objects.all(), required=False, allow_null=True
    )
    act = RestrictedPrimaryKeyRelatedField(
        queryset=rm.Act.objects.all(), required=False, allow_null=True
    )
    attributed_to = RestrictedPrimaryKeyRelatedField(
        queryset=rm.Source.objects.all(), required=False, allow_null=True
    )
    proposed_by = serializers.CharField(source="proposer_name", read_only=True)
    immutable_on_update = ("case", "crime", "provision", "event", "act", "attributed_to")

    class Meta:
        model = Qualification
        fields = ["id", "case", "crime", "provision", "event", "act", "attributed_to", "locator",
                  "proposed_by", "status", "note"]  # fmt: skip

    def create(self, validated_data: dict[str, Any]) -> Qualification:
        data = dict(validated_data)
        data["source"] = data.pop("attributed_to", None)
        return actions.propose_qualification(acting_user=acting_user(self), **data)

    def update(self, instance: Qualification, validated_data: dict[str, Any]) -> Qualification:
        return actions.change_qualification(
            instance, acting_user=acting_user(self), **validated_data
        )


class ElementLinkSerializer(CaseScopedSerializer):
    case: Any = CaseSlugField(permission=ANALYZE)
    qualification = RestrictedPrimaryKeyRelatedField(queryset=Qualification.objects.all())
    element: Any = serializers.PrimaryKeyRelatedField(
        queryset=Element.objects.all(), required=False, allow_null=True
    )
    target_type = serializers.ChoiceField(choices=sorted(LINK_TARGETS))
    shared = serializers.SerializerMethodField()
    immutable_on_update = ("case", "qualification", "element", "target_type", "target_id")

    class Meta:
        model = ElementLink
        fields = ["id", "case", "qualification", "element", "context_key", "shared", "stance",
                  "target_type", "target_id", "note"]  # fmt: skip
        read_only_fields = ["context_key"]

    def get_shared(self, link: ElementLink) -> bool:
        """True for a contextual element argued once for the whole case."""
        return link.qualification_id is None

    def to_representation(self, instance: ElementLink) -> dict[str, Any]:
        data = super().to_representation(instance)
        label = f"{instance.target_type.app_label}.{instance.target_type.model}"
        data["target_type"] = next((k for k, v in LINK_TARGETS.items() if v == label), None)
        return data

    def create(self, validated_data: dict[str, Any]) -> ElementLink:
        data = dict(validated_data)
        case = data.pop("case")
        qualification = data.pop("qualification")
        if qualification.case_id != case.pk:
            raise serializers.ValidationError(
                {"qualification": ["Linked records must belong to the same case."]}
            )
        app_label, model = LINK_TARGETS[data.pop("target_type")].split(".")
        model_class: Any = ContentType.objects.get_by_natural_key(app_label, model).model_class()
        target = (
            model_class.objects.restrict(acting_user(self), "view")
            .filter(case=case, pk=data.pop("target_id"))
            .first()
        )
        if target is None:
            raise serializers.ValidationError({"target_id": ["No such record in this case."]})
        return actions.link_to_element(
            qualification=qualification, target=target, acting_user=acting_user(self), **data
        )

    def update(self, instance: ElementLink, validated_data: dict[str, Any]) -> ElementLink:
        return actions.change_link(instance, acting_user=acting_user(self), **validated_data)


class QualificationFilterSet(CaseFilterSet):
    crime = df.CharFilter(field_name="crime__code")

    class Meta:
        model = Qualification
        fields = ["case", "status", "crime", "event", "act"]


class ElementLinkFilterSet(CaseFilterSet):
    class Meta:
        model = ElementLink
        fields = ["case", "qualification", "element", "stance", "target_id"]


class ProvisionFilterSet(df.FilterSet):
    instrument = df.CharFilter(field_name="instrument__code", lookup_expr="iexact")

    class Meta:
        model = Provision
        fields = ["instrument", "kind", "code"]


class CrimeFilterSet(df.FilterSet):
    class Meta:
        model = Crime
        fields = ["category", "conflict", "code"]


class ActTypeMappingFilterSet(df.FilterSet):
    case = df.CharFilter(field_name="case__slug")

    class Meta:
        model = ActTypeMapping
        fields = ["act_type", "case"]
