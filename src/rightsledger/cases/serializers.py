"""The JSON form of cases, memberships and history entries."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from rest_framework import serializers

from rightsledger.api.fields import CaseSlugField
from rightsledger.api.serializers import acting_user
from rightsledger.cases.actions import update_object
from rightsledger.cases.models import Case, HistoryEntry, Membership


class CaseSerializer(serializers.ModelSerializer):
    role = serializers.SerializerMethodField()

    class Meta:
        model = Case
        fields = ["slug", "name", "description", "created_at", "role"]
        read_only_fields = ["slug", "created_at", "role"]

    def get_role(self, case: Case) -> str | None:
        user = self.context["request"].user
        membership = next((m for m in case.memberships.all() if m.user_id == user.pk), None)
        return membership.role if membership else None

    def create(self, validated_data: dict[str, Any]) -> Case:
        from rightsledger.cases.actions import create_case

        return create_case(owner=acting_user(self), **validated_data)

    def update(self, instance: Case, validated_data: dict[str, Any]) -> Case:
        return update_object(instance, acting_user=acting_user(self), **validated_data)


class MembershipSerializer(serializers.ModelSerializer):
    case: Any = CaseSlugField(permission="manage")
    username = serializers.SlugRelatedField(
        source="user", slug_field="username", queryset=get_user_model().objects.all()
    )

    class Meta:
        model = Membership
        fields = ["id", "case", "username", "role"]

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        if self.instance is not None:
            fields["case"].read_only = True
            fields["username"].read_only = True
        return fields


class HistoryEntrySerializer(serializers.ModelSerializer):
    case: Any = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    masked = serializers.SerializerMethodField()

    def get_masked(self, entry: HistoryEntry) -> bool:
        """True where a protected person's name is hidden from this reader."""
        return bool(getattr(entry, "masked", False))

    class Meta:
        model = HistoryEntry
        fields = [
            "chain", "sequence", "case", "actor_name", "timestamp", "action", "object_type",
            "object_id", "object_repr", "before", "after", "message", "previous_hash",
            "entry_hash", "masked",
        ]  # fmt: skip
        read_only_fields = fields
