"""Models of the missing app (see each module)."""

from rightsledger.missing.models.base import MissingModel
from rightsledger.missing.models.identification import (
    DnaMatchReport,
    DnaReportDonor,
    Identification,
    IdentificationLine,
)
from rightsledger.missing.models.persons import (
    ANTE_MORTEM_FIELDS,
    MissingPersonFile,
    ReferenceDonor,
)
from rightsledger.missing.models.sites import (
    Attachment,
    BurialSite,
    RemainsCase,
    RemainsSample,
    SiteStatusChange,
)

__all__ = [
    "ANTE_MORTEM_FIELDS", "Attachment", "BurialSite", "DnaMatchReport", "DnaReportDonor",
    "Identification", "IdentificationLine", "MissingModel", "MissingPersonFile",
    "ReferenceDonor", "RemainsCase", "RemainsSample", "SiteStatusChange",
]  # fmt: skip
