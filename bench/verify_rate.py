"""How fast the evidence store re-hashes its files, per core and with several threads.

Writes ``--files`` random files of ``--mib`` MiB into a temporary local store and re-hashes
them with the store's own ``rehash`` (SHA-256 and SHA-512 in one pass, as ``verify`` and the
rolling verification do) in 1 … ``--threads`` threads, twice each; prints MiB/s in total and
per thread, with CPU seconds used, and, as baselines measured in the same run, hashlib's
SHA-256 and SHA-512 alone on one buffer in memory, and a plain read of the files.

The files are in the page cache (a few GiB on a 24 GiB machine): this measures the hashing,
the part that costs cores. A store of 10 TB is read from disk or a bucket; its time is the
larger of this and the storage's read rate (see the README's plan).

    python bench/verify_rate.py [--files 8] [--mib 256] [--threads 2]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rightsledger.settings")


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=8, help="How many files.")
    parser.add_argument("--mib", type=int, default=256, help="Size of each file in MiB.")
    parser.add_argument("--threads", type=int, default=2, help="Most threads to try.")
    args = parser.parse_args()

    from rightsledger.evidence.store import FileStore

    with tempfile.TemporaryDirectory(prefix="verify-rate-") as tmp:
        store = FileStore(Path(tmp))
        names = []
        block = os.urandom(16 * 2**20)
        for index in range(args.files):
            chunks = (hashlib.sha256(bytes([index, n])).digest() + block[32:]
                      for n in range(args.mib // 16))  # fmt: skip
            names.append(store.receive(chunks).sha256)
        total = args.files * args.mib
        print(f"{args.files} files of {args.mib} MiB ({total / 1024:.1f} GiB), "
              f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")  # fmt: skip

        for name in ("sha256", "sha512"):
            h = hashlib.new(name)
            data = block * 4
            started, used = time.perf_counter(), cpu()
            for _ in range(4):
                h.update(data)
            seconds, used = time.perf_counter() - started, cpu() - used
            print(f"baseline hashlib {name}: {256 / seconds:,.0f} MiB/s wall, "
                  f"{256 / used:,.0f} MiB per CPU-second")  # fmt: skip
        started, used = time.perf_counter(), cpu()
        for sha in names:
            with store.open(sha) as handle:
                while handle.read(4 * 2**20):
                    pass
        seconds, used = time.perf_counter() - started, cpu() - used
        print(f"baseline plain read: {total / seconds:,.0f} MiB/s wall, "
              f"{total / used:,.0f} MiB per CPU-second")  # fmt: skip

        for threads in range(1, args.threads + 1):
            for attempt in (1, 2):
                started, used = time.perf_counter(), cpu()
                with ThreadPoolExecutor(max_workers=threads) as pool:
                    digests = list(pool.map(store.rehash, names))
                seconds, used = time.perf_counter() - started, cpu() - used
                assert [d.sha256 for d in digests] == names
                print(f"rehash, {threads} thread(s), run {attempt}: {total / seconds:,.0f} MiB/s "
                      f"({total / seconds / threads:,.0f} per thread), {seconds:.1f} s wall, "
                      f"{used:.1f} s CPU ({total / used:,.0f} MiB per CPU-second)")  # fmt: skip


if __name__ == "__main__":
    main()
