"""The chart of one stored estimate: the case file and the estimate's page draw the same."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from rightsledger.reports.charts import Chart, estimate
from rightsledger.reports.queries import number


def estimate_chart(stored: Any, documented: int | None = None) -> Chart | None:
    """The estimate with its 95% interval over its profile likelihood (log-linear models) or
    its posterior or bootstrap draws; None for an estimate without a total."""
    if stored.estimate is None or stored.lower is None or stored.upper is None:
        return None
    result = stored.result or {}
    profile = (result.get("diagnostics") or {}).get("profile") or None
    histogram = result.get("posterior_histogram") or None
    what = stored.status_filter or _("persons")
    caption = _("Estimated total (%(what)s): %(estimate)s, 95%% interval %(lower)s–%(upper)s, "
                "by %(method)s; %(observed)s persons on at least one list.") % {
        "what": what, "estimate": number(stored.estimate), "lower": number(stored.lower),
        "upper": number(stored.upper), "method": stored.method,
        "observed": number(stored.observed)}  # fmt: skip
    if documented is not None:
        caption += " " + _("%(n)s documented by name (dashed line).") % {"n": number(documented)}
    labels = {
        "profile": _("profile log-likelihood"), "draws": _("draws"),
        "interval": _("interval of 95%"), "estimate": _("estimate"),
        "documented": _("documented by name"), "total": _("total"),
    }  # fmt: skip
    return estimate(stored.estimate, stored.lower, stored.upper, documented=documented,
                    profile=profile, histogram=histogram, labels=labels, caption=caption)  # fmt: skip
