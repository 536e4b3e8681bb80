"""The case (the unit of access control), its members, and the hash-chained history."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.querysets import RestrictedQuerySet
from rightsledger.cases.roles import Role


class Case(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The age limits of the figures (see rightsledger.records.figures): set per case because
    # instruments and statements differ (a child is under 18 in the CRC; some statements count
    # the elderly from 65).
    child_age_below = models.PositiveSmallIntegerField(
        default=18, help_text=_("A victim younger than this at the event is counted as a child.")
    )
    elderly_age_from = models.PositiveSmallIntegerField(
        default=60, help_text=_("A victim this old or older at the event is counted as elderly.")
    )

    objects = RestrictedQuerySet.as_manager()
    # Case is the root: its restriction goes through its own memberships.
    case_lookup = "pk"

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def case_id(self) -> int:
        """Lets generic code treat a case like any case-scoped object."""
        return self.pk


class Membership(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_memberships"
    )
    role = models.CharField(max_length=16, choices=Role.choices)

    objects = RestrictedQuerySet.as_manager()
    case_lookup = "case"

    class Meta:
        ordering = ["case", "user"]
        constraints = [
            models.UniqueConstraint(fields=["case", "user"], name="one_membership_per_user")
        ]
        indexes = [models.Index(fields=["user", "role", "case"])]

    def __str__(self) -> str:
        return f"{self.user} — {self.role} — {self.case}"


class CaseScopedModel(models.Model):
    """Base for every record that belongs to a case.

    Each such model carries its own ``case`` foreign key (even when reachable through a parent)
    so that the single restriction helper is one indexed filter, whatever the model.
    """

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="+")

    objects = RestrictedQuerySet.as_manager()
    case_lookup = "case"

    class Meta:
        abstract = True


class ChainHead(models.Model):
    """The last link of one history chain (one chain per case, plus a global one).

    Locking this row serialises appends to its chain; the entries themselves are the truth
    and `verify` checks that this head agrees with them.
    """

    key = models.CharField(max_length=40, unique=True)
    sequence = models.BigIntegerField(default=0)
    entry_hash = models.CharField(max_length=64, default="")

    def __str__(self) -> str:
        return f"{self.key}#{self.sequence}"


class HistoryEntry(models.Model):
    class Action(models.TextChoices):
        CREATE = "create", _("created")
        UPDATE = "update", _("changed")
        DELETE = "delete", _("deleted")
        IMPORT = "import", _("imported")
        BULK = "bulk", _("changed in bulk")
        OTHER = "other", _("other")

    chain = models.CharField(max_length=40)
    sequence = models.BigIntegerField()
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="history"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The actor's name is copied so the entry stays meaningful (and verifiable) if the
    # account is later renamed or removed.
    actor_name = models.CharField(max_length=150)
    timestamp = models.DateTimeField()
    action = models.CharField(max_length=16, choices=Action.choices)
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(max_length=300)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    message = models.TextField(blank=True)
    # SHA-256 of the row's canonical state after the change (``cases.state``); empty for a
    # deletion, for entries that change no row, and for entries written before it existed.
    state_hash = models.CharField(max_length=64, blank=True, default="")
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)

    objects = RestrictedQuerySet.as_manager()
    case_lookup = "case"

    class Meta:
        ordering = ["chain", "sequence"]
        constraints = [
            models.UniqueConstraint(fields=["chain", "sequence"], name="one_entry_per_link")
        ]
        indexes = [
            models.Index(fields=["object_type", "object_id"]),
            models.Index(fields=["case", "-timestamp"]),
        ]

    def __str__(self) -> str:
        return f"{self.chain}#{self.sequence} {self.action} {self.object_type}:{self.object_id}"

    def hashed_content(self) -> dict[str, Any]:
        """The fields the entry hash covers, in a form that serialises canonically.

        ``state_hash`` only when set, so entries written before it existed keep their hashes.
        """
        content = {
            "chain": self.chain,
            "sequence": self.sequence,
            "case": self.case_id,
            "actor": self.actor_name,
            "timestamp": self.timestamp.isoformat(),
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "object_repr": self.object_repr,
            "before": self.before,
            "after": self.after,
            "message": self.message,
            "previous_hash": self.previous_hash,
        }
        if self.state_hash:
            content["state_hash"] = self.state_hash
        return content


class BulkRowRef(models.Model):
    """One row named by one bulk history entry: an index from a row to the entries that
    wrote it in bulk (``cases.bulk_refs``).

    Derived data, not record: the entry's ``after["rows"]`` is what the chain vouches for;
    these rows are written from it in the entry's own transaction, left out of the entry
    hash and of bags, and ``verify`` checks that they agree with the entries.  Not
    case-scoped on its own (no ``case``): it is only ever read as a subquery of
    ``HistoryEntry.objects.restrict(...)``, which decides who sees the entries.
    """

    # The primary key is the lookup: "which entries name records.person 42".
    pk = models.CompositePrimaryKey("object_type", "object_id", "entry")
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    # Indexed: verify reads an entry's rows, and deleting entries takes their rows along.
    # No key checked by the database: an import names some seven rows a list row here, and
    # each checked key is a lookup queued to the commit (a fifth of an import's checks);
    # the rows are written from their entry in its own transaction, entries are never
    # deleted but with their case (Django's collector takes these rows then), and
    # ``verify`` compares the index with the entries.
    entry = models.ForeignKey(
        HistoryEntry, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )

    def __str__(self) -> str:
        return f"{self.object_type}:{self.object_id} in entry {self.entry_id}"
