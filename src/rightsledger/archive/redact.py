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
* evidence files that may name a redacted person are withheld or replaced by a redacted
  copy (``archive.release``); images travel only as their metadata-stripped derivative (no
  GPS, EXIF or XMP), and embedded metadata is dropped from every item's record; in evidence
  text (names, descriptions, extracted text) a word of a redacted name alone is redacted;
* state hashes of rows that are redacted, left out or belong to a redacted person do not
  leave (they would let a recipient test a guessed name), nor those of removed rows that
  showed who a person was (``hide_removed_rows``).

A history entry whose content was redacted is marked ``"redacted": true``; its hashes are
kept, so the chain's links still verify but that entry's content hash deliberately does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models

from rightsledger.analysis.names.mentions import NameFinder
from rightsledger.cases.models import Case
from rightsledger.protection.disclosure import IDENTIFYING, SHOWS_IDENTITY
from rightsledger.protection.masking import bulk_rows, without_digests
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
MEMO_TEXT, MEMO_SIZE = 100, 100_000  # texts remembered once redacted: this long at most, this many


@dataclass
class RedactionPlan:
    purpose: str
    recipient: str = ""
    persons: dict[int, str] = field(default_factory=dict)  # person id -> pseudonym
    excluded: set[tuple[str, int]] = field(default_factory=set)  # (model label, pk)
    raw_rows: set[int] = field(default_factory=set)  # registry rows of redacted persons
    blanked_fields: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    # Records someone classified at a level the purpose allows: released as they are.
    cleared: set[tuple[str, int]] = field(default_factory=set)
    # Rows whose exported form differs from the recorded one, are left out, or belong to a
    # redacted person: their state hashes do not leave (a hash of a row holding a name lets
    # whoever holds the bag confirm a guessed name).
    hidden_rows: set[tuple[str, int]] = field(default_factory=set)
    # The redacted persons' names, found in any script and spelling, in either order and
    # with case endings, as the protection scan finds them (``analysis.names.mentions``);
    # each label found stands for one pseudonym.
    _finder: NameFinder | None = None
    _aliases: dict[str, str] = field(default_factory=dict)
    _memo: dict[tuple[str, bool], str] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return self.purpose == "internal"

    @property
    def anyone_redacted(self) -> bool:
        return self._finder is not None

    def mentions(self, text: str) -> bool:
        """Whether ``text`` holds a redacted person's name, or any word of one alone."""
        return self._finder is not None and bool(self._finder.find(text, words=True))

    def redact_text(self, text: str) -> str:
        """Whole names replaced by the pseudonym, and any word of a name left by a mark."""
        return self._replace(text, words=True)

    def scrub(self, value: Any) -> tuple[Any, bool]:
        """Replace every name of a redacted person in ``value`` (recursively)."""
        if self._finder is None:
            return value, False
        if isinstance(value, str):
            new = self._replace(value, words=False)
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

    def _replace(self, text: str, *, words: bool) -> str:
        """``text`` with each name found replaced by its pseudonym (a word alone, found
        only with ``words``, by ``WORD_MARK``).  Names found over one another are one."""
        if self._finder is None or not text:
            return text
        short = len(text) <= MEMO_TEXT
        if short and (text, words) in self._memo:  # names, statuses, places repeat by the row
            return self._memo[(text, words)]
        spans: list[list[Any]] = []  # [start, end, replacement]
        for mention in sorted(
            self._finder.find(text, words=words), key=lambda m: (m.start, -m.end)
        ):
            if spans and mention.start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], mention.end)
                continue
            replacement = self._aliases[mention.person] if mention.whole else WORD_MARK
            spans.append([mention.start, mention.end, replacement])
        out: list[str] = []
        position = 0
        for start, end, replacement in spans:
            out += [text[position:start], replacement]
            position = end
        out.append(text[position:])
        replaced = "".join(out)
        if short:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[(text, words)] = replaced
        return replaced


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
        plan._finder, plan._aliases = _name_finder(names)
    allowed = ALLOWED_LEVELS[purpose]
    for c in Classification.objects.filter(case=case):
        label = _label(ContentType.objects.get_for_id(c.target_type_id))
        if c.level in allowed:
            if not c.field:
                plan.cleared.add((label, c.target_id))
        elif c.field:
            plan.blanked_fields.setdefault((label, c.target_id), set()).add(c.field)
        else:
            plan.excluded.add((label, c.target_id))
    from django.apps import apps

    for config in apps.get_app_configs():
        # Rows an app never lets leave, whatever their classification (the missing app:
        # genetic and ante-mortem data, and the evidence items holding them).
        never_shared = getattr(config, "rows_never_shared", None)
        if never_shared is not None:
            plan.excluded.update(never_shared(case))
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


def _name_finder(names: dict[str, str]) -> tuple[NameFinder, dict[str, str]]:
    """A finder of ``names`` (name → pseudonym), and the pseudonym of each label it finds.

    A person's names are one label: two of their words side by side are their name, from
    whichever of their names they come.  A name of one word is a label of its own, found
    alone (it was recorded as a name of theirs by itself).
    """
    labels: dict[str, list[str]] = {}
    aliases: dict[str, str] = {}
    for name, alias in sorted(names.items()):
        label = alias if len(NAME_WORD.findall(name)) > 1 else f"{alias}\n{name}"
        labels.setdefault(label, []).append(name)
        aliases[label] = alias
    return NameFinder(labels), aliases


REGISTRY_NAME_FIELDS = ("full_name", "given_name", "surname", "patronymic")
NAME_WORD = re.compile(r"\w+")
WORD_MARK = "[redacted]"
# Free text of evidence items: a name word alone is enough to re-identify.
EVIDENCE_TEXT_FIELDS = ("original_name", "description", "extracted_text")


def _label(content_type: ContentType) -> str:
    return f"{content_type.app_label}.{content_type.model}"


def redact_row(plan: RedactionPlan, label: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it may leave, or None if it may not."""
    if plan.full:
        return row
    pk = row["pk"]
    if (label, pk) in plan.excluded or label == "protection.protectedidentity":
        plan.hidden_rows.add((label, pk))
        return None
    fields = dict(row["fields"])
    for name in plan.blanked_fields.get((label, pk), ()):
        fields[name] = None if fields.get(name) is None or not isinstance(fields[name], str) else ""
    # What identifies a protected person is the disclosure policy's rule, the same for pages,
    # the API and exports (protection.disclosure.IDENTIFYING).
    rule = IDENTIFYING.get(label)
    owner = None if rule is None else (pk if rule.person == "pk" else
                                       fields.get(rule.person.removesuffix("_id")))  # fmt: skip
    if rule is not None and owner in plan.persons:
        alias = plan.persons[owner]
        model = apps.get_model(label)
        by_attname = {f.attname: f for f in model._meta.concrete_fields}
        for attname in rule.blank:
            field = by_attname[attname]  # "family_id" is a text field of that name
            text = isinstance(field, models.CharField | models.TextField) and not field.null
            fields[field.name] = "" if text else None
        fields.update(dict.fromkeys(rule.pseudonym, alias))
        if label == "records.personname":  # the alias is searchable as itself, in no script
            fields.update(search_key=search_key(alias), script="", language="")
    if label == "registry.rawrow" and pk in plan.raw_rows:
        cells = fields.get("cells")
        fields["cells"] = (
            dict.fromkeys(cells, "[redacted]") if isinstance(cells, dict)
            else ["[redacted]"] * len(cells or [])
        )  # fmt: skip
    if label == "evidence.evidenceitem":
        fields["embedded_metadata"] = _without_location(fields.get("embedded_metadata"))
        for name in EVIDENCE_TEXT_FIELDS:
            if isinstance(fields.get(name), str):
                fields[name] = plan.redact_text(fields[name])
    fields, _ = plan.scrub(fields)
    belongs = pk in plan.persons if label == "records.person" else (
        fields.get("person") in plan.persons or (label == "registry.rawrow" and pk in plan.raw_rows)
    )  # fmt: skip
    if belongs or fields != row["fields"]:
        plan.hidden_rows.add((label, pk))
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
        without_hash = {k: v for k, v in entry.items() if k != "state_hash"}
        return {**without_hash, **hidden, "redacted": True}
    if entry["object_type"].startswith("evidence."):
        # Evidence text is free text: a name word alone re-identifies (see ``redact_row``).
        content = _redact_words(plan, content)
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
    if entry["action"] == "bulk" and isinstance(scrubbed["after"], dict):
        after = without_digests(scrubbed["after"], lambda label, pk: _hidden(plan, label, pk))
        changed = changed or after != scrubbed["after"]
        scrubbed["after"] = after
    if not changed and key not in plan.hidden_rows:
        return entry
    # The state hash goes with the content it vouched for.
    out = {k: v for k, v in entry.items() if k != "state_hash"}
    return {**out, **scrubbed, "redacted": True}


def _hidden(plan: RedactionPlan, label: str, pk: str) -> bool:
    return pk.isdigit() and (label, int(pk)) in plan.hidden_rows


def _redact_words(plan: RedactionPlan, value: Any) -> Any:
    if isinstance(value, str):
        return plan.redact_text(value)
    if isinstance(value, list):
        return [_redact_words(plan, v) for v in value]
    if isinstance(value, dict):
        return {k: _redact_words(plan, v) for k, v in value.items()}
    return value


def hide_removed_rows(plan: RedactionPlan, history: Iterable[Any]) -> None:
    """Withhold the state hashes of rows the history records as removed, of the models whose
    rows show who a person is: the bag does not hold them, so nothing tells whose they were
    (a hand-entered person's list row goes when the person is protected).  ``history``:
    the case's entries, read before any is redacted."""
    if plan.full:
        return
    for entry in history:
        if entry.action == "delete" and entry.object_type in SHOWS_IDENTITY:
            removed = {entry.object_type: {entry.object_id}}
        elif entry.action == "bulk":
            removed = bulk_rows(entry.after, actions=("delete",))
        else:
            continue
        for label, ids in removed.items():
            if label in SHOWS_IDENTITY:
                plan.hidden_rows.update((label, int(pk)) for pk in ids if pk.isdigit())


def _without_location(metadata: Any) -> Any:
    if not isinstance(metadata, dict):
        return metadata
    return {k: v for k, v in metadata.items() if k not in DROPPED_METADATA}
