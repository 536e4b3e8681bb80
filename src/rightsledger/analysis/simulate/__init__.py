"""A documentation simulator: a synthetic population and the lists that document it.

``simulate(people=N, lists=K, seed=S)`` returns a :class:`Simulation` whose ``write(dir)``
puts one CSV per list (canonical columns), ``truth.csv`` and ``manifest.json`` on disk.
"""

from rightsledger.analysis.simulate.lists import CANONICAL_COLUMNS, LIST_TEMPLATES, ListSpec
from rightsledger.analysis.simulate.simulation import Simulation, simulate

__all__ = ["CANONICAL_COLUMNS", "LIST_TEMPLATES", "ListSpec", "Simulation", "simulate"]
