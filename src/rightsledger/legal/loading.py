"""Loading a release of the shipped catalogue into the database, once per version.

``rightsledger init`` calls ``load_catalogue``.  A version already loaded is left alone; a new
version creates what is new, updates the shipped rows whose text changed (each update an
entry of the global history chain), leaves rows an administrator changed (``origin=local``)
as they are, and records the release with one history entry describing what it wrote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import models, transaction

from rightsledger.cases.actions import update_object
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import HistoryEntry
from rightsledger.legal.catalogue_files import (
    CATALOGUE_DIR,
    CatalogueData,
    CatalogueError,
    read_catalogue,
)
from rightsledger.legal.models import (
    ActTypeMapping,
    CatalogueRelease,
    Crime,
    Element,
    Instrument,
    Origin,
    Provision,
    ProvisionRelation,
)

__all__ = ["CatalogueError", "LoadResult", "ensure_catalogue", "load_catalogue", "load_on_init"]


@dataclass(frozen=True)
class LoadResult:
    version: str
    loaded: bool  # False when this version was already in the database
    created: dict[str, int]
    updated: dict[str, int]
    kept_local: int

    def summary(self) -> str:
        if not self.loaded:
            return f"Legal catalogue {self.version}: already loaded."
        made = ", ".join(f"{n} {name}" for name, n in self.created.items() if n) or "nothing new"
        changed = sum(self.updated.values())
        return (f"Legal catalogue {self.version} loaded: {made}; {changed} updated; "
                f"{self.kept_local} changed by administrators kept.")  # fmt: skip


class _Writer:
    """Creates missing rows in bulk and updates changed shipped rows through ``update_object``."""

    def __init__(self, version: str) -> None:
        self.message = f"legal catalogue release {version}"
        self.created: dict[str, int] = {}
        self.updated: dict[str, int] = {}
        self.kept_local = 0

    def sync(self, name: str, model: type[models.Model], existing: dict[Any, Any],
             wanted: dict[Any, dict[str, Any]]) -> dict[Any, Any]:  # fmt: skip
        """Rows keyed like ``wanted``, after creating and updating; returns every row by key."""
        new = [model(**values) for key, values in wanted.items() if key not in existing]
        for made in new:
            if isinstance(made, Provision):
                made.code = f"{made.instrument.code} {made.number}"
        created = model._default_manager.bulk_create(new)
        self.created[name] = len(created)
        self.updated[name] = 0
        rows = dict(existing)
        for key, values in wanted.items():
            obj: Any = existing.get(key)
            if obj is None:
                continue
            changes = {k: v for k, v in values.items() if getattr(obj, k) != v}
            if not changes:
                continue
            if obj.origin == Origin.LOCAL:
                self.kept_local += 1
                continue
            update_object(obj, acting_user=None, message=self.message, **changes)
            self.updated[name] += 1
        for made in created:
            rows[_key_of(made)] = made
        return rows


def _key_of(obj: Any) -> Any:
    if isinstance(obj, Element):
        return (obj.crime.code, obj.number)
    if isinstance(obj, ProvisionRelation):
        return (obj.source.code, obj.target.code, obj.kind)
    if isinstance(obj, ActTypeMapping):
        target = obj.crime.code if obj.crime_id else obj.provision.code  # type: ignore[union-attr]
        return (obj.act_type, "crime" if obj.crime_id else "provision", target)
    return obj.code


def load_catalogue(directory: Path = CATALOGUE_DIR, *, acting_user: Any = None) -> LoadResult:
    """Load the shipped catalogue's release if this database does not hold it yet."""
    data = read_catalogue(directory)
    loaded = CatalogueRelease.objects.filter(version=data.version).first()
    if loaded is not None:
        if loaded.sha256 != data.sha256:
            raise CatalogueError(
                f"the catalogue files differ from release {data.version} as loaded; "
                "a changed catalogue needs a new version in release.yaml"
            )  # release.yaml's hash was changed without a new version
        return LoadResult(data.version, False, {}, {}, 0)
    with transaction.atomic():
        return _write(data, acting_user)


def load_on_init() -> str:
    """For ``rightsledger init``: load the shipped release; a bad one stops init, named."""
    from django.core.management.base import CommandError

    try:
        return load_catalogue().summary()
    except CatalogueError as exc:
        raise CommandError(str(exc)) from exc


def ensure_catalogue() -> None:
    """The shipped catalogue, loaded if no release is (for the demo and for tests)."""
    if not CatalogueRelease.objects.exists():
        load_catalogue()


def _write(data: CatalogueData, acting_user: Any) -> LoadResult:
    writer = _Writer(data.version)
    instruments = writer.sync("instruments", Instrument,
                              {o.code: o for o in Instrument.objects.all()},
                              {row["code"]: row for row in data.instruments})  # fmt: skip
    provisions = writer.sync(
        "provisions", Provision,
        {o.code: o for o in Provision.objects.select_related("instrument")},
        {row["code"]: {**{k: v for k, v in row.items() if k != "code"},
                       "instrument": instruments[row["instrument"]]} for row in data.provisions},
    )  # fmt: skip
    writer.sync(
        "relations", ProvisionRelation,
        {_key_of(o): o for o in ProvisionRelation.objects.select_related("source", "target")},
        {(s, t, k): {"source": provisions[s], "target": provisions[t], "kind": k}
         for s, t, k in data.relations},
    )  # fmt: skip
    crimes = writer.sync(
        "crimes", Crime, {o.code: o for o in Crime.objects.all()},
        {row["code"]: {**row, "provision": provisions[row["provision"]]} for row in data.crimes},
    )  # fmt: skip
    writer.sync(
        "elements", Element, {_key_of(o): o for o in Element.objects.select_related("crime")},
        {(row["crime"], row["number"]): {**row, "crime": crimes[row["crime"]]}
         for row in data.elements},
    )  # fmt: skip
    shared = ActTypeMapping.objects.filter(case__isnull=True).select_related("provision", "crime")
    writer.sync(
        "act type mappings", ActTypeMapping, {_key_of(o): o for o in shared},
        {(act_type, kind, code): {"act_type": act_type,
                                  kind: (crimes if kind == "crime" else provisions)[code]}
         for act_type, kind, code in data.mappings},
    )  # fmt: skip
    release = CatalogueRelease.objects.create(
        version=data.version, sha256=data.sha256,
        loaded_at=dt.datetime.now(tz=dt.UTC).replace(microsecond=0),
        counts={"created": writer.created, "updated": writer.updated,
                "kept_local": writer.kept_local},
    )  # fmt: skip
    append_entry(
        case=None, actor=acting_user, action=HistoryEntry.Action.IMPORT,
        object_type="legal.cataloguerelease", object_id=str(release.pk),
        object_repr=str(release),
        after={"version": data.version, "sha256": data.sha256, **release.counts},
        message=writer.message,
    )  # fmt: skip
    return LoadResult(data.version, True, writer.created, writer.updated, writer.kept_local)
