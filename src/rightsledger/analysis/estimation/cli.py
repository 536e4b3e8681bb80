"""Command-line glue: ``rightsledger estimate TABLE.csv --method ...``.

Kept free of Django: the management command adds these arguments to its parser and calls
:func:`run` with the parsed options, so the same code serves any front end.
"""

from __future__ import annotations

import argparse
import json
from fractions import Fraction
from typing import IO, TYPE_CHECKING, Any

from .errors import EstimationInputError

if TYPE_CHECKING:
    from .combine import Estimator

METHODS = ("loglinear", "stepwise", "lcmcr", "dga")


def _positive_number(text: str) -> float:
    """A positive number, written as a decimal or a fraction such as 1/16."""
    try:
        value = float(Fraction(text))
    except (ValueError, ZeroDivisionError) as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "table",
        nargs="?",
        help="CSV with one 0/1 column per list and a 'count' column (people per pattern)",
    )
    parser.add_argument("--method", choices=METHODS, default="loglinear",
                        help="the estimator (default: loglinear)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=None, help="random seed (lcmcr, dga)")
    parser.add_argument("--json", action="store_true", help="print a machine-readable result")
    lcmcr = parser.add_argument_group("lcmcr options")
    lcmcr.add_argument("--K", type=int, default=10, help="latent classes (truncation)")
    lcmcr.add_argument("--burnin", type=int, default=10_000,
                       help="sweeps discarded before sampling (default: 10000)")  # fmt: skip
    lcmcr.add_argument("--samples", type=int, default=1_000,
                       help="posterior draws kept per chain (default: 1000)")  # fmt: skip
    lcmcr.add_argument("--thinning", type=int, default=100,
                       help="sweeps between kept draws (default: 100)")  # fmt: skip
    lcmcr.add_argument("--chains", type=int, default=2,
                       help="independent chains, compared for convergence (default: 2)")  # fmt: skip
    parser.add_argument(
        "--delta",
        type=_positive_number,
        default=None,
        help="dga prior people per cell (default 2^-J for J lists; fractions like 1/16 work)",
    )


def _option(options: dict[str, Any], name: str, default: Any) -> Any:
    value = options.get(name)
    return default if value is None else value


def build_estimator(options: dict[str, Any]) -> Estimator:
    """The estimator named by ``options["method"]``, configured from the other options."""
    from .dga import DGA
    from .lcmcr import LCMCR
    from .loglinear import LogLinear
    from .stepwise import Stepwise

    method = _option(options, "method", "loglinear")
    seed = options.get("seed")
    if method == "loglinear":
        return LogLinear()
    if method == "stepwise":
        return Stepwise()
    if method == "lcmcr":
        return LCMCR(
            K=_option(options, "K", 10),
            burnin=_option(options, "burnin", 10_000),
            samples=_option(options, "samples", 1_000),
            thinning=_option(options, "thinning", 100),
            chains=_option(options, "chains", 2),
            seed=seed,
        )
    if method == "dga":
        return DGA(delta=options.get("delta"), seed=0 if seed is None else seed)
    raise EstimationInputError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")


def run(options: dict[str, Any], stdout: IO[str]) -> None:
    """Estimate from the table named in ``options`` and print the result."""
    from .combine import fit_stratified
    from .history import CaptureHistory

    table = options.get("table")
    if not table:
        raise EstimationInputError("name a capture-history CSV table to estimate from")
    estimator = build_estimator(options)
    history = CaptureHistory.from_csv(table)
    result = fit_stratified(estimator, history)
    if options.get("json"):
        stdout.write(json.dumps(result.to_dict(), indent=2, allow_nan=False) + "\n")
    else:
        stdout.write(result.summary() + "\n")
