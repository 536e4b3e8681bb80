"""A record that an element of a crime rests on cannot be deleted from under it.

Links to elements point at claims, records and evidence items generically (content type and
id), so the database cannot protect them as it protects a foreign key.  This does it for the
ORM: deleting a linked target — directly, or as a row that goes with a deleted event or
person — is refused as PROTECT refuses it (``ProtectedError``), inside the deletion's
transaction, so nothing is removed and no history entry is written. Unlink first.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import ProtectedError
from django.db.models.signals import pre_delete

from rightsledger.legal.models import LINK_TARGETS, ElementLink


def refuse_deleting_linked(sender: Any, instance: Any, **kwargs: Any) -> None:
    links = ElementLink.objects.filter(
        target_type=ContentType.objects.get_for_model(sender), target_id=instance.pk
    )
    if links.exists():
        raise ProtectedError(
            f"{instance} is linked to an element of a legal qualification; unlink it first.",
            set(links),
        )


def protect_link_targets() -> None:
    for label in LINK_TARGETS.values():
        pre_delete.connect(refuse_deleting_linked, sender=apps.get_model(label),
                           dispatch_uid=f"legal-protect-{label}")  # fmt: skip
