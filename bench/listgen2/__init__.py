"""listgen2: synthetic South Caucasus victim lists with ground truth.

from listgen2 import generate
data = generate(records=100_000, seed=1)
"""

from .core import SOURCES, ListData, generate

__all__ = ["SOURCES", "ListData", "generate"]
