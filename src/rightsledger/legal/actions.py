"""The one write path of the legal app.

Everything goes through ``rightsledger.cases.actions`` (``create_object``, ``update_object``,
``delete_object``), so every change has its history entry in the same transaction: changes
to the shared catalogue in the global chain, qualifications and links in their case's chain.

Who may do what: the shared catalogue is changed by administrators only, and that rule is
enforced here, since no case stands in front of it.  Case-scoped writes are checked by the
callers through ``restrict`` (a user who may not analyse in the case never reaches them).
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.cases.models import Case
from rightsledger.legal.models import (
    ActTypeMapping,
    CatalogueModel,
    Crime,
    Element,
    ElementLink,
    Instrument,
    Origin,
    Provision,
    Qualification,
    QualificationStatus,
    Stance,
)
from rightsledger.legal.texts import LANGUAGES

# What an administrator may edit in the shared catalogue (codes and numbers stay as shipped:
# other rows, files and exports refer to them).
EDITABLE: dict[type[models.Model], tuple[str, ...]] = {
    Instrument: ("title", "short_title", "edition", "published_in", "adopted_on", "in_force_on"),
    Provision: ("title", "summary", "kind"),
    Crime: ("name",),
    Element: ("text",),
}
TEXT_FIELDS = {"title", "short_title", "edition", "summary", "name", "text"}
QUALIFICATION_CHANGES = ("status", "note", "locator")


def require_administrator(user: Any) -> None:
    if not (user is not None and user.is_active and user.is_superuser):
        raise PermissionDenied(_("Only administrators change the shared legal catalogue."))


def update_catalogue_entry(obj: CatalogueModel, *, acting_user: Any, **changes: Any) -> Any:
    """Change texts of an instrument, provision, crime or element (administrators only).

    Texts are merged by language: ``summary={"az": "…"}`` adds or replaces the Azerbaijani
    text and keeps the others.  The row becomes ``local``: later shipped releases leave it.
    """
    require_administrator(acting_user)
    allowed = EDITABLE.get(type(obj), ())
    refused = sorted(set(changes) - set(allowed))
    if refused:
        raise ValidationError({refused[0]: _("This cannot be changed here.")})
    values = dict(changes)
    for name in TEXT_FIELDS & set(values):
        given = values[name]
        if not isinstance(given, dict) or not all(
            k in LANGUAGES and isinstance(v, str) for k, v in given.items()
        ):
            raise ValidationError({name: _("Give texts by language: en, ru, az.")})
        merged = {**getattr(obj, name), **{k: v.strip() for k, v in given.items()}}
        if not merged.get("en"):
            raise ValidationError({name: _("The English text cannot be empty.")})
        values[name] = {k: v for k, v in merged.items() if v}
    return update_object(obj, acting_user=acting_user, origin=Origin.LOCAL, **values)


def add_act_type_mapping(
    *,
    act_type: str,
    acting_user: Any,
    provision: Provision | None = None,
    crime: Crime | None = None,
    case: Case | None = None,
    note: str = "",
) -> ActTypeMapping:
    """Map an act type to a provision or crime: for everyone (administrators) or one case."""
    if case is None:
        require_administrator(acting_user)
    exists = ActTypeMapping.objects.filter(
        act_type=act_type, provision=provision, crime=crime, case=case
    ).exists()
    if exists:
        raise ValidationError(_("This act type is already mapped to it."))
    return create_object(
        ActTypeMapping, acting_user=acting_user, act_type=act_type, provision=provision,
        crime=crime, case=case, note=note, origin=Origin.LOCAL,
    )  # fmt: skip


def remove_act_type_mapping(mapping: ActTypeMapping, *, acting_user: Any) -> None:
    if mapping.case_id is None:
        require_administrator(acting_user)
    delete_object(mapping, acting_user=acting_user)


def propose_qualification(
    *,
    case: Case,
    acting_user: Any,
    crime: Crime | None = None,
    provision: Provision | None = None,
    event: Any = None,
    act: Any = None,
    source: Any = None,
    locator: str = "",
    note: str = "",
    status: str = QualificationStatus.ALLEGED,
) -> Qualification:
    """Record a proposition that the acts of the case, an event or an act may constitute
    ``crime`` (or violate ``provision``).

    Proposed by ``acting_user``, or, with ``source``, attributed to that source (the statement
    that asserts it); who entered it is in the history either way.
    """
    if crime is None and provision is None:
        raise ValidationError({"crime": _("Name a crime or a provision.")})
    if crime is not None:
        if provision is not None and provision.pk != crime.provision_id:
            raise ValidationError({"provision": _("The provision must be the crime's provision.")})
        provision = crime.provision
    if act is not None and event is None:
        event = act.event
    by_user = source is None
    return create_object(
        Qualification, acting_user=acting_user, case=case, provision=provision, crime=crime,
        event=event, act=act, attributed_to=source, locator=locator, note=note, status=status,
        proposed_by=acting_user if by_user else None,
        proposer_name=acting_user.get_username() if by_user else "",
    )  # fmt: skip


def change_qualification(
    qualification: Qualification, *, acting_user: Any, **changes: Any
) -> Qualification:
    """Change a qualification's status, note or locator (what it proposes stays: a different
    proposition is a new qualification)."""
    refused = sorted(set(changes) - set(QUALIFICATION_CHANGES))
    if refused:
        raise ValidationError({refused[0]: _("Propose a new qualification instead.")})
    return update_object(qualification, acting_user=acting_user, **changes)


def withdraw_qualification(qualification: Qualification, *, acting_user: Any) -> None:
    """Delete a qualification with its own links (each kept in the history); shared
    contextual links stay with the case."""
    delete_object(qualification, acting_user=acting_user)


def link_to_element(
    *,
    qualification: Qualification,
    target: models.Model,
    acting_user: Any,
    element: Element | None = None,
    stance: str = Stance.SUPPORTS,
    note: str = "",
) -> ElementLink:
    """Link a claim, record or evidence item to one element of a qualification.

    A shared contextual element (the attack, the armed conflict…) is linked for the whole
    case: the link then shows in every qualification whose crime has that context.
    """
    shared = element is not None and element.is_shared
    with transaction.atomic():
        return create_object(
            ElementLink, acting_user=acting_user, case=qualification.case,
            qualification=None if shared else qualification, element=element,
            context_key=element.context_key if shared and element else "", stance=stance,
            target_type=ContentType.objects.get_for_model(type(target)),
            target_id=target.pk, note=note,
        )  # fmt: skip


def change_link(link: ElementLink, *, acting_user: Any, **changes: Any) -> ElementLink:
    refused = sorted(set(changes) - {"note", "stance"})
    if refused:
        raise ValidationError({refused[0]: _("Link the record again instead.")})
    return update_object(link, acting_user=acting_user, **changes)


def unlink(link: ElementLink, *, acting_user: Any) -> None:
    delete_object(link, acting_user=acting_user)
