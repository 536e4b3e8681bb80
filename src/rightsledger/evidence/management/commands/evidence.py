from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, TextIO

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.evidence.store import StoreError


class Progress:
    """A one-line progress bar on a terminal; occasional lines otherwise."""

    def __init__(self, name: str, total: int, stream: TextIO) -> None:
        self.name, self.total, self.stream = name[:40], max(total, 1), stream
        self.tty = stream.isatty()
        self.started = self.last = time.monotonic()

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < (0.1 if self.tty else 5.0) and done < self.total:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-6) / 2**20
        fraction = min(done / self.total, 1.0)
        bar = "#" * int(fraction * 30)
        line = (
            f"{self.name:40} [{bar:30}] {fraction:6.1%} {done / 2**20:9.1f} MiB {rate:7.1f} MiB/s"
        )
        done_now = done >= self.total
        self.stream.write(("\r" + line + ("\n" if done_now else "")) if self.tty else line + "\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Preserve evidence files, and seal a case's chain head."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        add = sub.add_parser("add", help="Add files to a case's evidence (hashed as streamed).")
        add.add_argument("--case", required=True, help="Case slug.")
        add.add_argument("files", nargs="+", type=Path, help="The files to preserve.")
        add.add_argument("--source", type=int, help="Id of the source the files came from.")
        add.add_argument("--description", default="", help="What the files show.")
        add.add_argument("--received-from", default="", help="From whom and how.")
        add.add_argument("--purpose", default="", help="Why they are collected.")
        add_actor_argument(add)
        add.add_argument("--quiet", action="store_true", help="No progress bar.")
        seal = sub.add_parser(
            "seal", help="Sign the case's chain head with RIGHTSLEDGER_SIGNING_KEY (Ed25519)."
        )
        seal.add_argument("--case", required=True, help="Case slug.")
        add_actor_argument(seal)
        ts = sub.add_parser("timestamp", help="RFC 3161: write a request, or store a token.")
        ts.add_argument("--case", required=True, help="Case slug.")
        add_actor_argument(ts)
        group = ts.add_mutually_exclusive_group(required=True)
        group.add_argument("--request-out", type=Path, help="Write a TimeStampReq (DER) here.")
        group.add_argument("--token", type=Path, help="Store this TimeStampResp token (DER).")
        ts.add_argument("--authority", default="", help="Name of the time-stamp authority.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, f"handle_{options['subcommand']}")(options)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        except (ImproperlyConfigured, StoreError) as exc:
            raise CommandError(str(exc)) from exc

    def handle_add(self, options: dict[str, Any]) -> None:
        from rightsledger.evidence.actions import ingest_files
        from rightsledger.records.models import Source

        user = acting_user(options)
        case = case_for(user, options["case"], "change")
        source = None
        if options["source"] is not None:
            source = Source.objects.filter(case=case, pk=options["source"]).first()
            if source is None:
                raise CommandError(f"no source {options['source']} in case {case.slug}")
        for path in options["files"]:
            if not path.is_file():
                raise CommandError(f"{path}: not a readable file")
        quiet = options["quiet"]

        def progress_for(path: Path) -> Progress | None:
            return None if quiet else Progress(path.name, path.stat().st_size, sys.stderr)

        # The next file is received while this one is recorded (see ingest_files).
        results = ingest_files(
            case=case, paths=options["files"], acting_user=user, progress_for=progress_for,
            description=options["description"], source=source,
            received_from=options["received_from"], purpose=options["purpose"],
        )  # fmt: skip
        for path, result in results:
            state = "added" if result.created else "already present"
            self.stdout.write(f"{result.item.pk}\t{result.item.sha256}\t{state}\t{path.name}")

    def handle_seal(self, options: dict[str, Any]) -> None:
        from rightsledger.cases.history import chain_key
        from rightsledger.evidence.signing import load_signing_key, seal_chain

        case = case_for(acting_user(options), options["case"], "manage")
        seal = seal_chain(chain_key(case), load_signing_key())
        self.stdout.write(
            f"sealed {seal.chain}#{seal.sequence} {seal.entry_hash}\n"
            f"public key {seal.public_key}\nsignature {seal.signature}"
        )

    def handle_timestamp(self, options: dict[str, Any]) -> None:
        from rightsledger.cases.history import chain_key
        from rightsledger.evidence.models import ChainSeal
        from rightsledger.evidence.signing import (
            add_timestamp_token,
            head_statement,
            timestamp_request,
        )

        case = case_for(acting_user(options), options["case"], "manage")
        seal = ChainSeal.objects.filter(chain=chain_key(case)).order_by("-sequence").first()
        if seal is None:
            raise CommandError(f"case {case.slug} has no seal yet; run `evidence seal` first")
        if options["request_out"]:
            request = timestamp_request(head_statement(seal.chain, seal.sequence, seal.entry_hash))
            options["request_out"].write_bytes(request)
            self.stdout.write(f"wrote {options['request_out']} for {seal.chain}#{seal.sequence}")
            return
        try:
            token = options["token"].read_bytes()
            add_timestamp_token(seal, token, options["authority"])
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"stored a time-stamp token for {seal.chain}#{seal.sequence}")
