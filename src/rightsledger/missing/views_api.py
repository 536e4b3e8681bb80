"""API viewsets of the missing app.  Reads need "view" in the case, writes "change"
(``CaseScopedViewSet``); a stranger gets 404.  Genetic and ante-mortem fields reach
analysts and viewers blank (the disclosure policy of ``restrict``)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.api.views import CaseScopedViewSet
from rightsledger.cases.models import Case
from rightsledger.missing import actions, queries
from rightsledger.missing import serializers as s
from rightsledger.missing.candidates import candidates
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
from rightsledger.records import models as rm


class FileViewSet(CaseScopedViewSet):
    queryset = MissingPersonFile.objects.all()
    serializer_class = s.FileSerializer
    filterset_class = s.filterset(MissingPersonFile, "person", "event")


class RelativeViewSet(CaseScopedViewSet):
    queryset = ReferenceDonor.objects.all()
    serializer_class = s.RelativeSerializer
    filterset_class = s.filterset(ReferenceDonor, "file")


class SiteViewSet(CaseScopedViewSet):
    queryset = BurialSite.objects.all()
    serializer_class = s.SiteSerializer
    filterset_class = s.filterset(BurialSite, "kind", "event")


class SiteStatusViewSet(CaseScopedViewSet):
    queryset = SiteStatusChange.objects.all()
    serializer_class = s.SiteStatusSerializer
    filterset_class = s.filterset(SiteStatusChange, "site", "status")


class RemainsViewSet(CaseScopedViewSet):
    queryset = RemainsCase.objects.all()
    serializer_class = s.RemainsSerializer
    filterset_class = s.filterset(RemainsCase, "site", "tag", "commingling_group")

    @extend_schema(parameters=[OpenApiParameter("limit", int)],
                   responses={200: OpenApiTypes.OBJECT})  # fmt: skip
    @action(detail=True, methods=["get"])
    def candidates(self, request: Request, pk: str | None = None) -> Response:
        """Still-missing persons ranked against these remains, with the reasons (needs the
        "change" permission: it reads ante-mortem data)."""
        remains = RemainsCase.objects.get_restricted_or_404(request.user, "change", pk=pk)
        raw = request.query_params.get("limit", "20")
        limit = int(raw) if raw.isdigit() and 0 < int(raw) <= 500 else 20
        return Response([
            {"person": c.person.pk, "name": str(c.person), "rank": c.rank,
             "score": None if c.excluded else round(c.score, 2), "excluded": c.excluded,
             "reasons": [{"text": t, "points": round(p, 2)} for t, p in c.reasons]}
            for c in candidates(remains, request.user, limit=limit)
        ])  # fmt: skip


class SampleViewSet(CaseScopedViewSet):
    queryset = RemainsSample.objects.all()
    serializer_class = s.SampleSerializer
    filterset_class = s.filterset(RemainsSample, "remains")


class AttachmentViewSet(CaseScopedViewSet):
    queryset = Attachment.objects.all()
    serializer_class = s.AttachmentSerializer
    filterset_class = s.filterset(Attachment, "file", "site", "remains", "item")


class DnaReportViewSet(CaseScopedViewSet):
    queryset = DnaMatchReport.objects.all()
    serializer_class = s.DnaReportSerializer
    filterset_class = s.filterset(DnaMatchReport, "sample", "file", "conclusion")
    prefetch_related = ("donors__donor",)


STEPS = ("confirm", "notify", "hand_over", "withdraw")


class IdentificationViewSet(CaseScopedViewSet):
    """Identifications: proposed by POST; ``…/{id}/confirm/`` (an owner), ``notify/``
    (``on``, ``who``), ``hand_over/`` (``on``, ``who``), ``withdraw/`` (``reason``).
    DELETE is refused: an identification is withdrawn, with its reason, and stays."""

    queryset = Identification.objects.all()
    serializer_class = s.IdentificationSerializer
    filterset_class = s.filterset(Identification, "remains", "person", "status")

    def perform_destroy(self, instance: Identification) -> None:
        raise ApiValidationError({"detail": "An identification is withdrawn, not deleted: "
                                            "POST …/withdraw/ with a reason."})  # fmt: skip

    def _step(self, request: Request, step: str) -> Response:
        identification = self.get_object()
        data = s.StepSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            if step == "confirm":
                written = actions.confirm_identification(identification, acting_user=request.user,
                                                         on=values.get("on"))  # fmt: skip
            elif step == "notify":
                written = actions.notify_family(identification, acting_user=request.user,
                                                on=values.get("on"),
                                                notified_by=values.get("who", ""))  # fmt: skip
            elif step == "hand_over":
                written = actions.hand_over(identification, acting_user=request.user,
                                            on=values.get("on"), to=values.get("who", ""))  # fmt: skip
            else:
                written = actions.withdraw_identification(identification, acting_user=request.user,
                                                          reason=values.get("reason", ""))  # fmt: skip
        except (ValidationError, TypeError) as error:
            messages = getattr(error, "message_dict", None) or {"detail": [str(m) for m in getattr(
                error, "messages", [str(error)])]}  # fmt: skip
            raise ApiValidationError(messages) from error
        return Response(s.IdentificationSerializer(written, context={"request": request}).data)

    @extend_schema(request=s.StepSerializer, responses={200: s.IdentificationSerializer})
    @action(detail=True, methods=["post"])
    def confirm(self, request: Request, pk: str | None = None) -> Response:
        return self._step(request, "confirm")

    @extend_schema(request=s.StepSerializer, responses={200: s.IdentificationSerializer})
    @action(detail=True, methods=["post"])
    def notify(self, request: Request, pk: str | None = None) -> Response:
        return self._step(request, "notify")

    @extend_schema(request=s.StepSerializer, responses={200: s.IdentificationSerializer})
    @action(detail=True, methods=["post"], url_path="hand-over")
    def hand_over(self, request: Request, pk: str | None = None) -> Response:
        return self._step(request, "hand_over")

    @extend_schema(request=s.StepSerializer, responses={200: s.IdentificationSerializer})
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str | None = None) -> Response:
        return self._step(request, "withdraw")


class LineViewSet(CaseScopedViewSet):
    queryset = IdentificationLine.objects.all()
    serializer_class = s.LineSerializer
    filterset_class = s.filterset(IdentificationLine, "identification", "kind")


class FiguresViewSet(viewsets.ViewSet):
    """``GET /api/missing-figures/?case=SLUG[&event=ID]``: reported missing, still missing,
    remains recovered, identified, handed over."""

    @extend_schema(parameters=[OpenApiParameter("case", str, required=True),
                               OpenApiParameter("event", int)],
                   responses={200: OpenApiTypes.OBJECT})  # fmt: skip
    def list(self, request: Request) -> Response:
        case = Case.objects.get_restricted_or_404(request.user, "view",
                                                  slug=request.query_params.get("case", ""))  # fmt: skip
        event = None
        if raw := request.query_params.get("event"):
            event = rm.Event.objects.get_restricted_or_404(request.user, "view", case=case,
                                                           pk=raw)  # fmt: skip
        return Response(queries.figures_as_dict(case, event))


ROUTES: list[tuple[str, Any, str]] = [
    ("missing-files", FileViewSet, "missingpersonfile"),
    ("missing-relatives", RelativeViewSet, "referencedonor"),
    ("burial-sites", SiteViewSet, "burialsite"),
    ("burial-site-statuses", SiteStatusViewSet, "sitestatuschange"),
    ("remains", RemainsViewSet, "remainscase"),
    ("remains-samples", SampleViewSet, "remainssample"),
    ("missing-attachments", AttachmentViewSet, "attachment"),
    ("dna-reports", DnaReportViewSet, "dnamatchreport"),
    ("identifications", IdentificationViewSet, "identification"),
    ("identification-lines", LineViewSet, "identificationline"),
    ("missing-figures", FiguresViewSet, "missingfigures"),
]
