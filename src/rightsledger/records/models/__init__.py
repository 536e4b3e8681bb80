"""Models of the documentation record.  All are case-scoped (see ``CaseScopedModel``).

One module per part of the record: places, events and acts (``events``); persons and what
sources say of them (``persons``); sources and their claims (``sources``).
"""

from rightsledger.records.models.common import same_case
from rightsledger.records.models.events import Act, Event, Place, PlaceName
from rightsledger.records.models.persons import (
    AttributedModel,
    Involvement,
    Person,
    PersonName,
    Relationship,
    StatusRecord,
)
from rightsledger.records.models.sources import CLAIM_SUBJECTS, Claim, Source

__all__ = [
    "CLAIM_SUBJECTS",
    "Act",
    "AttributedModel",
    "Claim",
    "Event",
    "Involvement",
    "Person",
    "PersonName",
    "Place",
    "PlaceName",
    "Relationship",
    "Source",
    "StatusRecord",
    "same_case",
]
