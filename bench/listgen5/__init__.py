"""listgen5: synthetic victim lists of the Nagorno-Karabakh conflicts
(1988-1994 and 2020) as several organisations would have written them,
with ground truth.  See README.md."""

from .core import generate, Dataset, COLUMNS

__all__ = ["generate", "Dataset", "COLUMNS"]
