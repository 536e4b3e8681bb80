"""The words of a case file: each figure's definition as a query in words, and the method annex.

The rules themselves live in ``rightsledger.records.figures`` (and its docstring states
them); these are their descriptions for a reader, one per figure key — a test holds that
every figure has one, so a new figure cannot reach a case file undescribed.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

DEFINITIONS: dict[str, Any] = {
    "killed": _("Persons of the record with at least one status record 'killed', from any source."),
    "killed_women": _("Of the persons counted as killed, those whose recorded sex is female."),
    "killed_men": _("Of the persons counted as killed, those whose recorded sex is male."),
    "killed_children": _(
        "Of the persons counted as killed, those under %(child)s at the time: the recorded age "
        "at the event, else the year of the death (of its act, of its event) less the birth "
        "year."
    ),
    "killed_elderly": _(
        "Of the persons counted as killed, those %(elderly)s or older at the time, reckoned as "
        "for children."
    ),
    "injured": _("Persons with at least one status record 'injured', from any source."),
    "captured": _("Persons with at least one status record 'captured', from any source."),
    "released": _("Persons with at least one status record 'released', from any source."),
    "still_missing": _(
        "Persons recorded missing or captured, with no record of release, death (killed, "
        "found dead) or identification."
    ),
    "found_dead": _("Persons with at least one status record 'found dead', from any source."),
    "identified": _("Persons with at least one status record 'identified', from any source."),
    "displaced": _("Persons with at least one status record 'displaced', from any source."),
    "families_with_no_survivor": _(
        "Households of two or more persons (joined by the lists' family ids and the record's "
        "household, parent, spouse and sibling links) in which everyone was killed or found "
        "dead; the figure counts households."
    ),
}

METHOD = {
    "figures": _(
        "Every figure is the number of persons of the record that one definition selects "
        "(rightsledger.records.figures); the figures page, the API, the command line and this "
        "file read the same definitions. A person counts when any source gives the status; "
        "where another source gives the same person only as a survivor (injured, released, "
        "displaced) the person is still counted and the disagreement is reported as a "
        "conflict beside the figure."
    ),
    "ages": _(
        "Children are persons under %(child)s at the time of the fact, the elderly %(elderly)s "
        "or older (the case's thresholds). A person born after the event has no age and is "
        "never counted as a child."
    ),
    "linkage": _(
        "Lists are imported row by row, each row kept verbatim with the file's SHA-256 and its "
        "row number. Record linkage (a probabilistic model trained on the lists) joins rows "
        "that describe one human being across lists, scripts and spellings; pairs in the "
        "uncertain band wait for a reviewer's decision, which binds every later run. Until "
        "they are decided, a figure may change by up to the number of its persons in such "
        "pairs, stated in its note."
    ),
    "linkage_run": _(
        "Last linkage run: %(records)s records joined into %(persons)s persons; "
        "%(merged)s pairs joined automatically, %(review)s sent to review, %(pending)s still "
        "awaiting a decision."
    ),
    "estimation": _(
        "The undocumented total is estimated from how independent lists overlap (multiple "
        "systems estimation). The estimate assumes that every person could have been listed "
        "and that the models fitted capture how the lists depend on one another; its interval "
        "states the uncertainty of the model, not of the lists' accuracy. Each estimate names "
        "its method and the fingerprint of its input, so it can be recomputed."
    ),
    "redaction": _(
        "This file was made for %(purpose)s. Persons who are protected, or who refused or "
        "withdrew consent for this purpose, appear under a pseudonym without birth date or "
        "notes, and their names are removed from every text, as in the case's BagIt export; "
        "records classified above what the purpose allows are left out."
    ),
    "reproduce": _(
        "The same record gives the same file, byte for byte: the file names the last entry of "
        "the case's history chain it was made from, and contains no other date of its making. "
        "Whoever holds the record (or a BagIt export of it) can make the file again and "
        "compare its SHA-256."
    ),
}
