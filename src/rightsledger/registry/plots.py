"""Small SVG plots for estimate reports: drawn on the server, no script, no external asset."""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT, PAD = 560, 220, 36


def _scale(values: list[float], low: float, high: float, size: float, flip: bool = False,
           ) -> list[float]:  # fmt: skip
    span = (high - low) or 1.0
    scaled = [PAD + (v - low) / span * (size - 2 * PAD) for v in values]
    return [size - s for s in scaled] if flip else scaled


def _frame(title: str, body: str, low: float, high: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" class="plot">'
        f"<title>{escape(title)}</title>"
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" class="axis"/>'
        f"{body}"
        f'<text x="{PAD}" y="{HEIGHT - 8}" class="tick">{low:,.0f}</text>'
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - 8}" text-anchor="end" class="tick">{high:,.0f}</text>'
        "</svg>"
    )


def _marker(x: float, label: str) -> str:
    return (f'<line x1="{x:.1f}" y1="{PAD}" x2="{x:.1f}" y2="{HEIGHT - PAD}" class="marker"/>'
            f'<text x="{x:.1f}" y="{PAD - 6}" text-anchor="middle" class="tick">{escape(label)}</text>')  # fmt: skip


def profile_plot(curve: dict[str, list[float]], estimate: float, lower: float, upper: float) -> str:
    """The profile log-likelihood of the total, with the estimate and interval marked."""
    totals, values = curve["total"], curve["log_likelihood"]
    low, high = min(totals), max(totals)
    xs = _scale(totals, low, high, WIDTH)
    ys = _scale(values, min(values), 0.0, HEIGHT, flip=True)
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    marks = "".join(_marker(_scale([v], low, high, WIDTH)[0], f"{v:,.0f}")
                    for v in (lower, estimate, upper) if low <= v <= high)  # fmt: skip
    body = f'<polyline points="{points}" class="curve"/>{marks}'
    return _frame("Profile log-likelihood of the total", body, low, high)


def histogram_plot(histogram: dict[str, list[float]], estimate: float, lower: float,
                   upper: float) -> str:  # fmt: skip
    """Posterior draws of the total as bars, with the median and interval marked."""
    edges, counts = histogram["edges"], histogram["counts"]
    low, high = edges[0], edges[-1]
    tallest = max(counts) or 1
    xs = _scale(edges, low, high, WIDTH)
    bars = "".join(
        f'<rect x="{xs[i]:.1f}" y="{HEIGHT - PAD - (HEIGHT - 2 * PAD) * c / tallest:.1f}" '
        f'width="{max(xs[i + 1] - xs[i] - 1, 1):.1f}" height="{(HEIGHT - 2 * PAD) * c / tallest:.1f}" class="bar"/>'
        for i, c in enumerate(counts)
    )  # fmt: skip
    marks = "".join(_marker(_scale([v], low, high, WIDTH)[0], f"{v:,.0f}")
                    for v in (lower, estimate, upper) if low <= v <= high)  # fmt: skip
    return _frame("Posterior distribution of the total", bars + marks, low, high)
