"""What leaves the institution in a shared or public export, and what does not.

Purposes: ``internal`` (everything; the only kind ``import bag`` accepts), ``sharing``
(with a named recipient) and ``publication``.  For the latter two:

* protected persons, persons who refused (or withdrew) consent for the purpose — and, with
  ``require_consent``, every person without a granted consent for it — are redacted: their
  names, every occurrence of them in any exported text (including history entries), birth
  date and notes are replaced by the person's pseudonym;
* encrypted identities never leave;
* records and fields classified above what the purpose allows are left out (``confidential``
  never leaves; ``internal`` is not published);
* images travel only as their metadata-stripped derivative (no GPS, EXIF or XMP), and
  embedded metadata is dropped from every item's record.

A history entry whose content was redacted is marked ``"redacted": true``; its hashes are
kept, so the chain's links still verify but that entry's content hash deliberately does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType

from rightsledger.cases.models import Case
from rightsledger.protection.models import Classification, Consent, Level, ProtectedIdentity
from rightsledger.records.models import Person, PersonName
from rightsledger.records.naming import search_key

PURPOSES = ("internal", "sharing", "publication")
ALLOWED_LEVELS = {
    "internal": {Level.PUBLIC, Level.INTERNAL, Level.CONFIDENTIAL},
    "sharing": {Level.PUBLIC, Level.INTERNAL},
    "publication": {Level.PUBLIC},
}
DROPPED_METADATA = ("exif", "gps", "xmp", "docx", "pdf")


@dataclass
class RedactionPlan:
    purpose: str
    recipient: str = ""
    persons: dict[int, str] = field(default_factory=dict)  # person id -> pseudonym
    excluded: set[tuple[str, int]] = field(default_factory=set)  # (model label, pk)
    raw_rows: set[int] = field(default_factory=set)  # registry rows of redacted persons
    blanked_fields: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _replacement: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return self.purpose == "internal"

    def scrub(self, value: Any) -> tuple[Any, bool]:
        """Replace every known name of a redacted person in ``value`` (recursively)."""
        if self._pattern is None:
            return value, False
        if isinstance(value, str):
            new = self._pattern.sub(lambda m: self._replacement[m.group(0).casefold()], value)
            return new, new != value
        if isinstance(value, list):
            pairs = [self.scrub(v) for v in value]
            return [p[0] for p in pairs], any(p[1] for p in pairs)
        if isinstance(value, dict):
            changed = False
            out = {}
            for k, v in value.items():
                out[k], hit = self.scrub(v)
                changed = changed or hit
            return out, changed
        return value, False


def plan_redaction(
    case: Case, purpose: str, recipient: str = "", require_consent: bool = False
) -> RedactionPlan:
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {', '.join(PURPOSES)}")
    if purpose == "sharing" and not recipient.strip():
        raise ValueError("a sharing export names its recipient")
    plan = RedactionPlan(purpose=purpose, recipient=recipient)
    if plan.full:
        return plan
    from rightsledger.protection.crypto import ProtectionKeyMissing, decrypt_identity, pseudonym

    consent_purpose = "sharing" if purpose == "sharing" else "publication"
    consents = Consent.objects.filter(case=case, purpose=consent_purpose)
    if purpose == "sharing":
        consents = consents.filter(recipient__iexact=recipient.strip())
    granted = set(consents.filter(granted=True, withdrawn_on__isnull=True).values_list(
        "person_id", flat=True))  # fmt: skip
    refused = set(consents.exclude(granted=True, withdrawn_on__isnull=True).values_list(
        "person_id", flat=True))  # fmt: skip
    identities = {i.person_id: i for i in ProtectedIdentity.objects.filter(case=case)}
    persons = Person.objects.filter(case=case).values_list("pk", flat=True)
    redacted = {
        pk for pk in persons
        if pk in identities or pk in refused or (require_consent and pk not in granted)
    }  # fmt: skip
    names: dict[str, str] = {}
    for pk in sorted(redacted):
        identity = identities.get(pk)
        try:
            alias = identity.pseudonym if identity else pseudonym(case.pk, pk)
        except ProtectionKeyMissing:
            alias = f"Redacted person {pk}"
        plan.persons[pk] = alias
        if identity is not None:
            # Names recorded before the person was protected may sit in old history entries.
            secret = decrypt_identity(identity.ciphertext)
            for value in [secret.get("display_name", ""), *(n["value"] for n in secret["names"])]:
                names[value] = alias
    for person_id, value in PersonName.objects.filter(
        case=case, person_id__in=redacted
    ).values_list("person_id", "value"):
        names[value] = plan.persons[person_id]
    for pk, display in Person.objects.filter(pk__in=redacted).values_list("pk", "display_name"):
        names[display] = plan.persons[pk]
    _registry_names(case, plan, names)
    names = {k: v for k, v in names.items() if k.strip() and k != v}
    if names:
        ordered = sorted(names, key=len, reverse=True)
        plan._pattern = re.compile("|".join(re.escape(n) for n in ordered), re.IGNORECASE)
        plan._replacement = {n.casefold(): names[n] for n in ordered}
    allowed = ALLOWED_LEVELS[purpose]
    for c in Classification.objects.filter(case=case).exclude(level__in=allowed):
        label = _label(ContentType.objects.get_for_id(c.target_type_id))
        if c.field:
            plan.blanked_fields.setdefault((label, c.target_id), set()).add(c.field)
        else:
            plan.excluded.add((label, c.target_id))
    return plan


def _registry_names(case: Case, plan: RedactionPlan, names: dict[str, str]) -> None:
    """The victim registry keeps list rows verbatim: their names are redacted too."""
    from django.apps import apps

    try:
        source_record = apps.get_model("registry", "SourceRecord")
    except LookupError:
        return
    records = source_record.objects.filter(case=case, person_id__in=list(plan.persons))
    for row in records.values("person_id", "raw_row_id", *REGISTRY_NAME_FIELDS):
        plan.raw_rows.add(row["raw_row_id"])
        # Whole names only: a bare surname would also hit unrelated people.
        if len(row["full_name"].split()) > 1:
            names.setdefault(row["full_name"], plan.persons[row["person_id"]])


REGISTRY_NAME_FIELDS = ("full_name", "given_name", "surname", "patronymic")


def _label(content_type: ContentType) -> str:
    return f"{content_type.app_label}.{content_type.model}"


def redact_row(plan: RedactionPlan, label: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it may leave, or None if it may not."""
    if plan.full:
        return row
    pk = row["pk"]
    if (label, pk) in plan.excluded or label == "protection.protectedidentity":
        return None
    fields = dict(row["fields"])
    for name in plan.blanked_fields.get((label, pk), ()):
        fields[name] = None if fields.get(name) is None or not isinstance(fields[name], str) else ""
    if label == "records.person" and pk in plan.persons:
        fields.update(display_name=plan.persons[pk], birth_date=None, notes="")
    if label == "records.personname" and fields.get("person") in plan.persons:
        alias = plan.persons[fields["person"]]
        fields.update(value=alias, search_key=search_key(alias), script="", language="")
    if label == "registry.sourcerecord" and fields.get("person") in plan.persons:
        alias = plan.persons[fields["person"]]
        fields.update(dict.fromkeys(REGISTRY_NAME_FIELDS, ""), full_name=alias, birth_date="",
                      notes="")  # fmt: skip
    if label == "registry.rawrow" and pk in plan.raw_rows:
        cells = fields.get("cells")
        fields["cells"] = (
            dict.fromkeys(cells, "[redacted]") if isinstance(cells, dict)
            else ["[redacted]"] * len(cells or [])
        )  # fmt: skip
    if label == "evidence.evidenceitem":
        fields["embedded_metadata"] = _without_location(fields.get("embedded_metadata"))
    fields, _ = plan.scrub(fields)
    return {"pk": pk, "fields": fields}


def redact_history(plan: RedactionPlan, entry: dict[str, Any]) -> dict[str, Any]:
    if plan.full:
        return entry
    content = {k: entry[k] for k in ("object_repr", "before", "after", "message")}
    try:
        key = (entry["object_type"], int(entry["object_id"]))
    except ValueError:
        key = (entry["object_type"], -1)
    if key in plan.excluded:
        hidden = {"object_repr": "[classified]", "before": None, "after": {"redacted": True},
                  "message": ""}  # fmt: skip
        return {**entry, **hidden, "redacted": True}
    blanked = plan.blanked_fields.get(key, set())
    for side in ("before", "after"):
        if isinstance(content[side], dict) and blanked & set(content[side]):
            content[side] = {k: ("[classified]" if k in blanked else v)
                             for k, v in content[side].items()}  # fmt: skip
        if isinstance(content[side], dict) and "embedded_metadata" in content[side]:
            content[side] = {**content[side], "embedded_metadata": _without_location(
                content[side]["embedded_metadata"])}  # fmt: skip
    scrubbed, changed = plan.scrub(content)
    changed = changed or content != {k: entry[k] for k in content}
    if entry["object_type"] == "protection.protectedidentity":
        scrubbed.update(before=None, after={"redacted": True})
        changed = True
    if not changed:
        return entry
    return {**entry, **scrubbed, "redacted": True}


def _without_location(metadata: Any) -> Any:
    if not isinstance(metadata, dict):
        return metadata
    return {k: v for k, v in metadata.items() if k not in DROPPED_METADATA}
