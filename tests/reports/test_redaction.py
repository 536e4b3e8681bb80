"""Sharing and publication files redact as the case's BagIt export does."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rightsledger.cases.actions import create_object, update_object
from rightsledger.protection.actions import protect_person
from rightsledger.protection.models import Consent
from rightsledger.records import models as rm
from tests.reports.conftest import html_text, load_demo_case, pdf_text, render_bytes


def test_no_protected_or_refusing_person_is_named_in_a_sharing_or_public_file(owner: Any) -> None:
    case = load_demo_case(owner)
    killed = rm.Person.objects.filter(case=case, statuses__status="killed").distinct()
    protected, refusing = killed.order_by("pk")[:2]
    protected_names = [protected.display_name, *protected.names.values_list("value", flat=True)]
    refusing_name = refusing.display_name
    # Names in free text too: an event's description mentions both.
    event = rm.Event.objects.filter(case=case).order_by("pk").first()
    update_object(event, acting_user=owner,
                  description=f"Witnesses named {protected.display_name} and {refusing_name}.")  # fmt: skip
    protect_person(protected, category="victim_at_risk", acting_user=owner)
    for purpose in ("sharing", "publication"):
        create_object(Consent, acting_user=owner, case=case, person=refusing, purpose=purpose,
                      recipient="UN Committee" if purpose == "sharing" else "", granted=False,
                      given_on=dt.date(2024, 1, 5), taken_by="field team")  # fmt: skip
    internal = pdf_text(render_bytes(case, owner))
    assert refusing_name in internal  # the internal file names who the record names
    for purpose, recipient in (("sharing", "UN Committee"), ("publication", "")):
        for fmt, read in (("pdf", pdf_text), ("html", html_text)):
            text = read(render_bytes(case, owner, fmt=fmt, purpose=purpose, recipient=recipient))
            for name in [*protected_names, refusing_name]:
                assert name not in text, (purpose, fmt, name)
            assert "Witnesses named" in text  # the description is there, without the names


def test_a_sharing_file_names_its_recipient(owner: Any) -> None:
    from rightsledger.reports.casefile import ReportError

    case = load_demo_case(owner)
    with pytest.raises(ReportError, match="recipient"):
        render_bytes(case, owner, purpose="sharing")
