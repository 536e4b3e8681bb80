"""Where free text shows a protected person's real name to readers who may not see it.

Protection replaces a person's names by the pseudonym, and the disclosure policy hides their
identifying fields, but it cannot know what people *wrote*: a claim quoting a statement
("the witness Leyla Əliyeva said …"), the notes of another person, an event's description,
the text extracted from an evidence file, a history entry's message.  Analysts and viewers
read all of it.  This module finds such text so that someone who may re-identify can
rewrite it (or protect the record another way); it never shows the name itself.

What is read, for one case, through the access path of the user asking:

* every text field of every case-scoped record (``CharField`` without choices,
  ``TextField``) and the strings inside its JSON fields, but not what readers never see
  (the identifying fields of the protected persons' own rows, as ``disclosure.IDENTIFYING``
  says; fields a model calls ``confidential_fields``; the protected identities), nor
  what holds no free text (hashes, names of other persons — read apart —, computed
  results, see ``NOT_FREE_TEXT``);
* the history entries readers see unmasked: their description, message and the values
  before and after (the rows of a bulk entry are ids and hashes, and are not read);
* the names of other persons of the record: a protected person's name there is a namesake
  or a record of the same person that linkage did not join — either way visible.

The names are found with ``analysis.names.mentions`` (every name of the person, in every
script, in either order, with case endings).  Reading the names is re-identifying them:
only ``protection.actions.scan_free_text`` calls this, for users who may re-identify, and
records it as it records every re-identification.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.apps import apps
from django.db import models
from django.urls import NoReverseMatch, reverse

from rightsledger.analysis.names import fold
from rightsledger.analysis.names.mentions import Mention, NameFinder
from rightsledger.cases.models import Case, CaseScopedModel, HistoryEntry
from rightsledger.protection.disclosure import IDENTIFYING, REVEAL_PERMISSION
from rightsledger.protection.masking import masked_for_readers

HISTORY = "cases.historyentry"
NAMES = "records.personname"
# Fields (or whole models, "*") that hold no free text a person wrote: hashes, codes,
# computed results, and names of persons (read apart, as names, by ``_other_names``).
NOT_FREE_TEXT: dict[str, set[str]] = {
    "protection.protectedidentity": {"*"},
    "registry.linkagerun": {"*"},
    "registry.reviewpair": {"*"},
    "registry.storedestimate": {"*"},
    "records.person": {"display_name"},
    "records.personname": {"*"},
    "records.placename": {"script", "language"},
    "registry.sourcerecord": {"full_name", "given_name", "surname", "patronymic"},
    "registry.listimport": {"file_sha256", "file_format", "encoding", "delimiter", "mapping"},
    "evidence.evidenceitem": {"sha256", "mime_type"},
    "evidence.custodyentry": {"item_sha256"},
    "missing.burialsite": {"area"},
}
# Pages that show a record; anything else links to the record's history.
PAGES = {
    "records.event": "case-event",
    "records.act": "case-act",
    "records.person": "case-person",
    "records.source": "case-source",
    "records.claim": "case-claim",
    "legal.qualification": "case-qualification",
    "missing.missingpersonfile": "missing-file",
    "missing.burialsite": "missing-site",
    "missing.remainscase": "missing-remains",
    "missing.identification": "missing-identification",
}
CHUNK = 2000
EXCERPT_WIDTH = 60


@dataclass(frozen=True)
class ProtectedNames:
    """One protected person as the scan knows them: pseudonym and every real name."""

    person_id: int
    pseudonym: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Text:
    """One piece of free text and where it is."""

    object_type: str
    object_id: str
    path: str  # the field, or the path inside a JSON field ("after.notes", "cells.3")
    text: str
    # The record to link to, when not this one (a history entry's record, a name's person).
    record: tuple[str, str] | None = None


@dataclass(frozen=True)
class Hit:
    """One field of one record (or history entry) that shows a protected person's name."""

    object_type: str  # model label: "records.claim", "cases.historyentry" …
    object_id: str
    field: str  # "statement"; in JSON, the path: "after.notes", "cells.3"
    person_id: int
    pseudonym: str
    whole: bool  # the name (False: a word of it alone)
    occurrences: int
    excerpt: str  # the name masked
    url: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "object_type": self.object_type, "object_id": self.object_id, "field": self.field,
            "person": self.person_id, "pseudonym": self.pseudonym,
            "match": "name" if self.whole else "word", "occurrences": self.occurrences,
            "excerpt": self.excerpt, "url": self.url,
        }  # fmt: skip


@dataclass
class ScanReport:
    case: Case
    persons: int  # protected persons whose names were looked for
    words: bool  # single words of a name were reported too
    hits: list[Hit] = field(default_factory=list)
    texts: int = 0  # pieces of text read

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case.slug, "protected_persons": self.persons, "words": self.words,
            "texts_read": self.texts, "hits": [hit.as_dict() for hit in self.hits],
        }  # fmt: skip


def scan_case(
    case: Case, user: Any, protected: list[ProtectedNames], *, words: bool = False
) -> ScanReport:
    """Every place of ``case`` whose text shows one of ``protected``'s names to readers."""
    report = ScanReport(case=case, persons=len(protected), words=words)
    if not protected:
        return report
    by_label = {str(p.person_id): p for p in protected}
    finder = NameFinder({str(p.person_id): p.names for p in protected})
    if finder.empty:
        return report
    for text in _texts(case, user, set(p.person_id for p in protected)):
        report.texts += 1
        mentions = finder.find(text.text, words=words)
        if mentions:
            report.hits.extend(_hits(case, finder, by_label, text, mentions))
    for person_id, name_id, value in _other_names(case, user, protected):
        report.texts += 1
        mentions = [m for m in finder.find(value) if m.whole]
        name = Text(NAMES, str(name_id), "value", value, ("records.person", str(person_id)))
        report.hits.extend(_hits(case, finder, by_label, name, mentions))
    report.hits.sort(key=lambda h: (
        h.object_type == HISTORY, h.object_type, _number(h.object_id), h.field, h.person_id
    ))  # fmt: skip
    return report


def _number(value: str) -> tuple[int, str]:
    return (int(value), "") if value.isdigit() else (0, value)


def _hits(
    case: Case,
    finder: NameFinder,
    persons: Mapping[str, ProtectedNames],
    where: Text,
    mentions: list[Mention],
) -> list[Hit]:
    """One hit per person named in the text (whole names first), with the first excerpt."""
    found: dict[str, list[Mention]] = {}
    for mention in mentions:
        found.setdefault(mention.person, []).append(mention)
    if where.object_type == HISTORY and where.record:
        url = _url(case, *where.record, history=True)  # the record's history, with the entry
    else:
        url = _url(case, *(where.record or (where.object_type, where.object_id)))
    hits = []
    for label, group in found.items():
        best = [m for m in group if m.whole] or group
        person = persons[label]
        hits.append(Hit(
            object_type=where.object_type, object_id=where.object_id, field=where.path,
            person_id=person.person_id, pseudonym=person.pseudonym, whole=best[0].whole,
            occurrences=len(best), excerpt=finder.excerpt(where.text, best[0], EXCERPT_WIDTH),
            url=url,
        ))  # fmt: skip
    return hits


def _url(case: Case, object_type: str, object_id: str, *, history: bool = False) -> str:
    """The page of a record, else its history (the case's history for a bulk entry)."""
    try:
        if object_type in PAGES and not history:
            return reverse(PAGES[object_type], kwargs={"slug": case.slug, "pk": int(object_id)})
        if object_type in {HISTORY, "bulk"} or not object_id:
            return reverse("case-history", kwargs={"slug": case.slug})
        return reverse(
            "object-history",
            kwargs={"slug": case.slug, "object_type": object_type, "pk": object_id},
        )
    except (NoReverseMatch, ValueError):
        return ""


# -- what readers see -------------------------------------------------------------------


def _texts(case: Case, user: Any, protected: set[int]) -> Iterator[Text]:
    """(object type, id, field or JSON path, text) of every free text readers of ``case`` see."""
    for model in apps.get_models():
        if issubclass(model, CaseScopedModel) and not model._meta.proxy:
            yield from _model_texts(case, user, model, protected)
    yield from _history_texts(case, user)


def text_fields(model: type[models.Model]) -> tuple[list[str], list[str]]:
    """The model's free-text fields and JSON fields, as readers may see them."""
    label = model._meta.label_lower
    left_out = NOT_FREE_TEXT.get(label, set())
    if "*" in left_out:
        return [], []
    left_out = left_out | set(getattr(model, "confidential_fields", ()))
    texts, documents = [], []
    for f in model._meta.concrete_fields:
        if f.attname in left_out or f.name in left_out:
            continue
        if isinstance(f, models.JSONField):
            documents.append(f.attname)
        elif isinstance(f, models.CharField | models.TextField) and not f.choices:
            texts.append(f.attname)
    return texts, documents


def _model_texts(
    case: Case, user: Any, model: type[models.Model], protected: set[int]
) -> Iterator[Text]:
    label = model._meta.label_lower
    texts, documents = text_fields(model)
    if not texts and not documents:
        return
    rows = model.objects.restrict(user, REVEAL_PERMISSION).filter(case=case)  # type: ignore[attr-defined]
    # The identifying fields of a protected person's own rows are hidden from readers.
    rule = IDENTIFYING.get(label)
    hidden = set(rule.pseudonym + rule.blank) if rule else set()
    owner = rule.person if rule else None
    skipped_rows = _protected_raw_rows(case, protected) if label == "registry.rawrow" else set()
    for name in texts:
        query = rows.exclude(**{name: ""}).exclude(**{f"{name}__isnull": True})
        columns = ["pk", owner] if owner and name in hidden else ["pk"]
        for values in query.values_list(*columns, name).iterator(chunk_size=CHUNK):
            if len(columns) == 2 and values[1] in protected:
                continue
            yield Text(label, str(values[0]), name, values[-1])
    for name in documents:
        query = rows.exclude(**{f"{name}__isnull": True})
        for pk, document in query.values_list("pk", name).iterator(chunk_size=CHUNK):
            if pk in skipped_rows:
                continue
            for path, text in _strings(document, name):
                yield Text(label, str(pk), path, text)


def _protected_raw_rows(case: Case, protected: set[int]) -> set[int]:
    """List rows of protected persons: readers see them replaced by the pseudonym."""
    source_record = apps.get_model("registry", "SourceRecord")
    return set(
        source_record.objects.filter(case=case, person_id__in=protected)
        .exclude(raw_row=None)
        .values_list("raw_row_id", flat=True)
    )


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """The strings inside a JSON value, each with its path ("after.notes", "cells.2")."""
    if isinstance(value, str):
        if value.strip():
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}.{index}")


def _history_texts(case: Case, user: Any) -> Iterator[Text]:
    """The case's history entries as readers see them (masked entries are not shown)."""
    entries = HistoryEntry.objects.restrict(user, REVEAL_PERMISSION).filter(case=case)
    confidential = _confidential_fields()
    # A bulk entry's rows are ids and hashes: only its description and summary are text.
    bulk = entries.filter(action=HistoryEntry.Action.BULK).values_list(
        "sequence", "action", "object_type", "object_id", "object_repr", "message",
        "after__summary",
    )  # fmt: skip
    rest = entries.exclude(action=HistoryEntry.Action.BULK).values_list(
        "sequence", "action", "object_type", "object_id", "object_repr", "message", "before",
        "after",
    )  # fmt: skip
    for query, names in ((bulk, BULK_PARTS), (rest, ENTRY_PARTS)):
        for chunk in _chunks(query.iterator(chunk_size=CHUNK)):
            # What a reader who may not re-identify sees masked is not read.
            masked = masked_for_readers(case.pk, [_entry(row) for row in chunk])
            for sequence, _action, object_type, object_id, *content in chunk:
                if sequence in masked:
                    continue
                hidden = confidential.get(object_type, set())
                for name, value in zip(names, content, strict=True):
                    if isinstance(value, dict) and hidden:
                        value = {k: v for k, v in value.items() if k not in hidden}
                    for path, text in _strings(value, name):
                        yield Text(HISTORY, str(sequence), path, text, (object_type, object_id))


class _Entry(NamedTuple):
    """What ``masking.masked_for_readers`` reads of an entry (a bulk entry's rows are not
    needed: it is masked or not as a whole, by its sequence)."""

    sequence: int
    action: str
    object_type: str
    object_id: str
    before: Any
    after: Any


def _entry(row: tuple[Any, ...]) -> _Entry:
    before, after = (row[6], row[7]) if len(row) == 8 else (None, None)
    return _Entry(row[0], row[1], row[2], row[3], before, after)


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


ENTRY_PARTS = ("object_repr", "message", "before", "after")
BULK_PARTS = ("object_repr", "message", "after.summary")


def _confidential_fields() -> dict[str, set[str]]:
    return {
        model._meta.label_lower: set(fields)
        for model in apps.get_models()
        if (fields := getattr(model, "confidential_fields", ()))
    }


def _other_names(
    case: Case, user: Any, protected: list[ProtectedNames]
) -> Iterator[tuple[int, int, str]]:
    """(person, name id, value) of names of other persons that may be a protected name.

    Candidates come from the names' search index (a name whose first word is a word of a
    protected name, in any script); the finder decides.
    """
    from rightsledger.records.models import PersonName
    from rightsledger.records.naming import name_prefix_lookup

    words = {fold(w) for p in protected for n in p.names for w in n.replace("-", " ").split()}
    words.discard("")
    excluded = {p.person_id for p in protected}
    names = PersonName.objects.restrict(user, REVEAL_PERMISSION).filter(case=case)
    seen: set[int] = set()
    for word in sorted(words):
        if len(word) < 2:
            continue
        candidates = names.filter(**name_prefix_lookup(word)).exclude(person_id__in=excluded)
        rows = candidates.values_list("pk", "person_id", "value")
        for pk, person_id, value in rows.iterator(chunk_size=CHUNK):
            if pk not in seen:
                seen.add(pk)
                yield person_id, pk, value
