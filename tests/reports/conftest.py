"""A case file's tests: the demo case (documented, imported and linked, qualified, missing)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client


@pytest.fixture(autouse=True)
def reports_dir(settings: Any, tmp_path: Path) -> Path:
    settings.REPORTS_DIR = tmp_path / "reports"
    return Path(settings.REPORTS_DIR)


def load_demo_case(owner: Any) -> Any:
    from rightsledger.legal.demo import load_demo_qualifications
    from rightsledger.missing.demo import load_demo_missing
    from rightsledger.records.demo import load_demo
    from rightsledger.registry.demo import load_demo_registry

    case = load_demo(owner)
    load_demo_registry(case, owner)
    load_demo_qualifications(case, owner)
    load_demo_missing(case, owner)
    return case


def render_bytes(case: Any, user: Any, **options: Any) -> bytes:
    from rightsledger.reports.actions import render

    stream = io.BytesIO()
    render(case, user, stream, **options)
    return stream.getvalue()


def pdf_text(data: bytes) -> str:
    """The PDF's text as a reader's tool extracts it, whitespace made single spaces."""
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def html_text(data: bytes) -> str:
    text = re.sub(r"<[^>]+>", " ", data.decode("utf-8"))
    import html

    return re.sub(r"\s+", " ", html.unescape(text))


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client
