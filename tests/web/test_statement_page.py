"""The statement-reading page: read, review in the text, correct, accept — or nothing."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from rightsledger.evidence.models import EvidenceItem
from rightsledger.records import models as rm

TEXT = (
    "On 4 June 2001 the assault killed 214 civilians – including 40 women and 33 children –\r\n"
    "and injured 198 others. Some 60 of the 530 villagers that the attackers captured remain "
    "missing. These acts violate the CRC."
)


def _url(case: Any) -> str:
    return reverse("case-statement-read", kwargs={"slug": case.slug})


def _read(client: Any, case: Any, **extra: str) -> Any:
    data = {"title": "Ombudsman, 5 June", "reliability": "F", "language": "auto",
            "text": TEXT, "step": "read", **extra}  # fmt: skip
    return client.post(_url(case), data)


def _accept_data(response: Any, **changes: str) -> dict[str, str]:
    """What the review page's form would send, as rendered, with some fields changed."""
    formset = response.context["formset"]
    form = response.context["form"]
    data: dict[str, str] = {
        "title": form.cleaned_data["title"], "author": "", "reliability": "F",
        "language": response.context["reading"].language, "text": form.cleaned_data["text"],
        "step": "accept", **{k: str(v) for k, v in formset.management_form.initial.items()},
    }  # fmt: skip
    data = {("draft-" + k if k.endswith("_FORMS") else k): v for k, v in data.items()}
    for row in formset.forms:
        for name in row.fields:
            value = row.initial.get(name)
            if name == "keep":
                if value:
                    data[row.add_prefix(name)] = "on"
                continue
            data[row.add_prefix(name)] = "" if value is None else str(value)
    data.update(changes)
    return data


def test_reading_shows_drafts_in_the_text_and_saves_nothing(owner_web, case):
    response = _read(owner_web, case)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<mark class="claim" id="text-1" data-claim="1"' in page
    assert "statement.js" in page
    assert "<script>" not in page  # strict CSP: scripts come from static files only
    rows = response.context["rows"]
    assert [r[2].count for r in rows] == [214, 40, 33, 198, 60, 530]
    assert not rm.Source.objects.filter(case=case).exists()
    assert not rm.Claim.objects.filter(case=case).exists()


def test_accepting_with_a_correction_records_nested_claims(owner_web, case):
    response = _read(owner_web, case)
    # The reviewer corrects the count of children and leaves out the injured.
    data = _accept_data(response, **{"draft-2-count": "34"})
    data.pop("draft-3-keep")
    accepted = owner_web.post(_url(case), data)
    assert accepted.status_code == 302
    source = rm.Source.objects.get(case=case, title="Ombudsman, 5 June")
    assert accepted["Location"] == reverse(
        "case-source", kwargs={"slug": case.slug, "pk": source.pk}
    )
    # A free label ("civilians") is shown as the group it names.
    claims = {(c.category, c.subgroup_label or c.subgroup, c.count): c for c in source.claims.all()}
    assert set(claims) == {("killed", "civilians", 214), ("killed", "women", 40),
                           ("killed", "children", 34), ("missing", "all", 60),
                           ("captured", "all", 530)}  # fmt: skip
    assert claims[("killed", "children", 34)].parent == claims[("killed", "civilians", 214)]
    assert claims[("missing", "all", 60)].parent == claims[("captured", "all", 530)]
    assert claims[("missing", "all", 60)].qualifier == "about"
    # The text as read (newlines made one kind) is kept as evidence with its hash.
    item = EvidenceItem.objects.get(case=case, source=source)
    assert item.size == len(TEXT.replace("\r\n", "\n").encode())
    page = owner_web.get(reverse("case-source", kwargs={"slug": case.slug, "pk": source.pk}))
    assert 'class="depth-1"' in page.content.decode()
    listing = owner_web.get(reverse("case-claims", kwargs={"slug": case.slug}))
    assert "part of" in listing.content.decode()


def test_a_changed_text_is_refused_and_nothing_saved(owner_web, case):
    response = _read(owner_web, case)
    data = _accept_data(response)
    data["text"] = data["text"].replace("214", "215")
    refused = owner_web.post(_url(case), data)
    assert refused.status_code == 400
    assert "The text changed since it was read" in refused.content.decode()
    assert not rm.Source.objects.filter(case=case).exists()


def test_empty_text_is_a_clear_error(owner_web, case):
    response = owner_web.post(_url(case), {"title": "T", "reliability": "F", "language": "auto",
                                           "text": "  ", "step": "read"})  # fmt: skip
    assert response.status_code == 400
    assert "The statement is empty." in response.content.decode()


def test_an_uploaded_text_file_is_read(owner_web, case):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("s.txt", "Погибли 12 человек.".encode(), "text/plain")
    response = owner_web.post(_url(case), {"title": "T", "reliability": "F", "language": "auto",
                                           "file": upload, "step": "read"})  # fmt: skip
    assert response.status_code == 200
    assert response.context["reading"].language == "ru"


def test_only_those_who_may_change_the_case_can_read_into_it(viewer_web, stranger_web, case):
    assert viewer_web.get(_url(case)).status_code == 404
    assert stranger_web.get(_url(case)).status_code == 404
    assert _read(stranger_web, case).status_code == 404
    assert not rm.Source.objects.filter(case=case).exists()


# One rule for what may be read as a statement: the page refuses what the command refuses,
# with the same words (records.statements.statement_text).
REFUSED_FILES = [
    (
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml",
        "The file holds binary content, not text.",
    ),
    (b"\xff\xfe1\x002\x00 killed", "The file is not UTF-8 text."),
    (b" " * (1024 * 1024 + 1), "The file is over 1 MiB."),
    (b"\xef\xbb\xbf \r\n ", "The statement is empty."),
]


@pytest.mark.parametrize(("content", "message"), REFUSED_FILES)
def test_the_page_and_the_command_refuse_a_file_alike(owner_web, case, tmp_path, content, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("s.txt", content, "text/plain")
    response = owner_web.post(_url(case), {"title": "T", "reliability": "F", "language": "auto",
                                           "file": upload, "step": "read"})  # fmt: skip
    assert response.status_code == 400
    assert message in response.content.decode()
    path = tmp_path / "s.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError) as refused:
        call_command("read-statement", str(path), stdout=StringIO())
    assert str(refused.value) == f"{path}: {message}"
    assert not rm.Source.objects.filter(case=case).exists()
