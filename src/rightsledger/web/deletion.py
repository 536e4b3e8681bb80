"""What deleting a record would take with it, and what would stop it: shown before deleting.

The plan follows the foreign keys the way the ORM's own deletion does: rows that point at the
record with ``CASCADE`` go with it (and, in turn, the rows that point at them), ``PROTECT``
and ``RESTRICT`` rows refuse the deletion, ``SET_NULL`` rows stay and lose their link.
Generic references (a claim about a person, an evidence link, a classification) have no
foreign key and stop nothing: they are kept, and are named so that nobody is surprised.

Only counts and a few examples are read, never every dependent row: a source with a million
list records must not be loaded to say that it cannot be deleted. The deletion itself is
still ``delete_object`` and the database; the plan only explains it in advance, and a refusal
the plan did not foresee is explained from the ORM's own error (``plan_from_refusal``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse

# Deep enough for every chain in the record (person → involvement → status record), and a
# bound should a self-referencing cascade ever appear.
MAX_DEPTH = 4
EXAMPLES = 5

# How dependents are counted on the page: by model, or by model and field where the field
# says more than the model ("sub-events" rather than "events"). Each app registers the words
# for its own models (``register_dependents``, from its AppConfig.ready), so this toolkit
# names no app.
LABELS: dict[str, Any] = {}
# The page that shows one object of a model, where the page lists examples.
DETAIL_VIEWS: dict[str, str] = {}


def register_dependents(labels: dict[str, Any], detail_views: dict[str, str] | None = None) -> None:
    """Words for counting an app's models as dependents, and the view that shows one."""
    LABELS.update(labels)
    DETAIL_VIEWS.update(detail_views or {})


@dataclass(frozen=True)
class Example:
    text: str
    url: str | None


@dataclass(frozen=True)
class Dependents:
    """Rows of one kind that depend on the record, counted, with a few named."""

    label: str
    count: int
    examples: tuple[Example, ...] = ()

    @property
    def more(self) -> int:
        return self.count - len(self.examples)


@dataclass(frozen=True)
class DeletionPlan:
    deleted_with_it: tuple[Dependents, ...]
    blocking: tuple[Dependents, ...]
    unlinked: tuple[Dependents, ...]
    referring: tuple[Dependents, ...]

    @property
    def allowed(self) -> bool:
        return not self.blocking


def model_key(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def counted(key: str, model: type[models.Model], n: int) -> str:
    label = LABELS.get(key) or LABELS.get(model_key(model))
    if label is None:
        return f"{n} {model._meta.verbose_name if n == 1 else model._meta.verbose_name_plural}"
    return str(label % {"n": n})


def _rows(model: type[models.Model], user: Any) -> Any:
    manager: Any = model._default_manager
    return manager.restrict(user, "view") if hasattr(manager, "restrict") else manager.all()


def _example(obj: models.Model, slug: str) -> Example:
    view = DETAIL_VIEWS.get(model_key(type(obj)))
    url = reverse(view, kwargs={"slug": slug, "pk": obj.pk}) if view else None
    return Example(str(obj), url)


def _dependents(
    key: str, model: type[models.Model], rows: Any, slug: str, *, named: bool
) -> Dependents | None:
    count = rows.count()
    if not count:
        return None
    examples = (
        tuple(_example(obj, slug) for obj in rows.select_related().order_by("pk")[:EXAMPLES])
        if named
        else ()
    )
    return Dependents(counted(key, model, count), count, examples)


def _generic_references() -> list[tuple[type[models.Model], GenericForeignKey]]:
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.private_fields
        if isinstance(field, GenericForeignKey)
    ]


def plan_deletion(obj: models.Model, *, user: Any, slug: str) -> DeletionPlan:
    root_model = type(obj)
    cascade: dict[type[models.Model], Q] = {}
    blocking: dict[str, tuple[type[models.Model], Q]] = {}
    unlinked: dict[str, tuple[type[models.Model], Q]] = {}
    frontier: list[tuple[type[models.Model], Any]] = [
        (root_model, _rows(root_model, user).filter(pk=obj.pk))
    ]
    for _depth in range(MAX_DEPTH):
        reached: dict[type[models.Model], Q] = {}
        for parent, parent_rows in frontier:
            for relation in parent._meta.related_objects:
                if relation.many_to_many:  # only the link rows go; the other side stays
                    continue
                child = relation.related_model
                assert isinstance(child, type)
                condition = Q(**{f"{relation.field.name}__in": parent_rows.values("pk")})
                on_delete = relation.on_delete
                key = f"{model_key(child)}.{relation.field.name}"
                if on_delete is models.CASCADE:
                    reached[child] = reached.get(child, Q(pk__in=[])) | condition
                elif on_delete in (models.PROTECT, models.RESTRICT):
                    found = blocking.get(key, (child, Q(pk__in=[])))[1]
                    blocking[key] = (child, found | condition)
                elif on_delete is models.SET_NULL:
                    found = unlinked.get(key, (child, Q(pk__in=[])))[1]
                    unlinked[key] = (child, found | condition)
        frontier = []
        for child, condition in reached.items():
            cascade[child] = cascade.get(child, Q(pk__in=[])) | condition
            frontier.append((child, _rows(child, user).filter(condition)))
        if not frontier:
            break

    def rows_of(model: type[models.Model], condition: Q) -> Any:
        rows = _rows(model, user).filter(condition)
        return rows.exclude(pk=obj.pk) if model is root_model else rows

    going = [(root_model, _rows(root_model, user).filter(pk=obj.pk))] + [
        (model, rows_of(model, condition)) for model, condition in cascade.items()
    ]
    referring: dict[type[models.Model], Q] = {}
    for model, field in _generic_references():
        for target, rows in going:
            condition = Q(
                **{
                    field.ct_field: ContentType.objects.get_for_model(target),
                    f"{field.fk_field}__in": rows.values("pk"),
                }
            )
            referring[model] = referring.get(model, Q(pk__in=[])) | condition

    def listed(
        items: Iterable[tuple[str, type[models.Model], Q]], *, named: bool
    ) -> tuple[Dependents, ...]:
        found = (
            _dependents(key, model, rows_of(model, condition), slug, named=named)
            for key, model, condition in items
        )
        return tuple(group for group in found if group is not None)

    return DeletionPlan(
        deleted_with_it=listed(((model_key(m), m, c) for m, c in cascade.items()), named=False),
        blocking=listed(((k, m, c) for k, (m, c) in blocking.items()), named=True),
        unlinked=listed(((k, m, c) for k, (m, c) in unlinked.items()), named=False),
        referring=listed(((model_key(m), m, c) for m, c in referring.items()), named=True),
    )


def plan_from_refusal(error: Any, *, slug: str) -> DeletionPlan:
    """The rows the ORM named when it refused a deletion (``ProtectedError``)."""
    by_model: dict[type[models.Model], list[models.Model]] = {}
    for obj in error.protected_objects if hasattr(error, "protected_objects") else []:
        by_model.setdefault(type(obj), []).append(obj)
    blocking = tuple(
        Dependents(
            counted(model_key(model), model, len(objs)),
            len(objs),
            tuple(_example(obj, slug) for obj in objs[:EXAMPLES]),
        )
        for model, objs in by_model.items()
    )
    return DeletionPlan(deleted_with_it=(), blocking=blocking, unlinked=(), referring=())
