"""Serializers: typed input for the actions, and the JSON form of records."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from rest_framework import serializers

from rightsledger.api.fields import CaseSlugField, RestrictedPrimaryKeyRelatedField
from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person, set_event_places


def acting_user(serializer: serializers.BaseSerializer[Any]) -> Any:
    return serializer.context["request"].user


class CaseScopedSerializer(serializers.ModelSerializer):
    """Writes through the generic actions; ``case`` is given by slug on create only."""

    serializer_related_field = RestrictedPrimaryKeyRelatedField
    case = CaseSlugField()
    immutable_on_update: ClassVar[tuple[str, ...]] = ("case",)

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        if self.instance is not None:
            for name in self.immutable_on_update:
                if name in fields:
                    fields[name].read_only = True
        return fields

    def create(self, validated_data: dict[str, Any]) -> Any:
        model = self.Meta.model
        return create_object(model, acting_user=acting_user(self), **validated_data)

    def update(self, instance: Any, validated_data: dict[str, Any]) -> Any:
        return update_object(instance, acting_user=acting_user(self), **validated_data)


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


class PlaceNameSerializer(CaseScopedSerializer):
    class Meta:
        model = rm.PlaceName
        fields = ["id", "case", "place", "name", "language", "script"]


class PlaceSerializer(CaseScopedSerializer):
    names: Any = serializers.StringRelatedField(many=True, read_only=True)

    class Meta:
        model = rm.Place
        fields = ["id", "case", "name", "names", "parent", "latitude", "longitude", "notes"]


class EventSerializer(CaseScopedSerializer):
    places = RestrictedPrimaryKeyRelatedField(
        many=True, required=False, queryset=rm.Place.objects.all()
    )

    class Meta:
        model = rm.Event
        fields = [
            "id", "case", "title", "description", "event_type", "parent",
            "start_date", "start_precision", "end_date", "end_precision", "date_as_stated",
            "places",
        ]  # fmt: skip

    def create(self, validated_data: dict[str, Any]) -> rm.Event:
        places = validated_data.pop("places", None)
        with transaction.atomic():
            event = super().create(validated_data)
            if places:
                set_event_places(event=event, places=places, acting_user=acting_user(self))
        return event

    def update(self, instance: rm.Event, validated_data: dict[str, Any]) -> rm.Event:
        places = validated_data.pop("places", None)
        with transaction.atomic():
            event = super().update(instance, validated_data)
            if places is not None:
                set_event_places(event=event, places=places, acting_user=acting_user(self))
        return event


class ActSerializer(CaseScopedSerializer):
    class Meta:
        model = rm.Act
        fields = [
            "id", "case", "event", "act_type", "date", "date_precision", "date_as_stated",
            "place", "method", "notes",
        ]  # fmt: skip


class PersonNameInlineSerializer(serializers.ModelSerializer):
    class Meta:
        model = rm.PersonName
        fields = ["id", "kind", "value", "script", "language"]


class PersonNameSerializer(CaseScopedSerializer):
    class Meta:
        model = rm.PersonName
        fields = ["id", "case", "person", "kind", "value", "script", "language"]


class PersonSerializer(CaseScopedSerializer):
    names: Any = PersonNameInlineSerializer(many=True, required=False)

    class Meta:
        model = rm.Person
        fields = [
            "id", "case", "display_name", "names", "sex", "birth_date", "birth_precision",
            "birth_year", "age_at_event", "place_of_origin", "notes",
        ]  # fmt: skip
        read_only_fields = ["display_name"]

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        if self.instance is not None:
            # Names are added and corrected one by one through /api/person-names/.
            fields["names"].read_only = True
        return fields

    def create(self, validated_data: dict[str, Any]) -> rm.Person:
        names = validated_data.pop("names", [])
        return create_person(acting_user=acting_user(self), names=names, **validated_data)


class RelationshipSerializer(CaseScopedSerializer):
    class Meta:
        model = rm.Relationship
        fields = ["id", "case", "person", "relative", "kind", "notes"]


class StatusInlineSerializer(serializers.ModelSerializer):
    class Meta:
        model = rm.StatusRecord
        fields = ["id", "status", "date", "date_precision", "notes"]


class InvolvementSerializer(CaseScopedSerializer):
    statuses = StatusInlineSerializer(many=True, read_only=True)

    class Meta:
        model = rm.Involvement
        fields = [
            "id", "case", "act", "person", "role", "perpetrator_degree", "unit", "notes",
            "statuses",
        ]  # fmt: skip


class StatusRecordSerializer(CaseScopedSerializer):
    person: Any = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = rm.StatusRecord
        fields = ["id", "case", "involvement", "person", "status", "date", "date_precision",
                  "notes"]  # fmt: skip


class SourceSerializer(CaseScopedSerializer):
    class Meta:
        model = rm.Source
        fields = ["id", "case", "title", "kind", "reliability", "author", "date", "reference",
                  "notes"]  # fmt: skip


CLAIM_SUBJECT_MODELS: dict[str, type[models.Model]] = {
    "place": rm.Place,
    "event": rm.Event,
    "act": rm.Act,
    "person": rm.Person,
    "involvement": rm.Involvement,
    "status": rm.StatusRecord,
    "relationship": rm.Relationship,
}


class ClaimSerializer(CaseScopedSerializer):
    subject_type = serializers.ChoiceField(
        choices=sorted(CLAIM_SUBJECT_MODELS), required=False, allow_null=True
    )

    class Meta:
        model = rm.Claim
        fields = [
            "id", "case", "source", "kind", "credibility", "statement", "locator",
            "subject_type", "subject_id", "event", "category", "subgroup", "count",
            "count_low", "count_high", "as_stated",
        ]  # fmt: skip

    def to_representation(self, instance: rm.Claim) -> dict[str, Any]:
        data = super().to_representation(instance)
        model = instance.subject_type.model_class() if instance.subject_type else None
        data["subject_type"] = next(
            (name for name, m in CLAIM_SUBJECT_MODELS.items() if m is model), None
        )
        return data

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        values = super().to_internal_value(data)
        if "subject_type" in values:
            name = values["subject_type"]
            values["subject_type"] = (
                ContentType.objects.get_for_model(CLAIM_SUBJECT_MODELS[name]) if name else None
            )
        return values


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
