"""Serializers and filters of the API for protection: protected persons (and re-identification), classifications, consent."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from rest_framework import serializers

from rightsledger.api.fields import CaseSlugField, RestrictedPrimaryKeyRelatedField
from rightsledger.api.filters import CaseFilterSet
from rightsledger.api.serializers import acting_user
from rightsledger.protection import actions
from rightsledger.protection.models import Classification, Consent, ProtectedIdentity
from rightsledger.records.models import Person
from rightsledger.records.serializers import CaseScopedSerializer

CLASSIFIABLE = {
    "place": ("records", "place"), "event": ("records", "event"), "act": ("records", "act"),
    "person": ("records", "person"), "person-name": ("records", "personname"),
    "involvement": ("records", "involvement"), "status": ("records", "statusrecord"),
    "source": ("records", "source"), "claim": ("records", "claim"),
    "evidence": ("evidence", "evidenceitem"),
}  # fmt: skip


class ConsentSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "person")

    class Meta:
        model = Consent
        fields = ["id", "case", "person", "purpose", "recipient", "granted", "given_on",
                  "taken_by", "withdrawn_on", "notes"]  # fmt: skip


class ConsentFilterSet(CaseFilterSet):
    class Meta:
        model = Consent
        fields = ["case", "person", "purpose", "granted"]


class ClassificationSerializer(CaseScopedSerializer):
    target_type = serializers.ChoiceField(choices=sorted(CLASSIFIABLE))
    immutable_on_update = ("case", "target_type", "target_id")

    class Meta:
        model = Classification
        fields = ["id", "case", "target_type", "target_id", "field", "level", "reason"]

    def to_representation(self, instance: Classification) -> dict[str, Any]:
        data = super().to_representation(instance)
        key = (instance.target_type.app_label, instance.target_type.model)
        data["target_type"] = next((k for k, v in CLASSIFIABLE.items() if v == key), None)
        return data

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        values = super().to_internal_value(data)
        if "target_type" in values:
            values["target_type"] = ContentType.objects.get_by_natural_key(
                *CLASSIFIABLE[values["target_type"]]
            )
        return values


class ClassificationFilterSet(CaseFilterSet):
    class Meta:
        model = Classification
        fields = ["case", "level", "target_id"]


class ProtectedIdentitySerializer(serializers.ModelSerializer):
    """Never the ciphertext, never the names: those come only from ``reveal``."""

    case: Any = CaseSlugField()
    person = RestrictedPrimaryKeyRelatedField(queryset=Person.objects.all())

    class Meta:
        model = ProtectedIdentity
        fields = ["id", "case", "person", "category", "pseudonym"]
        read_only_fields = ["pseudonym"]

    def create(self, validated_data: dict[str, Any]) -> ProtectedIdentity:
        person = validated_data["person"]
        if person.case_id != validated_data["case"].pk:
            raise serializers.ValidationError({"person": ["No such person in this case."]})
        return actions.protect_person(
            person, category=validated_data["category"], acting_user=acting_user(self)
        )


class RevealInputSerializer(serializers.Serializer):
    purpose = serializers.CharField(max_length=500)


class ProtectedIdentityFilterSet(CaseFilterSet):
    class Meta:
        model = ProtectedIdentity
        fields = ["case", "person", "category"]
