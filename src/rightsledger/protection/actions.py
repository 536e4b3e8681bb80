"""Protecting a person, and the one function that re-identifies them.

Where a protected name could leak, and what is done about it:

* ``PersonName.value`` and ``search_key``, ``Person.display_name``: hold the pseudonym; the
  real names are in ``ProtectedIdentity.ciphertext`` only.
* History: the entries written here record the pseudonym and the fact of protection, never
  the name (``before`` says only that the value was moved to the encrypted identity).
  Entries written *before* a person was protected (their creation) still hold the name in
  clear: rewriting them would break the hash chain that makes the history trustworthy.
  Their sequences are listed in ``ProtectedIdentity.exposed_in_history`` so that history
  views mask them for roles that may not re-identify (``protection.masking``), and shared
  and public exports scrub them (see ``archive``).  Record a person at risk with
  ``create_protected_person`` so the name never enters a plain table at all.
* Re-identification: ``reveal_identity`` only, for owners and editors ("change"
  permission), each call a history entry with the purpose.  ``scan_free_text`` reads the
  names too (to find them in free text, never to show them) and is recorded the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.history import EntryContent, append_entries, append_entry
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.cases.state import state_hash
from rightsledger.protection.crypto import decrypt_identity, encrypt_identity, pseudonym
from rightsledger.protection.disclosure import REVEAL_PERMISSION
from rightsledger.protection.masking import exposing_sequences
from rightsledger.protection.models import ProtectedIdentity
from rightsledger.protection.scan import ProtectedNames, ScanReport, scan_case
from rightsledger.records.models import Person, PersonName


def _moved(what: str, identity_pk: int) -> str:
    return f"[{what} moved to encrypted protected identity {identity_pk}]"


def protect_person(
    person: Person, *, category: str, acting_user: Any, message: str = ""
) -> ProtectedIdentity:
    """Encrypt a person's names and replace them everywhere in plain tables by a pseudonym."""
    with transaction.atomic():
        person = Person.objects.select_for_update().get(pk=person.pk)
        if ProtectedIdentity.objects.filter(person=person).exists():
            raise ValidationError({"person": "This person is already protected."})
        names = list(person.names.order_by("pk"))
        alias = pseudonym(person.case_id, person.pk)
        secret = {
            "display_name": person.display_name,
            "names": [
                {"id": n.pk, "kind": n.kind, "value": n.value, "script": n.script,
                 "language": n.language}
                for n in names
            ],
        }  # fmt: skip
        exposed = exposing_sequences(
            person.case_id, person.pk, [n.pk for n in names],
            [person.display_name, *(n.value for n in names)],
        )  # fmt: skip
        identity = create_object(
            ProtectedIdentity, acting_user=acting_user, case=person.case, person=person,
            category=category, pseudonym=alias, ciphertext=encrypt_identity(secret),
            exposed_in_history=exposed, message=message,
        )  # fmt: skip
        for name in names:
            name.value, name.script, name.language = alias, "", ""
            name.save(update_fields=["value", "script", "language"])
            _record_pseudonymised(name, identity, alias, acting_user)
        person.display_name = alias
        person.save(update_fields=["display_name"])
        _record_pseudonymised(person, identity, alias, acting_user)
    return identity


def _record_pseudonymised(obj: Any, identity: ProtectedIdentity, alias: str, user: Any) -> None:
    field = "display_name" if isinstance(obj, Person) else "value"
    append_entry(
        case=identity.case, actor=user, action=HistoryEntry.Action.UPDATE,
        object_type=f"records.{obj._meta.model_name}", object_id=str(obj.pk), object_repr=alias,
        before={field: _moved("name", identity.pk)}, after={field: alias},
        message="identity protected", state_hash=state_hash(obj),
    )  # fmt: skip


def create_protected_person(
    *,
    case: Case,
    acting_user: Any,
    category: str,
    names: Iterable[Mapping[str, Any]],
    **fields: Any,
) -> ProtectedIdentity:
    """Record a person at risk so that their names never reach a plain table or the history."""
    from rightsledger.records.actions import create_person

    names = [dict(n) for n in names]
    if not names:
        raise ValidationError({"names": "A protected person needs at least one name."})
    with transaction.atomic():
        person = create_person(case=case, acting_user=acting_user, names=[], **fields)
        alias = pseudonym(case.pk, person.pk)
        placeholders = []
        for name in names:
            placeholders.append(
                create_object(
                    PersonName,
                    acting_user=acting_user,
                    case=case,
                    person=person,
                    kind=name.get("kind", "full"),
                    value=alias,
                )
            )
        secret = {
            "display_name": str(names[0]["value"]),
            "names": [
                {"id": p.pk, "kind": n.get("kind", "full"), "value": str(n["value"]),
                 "script": n.get("script", ""), "language": n.get("language", "")}
                for p, n in zip(placeholders, names, strict=True)
            ],
        }  # fmt: skip
        person.display_name = alias
        person.save(update_fields=["display_name"])
        append_entry(
            case=case, actor=acting_user, action=HistoryEntry.Action.UPDATE,
            object_type="records.person", object_id=str(person.pk), object_repr=alias,
            before={"display_name": ""}, after={"display_name": alias},
            state_hash=state_hash(person),
        )  # fmt: skip
        return create_object(
            ProtectedIdentity, acting_user=acting_user, case=case, person=person,
            category=category, pseudonym=alias, ciphertext=encrypt_identity(secret),
        )  # fmt: skip


def reveal_identity(identity_id: int, *, acting_user: Any, purpose: str) -> dict[str, Any]:
    """The real names of a protected person, for owners and editors, logged with the purpose.

    Anyone else gets 404 (``Http404``), exactly as for a person that does not exist.
    """
    if not purpose.strip():
        raise ValidationError({"purpose": "Say why the identity is needed."})
    identity = ProtectedIdentity.objects.get_restricted_or_404(
        acting_user, REVEAL_PERMISSION, pk=identity_id
    )
    secret = decrypt_identity(identity.ciphertext)
    with transaction.atomic():
        append_entry(
            case=identity.case, actor=acting_user, action=HistoryEntry.Action.OTHER,
            object_type="protection.reidentification", object_id=str(identity.person_id),
            object_repr=f"re-identified {identity.pseudonym}",
            after={"person": identity.person_id, "purpose": purpose[:500]},
            message=purpose[:500],
        )  # fmt: skip
    return secret


SCAN_PURPOSE = "scan of the case's free text for protected persons' names"


def scan_free_text(case: Case, *, acting_user: Any, words: bool = False) -> ScanReport:
    """Where the case's free text shows protected persons' names to analysts and viewers.

    For owners and editors only (anyone else gets 404, as for a case that does not exist).
    The names are decrypted to be looked for, so each protected person's re-identification
    is recorded in the case's history, as ``reveal_identity`` records it; the report shows
    every name masked.
    """
    case = Case.objects.get_restricted_or_404(acting_user, REVEAL_PERMISSION, pk=case.pk)
    identities = list(
        ProtectedIdentity.objects.restrict(acting_user, REVEAL_PERMISSION)
        .filter(case=case).order_by("pk")
    )  # fmt: skip
    listed = _listed_names(case, acting_user, [i.person_id for i in identities])
    protected = []
    for identity in identities:
        secret = decrypt_identity(identity.ciphertext)
        names = [secret.get("display_name", ""), *(n["value"] for n in secret.get("names", []))]
        names += listed.get(identity.person_id, [])
        protected.append(ProtectedNames(
            identity.person_id, identity.pseudonym, tuple(sorted({n for n in names if n.strip()}))
        ))  # fmt: skip
    if protected:
        with transaction.atomic():
            append_entries(case=case, actor=acting_user, contents=[
                EntryContent(
                    action=HistoryEntry.Action.OTHER, object_type="protection.reidentification",
                    object_id=str(p.person_id), object_repr=f"re-identified {p.pseudonym}",
                    after={"person": p.person_id, "purpose": SCAN_PURPOSE}, message=SCAN_PURPOSE,
                )
                for p in protected
            ])  # fmt: skip
    return scan_case(case, acting_user, protected, words=words)


def _listed_names(case: Case, user: Any, persons: list[int]) -> dict[int, list[str]]:
    """Names the victim registry's list rows give the persons (verbatim, any spelling)."""
    from django.apps import apps

    if not persons or not apps.is_installed("rightsledger.registry"):
        return {}
    source_record = apps.get_model("registry", "SourceRecord")
    names: dict[int, list[str]] = {}
    records = source_record.objects.restrict(user, REVEAL_PERMISSION)
    rows = records.filter(case=case, person_id__in=persons).values_list(
        "person_id", "full_name", "given_name", "surname", "patronymic"
    )
    for person_id, full, given, surname, patronymic in rows:
        parts = [given, patronymic, surname]
        names.setdefault(person_id, []).extend([full, " ".join(p for p in parts if p)])
    return names


def keep_protected_names_encrypted(obj: Any, acting_user: Any) -> bool:
    """The write rule for protected persons (installed in ``cases.actions``): a name written
    to a protected person — a new name, a changed name or display name, from a form, the API
    or the command line — goes into their encrypted identity, and the row stores the
    pseudonym. True if ``obj`` was changed."""
    if isinstance(obj, PersonName):
        person_id, field = obj.person_id, "value"
    elif isinstance(obj, Person):
        person_id, field = obj.pk, "display_name"
    else:
        return False
    identity = (
        ProtectedIdentity.objects.select_for_update().filter(person_id=person_id).first()
        if person_id is not None
        else None
    )
    if identity is None or getattr(obj, field) == identity.pseudonym:
        return False
    secret = decrypt_identity(identity.ciphertext)
    if isinstance(obj, PersonName):
        entry = {"id": obj.pk, "kind": obj.kind, "value": obj.value, "script": obj.script,
                 "language": obj.language}  # fmt: skip
        secret["names"] = [n for n in secret.get("names", []) if n.get("id") != obj.pk]
        secret["names"].append(entry)
        obj.value, obj.script, obj.language = identity.pseudonym, "", ""
    else:
        secret["display_name"] = obj.display_name
        obj.display_name = identity.pseudonym
    update_object(identity, acting_user=acting_user, ciphertext=encrypt_identity(secret),
                  message="a name of the protected person, encrypted")  # fmt: skip
    return True
