"""Forms about accounts and case membership (these look users up; the views never do)."""

from __future__ import annotations

import secrets
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordChangeForm
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.actions import create_case, remove_membership, set_membership
from rightsledger.cases.models import Case, Membership
from rightsledger.cases.roles import Role
from rightsledger.cases.users import change_password, create_user
from rightsledger.web.forms.base import AccessibleFormMixin, CaseForm


class NewCaseForm(AccessibleFormMixin, forms.Form):
    name = forms.CharField(label=_("Name"), max_length=300)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.describe_fields()

    def write(self) -> Case:
        return create_case(
            name=self.cleaned_data["name"], description=self.cleaned_data["description"],
            owner=self.user,
        )  # fmt: skip


class PasswordForm(AccessibleFormMixin, PasswordChangeForm):
    """Django's checks (old password, validators); the change goes through the action."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def write(self) -> Any:
        change_password(
            user=self.user, password=self.cleaned_data["new_password1"], acting_user=self.user
        )
        return self.user


class MemberForm(CaseForm):
    username = forms.CharField(label=_("User name"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.VIEWER)

    def clean_username(self) -> Any:
        username = self.cleaned_data["username"].strip()
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise forms.ValidationError(
                _("No account with this name. An administrator can create one first.")
            )
        return user

    def write(self) -> Model:
        return set_membership(
            case=self.case, user=self.cleaned_data["username"], role=self.cleaned_data["role"],
            acting_user=self.user,
        )  # fmt: skip


class RoleForm(CaseForm):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership

    def write(self) -> Model:
        return set_membership(
            case=self.case, user=self.membership.user, role=self.cleaned_data["role"],
            acting_user=self.user,
        )  # fmt: skip


class RemoveMemberForm(CaseForm):
    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.membership = membership

    def write(self) -> Membership:
        remove_membership(membership=self.membership, acting_user=self.user)
        return self.membership


def temporary_password() -> str:
    return secrets.token_urlsafe(12)


class InviteForm(AccessibleFormMixin, forms.Form):
    """An administrator creates an account with a temporary password shown once."""

    username = forms.CharField(label=_("User name"), max_length=150)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.password = temporary_password()
        self.describe_fields()

    def clean_username(self) -> str:
        username: str = self.cleaned_data["username"].strip()
        if get_user_model().objects.filter(username=username).exists():
            raise forms.ValidationError(_("An account with this name exists already."))
        return username

    def write(self) -> Any:
        return create_user(
            username=self.cleaned_data["username"], password=self.password, acting_user=self.user
        )


def all_accounts() -> list[Any]:
    """Every account, for administrators (user accounts are not case-scoped records)."""
    return list(get_user_model().objects.order_by("username"))
