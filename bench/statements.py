"""Benchmark: precision and recall of the figures read from statements, per language.

    .venv/bin/python bench/statements.py [--split dev|heldout|both|<a set of gold.SPLITS>] [--errors]
        [--errors-<set>]

The corpus (``tests/analysis/statements/corpus``) was written by hand for the purpose and
is scored by ``tests/analysis/statements/gold.py``, which imports nothing from the reader.
A figure counts as found when its category, subgroup, count or range, qualifier and the
figure it is part of all agree. The held-out split was not looked at while the grammar was
tuned; ``--errors`` lists the differences of the development split only, unless
``--errors-heldout`` is given too. ``fresh`` is a second held-out set (90 statements) written
before the first held-out set's misses were worked on; it is scored only when asked for and
its errors are listed only with ``--errors-fresh``. ``blind`` (60 statements) was written by
hands that never saw the reader's code, while the fresh set's misses were worked on; it is
scored only when asked for, errors with ``--errors-blind``; ``sealed``, ``sealed2``, ``sealed3``,
``sealed4``, ``sealed5``, ``sealed6``, ``sealed7``, ``sealed8``, ``sealed9``, ``sealed10`` … ``sealed13`` (60 each), ``sealed14`` (30), ``sealed15`` (45), ``sealed16`` (45), ``sealed17`` (45), ``sealed18`` (45), ``sealed19`` (45), ``sealed20`` (45), ``sealed21`` (45), ``sealed22`` (45), ``sealed23`` (45), ``sealed24`` (45), ``sealed25`` (45), ``sealed26`` (45), ``sealed27`` (45), ``sealed28`` (45), ``sealed29`` (45), ``sealed30`` (45), ``sealed31`` (45), ``sealed32`` (45), ``sealed33`` (45), ``sealed34`` (45), ``sealed35`` (45) and ``sealed36`` (45) were written the same way, each while or
after the one before it was worked on (errors with ``--errors-sealed``, ``--errors-sealed2``, …;
one flag for each set ``gold.SPLITS`` names). Language detection is scored on the same statements.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _gold() -> ModuleType:
    path = ROOT / "tests" / "analysis" / "statements" / "gold.py"
    spec = importlib.util.spec_from_file_location("statement_gold", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["statement_gold"] = module
    spec.loader.exec_module(module)
    return module


def _score_as(
    gold: ModuleType, statements: list[Any], readings: dict[str, Any], view: Any
) -> dict[str, Any]:
    """The readings made once, scored in one of gold's views of a figure."""
    found = iter(readings[s.id] for s in statements)
    return gold.score(statements, lambda _text, _language: next(found), view)  # type: ignore[no-any-return]


def main() -> None:
    gold = _gold()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["both", *gold.SPLITS], default="both")
    parser.add_argument("--errors", action="store_true", help="list the dev split's errors")
    for split in gold.SPLITS[1:]:
        parser.add_argument(f"--errors-{split}", action="store_true",
                            help=f"list the {split} split's errors")  # fmt: skip
    args = parser.parse_args()

    from rightsledger.analysis.statements import detect_language, read_statement

    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    print(f"{'split':8} {'lang':4} {'statements':>10} {'figures':>7} {'precision':>9} "
          f"{'recall':>6} {'language id':>11} {'ms/stmt':>7} {'no parent P/R':>13} "
          f"{'number P/R':>11}")  # fmt: skip
    for split in splits:
        statements = gold.load(split)
        started = time.perf_counter()
        readings = {s.id: read_statement(s.text, s.language).to_dict() for s in statements}
        elapsed = (time.perf_counter() - started) * 1000 / max(1, len(statements))

        scores = _score_as(gold, statements, readings, gold.figures)
        # Diagnosis beside the score: the same figures without their whole, and without
        # their subgroup too (see gold.figures_alone and gold.numbers).
        alone = _score_as(gold, statements, readings, gold.figures_alone)
        numbers = _score_as(gold, statements, readings, gold.numbers)
        for language in ("en", "ru", "az"):
            subset = [s for s in statements if s.language == language]
            score = scores.get(language)
            if score is None:
                continue
            detected = sum(detect_language(s.text) == language for s in subset)
            wanted = score.true_positive + score.false_negative
            print(f"{split:8} {language:4} {len(subset):>10} {wanted:>7} "
                  f"{score.precision:>9.3f} {score.recall:>6.3f} "
                  f"{detected:>5}/{len(subset):<5} {elapsed:>7.1f} "
                  f"{alone[language].precision:>6.3f}/{alone[language].recall:.3f} "
                  f"{numbers[language].precision:>5.3f}/{numbers[language].recall:.3f}")  # fmt: skip
        show = args.errors if split == "dev" else getattr(args, f"errors_{split}")
        if show:
            for score in scores.values():
                for statement_id, missing, extra in score.errors:
                    print(f"  {statement_id}: missing {missing}")
                    print(f"  {' ' * len(statement_id)}  extra   {extra}")


if __name__ == "__main__":
    main()
