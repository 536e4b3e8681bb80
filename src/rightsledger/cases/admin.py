"""Admin for cases and memberships; every save still goes through the actions."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from rightsledger.cases.actions import (
    create_object,
    delete_object,
    remove_membership,
    set_membership,
    update_object,
)
from rightsledger.cases.models import Case, Membership


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "created_at"]
    search_fields = ["name", "slug"]

    def save_model(self, request: HttpRequest, obj: Case, form: Any, change: bool) -> None:
        fields = {f: form.cleaned_data[f] for f in form.changed_data}
        if change:
            update_object(Case.objects.get(pk=obj.pk), acting_user=request.user, **fields)
        else:
            saved = create_object(
                Case,
                acting_user=request.user,
                **{k: getattr(obj, k) for k in ("slug", "name", "description")},
            )
            obj.pk = saved.pk

    def delete_model(self, request: HttpRequest, obj: Case) -> None:
        delete_object(obj, acting_user=request.user)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["case", "user", "role"]
    list_filter = ["role"]

    def save_model(self, request: HttpRequest, obj: Membership, form: Any, change: bool) -> None:
        saved = set_membership(
            case=obj.case, user=obj.user, role=obj.role, acting_user=request.user
        )
        obj.pk = saved.pk

    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        remove_membership(membership=obj, acting_user=request.user)
