"""In headless Chromium: evidence sent in pieces (tus-js-client) survives a network that goes
down midway and a closed page; chosen again, the file resumes where it stopped, and the item
recorded has the file's SHA-256."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from rightsledger.cases.actions import create_case
from rightsledger.evidence.models import CustodyEntry, EvidenceItem, ResumableUpload
from tests.web.conftest import _plain_static_files  # noqa: F401 - fixtures
from tests.web.test_browser import (  # noqa: F401 - fixtures used by name
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
    labelled,
    pytestmark,
    users,
)

PIECE = 256 * 1024


def test_an_upload_cut_off_resumes_from_where_it_stopped(
    browser: Any,  # noqa: F811 - the fixture imported above
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.EVIDENCE_UPLOAD_CHUNK_BYTES = PIECE
    owner = users["documenter"]
    case = create_case(name="Inquiry into Juniper", owner=owner)
    data = os.urandom(8 * PIECE + 1234)
    file = tmp_path / "mass-grave-survey.mp4"
    file.write_bytes(data)

    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    sent: list[int] = []  # the Upload-Offset of every piece the server received
    network: dict[str, Any] = {"up": True, "pieces": 3}

    def pieces(route: Any) -> None:
        request = route.request
        if request.method == "PATCH":
            if not network["up"] or len(sent) == network["pieces"]:
                network["up"] = False  # the network goes down after three pieces
                route.abort("connectionreset")
                return
            sent.append(int(request.headers["upload-offset"]))
        route.continue_()

    page.route("**/api/evidence/uploads/**", pieces)
    me.go(f"/c/{case.slug}/evidence/upload/")
    page.set_input_files("#file", str(file))
    labelled(page, "Description").fill("survey of site C")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_selector("#upload-error:not([hidden])", timeout=30_000)
    assert "Choose the same file" in page.locator("#upload-error").inner_text()
    assert sent == [0, PIECE, 2 * PIECE]
    assert ResumableUpload.objects.get().offset == 3 * PIECE
    assert not EvidenceItem.objects.exists()  # half an upload is not evidence
    me.problems.clear()  # the aborted requests were the scenario's

    # The page is closed and opened again; the network is back; the same file is chosen.
    network.update(up=True, pieces=None)
    sent.clear()
    me.go(f"/c/{case.slug}/evidence/upload/")
    page.set_input_files("#file", str(file))
    labelled(page, "Description").fill("survey of site C")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(f"{serial_live_server.url}/c/{case.slug}/evidence/", timeout=30_000)
    assert sent[0] == 3 * PIECE  # resumed, not started again
    assert sent == [n * PIECE for n in range(3, 9)]
    item = EvidenceItem.objects.get(case=case)
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert (item.size, item.original_name, item.description) == (
        len(data), "mass-grave-survey.mp4", "survey of site C")  # fmt: skip
    assert CustodyEntry.objects.filter(item=item, action="received").count() == 1
    assert item.sha256 in page.content()  # "Added; SHA-256 …", as for an ordinary upload
    assert "mass-grave-survey.mp4" in page.content()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "evidence-resumed-upload.png"), full_page=True)
    assert me.problems == []
    me.close()
