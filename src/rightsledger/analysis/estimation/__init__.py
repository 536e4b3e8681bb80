"""Multiple systems estimation: how many people were affected, including those on no list.

Every list of victims is incomplete; the overlap between independent lists tells how many
were missed by all of them. Configure an estimator, ``fit`` it to a :class:`CaptureHistory`
and read the frozen :class:`EstimationResult` (estimate, interval, warnings, fingerprint of
the input; ``summary()``, ``to_html()``, ``to_dict()``)::

    history = CaptureHistory.from_csv("kosovo.csv")
    result = LogLinear().fit(history)          # Rcapture closedpMS.t / closedpCI.t
    result = Stepwise().fit(history)           # SparseMSE estimatepopulation(.0)
    result = LCMCR(seed=1).fit(history)        # Manrique-Vallier's latent classes
    result = DGA().fit(history)                # dga bma.cr, graphical model averaging
    result = fit_stratified(LCMCR(seed=1), stratified_history)
    pooled = combine_rubin([result_a, result_b])   # linkage alternatives

This package knows nothing of Django: the web and CLI layers store its inputs and results.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import EstimationInputError

if TYPE_CHECKING:
    from .combine import Estimator, combine_rubin, combine_strata, fit_stratified, rubin_pool
    from .dga import DGA
    from .history import CaptureHistory
    from .lcmcr import LCMCR
    from .loglinear import LogLinear
    from .results import EstimationResult
    from .stepwise import Stepwise

# Each name is imported from its module when first used: a program that only names an
# estimator (a command's --help) does not load NumPy, SciPy and Numba.
_HOMES = {
    "DGA": ".dga", "LCMCR": ".lcmcr", "CaptureHistory": ".history", "LogLinear": ".loglinear",
    "EstimationResult": ".results", "Stepwise": ".stepwise", "Estimator": ".combine",
    "combine_rubin": ".combine", "combine_strata": ".combine", "fit_stratified": ".combine",
    "rubin_pool": ".combine",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DGA",
    "LCMCR",
    "CaptureHistory",
    "EstimationInputError",
    "EstimationResult",
    "Estimator",
    "LogLinear",
    "Stepwise",
    "combine_rubin",
    "combine_strata",
    "fit_stratified",
    "rubin_pool",
]
