"""Teeth and clothing for the simulated population of ``ampmgen``: what each person's mouth
and clothes were when they went missing, what families and dentists later said of them
(ante-mortem), and what the pathologist and odontologist wrote of the remains (post-mortem).

Like ``ampmgen`` this imports nothing from Rightsledger, and it writes text the way the
records look, not the way a program would like to read it.  Its assumptions:

* Teeth (FDI numbering: quadrant 1-4, tooth 1-8).  Adults in a post-conflict region of the
  1990s have many untreated losses and some treatment: WHO country profiles give a DMFT of
  about 10-15 at 35-44 years, most of it missing and filled teeth, molars first; gold and
  steel crowns were common in the former Soviet Union and Yugoslavia.  Children have few
  features.  Third molars are often absent (unerupted or extracted).
* What is known before death: a dentist's record for about one person in five (the teeth
  treated, by number, at a visit 0-8 years before they went missing: later treatment is
  not in it, and about one entry in twenty names a neighbouring or mirror tooth), a
  family's recollection of one or two visible features for about one in three (a gold
  crown at the front, a gap where a back tooth was — the side often wrong or not said),
  nothing for the rest.
* What the odontologist sees: the jaws recovered (most complete skeletons, fewer of the
  rest), each tooth's state; single-rooted front teeth often fall out after death; a
  healed socket is recorded as lost before death; a filling is now and then missed.
* Clothing: what people wear depends on the season; in some events most of the men taken
  were in uniform (camouflage, boots).  About 60% of families describe what the person
  wore, two to four items with colours, some of them what he usually wore rather than what
  he wore that day, in their own words ("blue jeans", "sneakers").  After years in a
  grave leather, rubber, synthetics and metal survive, cotton and wool often do not;
  colours are often indeterminate; in commingled graves an item now and then belongs to
  another body.  Pathologists use their own words ("denim trousers", "sports shoes").
"""

from __future__ import annotations

import random
from dataclasses import dataclass

QUADRANTS = (1, 2, 3, 4)  # upper right, upper left, lower left, lower right
TEETH = tuple(10 * q + t for q in QUADRANTS for t in range(1, 9))
KIND = {1: "incisor", 2: "incisor", 3: "canine", 4: "premolar", 5: "premolar", 6: "molar",
        7: "molar", 8: "wisdom"}  # fmt: skip
MISSING_BY_AGE = {"incisor": 0.03, "canine": 0.02, "premolar": 0.08, "molar": 0.2}
FILLED = {"incisor": 0.05, "canine": 0.05, "premolar": 0.12, "molar": 0.25, "wisdom": 0.05}
CROWNED = 0.04
LOST_AFTER_DEATH = {"incisor": 0.15, "canine": 0.08, "premolar": 0.06, "molar": 0.03,
                    "wisdom": 0.03}  # fmt: skip
ORDINAL = {1: "central incisor", 2: "lateral incisor", 3: "canine", 4: "first premolar",
           5: "second premolar", 6: "first molar", 7: "second molar", 8: "third molar"}  # fmt: skip


@dataclass
class Teeth:
    state: dict[int, str]  # tooth → "sound" / "missing" / "filled" / "crowned" (absent: none)


def true_teeth(age: int, rng: random.Random) -> Teeth:
    wear = min(2.5, max(0.0, (age - 15) / 25))
    state = {}
    for tooth in TEETH:
        kind = KIND[tooth % 10]
        if kind == "wisdom":
            if age < 18 or rng.random() < 0.35:
                continue  # not erupted or long gone: nobody will ever mention it
            kind_missing = 0.1 * wear
        else:
            kind_missing = MISSING_BY_AGE[kind] * wear
        if age < 12 and tooth % 10 >= 7:
            continue
        filled = FILLED[kind] * min(1.0, wear + 0.2)
        crowned = CROWNED * min(1.0, wear)
        draw = rng.random()
        if draw < kind_missing:
            state[tooth] = "missing"
        elif draw < kind_missing + filled:
            state[tooth] = "filled"
        elif draw < kind_missing + filled + crowned:
            state[tooth] = "crowned"
        else:
            state[tooth] = "sound"
    return Teeth(state)


def _neighbour(tooth: int, rng: random.Random) -> int:
    q, t = divmod(tooth, 10)
    if rng.random() < 0.5:  # the mirror tooth on the other side
        return 10 * {1: 2, 2: 1, 3: 4, 4: 3}[q] + t
    return 10 * q + max(1, min(8, t + rng.choice((-1, 1))))


def dentist_record(teeth: Teeth, rng: random.Random) -> str | None:
    years_before = rng.uniform(0, 8)
    entries = []
    for tooth, state in sorted(teeth.state.items()):
        if state == "sound" or rng.random() < years_before / 15:
            continue
        if rng.random() < 0.05:
            tooth = _neighbour(tooth, rng)
        entries.append((tooth, state))
    year = 1990 - round(years_before)
    if not entries:
        return f"Dental record ({year}): no treatment recorded"
    words = {"missing": "extracted", "filled": "filling", "crowned": "crown"}
    if rng.random() < 0.5:
        body = "; ".join(f"{t} {words[s]}" for t, s in entries)
    else:  # grouped by what was done: "16, 26 filled; 46 extracted"
        grouped: dict[str, list[int]] = {}
        for t, s in entries:
            grouped.setdefault(s, []).append(t)
        said = {"missing": "extracted", "filled": "filled", "crowned": "crowned"}
        body = "; ".join(f"{', '.join(map(str, ts))} {said[s]}" for s, ts in grouped.items())
    return f"Dental record ({year}): {body}"


def _where_said(tooth: int, rng: random.Random) -> str:
    q, t = divmod(tooth, 10)
    jaw = ("upper" if q in (1, 2) else "lower") if rng.random() < 0.9 else (
        "lower" if q in (1, 2) else "upper")  # fmt: skip
    side = ""
    draw = rng.random()
    if draw < 0.6:
        side = "right" if q in (1, 4) else "left"
    elif draw < 0.75:
        side = "left" if q in (1, 4) else "right"
    kind = KIND[t]
    if kind in ("incisor", "canine"):
        what = "front tooth" if rng.random() < 0.7 else ORDINAL[t]
    else:
        what = "back tooth" if rng.random() < 0.4 else ("molar" if kind != "premolar"
                                                          else "premolar")  # fmt: skip
    return " ".join(p for p in (jaw, side, what) if p)


def family_recollection(teeth: Teeth, rng: random.Random) -> str | None:
    visible = [(t, s) for t, s in teeth.state.items()
               if s == "crowned" or (s == "missing" and KIND[t % 10] != "wisdom")]  # fmt: skip
    if not visible:
        return "good teeth" if rng.random() < 0.3 else None
    # What a family remembers: crowns and gaps at the front first.
    visible.sort(key=lambda ts: (ts[1] != "crowned", ts[0] % 10, rng.random()))
    said = []
    for tooth, state in visible[: rng.choice((1, 1, 2))]:
        where = _where_said(tooth, rng)
        if state == "crowned":
            metal = rng.choice(("gold ", "gold ", "metal ", ""))
            said.append(f"{metal}crown on the {where}")
        else:
            said.append(f"missing {where}")
    return ", ".join(said)


def ante_mortem_dental(teeth: Teeth, age: int, rng: random.Random) -> str | None:
    draw = rng.random()
    if draw < 0.2 and age >= 12:
        return dentist_record(teeth, rng)
    if draw < 0.5:
        return family_recollection(teeth, rng)
    return None


def post_mortem_dental(teeth: Teeth, complete: bool, rng: random.Random) -> str | None:
    """The odontologist's chart of the remains (None: no jaw recovered)."""
    upper = rng.random() < (0.85 if complete else 0.35)
    lower = rng.random() < (0.9 if complete else 0.4)
    if not (upper or lower):
        return None
    found: dict[str, list[int]] = {}
    for tooth, state in sorted(teeth.state.items()):
        if (tooth < 30 and not upper) or (tooth > 30 and not lower):
            continue
        kind = KIND[tooth % 10]
        if state != "missing" and rng.random() < LOST_AFTER_DEATH[kind]:
            state = "lost"
        elif state == "filled" and rng.random() < 0.03:
            state = "sound"
        found.setdefault(state, []).append(tooth)
    words = {"filled": "filling", "crowned": "crown", "missing": "missing ante-mortem",
             "lost": "lost post-mortem"}  # fmt: skip
    parts = [f"{', '.join(map(str, found[s]))} {w}" for s, w in words.items() if s in found]
    if not upper:
        parts.append("maxilla not recovered")
    if not lower:
        parts.append("mandible not recovered")
    parts.append("all other teeth present")
    return "Dental chart (FDI): " + "; ".join(parts)


# Clothing: (what a family calls it, what a pathologist writes, survives burial).
GARMENTS = {
    "jeans": ("jeans", "denim trousers", 0.9),
    "trousers": ("trousers", "trousers", 0.5),
    "pants": ("pants", "trousers", 0.5),
    "tracksuit": ("tracksuit", "tracksuit bottoms", 0.9),
    "shirt": ("shirt", "shirt", 0.4),
    "t-shirt": ("t-shirt", "t-shirt", 0.4),
    "sweater": ("sweater", "pullover", 0.5),
    "jacket": ("jacket", "jacket", 0.8),
    "leather jacket": ("leather jacket", "leather jacket", 0.95),
    "coat": ("coat", "coat", 0.6),
    "boots": ("boots", "boots", 0.95),
    "rubber boots": ("rubber boots", "rubber boots", 0.95),
    "shoes": ("shoes", "shoes", 0.9),
    "sneakers": ("sneakers", "sports shoes", 0.9),
    "belt": ("belt", "belt", 0.95),
    "cap": ("cap", "cap", 0.6),
    "camouflage trousers": ("camouflage trousers", "camouflage trousers", 0.9),
    "camouflage jacket": ("camouflage jacket", "camouflage jacket", 0.9),
}
EFFECTS = {
    "watch": ("watch", "wristwatch", 1.0),
    "ring": ("wedding ring", "ring, yellow metal", 1.0),
    "prayer beads": ("prayer beads", "prayer beads", 0.9),
    "lighter": ("lighter", "lighter", 1.0),
    "keys": ("keys", "key ring with keys", 1.0),
    "wallet": ("wallet", "leather wallet", 0.8),
}
COLOURS = ("black", "black", "blue", "dark blue", "grey", "brown", "green", "white", "beige",
           "red")  # fmt: skip
UNCOLOURED = {"jeans", "camouflage trousers", "camouflage jacket"}


@dataclass
class Outfit:
    items: list[tuple[str, str]]  # (garment or effect, colour or "")


def outfit(month: int, uniform: bool, rng: random.Random) -> Outfit:
    winter = month in (11, 12, 1, 2, 3)
    if uniform:
        names = ["camouflage trousers", "camouflage jacket", "boots"]
    else:
        names = [rng.choice(("jeans", "trousers", "trousers", "tracksuit")),
                 rng.choice(("shirt", "sweater") if winter else ("shirt", "t-shirt")),
                 rng.choice(("boots", "rubber boots", "shoes") if winter
                            else ("shoes", "sneakers", "shoes"))]  # fmt: skip
        if winter or rng.random() < 0.3:
            names.append(rng.choice(("jacket", "leather jacket", "coat")))
    if rng.random() < 0.5:
        names.append("belt")
    names += [e for e, p in (("watch", 0.4), ("ring", 0.3), ("prayer beads", 0.1),
                             ("lighter", 0.3), ("keys", 0.2), ("wallet", 0.2))
              if rng.random() < p]  # fmt: skip
    return Outfit([(n, "" if n in UNCOLOURED or n in EFFECTS else rng.choice(COLOURS))
                   for n in names])  # fmt: skip


def _family_word(name: str) -> str:
    return (GARMENTS.get(name) or EFFECTS[name])[0]


def family_clothing(worn: Outfit, rng: random.Random) -> str | None:
    if rng.random() >= 0.6:
        return None
    items = list(worn.items)
    rng.shuffle(items)
    said = []
    for name, colour in items[: rng.randint(2, 4)]:
        if rng.random() < 0.15:  # what he usually wore, not what he wore that day
            name = rng.choice([g for g in GARMENTS if not g.startswith("camouflage")])
            colour = rng.choice(COLOURS)
        if name == "trousers" and rng.random() < 0.3:
            name = "pants"
        if colour and rng.random() < 0.85:
            said.append(f"{colour} {_family_word(name)}")
        else:
            said.append(_family_word(name))
    return ", ".join(said)


def found_clothing(worn: Outfit, years: float, others: list[Outfit],
                   rng: random.Random) -> str | None:  # fmt: skip
    if rng.random() >= 0.8:
        return None
    items = list(worn.items)
    if others and rng.random() < 0.1:  # commingled: an item of another body
        items.append(rng.choice(rng.choice(others).items))
    found = []
    for name, colour in items:
        _, pm_word, survives = GARMENTS.get(name) or EFFECTS[name]
        if rng.random() > survives ** (1 + years / 10):
            continue
        if colour and rng.random() < 0.6:
            found.append(f"{pm_word}, {colour}")
        elif colour:
            found.append(f"{pm_word}, colour indeterminate")
        else:
            found.append(pm_word)
    return "; ".join(found) if found else "no clothing recovered"
