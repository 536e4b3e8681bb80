"""Parts of one whole listed side by side are apart from each other, so their counts add up to
no more than the whole's: "Of these, 48 are adults, of whom 26 are women, and 25 are children"
cannot make 26 and 25 both parts of the 48, so the 25 stands beside the adults, in the whole
above them. Only exact counts are added; an estimate or a bound says too little."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure


def parts_exceed_their_whole(parts: list[Figure], whole: Figure) -> bool:
    """Do the exact counts of ``parts`` together exceed the exact count of ``whole``? False
    when any of them is no exact count."""
    if whole.quantity.count is None or whole.quantity.qualifier != "exact":
        return False
    counts = [p.quantity.count for p in parts]
    if any(c is None for c in counts) or any(p.quantity.qualifier != "exact" for p in parts):
        return False
    return sum(c for c in counts if c is not None) > whole.quantity.count
