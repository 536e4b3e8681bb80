"""Serializers of the missing API: typed input for the missing app's actions."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from rightsledger.api.fields import RestrictedPrimaryKeyRelatedField
from rightsledger.api.filters import CaseFilterSet
from rightsledger.api.serializers import acting_user
from rightsledger.missing import actions
from rightsledger.missing.models import (
    Attachment,
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
from rightsledger.records.serializers import CaseScopedSerializer


def _fields(model: type, *extra: str) -> list[str]:
    names = [f.name for f in model._meta.concrete_fields if f.name != "case"]  # type: ignore[attr-defined]
    return ["case", *names, *extra]


class FileSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "person")

    class Meta:
        model = MissingPersonFile
        fields = _fields(MissingPersonFile)

    def create(self, validated_data: dict[str, Any]) -> MissingPersonFile:
        validated_data.pop("case")
        return actions.open_file(acting_user=acting_user(self), **validated_data)


class RelativeSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "file")

    class Meta:
        model = ReferenceDonor
        fields = _fields(ReferenceDonor)


class SiteSerializer(CaseScopedSerializer):
    status = serializers.SerializerMethodField()

    class Meta:
        model = BurialSite
        fields = _fields(BurialSite, "status")

    def get_status(self, site: BurialSite) -> str | None:
        latest = site.statuses.order_by("-date", "-pk").first()
        return latest.status if latest else None

    def create(self, validated_data: dict[str, Any]) -> BurialSite:
        return actions.record_site(acting_user=acting_user(self), **validated_data)


class SiteStatusSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "site")

    class Meta:
        model = SiteStatusChange
        fields = _fields(SiteStatusChange)


class RemainsSerializer(CaseScopedSerializer):
    class Meta:
        model = RemainsCase
        fields = _fields(RemainsCase)


class SampleSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "remains")

    class Meta:
        model = RemainsSample
        fields = _fields(RemainsSample)


class AttachmentSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "item", "file", "site", "remains")

    class Meta:
        model = Attachment
        fields = _fields(Attachment)


class DnaReportSerializer(CaseScopedSerializer):
    """The report (an evidence item uploaded first, ``/api/evidence/upload/``) and the
    reference donors it used."""

    donors = RestrictedPrimaryKeyRelatedField(
        many=True, queryset=ReferenceDonor.objects.all(), source="donor_list"
    )
    immutable_on_update = ("case", "report_item", "sample", "file", "donors")

    class Meta:
        model = DnaMatchReport
        fields = _fields(DnaMatchReport, "donors")

    def to_representation(self, instance: DnaMatchReport) -> dict[str, Any]:
        instance.donor_list = [d.donor for d in instance.donors.all()]  # type: ignore[attr-defined]
        return super().to_representation(instance)

    def create(self, validated_data: dict[str, Any]) -> DnaMatchReport:
        donors = validated_data.pop("donor_list")
        return actions.record_dna_report(acting_user=acting_user(self), donors=donors,
                                         **validated_data)  # fmt: skip

    def update(self, instance: DnaMatchReport, validated_data: dict[str, Any]) -> DnaMatchReport:
        validated_data.pop("donor_list", None)
        return super().update(instance, validated_data)


class IdentificationSerializer(CaseScopedSerializer):
    """Proposed here (preliminary); confirmed, notified, handed over or withdrawn through
    the actions of its endpoint."""

    immutable_on_update = ("case", "remains", "person")

    class Meta:
        model = Identification
        fields = _fields(Identification)
        read_only_fields = [
            "status", "confirmed_by", "confirmed_by_name", "confirmed_on", "family_notified_on",
            "notified_by", "handed_over_on", "handed_over_to", "withdrawn_reason",
            "found_dead_status", "identified_status",
        ]  # fmt: skip

    def create(self, validated_data: dict[str, Any]) -> Identification:
        validated_data.pop("case")
        return actions.propose_identification(acting_user=acting_user(self), **validated_data)


class LineSerializer(CaseScopedSerializer):
    immutable_on_update = ("case", "identification")

    class Meta:
        model = IdentificationLine
        fields = _fields(IdentificationLine)

    def create(self, validated_data: dict[str, Any]) -> IdentificationLine:
        validated_data.pop("case")
        return actions.add_line(acting_user=acting_user(self), **validated_data)


class StepSerializer(serializers.Serializer):
    on = serializers.DateField(required=False)
    who = serializers.CharField(required=False, allow_blank=True, max_length=300)
    reason = serializers.CharField(required=False, allow_blank=True)


def filterset(model: type, *names: str) -> type[CaseFilterSet]:
    meta = type("Meta", (), {"model": model, "fields": ["case", *names]})
    return type(f"{model.__name__}FilterSet", (CaseFilterSet,), {"Meta": meta})
