"""Relational fields that only ever resolve to objects the requesting user may see."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


class RestrictedPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """An id of a record in a case the user can view; any other id is "does not exist".

    The same-case rule (no links across dossiers) is enforced by the model's ``clean``.
    """

    def get_queryset(self) -> Any:
        queryset: Any = super().get_queryset()
        request = self.context.get("request")
        if request is None or not hasattr(queryset, "restrict"):
            return queryset.none() if hasattr(queryset, "none") else queryset
        return queryset.restrict(request.user, "view")


class CaseSlugField(serializers.SlugRelatedField):
    """The case by slug, among the cases where the user holds ``permission``."""

    def __init__(self, permission: str = "change", **kwargs: Any) -> None:
        from rightsledger.cases.models import Case

        self.permission = permission
        kwargs.setdefault("slug_field", "slug")
        if not kwargs.get("read_only"):
            kwargs.setdefault("queryset", Case.objects.all())
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> Any:
        # A NUL cannot be in a slug, and PostgreSQL refuses to even compare text holding one.
        if isinstance(data, str) and "\x00" in data:
            self.fail("does_not_exist", slug_name=self.slug_field, value=data.replace("\x00", ""))
        return super().to_internal_value(data)

    def get_queryset(self) -> Any:
        request = self.context.get("request")
        queryset: Any = super().get_queryset()
        if request is None:
            return queryset.none()
        return queryset.restrict(request.user, self.permission)
