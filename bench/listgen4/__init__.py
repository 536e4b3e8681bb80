"""listgen4: blind synthetic generator of Nagorno-Karabakh victim lists.

from listgen4 import generate
d = generate(records=100_000, seed=1)
"""

from .core import COLUMNS, Dataset, generate

__all__ = ["COLUMNS", "Dataset", "generate"]
