"""API tokens (Django REST framework's, one per user)."""

from __future__ import annotations

from typing import Any

from rest_framework.authtoken.models import Token


def api_token_for(user: Any) -> str:
    """The user's API token, made on first use.

    Account credentials, not a record of any case: no history entry is written.
    """
    token, _created = Token.objects.get_or_create(user=user)
    return str(token.key)
