"""The legal catalogue (shared by every case: ``catalogue``) and each case's qualifications
and their matrix (``qualifications``).  Nothing here states that a crime occurred.
"""

from rightsledger.legal.models.catalogue import (
    GENERAL_MENTAL_ELEMENT,
    ActTypeMapping,
    CatalogueModel,
    CatalogueRelease,
    ConflictType,
    Crime,
    CrimeCategory,
    Element,
    ElementKind,
    Instrument,
    Origin,
    Provision,
    ProvisionKind,
    ProvisionRelation,
    RelationKind,
)
from rightsledger.legal.models.qualifications import (
    ALREADY_LINKED,
    LINK_TARGETS,
    ElementLink,
    Qualification,
    QualificationStatus,
    Stance,
)

__all__ = [
    "ALREADY_LINKED",
    "GENERAL_MENTAL_ELEMENT",
    "LINK_TARGETS",
    "ActTypeMapping",
    "CatalogueModel",
    "CatalogueRelease",
    "ConflictType",
    "Crime",
    "CrimeCategory",
    "Element",
    "ElementKind",
    "ElementLink",
    "Instrument",
    "Origin",
    "Provision",
    "ProvisionKind",
    "ProvisionRelation",
    "Qualification",
    "QualificationStatus",
    "RelationKind",
    "Stance",
]
