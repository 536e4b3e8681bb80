"""The CLI glue: argument parsing, text and JSON output, clear errors."""

import argparse
import io
import json
from pathlib import Path

import pytest

from rightsledger.analysis.estimation import EstimationInputError
from rightsledger.analysis.estimation.cli import add_arguments, run

DATA = Path(__file__).parent / "data"


def parse(*argv: str) -> dict:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return vars(parser.parse_args(argv))


def test_defaults_follow_the_issue():
    options = parse("table.csv", "--method", "lcmcr")
    assert (options["K"], options["burnin"], options["samples"]) == (10, 10_000, 1_000)
    assert (options["thinning"], options["chains"]) == (100, 2)
    assert parse("t.csv", "--delta", "1/16")["delta"] == 1 / 16


def test_it_prints_the_estimate_and_interval():
    out = io.StringIO()
    run(parse(str(DATA / "kosovo-1999.csv"), "--method", "loglinear"), out)
    assert "10,357" in out.getvalue()
    assert "8,994" in out.getvalue()


def test_json_output_has_the_documented_fields():
    out = io.StringIO()
    options = parse(
        str(DATA / "kosovo-1999.csv"), "--method", "lcmcr", "--seed", "4", "--json",
        "--K", "4", "--burnin", "100", "--samples", "100", "--thinning", "2",
    )  # fmt: skip
    run(options, out)
    data = json.loads(out.getvalue())
    assert {"method", "estimate", "lower", "upper", "observed", "warnings"} <= set(data)
    assert data["method"] == "lcmcr"
    assert data["observed"] == 4400
    assert data["parameters"]["seed"] == 4


@pytest.mark.parametrize("method", ["stepwise", "dga"])
def test_other_methods_run(method):
    out = io.StringIO()
    run(parse(str(DATA / "uk-modern-slavery-2013-5lists.csv"), "--method", method, "--json"), out)
    assert json.loads(out.getvalue())["observed"] == 2744


def test_bad_input_raises_the_estimation_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("A,B,C,count\n1,0,3,5\n")
    with pytest.raises(EstimationInputError, match="only 0 or 1"):
        run(parse(str(bad)), io.StringIO())
    with pytest.raises(EstimationInputError, match="name a capture-history"):
        run(parse(), io.StringIO())
