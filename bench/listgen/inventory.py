"""Name and place inventories of the evaluation generator.

Names come from the hand-written gold set (``bench/gold/name_forms.csv``): every row is
one name with its Azerbaijani Latin, Russian and English forms as they are met in
documents, and the Armenian-script form for Armenian names.  Rows are listed roughly from
common to rare; the generator draws them with Zipf-like weights, rows marked ``rare``
less often still.  Places are invented here (so that no real village is implied), with
their Azerbaijani form; the other conventions spell them by rule in :mod:`spell`.

Nothing here comes from the code under evaluation.
"""

from __future__ import annotations

import csv
import dataclasses
import random
from pathlib import Path

GOLD_PATH = Path(__file__).resolve().parent.parent / "gold" / "name_forms.csv"


@dataclasses.dataclass(frozen=True, slots=True)
class NameForm:
    """One name in every convention; variants are alternatives a clerk may choose."""

    az: tuple[str, ...]
    ru: tuple[str, ...]
    en: tuple[str, ...]
    hy: str
    rare: bool


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def read_gold(path: Path = GOLD_PATH) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclasses.dataclass(frozen=True)
class Inventory:
    male: dict[str, list[NameForm]]  # origin ("az" / "hy") -> names
    female: dict[str, list[NameForm]]
    surnames: dict[str, list[NameForm]]

    @classmethod
    def load(cls, path: Path = GOLD_PATH) -> Inventory:
        male: dict[str, list[NameForm]] = {"az": [], "hy": []}
        female: dict[str, list[NameForm]] = {"az": [], "hy": []}
        surnames: dict[str, list[NameForm]] = {"az": [], "hy": []}
        for row in read_gold(path):
            origin = "hy" if row["armenian"] else "az"
            form = NameForm(
                az=_split(row["az_latin"]),
                ru=_split(row["ru_cyrillic"]),
                en=_split(row["english"]),
                hy=row["armenian"].strip(),
                rare=row["frequency"] == "rare",
            )
            if not form.az or not form.ru:
                continue
            if row["kind"] == "given":
                (male if row["sex"] == "M" else female)[origin].append(form)
            elif row["kind"] == "surname" and not _is_feminine(form.az[0]):
                surnames[origin].append(form)
        return cls(male, female, surnames)


def _is_feminine(surname: str) -> bool:
    return surname.endswith(("ova", "eva", "yeva"))


class Drawer:
    """Zipf-like draws from an ordered list: the k-th item has weight 1 / (k + 3)."""

    def __init__(self, items: list[NameForm], rng: random.Random) -> None:
        self.items = items
        self.rng = rng
        weights = [(0.35 if item.rare else 1.0) / (rank + 3) for rank, item in enumerate(items)]
        total = sum(weights)
        self.cumulative: list[float] = []
        running = 0.0
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)

    def index(self) -> int:
        import bisect

        return min(bisect.bisect_left(self.cumulative, self.rng.random()), len(self.items) - 1)


# Invented settlements: prefixes and roots of ordinary Azerbaijani toponyms, combined.
_PREFIXES = ("", "", "", "Yuxarı ", "Aşağı ", "Böyük ", "Kiçik ", "Yeni ", "Köhnə ")
_ROOTS = (
    "Qızılca", "Dəmirçi", "Alagöz", "Sarıqaya", "Çobankənd", "Güneyli", "Qaratəpə",
    "Bəydili", "Ağdərə", "Şıxlar", "Köçəri", "Qurdlar", "Xəlfəli", "Zərgər", "Ballıca",
    "Dovşanlı", "Qoşabulaq", "Əmirli", "Tatarlı", "Gəyəli", "Mollalar", "Çəmənli",
    "Hacılar", "Qacar", "Ərəbli", "Cavanşir", "Qaraqoyunlu", "Yengicə", "Səfikürd",
    "Xocavar", "Məşədilər", "Dağtumas", "Qobuqlu", "Həsənabad", "Kürdmahmudlu",
)  # fmt: skip


_SUFFIXES = ("", "", "kənd", "li", "bulaq", "dərə", "yurd", "oba", "qışlaq")


def make_places(count: int, rng: random.Random) -> list[str]:
    """``count`` distinct settlement names in Azerbaijani Latin (at most 2,835)."""
    every = sorted(
        {prefix + root + suffix for prefix in _PREFIXES for root in _ROOTS for suffix in _SUFFIXES}
    )
    if count > len(every):
        raise ValueError(f"at most {len(every)} places, not {count}")
    return rng.sample(every, count)
