"""The same record gives the same bytes; a change of the record gives other bytes."""

from __future__ import annotations

import hashlib
from typing import Any

from rightsledger.cases.actions import create_object
from rightsledger.records.models import Source
from rightsledger.reports.actions import make_report, stored_path
from tests.reports.conftest import load_demo_case, render_bytes


def test_two_runs_give_the_same_bytes_and_a_change_other_bytes(owner: Any) -> None:
    case = load_demo_case(owner)
    for fmt in ("pdf", "html"):
        first = render_bytes(case, owner, fmt=fmt, purpose="publication")
        assert render_bytes(case, owner, fmt=fmt, purpose="publication") == first
    pdf = render_bytes(case, owner)
    # Keeping a made file writes a history entry, which is not part of what a file reports.
    kept = make_report(case, owner)
    assert kept.sha256 == hashlib.sha256(pdf).hexdigest()
    assert stored_path(kept.sha256, "pdf").read_bytes() == pdf
    assert render_bytes(case, owner) == pdf
    create_object(Source, acting_user=owner, case=case, title="A later report", kind="report")
    assert render_bytes(case, owner) != pdf


def test_a_sealed_file_carries_the_institution_s_signature(owner: Any, settings: Any,
                                                           tmp_path: Any) -> None:  # fmt: skip
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from django.core.management import call_command

    key = Ed25519PrivateKey.generate()
    settings.SIGNING_KEY = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                             NoEncryption()).decode("ascii")  # fmt: skip
    case = load_demo_case(owner)
    target = tmp_path / "sealed.html"
    call_command("report", "--case", case.slug, "--as", owner.username, "--format", "html",
                 "--output", str(target), "--seal")  # fmt: skip
    signature = (tmp_path / "sealed.html.sig").read_bytes()
    key.public_key().verify(signature, target.read_bytes())  # raises if it does not hold
