"""The one write path of the missing app.

Every function runs in one transaction and writes through ``cases.actions`` (so each row has
its history entry), or through the evidence actions for files.  A confirmed identification
writes the person's status records (found dead, identified) through the same actions, so
the figures of ``records.figures`` follow; withdrawing it deletes them again, with history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.cases.models import Case, Membership
from rightsledger.cases.roles import Role
from rightsledger.evidence.models import EvidenceItem
from rightsledger.missing import vocabulary as mv
from rightsledger.missing.models import (
    Attachment,
    BurialSite,
    DnaMatchReport,
    DnaReportDonor,
    Identification,
    IdentificationLine,
    MissingPersonFile,
    ReferenceDonor,
    RemainsCase,
    SiteStatusChange,
)
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.figures import STILL_MISSING_IF

# Who confirms an identification: a named owner of the case (the responsible authority).
CONFIRMING_ROLE = Role.OWNER


def _today() -> dt.date:
    return timezone.localdate()


# --- involvements: where a status the app writes hangs ------------------------------------


def victim_involvement(person: rm.Person, event: rm.Event | None, acting_user: Any,
                       status: str) -> rm.Involvement:  # fmt: skip
    """The documenters' victim involvement of ``person`` that a new status hangs on.

    A documenter's involvement only (not a list row's: those move with their row when
    linkage runs again, and the status would go with them), preferring one that already
    holds a missing or captured status.  Without one, a documenter's involvement is made in
    the act of the person's listed disappearance or capture, else in ``event`` (an act of
    the type the status implies, as imports do: "other" for missing or found dead).
    """
    own = rm.Involvement.objects.filter(
        person=person, role=v.InvolvementRole.VICTIM, source_record__isnull=True
    )
    best = (
        own.filter(statuses__status__in=STILL_MISSING_IF).order_by("-pk").first()
        or own.order_by("-pk").first()
    )
    if best is not None:
        return best
    listed = (
        rm.Involvement.objects.filter(person=person, role=v.InvolvementRole.VICTIM)
        .filter(statuses__status__in=STILL_MISSING_IF).order_by("-pk").first()
    )  # fmt: skip
    act = listed.act if listed is not None else None
    if act is None and event is not None:
        act_type = v.act_type_of_status(status)
        act = rm.Act.objects.filter(case_id=person.case_id, event=event,
                                    act_type=act_type).order_by("pk").first()  # fmt: skip
        if act is None:
            act = create_object(rm.Act, acting_user=acting_user, case=person.case,
                                event=event, act_type=act_type)  # fmt: skip
    if act is None:
        raise ValidationError({"event": _(
            "The person is in no act of the record yet: give the event in which they went "
            "missing."
        )})  # fmt: skip
    return create_object(rm.Involvement, acting_user=acting_user, case=person.case, act=act,
                         person=person, role=v.InvolvementRole.VICTIM)  # fmt: skip


def _write_status(person: rm.Person, event: rm.Event | None, status: str, date: dt.date | None,
                  note: str, acting_user: Any) -> rm.StatusRecord:  # fmt: skip
    involvement = victim_involvement(person, event, acting_user, status)
    return create_object(
        rm.StatusRecord, acting_user=acting_user, case=person.case, involvement=involvement,
        status=status, date=date,
        date_precision=v.DatePrecision.DAY if date else v.DatePrecision.UNKNOWN, notes=note,
    )  # fmt: skip


# --- missing persons ---------------------------------------------------------------------


def open_file(*, person: rm.Person, acting_user: Any, **fields: Any) -> MissingPersonFile:
    """Open a person's missing-person file.

    A person not yet recorded missing or captured is recorded missing (from the date last
    seen), so "still missing" counts them until they are found.
    """
    with transaction.atomic():
        missing_file = create_object(MissingPersonFile, acting_user=acting_user,
                                     case=person.case, person=person, **fields)  # fmt: skip
        if not rm.StatusRecord.objects.filter(person=person,
                                              status__in=STILL_MISSING_IF).exists():  # fmt: skip
            _write_status(person, missing_file.event, v.VictimStatus.MISSING,
                          missing_file.last_seen_date,
                          f"reported missing (file {missing_file.pk})", acting_user)  # fmt: skip
    return missing_file


def add_relative(*, file: MissingPersonFile, acting_user: Any, **fields: Any) -> ReferenceDonor:
    return create_object(ReferenceDonor, acting_user=acting_user, case=file.case, file=file,
                         **fields)  # fmt: skip


def attach(*, item: EvidenceItem, acting_user: Any, role: str, notes: str = "",
           file: MissingPersonFile | None = None, site: BurialSite | None = None,
           remains: RemainsCase | None = None) -> Attachment:  # fmt: skip
    """Attach an evidence item to a file (ante-mortem: never shared), a site or remains."""
    return create_object(Attachment, acting_user=acting_user, case=item.case, item=item,
                         file=file, site=site, remains=remains, role=role, notes=notes)  # fmt: skip


# --- sites and remains -------------------------------------------------------------------


def record_site(*, case: Case, acting_user: Any, reported_on: dt.date | None = None,
                team: str = "", **fields: Any) -> BurialSite:  # fmt: skip
    """Record a burial site, reported on ``reported_on`` (today if not given)."""
    with transaction.atomic():
        site = create_object(BurialSite, acting_user=acting_user, case=case, **fields)
        set_site_status(site=site, status=mv.SiteStatus.REPORTED,
                        date=reported_on or _today(), team=team, acting_user=acting_user)  # fmt: skip
    return site


def set_site_status(*, site: BurialSite, status: str, date: dt.date, acting_user: Any,
                    team: str = "", notes: str = "") -> SiteStatusChange:  # fmt: skip
    return create_object(SiteStatusChange, acting_user=acting_user, case=site.case, site=site,
                         status=status, date=date, team=team, notes=notes)  # fmt: skip


def current_site_status(site: BurialSite) -> SiteStatusChange | None:
    return site.statuses.order_by("-date", "-pk").first()


# --- DNA match reports -------------------------------------------------------------------


def record_dna_report(*, case: Case, acting_user: Any, report_item: EvidenceItem,
                      donors: Sequence[ReferenceDonor], **fields: Any) -> DnaMatchReport:  # fmt: skip
    """Record a laboratory's report (already an evidence item) and the donors it used."""
    if not donors:
        raise ValidationError({"donors": _("Name the reference donors the report used.")})
    with transaction.atomic():
        report = create_object(DnaMatchReport, acting_user=acting_user, case=case,
                               report_item=report_item, **fields)  # fmt: skip
        for donor in donors:
            create_object(DnaReportDonor, acting_user=acting_user, case=case, report=report,
                          donor=donor)  # fmt: skip
    return report


def receive_dna_report(*, case: Case, acting_user: Any, chunks: Iterable[bytes], file_name: str,
                       donors: Sequence[ReferenceDonor], **fields: Any) -> DnaMatchReport:  # fmt: skip
    """Preserve the laboratory's report file as evidence and record the report, together.

    The report's fields are checked before the file is taken in; should anything fail, the
    transaction leaves neither the item nor the report (the stored bytes stay in the
    content-addressed store, unreferenced, as after any interrupted upload).
    """
    from rightsledger.evidence.actions import ingest_stream

    candidate = DnaMatchReport(case=case, **fields)
    candidate.full_clean(exclude=["report_item"], validate_constraints=False)
    with transaction.atomic():
        item = ingest_stream(case=case, chunks=chunks, file_name=file_name,
                             acting_user=acting_user, received_from=fields.get("laboratory", ""),
                             description=f"DNA match report {fields.get('report_number', '')}",
                             purpose="DNA match report").item  # fmt: skip
        return record_dna_report(case=case, acting_user=acting_user, report_item=item,
                                 donors=donors, **fields)  # fmt: skip


# --- identifications ---------------------------------------------------------------------


def _standing() -> Q:
    return ~Q(status=mv.IdentificationStatus.WITHDRAWN)


def rival_identifications(identification: Identification) -> list[Identification]:
    """Other standing identifications of the same person from remains that are not known to
    be parts of the same body (another commingling group, or none)."""
    remains = identification.remains
    others = (
        Identification.objects.filter(_standing(), person_id=identification.person_id)
        .exclude(pk=identification.pk).select_related("remains")
    )  # fmt: skip
    return [
        other for other in others
        if not (remains.commingling_group
                and other.remains.commingling_group == remains.commingling_group)
    ]  # fmt: skip


def propose_identification(*, remains: RemainsCase, person: rm.Person, acting_user: Any,
                           notes: str = "", lines: Iterable[dict[str, Any]] = ()
                           ) -> Identification:  # fmt: skip
    """Propose that ``remains`` are ``person`` (preliminary), with lines of evidence.

    Refused when the remains already stand identified (as anyone).  Another standing
    identification of the same person from unrelated remains is allowed but flagged
    (``rival_identifications``), and neither can be confirmed until one is withdrawn.
    """
    with transaction.atomic():
        RemainsCase.objects.select_for_update().filter(pk=remains.pk).first()
        held = Identification.objects.filter(_standing(), remains=remains).first()
        if held is not None:
            raise ValidationError({"remains": _(
                "These remains already stand identified (identification %(number)s); "
                "withdraw it first."
            ) % {"number": held.pk}})  # fmt: skip
        identification = create_object(Identification, acting_user=acting_user,
                                        case=remains.case, remains=remains, person=person,
                                        notes=notes)  # fmt: skip
        for line in lines:
            add_line(identification=identification, acting_user=acting_user, **line)
    return identification


def add_line(*, identification: Identification, acting_user: Any, **fields: Any
             ) -> IdentificationLine:  # fmt: skip
    if identification.status == mv.IdentificationStatus.WITHDRAWN:
        raise ValidationError(_("The identification was withdrawn."))
    return create_object(IdentificationLine, acting_user=acting_user, case=identification.case,
                         identification=identification, **fields)  # fmt: skip


def may_confirm(user: Any, case: Case) -> bool:
    user_id = getattr(user, "pk", None)
    return user_id is not None and (
        Membership.objects.filter(case=case, user_id=user_id, role=CONFIRMING_ROLE).exists()
    )


def confirm_identification(identification: Identification, *, acting_user: Any,
                           on: dt.date | None = None) -> Identification:  # fmt: skip
    """Confirm a preliminary identification, in the confirming owner's name, and record the
    person found dead (on the day the remains were recovered) and identified (today)."""
    with transaction.atomic():
        identification = Identification.objects.select_for_update().get(pk=identification.pk)
        if not may_confirm(acting_user, identification.case):
            raise ValidationError(_("Only an owner of the case confirms an identification."))
        if identification.status != mv.IdentificationStatus.PRELIMINARY:
            raise ValidationError({"status": _("Only a preliminary identification is confirmed.")})
        if not identification.lines.exists():
            raise ValidationError(_("Record at least one line of evidence before confirming."))
        rivals = rival_identifications(identification)
        if rivals:
            raise ValidationError(_(
                "The same person is also proposed for other remains (identification "
                "%(numbers)s): withdraw one before confirming."
            ) % {"numbers": ", ".join(str(r.pk) for r in rivals)})  # fmt: skip
        on = on or _today()
        person, remains = identification.person, identification.remains
        event = getattr(getattr(person, "missing_file", None), "event", None)
        note = f"identification {identification.pk}: remains {remains.tag}"
        found = _write_status(person, event, v.VictimStatus.FOUND_DEAD, remains.recovered_on,
                              note, acting_user)  # fmt: skip
        identified = _write_status(person, event, v.VictimStatus.IDENTIFIED, on, note,
                                   acting_user)  # fmt: skip
        return update_object(
            identification, acting_user=acting_user, status=mv.IdentificationStatus.CONFIRMED,
            confirmed_by=acting_user, confirmed_by_name=acting_user.get_username(),
            confirmed_on=on, found_dead_status=found, identified_status=identified,
        )  # fmt: skip


def notify_family(identification: Identification, *, acting_user: Any, on: dt.date,
                  notified_by: str) -> Identification:  # fmt: skip
    if identification.status != mv.IdentificationStatus.CONFIRMED:
        raise ValidationError({"status": _("The family is notified of a confirmed "
                                           "identification.")})  # fmt: skip
    if identification.confirmed_on and on < identification.confirmed_on:
        raise ValidationError({"family_notified_on": _("Notified before it was confirmed.")})
    return update_object(identification, acting_user=acting_user,
                         status=mv.IdentificationStatus.FAMILY_NOTIFIED,
                         family_notified_on=on, notified_by=notified_by)  # fmt: skip


def hand_over(identification: Identification, *, acting_user: Any, on: dt.date,
              to: str) -> Identification:  # fmt: skip
    if identification.status != mv.IdentificationStatus.FAMILY_NOTIFIED:
        raise ValidationError({"status": _("Remains are handed over after the family is "
                                           "notified.")})  # fmt: skip
    if identification.family_notified_on and on < identification.family_notified_on:
        raise ValidationError({"handed_over_on": _("Handed over before the family was "
                                                   "notified.")})  # fmt: skip
    if not to.strip():
        raise ValidationError({"handed_over_to": _("Say to whom the remains were handed over.")})
    return update_object(identification, acting_user=acting_user,
                         status=mv.IdentificationStatus.HANDED_OVER, handed_over_on=on,
                         handed_over_to=to)  # fmt: skip


def withdraw_identification(identification: Identification, *, acting_user: Any,
                            reason: str) -> Identification:  # fmt: skip
    """Withdraw an identification; the statuses its confirmation wrote are deleted (their
    history keeps them)."""
    if not reason.strip():
        raise ValidationError({"withdrawn_reason": _("Say why it is withdrawn.")})
    with transaction.atomic():
        identification = Identification.objects.select_for_update().get(pk=identification.pk)
        if identification.status == mv.IdentificationStatus.WITHDRAWN:
            raise ValidationError({"status": _("It is withdrawn already.")})
        if identification.is_confirmed and not may_confirm(acting_user, identification.case):
            raise ValidationError(_("Only an owner of the case withdraws a confirmed "
                                    "identification."))  # fmt: skip
        written = [s for s in (identification.found_dead_status, identification.identified_status)
                   if s is not None]  # fmt: skip
        identification = update_object(
            identification, acting_user=acting_user, status=mv.IdentificationStatus.WITHDRAWN,
            withdrawn_reason=reason, found_dead_status=None, identified_status=None,
        )  # fmt: skip
        for status in written:
            delete_object(status, acting_user=acting_user,
                          message=f"identification {identification.pk} withdrawn")  # fmt: skip
    return identification
