"""Read models of the legal app: the catalogue, and each case's matrix with its gaps."""

from rightsledger.legal.queries.catalogue import (
    CrimeView,
    ElementView,
    InstrumentView,
    MappingRow,
    ProvisionView,
    Suggestion,
    catalogue,
    catalogue_as_dicts,
    crime_views,
    mapping_table,
    suggestions_for,
)
from rightsledger.legal.queries.matrix import (
    GAP_LABELS,
    LinkView,
    MatrixView,
    RowView,
    case_matrices,
    proposer_of,
    subject_of,
    title_of,
)

__all__ = [
    "GAP_LABELS",
    "CrimeView",
    "ElementView",
    "InstrumentView",
    "LinkView",
    "MappingRow",
    "MatrixView",
    "ProvisionView",
    "RowView",
    "Suggestion",
    "case_matrices",
    "catalogue",
    "catalogue_as_dicts",
    "crime_views",
    "mapping_table",
    "proposer_of",
    "subject_of",
    "suggestions_for",
    "title_of",
]
