"""The missing app's piece of a person's page: their missing person's file, or a link to
open one."""

from __future__ import annotations

from typing import Any

from django import template

from rightsledger.missing.models import MissingPersonFile

register = template.Library()


@register.inclusion_tag("missing/_person_file.html", takes_context=True)
def missing_file_of(context: Any, person: Any) -> dict[str, Any]:
    request, access = context.get("request"), context.get("access")
    user = getattr(request, "user", None)
    found = (
        MissingPersonFile.objects.restrict(user, "view").filter(person=person).first()
        if user is not None else None
    )  # fmt: skip
    return {"file": found, "person": person, "case": context.get("case"),
            "can_change": bool(access and access.can_change)}  # fmt: skip
