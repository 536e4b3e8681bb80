"""The demo case's registry: simulated lists of invented people, imported and linked."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from rightsledger.analysis.simulate import simulate
from rightsledger.cases.models import Case
from rightsledger.registry.importing import import_list
from rightsledger.registry.linking import run_linkage
from rightsledger.registry.models import ListImport

DEMO_PEOPLE = 400
DEMO_LISTS = 4
DEMO_SEED = 2001


def load_demo_registry(case: Case, owner: Any) -> bool:
    """Import simulated lists into ``case`` and link them; False if already done."""
    if ListImport.objects.filter(case=case).exists():
        return False
    simulation = simulate(people=DEMO_PEOPLE, lists=DEMO_LISTS, seed=DEMO_SEED)
    with tempfile.TemporaryDirectory() as folder:
        simulation.write(folder)
        for name in simulation.lists:
            import_list(case=case, source=f"{name} list (simulated)",
                        path=Path(folder) / f"{name}.csv", acting_user=owner)  # fmt: skip
    run_linkage(case=case, acting_user=owner)
    return True
