"""DNA match reports received from laboratories, and identifications: remains R is person P."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.missing import vocabulary as mv
from rightsledger.missing.models.base import MissingModel
from rightsledger.missing.models.persons import MissingPersonFile, ReferenceDonor
from rightsledger.missing.models.sites import RemainsCase, RemainsSample


class DnaMatchReport(MissingModel):
    """A laboratory's report comparing a sample of remains with a family's reference samples.

    Nothing is computed here: the report (an evidence item) is the evidence, and its figures
    are recorded as the laboratory gives them.
    """

    report_item = models.ForeignKey(
        "evidence.EvidenceItem", on_delete=models.PROTECT, related_name="+",
        verbose_name=_("the report (evidence item)"),
    )  # fmt: skip
    report_number = models.CharField(_("report number"), max_length=100)
    laboratory = models.CharField(_("laboratory"), max_length=200)
    report_date = models.DateField(_("date of the report"))
    sample = models.ForeignKey(RemainsSample, on_delete=models.PROTECT, related_name="reports",
                               verbose_name=_("sample of remains"))  # fmt: skip
    file = models.ForeignKey(
        MissingPersonFile, on_delete=models.PROTECT, related_name="dna_reports",
        verbose_name=_("missing person's file"),
        help_text=_("The missing person whose relatives' samples were compared."),
    )  # fmt: skip
    likelihood_ratio = models.FloatField(
        _("likelihood ratio"), null=True, blank=True, validators=[MinValueValidator(0)]
    )
    posterior_probability = models.FloatField(
        _("posterior probability"), null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )  # fmt: skip
    conclusion = models.CharField(_("conclusion"), max_length=16,
                                  choices=mv.DnaConclusion.choices)  # fmt: skip
    notes = models.TextField(_("notes"), blank=True)

    confidential_fields: ClassVar[tuple[str, ...]] = (
        "likelihood_ratio", "posterior_probability", "notes",
    )  # fmt: skip
    never_shared = True

    class Meta:
        ordering = ["report_date", "pk"]
        verbose_name = _("DNA match report")
        constraints = [
            models.UniqueConstraint(fields=["case", "laboratory", "report_number"],
                                    name="one_report_number_per_laboratory")
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.laboratory} {self.report_number}"

    def clean(self) -> None:
        self.same_case(
            report_item=self.report_item if self.report_item_id else None,
            sample=self.sample if self.sample_id else None,
            file=self.file if self.file_id else None,
        )  # fmt: skip
        if not self.report_number.strip() or not self.laboratory.strip():
            raise ValidationError(
                {"report_number": _("Give the laboratory and the report's number.")}
            )
        if self.conclusion == mv.DnaConclusion.MATCH and (
            self.likelihood_ratio is not None and self.likelihood_ratio <= 1
        ):
            raise ValidationError({"likelihood_ratio": _(
                "A likelihood ratio of 1 or less does not support a match."
            )})  # fmt: skip


class DnaReportDonor(MissingModel):
    """A reference donor whose sample a report used."""

    report = models.ForeignKey(DnaMatchReport, on_delete=models.CASCADE, related_name="donors")
    donor = models.ForeignKey(ReferenceDonor, on_delete=models.PROTECT, related_name="reports",
                              verbose_name=_("reference donor"))  # fmt: skip

    never_shared = True

    class Meta:
        ordering = ["pk"]
        verbose_name = _("donor used in a report")
        constraints = [
            models.UniqueConstraint(fields=["report", "donor"], name="one_donor_per_report")
        ]

    def __str__(self) -> str:
        return f"donor {self.donor_id} in report {self.report_id}"

    def clean(self) -> None:
        report = self.report if self.report_id else None
        donor = self.donor if self.donor_id else None
        self.same_case(report=report, donor=donor)
        if report is not None and donor is not None:
            if donor.file_id != report.file_id:
                raise ValidationError({"donor": _(
                    "The donor is a relative of another missing person than the report's."
                )})  # fmt: skip
            if not donor.sampled:
                raise ValidationError({"donor": _("This relative gave no reference sample.")})


class Identification(MissingModel):
    """The proposition that remains case R is person P, and how far it has gone.

    Preliminary → confirmed (by a case owner, named) → family notified → remains handed
    over; or withdrawn.  Confirming writes the person's status records (found dead,
    identified) through the records' actions; withdrawing a confirmed one deletes them.
    """

    remains = models.ForeignKey(RemainsCase, on_delete=models.PROTECT,
                                related_name="identifications",
                                verbose_name=_("remains case"))  # fmt: skip
    person = models.ForeignKey("records.Person", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("person"))  # fmt: skip
    status = models.CharField(_("status"), max_length=16,
                              choices=mv.IdentificationStatus.choices,
                              default=mv.IdentificationStatus.PRELIMINARY)  # fmt: skip
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    confirmed_by_name = models.CharField(_("confirmed by"), max_length=150, blank=True)
    confirmed_on = models.DateField(_("confirmed on"), null=True, blank=True)
    family_notified_on = models.DateField(_("family notified on"), null=True, blank=True)
    notified_by = models.CharField(_("notified by"), max_length=300, blank=True)
    handed_over_on = models.DateField(_("handed over on"), null=True, blank=True)
    handed_over_to = models.CharField(_("handed over to"), max_length=300, blank=True)
    withdrawn_reason = models.TextField(_("why it was withdrawn"), blank=True)
    # The status records the confirmation wrote (kept to remove them if it is withdrawn).
    found_dead_status = models.ForeignKey("records.StatusRecord", null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    identified_status = models.ForeignKey("records.StatusRecord", null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("identification")
        constraints = [
            # One remains case is never given to two persons at once.
            models.UniqueConstraint(
                fields=["remains"], condition=~models.Q(status="withdrawn"),
                name="one_standing_identification_per_remains",
            )
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"identification {self.pk}: remains {self.remains_id} → person {self.person_id}"

    def clean(self) -> None:
        self.same_case(
            remains=self.remains if self.remains_id else None,
            person=self.person if self.person_id else None,
        )  # fmt: skip

    @property
    def is_confirmed(self) -> bool:
        return self.status in mv.CONFIRMED_OR_LATER


class IdentificationLine(MissingModel):
    """One line of evidence of an identification: a DNA report, a dental comparison…"""

    identification = models.ForeignKey(Identification, on_delete=models.CASCADE,
                                       related_name="lines")  # fmt: skip
    kind = models.CharField(_("line of evidence"), max_length=16, choices=mv.LineKind.choices)
    dna_report = models.ForeignKey(DnaMatchReport, null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("DNA match report"))  # fmt: skip
    summary = models.TextField(_("what it shows"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("line of evidence")

    def __str__(self) -> str:
        return f"{self.kind} for identification {self.identification_id}"

    def clean(self) -> None:
        identification = self.identification if self.identification_id else None
        report = self.dna_report
        self.same_case(identification=identification, dna_report=report)
        if self.kind == mv.LineKind.DNA and report is None:
            raise ValidationError({"dna_report": _("A DNA line names the laboratory's report.")})
        if self.kind != mv.LineKind.DNA and report is not None:
            raise ValidationError({"dna_report": _("Only a DNA line names a report.")})
        if report is not None and identification is not None:
            if report.sample.remains_id != identification.remains_id:
                raise ValidationError({"dna_report": _(
                    "The report is about a sample of other remains."
                )})  # fmt: skip
            if report.file.person_id != identification.person_id:
                raise ValidationError({"dna_report": _(
                    "The report compares the remains with another missing person's family."
                )})  # fmt: skip
            if report.conclusion != mv.DnaConclusion.MATCH:
                raise ValidationError({"dna_report": _(
                    "The report does not conclude to a match."
                )})  # fmt: skip
        if self.kind != mv.LineKind.DNA and not self.summary.strip():
            raise ValidationError({"summary": _("Say what this line of evidence shows.")})
