"""Serializers and filters of the API for evidence: items (upload, download, custody), and links to records."""

from __future__ import annotations

from typing import Any

import django_filters as df
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from rest_framework import serializers

from rightsledger.api.filters import CaseFilterSet
from rightsledger.api.serializers import acting_user
from rightsledger.cases.actions import update_object
from rightsledger.evidence.models import (
    LINKABLE_MODELS,
    CustodyAction,
    CustodyEntry,
    EvidenceItem,
    EvidenceLink,
)
from rightsledger.records.serializers import CaseScopedSerializer


class EvidenceItemSerializer(serializers.ModelSerializer):
    case: Any = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    sha512 = serializers.CharField(source="stored_object.sha512", read_only=True)

    class Meta:
        model = EvidenceItem
        fields = [
            "id", "case", "sha256", "sha512", "size", "mime_type", "original_name",
            "description", "source", "received_from", "embedded_metadata",
            "inspection_problems", "derived_from", "derivative_kind", "extracted_text",
        ]  # fmt: skip
        # An original is immutable: only what people say about it may be corrected.
        read_only_fields = [f for f in fields if f not in {"description", "received_from"}]

    def update(self, instance: EvidenceItem, validated_data: dict[str, Any]) -> EvidenceItem:
        return update_object(instance, acting_user=acting_user(self), **validated_data)


class CustodyEntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = CustodyEntry
        fields = ["id", "item", "action", "actor_name", "timestamp", "purpose", "counterpart",
                  "item_sha256"]  # fmt: skip
        read_only_fields = fields


class CustodyInputSerializer(serializers.Serializer):
    action = serializers.ChoiceField(
        choices=[CustodyAction.TRANSFERRED, CustodyAction.VIEWED, CustodyAction.VERIFIED]
    )
    purpose = serializers.CharField(max_length=500)
    counterpart = serializers.CharField(max_length=300, required=False, default="")


class UploadInputSerializer(serializers.Serializer):
    case = serializers.SlugField(max_length=80)
    name = serializers.CharField(max_length=1000, required=False, default="")
    description = serializers.CharField(required=False, default="", max_length=10000)
    source: Any = serializers.IntegerField(required=False, allow_null=True, default=None)
    received_from = serializers.CharField(required=False, default="", max_length=300)
    purpose = serializers.CharField(required=False, default="", max_length=500)


class EvidenceFilterSet(CaseFilterSet):
    q = df.CharFilter(method="filter_text", label="text in the file or its name")

    class Meta:
        model = EvidenceItem
        fields = ["case", "sha256", "mime_type", "derived_from", "derivative_kind", "source"]

    def filter_text(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        # icontains works on SQLite and PostgreSQL alike; extracted text is bounded (2 M chars).
        return queryset.filter(
            Q(extracted_text__icontains=value)
            | Q(original_name__icontains=value)
            | Q(description__icontains=value)
        )


class EvidenceLinkSerializer(CaseScopedSerializer):
    target_type = serializers.ChoiceField(choices=sorted(LINKABLE_MODELS))
    immutable_on_update = ("case", "item", "target_type", "target_id")

    class Meta:
        model = EvidenceLink
        fields = ["id", "case", "item", "target_type", "target_id", "notes"]

    def to_representation(self, instance: EvidenceLink) -> dict[str, Any]:
        data = super().to_representation(instance)
        label = f"{instance.target_type.app_label}.{instance.target_type.model}"
        data["target_type"] = next((k for k, v in LINKABLE_MODELS.items() if v == label), None)
        return data

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        values = super().to_internal_value(data)
        if "target_type" in values:
            app_label, model = LINKABLE_MODELS[values["target_type"]].split(".")
            values["target_type"] = ContentType.objects.get_by_natural_key(app_label, model)
        return values


class EvidenceLinkFilterSet(CaseFilterSet):
    class Meta:
        model = EvidenceLink
        fields = ["case", "item", "target_id"]
