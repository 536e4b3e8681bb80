"""Results render their numbers in text, HTML and JSON, and stay frozen."""

import dataclasses
import json

import pytest

from rightsledger.analysis.estimation import EstimationResult, LogLinear


@pytest.fixture(scope="module")
def result(kosovo):
    return LogLinear().fit(kosovo)


def test_summary_shows_the_numbers(result):
    text = result.summary()
    assert "loglinear" in text
    assert "10,357" in text
    assert "8,994" in text
    assert "12,110" in text
    assert "4,400" in text
    assert result.fingerprint in text


def test_html_shows_the_numbers_and_escapes_text():
    result = EstimationResult(
        method="<script>", estimate=10356.5, lower=8994.2, upper=12110.4, observed=4400,
        fingerprint="abc", warnings=("lists A & B <never> overlap",),
    )  # fmt: skip
    html = result.to_html()
    assert "10,356" in html
    assert "8,994" in html
    assert "12,110" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "lists A &amp; B &lt;never&gt; overlap" in html


def test_to_dict_is_json_safe(result):
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    for field in ("method", "estimate", "lower", "upper", "observed", "warnings"):
        assert field in data
    assert data["method"] == "loglinear"
    assert data["observed"] == 4400
    assert data["diagnostics"]["model"] == "[123,14,34]"


def test_results_are_frozen(result):
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.estimate = 1.0  # type: ignore[misc]


def test_infinite_bounds_render_honestly():
    unbounded = EstimationResult("loglinear", 5000.0, 4000.0, float("inf"), 3000, "abc")
    assert "not finite" in unbounded.summary()
    assert unbounded.to_dict()["upper"] is None
