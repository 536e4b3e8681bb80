"""The estimate's page shows the case file's chart, drawn by matplotlib, the same each time."""

from __future__ import annotations

import base64
import re
from typing import Any

from rightsledger.registry.models import StoredEstimate
from rightsledger.reports.estimates import estimate_chart
from tests.reports.conftest import client_for, load_demo_case


def test_the_estimate_page_shows_the_charting_library_s_chart(owner: Any) -> None:
    case = load_demo_case(owner)
    stored = StoredEstimate.objects.filter(case=case).order_by("pk").first()
    assert stored is not None
    page = client_for(owner).get(f"/c/{case.slug}/registry/estimates/{stored.pk}/")
    assert page.status_code == 200
    found = re.search(r'<img class="chart" src="data:image/svg\+xml;base64,([^"]+)"',
                      page.content.decode())  # fmt: skip
    assert found
    svg = base64.b64decode(found.group(1))
    assert b"Matplotlib" in svg or b"matplotlib" in svg
    from rightsledger.registry.stats import case_figures

    documented = case_figures(case).figures[stored.status_filter]  # beside it, dashed
    assert svg == estimate_chart(stored, documented).svg()  # type: ignore[union-attr]
    chart = estimate_chart(stored)
    assert chart is not None
    assert chart.png() == chart.png()
