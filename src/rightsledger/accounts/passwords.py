"""Password rules beyond Django's own validators (configured in AUTH_PASSWORD_VALIDATORS)."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class UserNameInPasswordValidator:
    """Refuses a password that contains the user name or a part of it.

    Django's UserAttributeSimilarityValidator compares the whole password with the name and
    lets "ownerowner" or "owner2024!" through for the user "owner": the ratio of a repeated
    or padded name to the name is too low.  Parts shorter than ``min_part`` characters are
    ignored ("al" is in too many passwords to mean anything).
    """

    def __init__(self, min_part: int = 3) -> None:
        self.min_part = min_part

    def validate(self, password: str, user: Any = None) -> None:
        username = user.get_username() if user is not None else ""
        if not username:
            return
        folded = password.casefold()
        name = username.casefold()
        parts = {name, *re.split(r"[\W_]+", name)}
        if any(len(part) >= self.min_part and part in folded for part in parts):
            raise ValidationError(
                _("The password contains the user name."), code="password_contains_username"
            )

    def get_help_text(self) -> str:
        return _("Your password cannot contain your user name.")
