"""The demo case's registry: simulated lists of invented people, imported and linked."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from rightsledger.analysis.simulate import simulate
from rightsledger.cases.models import Case
from rightsledger.records.models import Event
from rightsledger.registry.estimating import estimate_case
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
    # The lists document the case's main event (the first event that contains no other).
    event = Event.objects.filter(case=case, parent__isnull=True).order_by("pk").first()
    with tempfile.TemporaryDirectory() as folder:
        simulation.write(folder)
        for name in simulation.lists:
            import_list(case=case, source=f"{name} list (simulated)", event=event,
                        path=Path(folder) / f"{name}.csv", acting_user=owner)  # fmt: skip
    run_linkage(case=case, acting_user=owner)
    # An estimate of the undocumented total of the killed, so the figures page shows the
    # documented, claimed and estimated figures side by side.
    estimate_case(case=case, options={"method": "loglinear", "status": "killed"},
                  acting_user=owner)  # fmt: skip
    return True
