"""Which evidence files may leave in a shared or published bag, and in what form.

Redacting the records is not enough if the file beside them names the person: a testimony
whose extracted text says "Protected person K3QA-…" while the original PDF in the same bag
says the witness's name re-identifies them.  So, when an export redacts anyone:

* a text file (plain text, or an item's extracted-text derivative) is read whole: if it holds
  a redacted person's name — or any word of one alone — it is replaced by a copy with the
  names replaced; text that cannot be read whole (not UTF-8, too large) is withheld;
* any other file (PDF, office document, image, audio, video, unknown) may name or show the
  person in ways that cannot be checked or redacted here, so it is withheld — its text,
  redacted, travels as its text derivative — unless someone classified the item at a level
  the purpose allows (their statement that the file was reviewed and may go as it is);
* images are always withheld in favour of their metadata-stripped copy, as before.

Every decision is written to the bag's index with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from rightsledger.archive.redact import RedactionPlan
from rightsledger.evidence.models import EvidenceItem
from rightsledger.evidence.store import ObjectStore

# Larger text files are not read into memory to be searched: withheld instead.
TEXT_LIMIT = 32 * 1024 * 1024
ITEM = "evidence.evidenceitem"


@dataclass(frozen=True)
class Release:
    """``copy``: the item's own bytes go; ``data``: these bytes go instead; neither: withheld."""

    copy: bool
    data: bytes | None = None
    reason: str = ""


def release(item: EvidenceItem, plan: RedactionPlan, store: ObjectStore) -> Release:
    if (ITEM, item.pk) in plan.excluded:
        return Release(copy=False, reason="classified")
    if plan.full:
        return Release(copy=True)
    if item.derived_from_id is None and item.mime_type.startswith("image/"):
        return Release(copy=False, reason="image original withheld; see its stripped derivative")
    if not plan.anyone_redacted or (ITEM, item.pk) in plan.cleared:
        return Release(copy=True)
    if not _is_text(item):
        return Release(copy=False, reason=(
            "withheld: its content may name a protected person and cannot be checked or "
            "redacted (its extracted text, redacted, is in its text derivative if it has one)"
        ))  # fmt: skip
    if item.size > TEXT_LIMIT:
        return Release(copy=False, reason="withheld: text too large to be checked for names")
    with store.open(item.sha256) as handle:
        data = handle.read(TEXT_LIMIT + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Release(copy=False, reason="withheld: text not in UTF-8, cannot be checked")
    if not plan.mentions(text):
        return Release(copy=True)
    return Release(
        copy=False,
        data=plan.redact_text(text).encode("utf-8"),
        reason="names a protected person: the original is withheld; this copy has the "
        "names replaced",
    )


def _is_text(item: EvidenceItem) -> bool:
    return item.derivative_kind == "text" or item.mime_type.startswith("text/")
