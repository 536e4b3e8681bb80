"""Dental notes read as tooth-level charts, and an ante-mortem chart compared with a
post-mortem one (no Django).

Notes are read as they are written in practice: FDI tooth numbers (``16 filling; 36, 46
missing``) from dentists' records and odontologists' charts, or words from families
(``gold crown on the upper front tooth``, ``missing lower left molar``), which name a
region rather than a tooth.  What is recognised, per clause (split at ``;``, line ends and
commas that start a new finding):

* a state: *missing* (extracted, absent, gap, lost or missing ante-mortem, healed
  socket), *lost after death* (lost/missing post-mortem: no information), *filled*
  (filling, amalgam, composite, restoration), *crowned* (crown, gold or metal tooth,
  bridge), *sound* (present, sound, intact);
* teeth: FDI numbers 11-48, or words for jaw (upper/maxillary, lower/mandibular), side
  (left/right), and kind (front, back, incisor, canine/eye tooth, premolar, molar,
  wisdom tooth; central/lateral, first/second/third);
* whole-chart remarks: "all other teeth present" (every tooth not named is sound where
  its jaw was recovered), "maxilla / mandible not recovered" (its teeth unknown).

The comparison follows the rule of disaster-victim identification odontology: a tooth
that is missing in life cannot be present after death, and a filling cannot disappear
(*unexplainable* differences weigh heavily against), while a tooth treated or extracted
after the ante-mortem record was made is *explainable* and weighs little (as often as
such later treatment happens, against how often any remains show what these show).  A
feature found on both weighs by how rare it is at that tooth on the charts of the case's
other remains (``Shares``; fixed population shares where there are few).  Records name
the wrong tooth now and then, and families swap left and right: a feature found on a
neighbouring or mirror tooth instead is explained, weighing as often as such slips happen.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

TEETH = tuple(10 * q + t for q in (1, 2, 3, 4) for t in range(1, 9))
UPPER = frozenset(t for t in TEETH if t < 30)
LOWER = frozenset(t for t in TEETH if t > 30)
RIGHT = frozenset(t for t in TEETH if t // 10 in (1, 4))
LEFT = frozenset(t for t in TEETH if t // 10 in (2, 3))
FEATURES = ("missing", "filled", "crowned")
# How often a tooth of each kind is missing, filled or crowned in an adult population
# (rounded from WHO oral-health country profiles of the region: DMFT about 10-15 at 35-44).
# Fixed, not estimated from the case: a case's missing list is too small and too partial.
SHARE = {
    "missing": {"incisor": 0.04, "canine": 0.03, "premolar": 0.08, "molar": 0.15, "wisdom": 0.3},
    "filled": {"incisor": 0.04, "canine": 0.04, "premolar": 0.1, "molar": 0.2, "wisdom": 0.05},
    "crowned": {"incisor": 0.03, "canine": 0.03, "premolar": 0.03, "molar": 0.03, "wisdom": 0.01},
}
RECORD_ERROR = 0.05  # a dentist's record or a chart wrong about a tooth
RECOLLECTION_ERROR = 0.25  # a family's memory of where a feature was
LATER_TREATMENT = 0.1  # a tooth treated again (crowned, extracted) after the record was made
NEUTRAL = 0.0


def kind(tooth: int) -> str:
    return {1: "incisor", 2: "incisor", 3: "canine", 4: "premolar", 5: "premolar",
            6: "molar", 7: "molar", 8: "wisdom"}[tooth % 10]  # fmt: skip


def neighbours(tooth: int) -> set[int]:
    """The teeth a record may have named instead: either side, and the mirror tooth."""
    q, t = divmod(tooth, 10)
    mirror = {1: 2, 2: 1, 3: 4, 4: 3}[q]
    return {10 * q + n for n in (t - 1, t + 1) if 1 <= n <= 8} | {10 * mirror + t}


STATES = (  # first match wins: the more specific phrases before the general ones
    ("lost", r"(lost|missing|loss)\s*(post[- ]?mortem|pm)|(post[- ]?mortem|pm)\s*loss"),
    ("missing", r"(lost|missing|loss)\s*(ante[- ]?mortem|am)|(ante[- ]?mortem|am)\s*loss"
                r"|healed socket|extract|missing|absent|\bgap\b|pulled|\bout\b"),
    ("crowned", r"crown|gold|metal tooth|steel tooth|bridge|\bcap\b|capped"),
    ("filled", r"fill|amalgam|composite|restor"),
    ("sound", r"\bsound\b|present|intact|healthy"),
)  # fmt: skip
ORDINALS = {"central": {1}, "lateral": {2}, "first": {4, 6}, "second": {5, 7}, "third": {8}}
KINDS = (
    (r"incisor", {1, 2}), (r"canine|eye ?tooth|cuspid", {3}), (r"premolar|bicuspid", {4, 5}),
    (r"wisdom", {8}), (r"molar", {6, 7, 8}), (r"front", {1, 2, 3}), (r"back|side", {4, 5, 6, 7}),
)  # fmt: skip
NUMBER = re.compile(r"(?<![\d.,])#?([1-4][1-8])(?![\d.])(?!\s*(cm|years|yrs|kg))")


@dataclass(frozen=True)
class Finding:
    teeth: frozenset[int]  # one tooth (a number) or a region (words)
    state: str
    said: str  # the words it was read from
    exact: bool  # a tooth number, not a region


@dataclass(frozen=True)
class Chart:
    findings: tuple[Finding, ...]
    rest_sound: bool = False  # "all other teeth present"
    unrecovered: frozenset[int] = frozenset()

    def state(self, tooth: int) -> str | None:
        """What the chart says of ``tooth`` by number (None: not known)."""
        if tooth in self.unrecovered:
            return None
        for finding in self.findings:
            if finding.exact and tooth in finding.teeth:
                return finding.state
        return "sound" if self.rest_sound else None

    @property
    def empty(self) -> bool:
        return not self.findings and not self.rest_sound


def _region(text: str) -> frozenset[int]:
    teeth = set(TEETH)
    if re.search(r"upper|maxill|top", text):
        teeth &= UPPER
    elif re.search(r"lower|mandib|bottom", text):
        teeth &= LOWER
    if re.search(r"\bleft\b", text):
        teeth &= LEFT
    elif re.search(r"\bright\b", text):
        teeth &= RIGHT
    positions: set[int] | None = None
    for pattern, where in KINDS:
        if re.search(pattern, text):
            positions = set(where)
            break
    for word, where in ORDINALS.items():
        if positions is not None and re.search(rf"\b{word}\b", text) and where & positions:
            positions &= where
    if positions is None:
        return frozenset() if len(teeth) == len(TEETH) else frozenset(teeth)
    return frozenset(t for t in teeth if t % 10 in positions)


def _state(clause: str) -> str | None:
    return next((s for s, pattern in STATES if re.search(pattern, clause)), None)


def _located(clause: str) -> bool:
    return bool(NUMBER.search(clause) or _region(clause))


def _clauses(text: str) -> list[str]:
    """Clauses of one finding each: numbers before a comma belong to the next finding
    ("16, 26 filled"), and a state and a place split by a comma ("gold crown, upper left
    canine") are one."""
    parts: list[tuple[str, bool]] = []  # (clause, may join the next)
    for piece in re.split(r"[;\n]|\.(?!\d)", text.casefold()):
        segments: list[str] = []
        for segment in (p.strip() for p in piece.split(",")):
            if segments and NUMBER.search(segments[-1]) and _state(segments[-1]) is None:
                segments[-1] = f"{segments[-1]}, {segment}"  # "16, 26 filled": one list
            elif segment:
                segments.append(segment)
        for segment in segments:
            if (
                parts
                and parts[-1][1]
                and (
                    (_state(parts[-1][0]) is None) != (_state(segment) is None)
                    and _located(parts[-1][0]) != _located(segment)
                )
            ):
                parts[-1] = (f"{parts[-1][0]} {segment}", False)
            else:
                parts.append((segment, True))
        if parts:
            parts[-1] = (parts[-1][0], False)  # no joining across ";" or a line end
    return [p for p, _open in parts]


@lru_cache(maxsize=65536)
def read_chart(text: str) -> Chart:
    """The chart that ``text`` describes (an empty one if it names no tooth or state)."""
    findings: list[Finding] = []
    rest_sound = False
    unrecovered: set[int] = set()
    for clause in _clauses(text):
        if re.search(r"(all|every|remaining)\s+(other\s+)?teeth\s+(are\s+)?(present|sound)",
                     clause):  # fmt: skip
            rest_sound = True
            continue
        if re.search(r"not (recovered|present|found)|absent", clause) and re.search(
            r"maxill|mandib|jaw", clause
        ):
            unrecovered |= UPPER if re.search(r"maxill|upper", clause) else LOWER
            continue
        state = _state(clause)
        if state is None:
            continue
        numbers = {int(m.group(1)) for m in NUMBER.finditer(clause)}
        if numbers:
            findings.extend(Finding(frozenset({n}), state, clause, True) for n in sorted(numbers))
        elif (region := _region(clause)) and state in FEATURES:
            findings.append(Finding(region, state, clause, False))
    return Chart(tuple(findings), rest_sound, frozenset(unrecovered))


PRIOR_WEIGHT = 20.0  # the fixed shares count as this many charts beside the case's own


@dataclass(frozen=True)
class Shares:
    """How often each tooth shows each state on the charts of the case's remains (what a
    stranger's remains would show), drawn towards the fixed ``SHARE`` where they are few."""

    seen: Mapping[int, int]  # tooth → charts on which its state is known
    counts: Mapping[tuple[int, str], int]  # (tooth, state) → charts showing it
    base: Shares | None = None  # drawn towards these (else the fixed shares) where few

    @classmethod
    def of(cls, charts: Iterable[str], base: Shares | None = None) -> Shares:
        seen: Counter[int] = Counter()
        counts: Counter[tuple[int, str]] = Counter()
        for text in charts:
            chart = read_chart(text) if text else None
            if chart is None or chart.empty:
                continue
            for tooth in TEETH:
                state = chart.state(tooth)
                if state not in (None, "lost"):
                    seen[tooth] += 1
                    counts[tooth, "filled" if state == "crowned" else state] += 1
                    counts[tooth, state] += state == "crowned"
        return cls(seen, counts, base)

    def share(self, state: str, tooth: int) -> float:
        prior = self.base.share(state, tooth) if self.base else SHARE[state][kind(tooth)]
        found = self.counts.get((tooth, state), 0)
        return (found + PRIOR_WEIGHT * prior) / (self.seen.get(tooth, 0) + PRIOR_WEIGHT)


NO_CHARTS = Shares({}, {})


MOUTH_WEIGHT = 4.0  # the case's shares count as this many teeth beside this mouth's own


@lru_cache(maxsize=4096)
def _mouth(pm: Chart) -> Mapping[tuple[str, str], tuple[int, int]]:
    """(tooth kind, state) → (teeth of that kind showing it, teeth of that kind seen)."""
    seen: Counter[str] = Counter()
    showing: Counter[tuple[str, str]] = Counter()
    for tooth in TEETH:
        state = pm.state(tooth)
        if state in (None, "lost"):
            continue
        seen[kind(tooth)] += 1
        showing[kind(tooth), state] += 1
        showing[kind(tooth), "filled"] += state == "crowned"
    return {(k, st): (showing[k, st], seen[k]) for k in seen for st in FEATURES}


def _share(state: str, teeth: frozenset[int], shares: Shares, pm: Chart) -> float:
    """How often a stranger's record would name ``state`` on one of ``teeth`` and find it
    there in this mouth.  Features go together in a mouth (the old have lost many molars,
    the treated have many fillings), so the share is this mouth's own — how many of its
    teeth of that kind show the state — drawn towards the case's shares: a record naming
    one missing molar agrees by chance with a mouth that has lost most of them."""
    mouth = _mouth(pm)
    none = 1.0
    for tooth in teeth:
        showing, seen = mouth.get((kind(tooth), state), (0, 0))
        share = (showing + MOUTH_WEIGHT * shares.share(state, tooth)) / (seen + MOUTH_WEIGHT)
        none *= 1 - share
    return min(0.95, max(0.005, 1 - none))


def _agrees(am: str, pm: str | None) -> str:
    """'agree', 'differ' (unexplainable), 'explained' or 'unknown'."""
    if pm in (None, "lost"):
        return "unknown"
    if am == pm:
        return "agree"
    if am == "missing":
        return "differ"  # a tooth missing in life cannot be there after death
    if pm == "sound":
        return "differ"  # nor can a filling or a crown disappear
    return "explained"  # treated further (a filling crowned) or extracted after the record


@dataclass(frozen=True)
class Comparison:
    agree: tuple[str, ...]
    differ: tuple[str, ...]
    explained: tuple[str, ...]
    points_for: float
    points_against: float
    points_explained: float  # later treatment: weighs by how often it happens


def _exact(f: Finding, pm: Chart, shares: Shares) -> tuple[str, float, str]:
    (tooth,) = f.teeth
    verdict = _agrees(f.state, pm.state(tooth))
    share = _share(f.state, f.teeth, shares, pm)
    if verdict == "agree":
        return verdict, math.log((1 - RECORD_ERROR) / share), f"{tooth} {f.state}"
    if verdict == "differ":
        near = neighbours(tooth)
        hits = sum(_agrees(f.state, pm.state(n)) == "agree" for n in near)
        if hits:
            # The record named a neighbour's feature: as likely as such a slip, against
            # anyone's record naming this feature at this tooth.
            slip = RECORD_ERROR * hits / len(near)
            return "explained", min(NEUTRAL, math.log(slip / share)), f"{tooth} {f.state}"
        return verdict, math.log(RECORD_ERROR / (1 - share)), f"{tooth} {f.state}"
    if verdict == "explained":
        # Treated again after the record, against any remains showing that state there.
        now = str(pm.state(tooth))
        return verdict, math.log(LATER_TREATMENT / _share(now, f.teeth, shares, pm)), (
            f"{tooth} {f.state}")  # fmt: skip
    return verdict, NEUTRAL, f"{tooth} {f.state}"


def _mirrored(teeth: frozenset[int]) -> frozenset[int]:
    return frozenset(10 * {1: 2, 2: 1, 3: 4, 4: 3}[t // 10] + t % 10 for t in teeth)


def _vague(f: Finding, pm: Chart, shares: Shares) -> tuple[str, float, str]:
    said = f.said
    verdicts = {t: _agrees(f.state, pm.state(t)) for t in f.teeth}
    seen = [t for t, v in verdicts.items() if v != "unknown"]
    if not seen:
        return "unknown", NEUTRAL, said
    if any(v == "agree" for v in verdicts.values()):
        return (
            "agree",
            math.log((1 - RECOLLECTION_ERROR) / _share(f.state, f.teeth, shares, pm)),
            said,
        )
    # Left and right are easily swapped (the family's left facing the person is the
    # person's right): found on the other side is explained, not against.
    mirrored = _mirrored(f.teeth)
    if any(_agrees(f.state, pm.state(m)) == "agree" for m in mirrored):
        swapped = RECOLLECTION_ERROR / 2  # half a family's mistakes are the side
        return "explained", math.log(swapped / _share(f.state, mirrored, shares, pm)), said
    # Not found where the family said: perhaps on a tooth that cannot be seen, perhaps
    # they remember the wrong side or jaw.
    hidden = 1 - len(seen) / len(f.teeth)
    same = RECOLLECTION_ERROR + (1 - RECOLLECTION_ERROR) * hidden
    stranger = 1 - _share(f.state, frozenset(seen), shares, pm)
    return "differ", min(NEUTRAL, math.log(same / stranger)), said


def compare(am_text: str, pm_text: str, shares: Shares = NO_CHARTS) -> Comparison | None:
    """The ante-mortem notes against the post-mortem chart (None: nothing to compare)."""
    am, pm = read_chart(am_text), read_chart(pm_text)
    if am.empty or pm.empty:
        return None
    found: dict[str, list[str]] = {"agree": [], "differ": [], "explained": []}
    points = {"agree": 0.0, "differ": 0.0, "explained": 0.0}
    for finding in am.findings:
        if finding.state not in FEATURES:
            continue
        verdict, weight, said = (_exact if finding.exact else _vague)(finding, pm, shares)
        if verdict == "unknown":
            continue
        found[verdict].append(said)
        points[verdict] += weight
    if not any(found.values()):
        return None
    return Comparison(tuple(found["agree"]), tuple(found["differ"]), tuple(found["explained"]),
                      points["agree"], points["differ"], points["explained"])  # fmt: skip
