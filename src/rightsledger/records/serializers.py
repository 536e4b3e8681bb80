"""Serializers of the record: typed input for the actions, and the JSON form of records.

``CaseScopedSerializer`` is the base of every app's case-scoped serializer: it writes through
the generic actions and answers with the record's sanity checks.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from rest_framework import serializers

from rightsledger.api.fields import CaseSlugField, RestrictedPrimaryKeyRelatedField
from rightsledger.api.serializers import WarningSerializer, acting_user
from rightsledger.cases.actions import create_object, update_object
from rightsledger.records import bounds
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person, set_event_places
from rightsledger.records.checks import findings_for
from rightsledger.records.dates import with_precisions


class CaseScopedSerializer(serializers.ModelSerializer):
    """Writes through the generic actions; ``case`` is given by slug on create only.

    The answer to a create or update carries ``warnings``: the sanity checks of what was
    written (saved as given all the same). Reads leave them out.
    """

    serializer_related_field = RestrictedPrimaryKeyRelatedField
    case = CaseSlugField()
    warnings = WarningSerializer(many=True, read_only=True, source="written_warnings")
    immutable_on_update: ClassVar[tuple[str, ...]] = ("case",)

    def get_field_names(self, declared_fields: Any, info: Any) -> list[str]:
        return [*super().get_field_names(declared_fields, info), "warnings"]

    def save(self, **kwargs: Any) -> Any:
        written = super().save(**kwargs)
        written.written_warnings = [finding.as_dict() for finding in findings_for(written)]
        return written

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        if self.instance is not None:
            for name in self.immutable_on_update:
                if name in fields:
                    fields[name].read_only = True
        return fields

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # A full date given without a precision is an exact day (the rule of every surface).
        return with_precisions(self.Meta.model, super().validate(attrs), self.instance)

    def create(self, validated_data: dict[str, Any]) -> Any:
        model = self.Meta.model
        return create_object(model, acting_user=acting_user(self), **validated_data)

    def update(self, instance: Any, validated_data: dict[str, Any]) -> Any:
        return update_object(instance, acting_user=acting_user(self), **validated_data)


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

    def to_internal_value(self, data: Any) -> Any:
        # Counted before each place is looked up (a query each).
        places = data.get("places") if hasattr(data, "get") else None
        if isinstance(places, list):
            bounds.refuse_beyond(len(places), bounds.MAX_PLACES_PER_EVENT,
                                 bounds.TOO_MANY_PLACES, "places")  # fmt: skip
        return super().to_internal_value(data)

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
    names: Any = PersonNameInlineSerializer(  # type: ignore[call-arg]  # many=True takes it
        many=True, required=False, max_length=bounds.MAX_NAMES_PER_PERSON,
        error_messages={
            "max_length": bounds.limit_message(bounds.TOO_MANY_NAMES, bounds.MAX_NAMES_PER_PERSON)
        },
    )  # fmt: skip

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


CLAIM_SUBJECT_MODELS = {key: model for key, (model, _label) in rm.CLAIM_SUBJECTS.items()}


class ClaimSerializer(CaseScopedSerializer):
    subject_type = serializers.ChoiceField(
        choices=sorted(CLAIM_SUBJECT_MODELS), required=False, allow_null=True
    )

    class Meta:
        model = rm.Claim
        fields = [
            "id", "case", "source", "kind", "credibility", "statement", "locator",
            "subject_type", "subject_id", "event", "category", "subgroup", "subgroup_label",
            "count", "count_low", "count_high", "qualifier", "qualifier_words", "parent",
            "as_stated", "start", "end",
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
