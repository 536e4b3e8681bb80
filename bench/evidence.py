"""Benchmark: evidence ingest throughput and `verify` time (issue: evidence).

1. Ingest about 1 GB of mixed files (large video-like binaries, JPEG photos with EXIF, PDFs,
   text) through the real ingest path — one pass computing SHA-256 and SHA-512 while writing
   to the store, MIME and metadata, derivatives, database rows and custody entries — and
   compare with plain `sha256sum` over the same files in the same run (after one warm-up
   read, so both read from the page cache).
2. `verify` over a case with 100,000 history entries and 10,000 stored files.

    .venv/bin/python bench/evidence.py --total-mb 1024 --history 100000 --files 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import setup


def make_mixed_files(folder: Path, total_bytes: int, rng: random.Random) -> list[Path]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    written = 0
    photo = io.BytesIO()
    noise = Image.frombytes("RGB", (1200, 900), rng.randbytes(1200 * 900 * 3))
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    noise.save(photo, format="JPEG", quality=90, exif=exif)
    pdf = (Path(__file__).resolve().parents[1] / "tests" / "files.py").exists()
    index = 0
    while written < total_bytes:
        index += 1
        kind = index % 10
        if kind < 6:  # photos, each unique (a different trailing comment)
            data = photo.getvalue() + rng.randbytes(64)
            name = f"photo-{index}.jpg"
        elif kind < 8 and pdf:
            from tests.files import pdf_with_text

            data = pdf_with_text(f"Register page {index}") + rng.randbytes(32)
            name = f"report-{index}.pdf"
        elif kind < 9:
            data = (f"Testimony line {index}.\n" * 2000).encode()
            name = f"testimony-{index}.txt"
        else:  # a large video-like binary
            data = rng.randbytes(min(96 * 2**20, max(total_bytes - written, 1)))
            name = f"video-{index}.bin"
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
        written += len(data)
    return paths


def time_sha256sum(paths: list[Path]) -> float:
    started = time.perf_counter()
    subprocess.run(["sha256sum", *map(str, paths)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def time_ingest(case: Any, user: Any, paths: list[Path], derive: bool) -> tuple[float, float]:
    """Seconds to ingest (hashes, store, MIME, metadata, text, rows, custody), then to derive."""
    from rightsledger.evidence.actions import ensure_derivatives, ingest_files

    started = time.perf_counter()
    # As `rightsledger evidence add FILE…` does it: the next file is received while one is recorded.
    items = [result.item for _, result in ingest_files(case=case, paths=paths, acting_user=user,
                                                       derive=False)]  # fmt: skip
    ingest = time.perf_counter() - started
    started = time.perf_counter()
    for item in items if derive else []:
        ensure_derivatives(item, acting_user=user)
    return ingest, time.perf_counter() - started


def fill_for_verify(case: Any, entries: int, files: int, rng: random.Random) -> None:
    """History entries chained correctly and stored files with their rows, in bulk."""
    from django.db import transaction

    from rightsledger.cases.history import GENESIS_HASH, chain_key, compute_entry_hash
    from rightsledger.cases.models import ChainHead, HistoryEntry
    from rightsledger.evidence.models import EvidenceItem, StoredObject
    from rightsledger.evidence.store import get_store

    key = chain_key(case)
    head = ChainHead.objects.get(key=key)
    previous, sequence = head.entry_hash or GENESIS_HASH, head.sequence
    now = dt.datetime.now(tz=dt.UTC).replace(microsecond=0)
    batch: list[HistoryEntry] = []
    with transaction.atomic():
        for number in range(entries):
            sequence += 1
            entry = HistoryEntry(
                chain=key, sequence=sequence, case=case, actor_name="bench", timestamp=now,
                action="update", object_type="records.person", object_id=str(number),
                object_repr=f"person {number}", before={"notes": ""},
                after={"notes": f"note {number}"}, message="", previous_hash=previous,
            )  # fmt: skip
            entry.entry_hash = previous = compute_entry_hash(entry)
            batch.append(entry)
            if len(batch) == 5000:
                HistoryEntry.objects.bulk_create(batch)
                batch = []
        HistoryEntry.objects.bulk_create(batch)
        ChainHead.objects.filter(pk=head.pk).update(sequence=sequence, entry_hash=previous)
    store = get_store()
    objects, items = [], []
    for number in range(files):
        # Unique to this case: a database kept from an earlier run already has other objects.
        digest = store.put_bytes(rng.randbytes(8192) + f"{case.pk}:{number}".encode())
        objects.append(StoredObject(sha256=digest.sha256, sha512=digest.sha512, size=digest.size,
                                    mime_type="application/octet-stream", stored_at=now))  # fmt: skip
        items.append(EvidenceItem(case=case, stored_object_id=digest.sha256, sha256=digest.sha256,
                                  original_name=f"f{number}", mime_type="application/octet-stream",
                                  size=digest.size))  # fmt: skip
    StoredObject.objects.bulk_create(objects, batch_size=2000)
    EvidenceItem.objects.bulk_create(items, batch_size=2000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--total-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3, help="Ingest rounds (median reported).")
    parser.add_argument("--history", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--workdir", type=Path, help="Keep data here (default: a temp dir).")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="rl-bench-evidence-"))
    shutil.rmtree(work / "home", ignore_errors=True)
    setup(args.backend, work / "home")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from django.contrib.auth import get_user_model

    from rightsledger.cases.actions import create_case
    from rightsledger.evidence.verify import verify

    rng = random.Random(7)
    user, _ = get_user_model().objects.get_or_create(username="bench")
    case = create_case(name=f"Evidence bench {time.time_ns()}", owner=user)
    paths = make_mixed_files(work / "files", args.total_mb * 2**20, rng)
    total = sum(p.stat().st_size for p in paths)
    time_sha256sum(paths)  # warm-up: both measurements read from the page cache
    # Rounds alternate the baseline and the ingest, so both meet the same machine noise; each
    # ingest round starts from an empty store and a new case (nothing is found already there).
    baselines, ingests, derive = [], [], 0.0
    for round_number in range(args.rounds):
        baselines.append(time_sha256sum(paths))
        if round_number:
            from django.conf import settings

            shutil.rmtree(Path(settings.EVIDENCE_DIR) / "objects", ignore_errors=True)
            case = create_case(name=f"Evidence bench {time.time_ns()}", owner=user)
        seconds, derive_seconds = time_ingest(case, user, paths, derive=round_number == 0)
        ingests.append(seconds)
        if round_number == 0:  # derivatives are made (and timed) in the first round only
            derive = derive_seconds
    baseline, ingest = statistics.median(baselines), statistics.median(ingests)
    mib = total / 2**20
    results: dict[str, Any] = {
        "backend": args.backend, "cpus": os.cpu_count(), "files": len(paths),
        "ingest_mib": round(mib, 1), "rounds": args.rounds,
        "sha256sum_s": round(baseline, 2), "sha256sum_mib_s": round(mib / baseline, 1),
        "ingest_s": round(ingest, 2), "ingest_mib_s": round(mib / ingest, 1),
        "ingest_vs_sha256sum": round(baseline / ingest, 2),
        "ingest_vs_sha256sum_each_round": [round(b / i, 2) for b, i in zip(baselines, ingests, strict=True)],
        "derivatives_s": round(derive, 2),
    }  # fmt: skip
    verify_case = create_case(name=f"Verify bench {time.time_ns()}", owner=user)
    started = time.perf_counter()
    fill_for_verify(verify_case, args.history, args.files, rng)
    results["verify_fill_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    report = verify(verify_case)
    results["verify_s"] = round(time.perf_counter() - started, 2)
    results["verify_ok"] = report.ok
    results["verify_files"] = report.files_checked
    results["verify_entries"] = report.entries_checked
    print(json.dumps(results, indent=1))
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
