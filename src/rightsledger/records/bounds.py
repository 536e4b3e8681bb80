"""How many of one kind a single record may hold: its names, family links, places.

A person with 50,000 names is not a person but an attack: writing them held the database's
write lock for minutes, and so did deleting them, while every other user's write failed.
These bounds are checked where such rows are made one by one (the models' ``clean``, which
every action runs) and, for lists sent at once, before anything is written (the API's
serializers, the web's forms), each with a message naming the limit.  Bulk writes of list
rows are not bounded here: one row gives a person one name.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

MAX_NAMES_PER_PERSON = 100
MAX_RELATIONSHIPS_PER_PERSON = 200
MAX_NAMES_PER_PLACE = 100
MAX_PLACES_PER_EVENT = 500

TOO_MANY_NAMES = _("A person can have at most %(num)d names.")
TOO_MANY_RELATIONSHIPS = _("A person can have at most %(num)d family links.")
TOO_MANY_PLACE_NAMES = _("A place can have at most %(num)d names.")
TOO_MANY_PLACES = _("An event can have at most %(num)d places.")


def limit_message(message: Any, limit: int) -> Any:
    """``message`` for ``limit``, translated when shown (not when a module is imported)."""
    return lazy(lambda: str(message) % {"num": limit}, str)()


def refuse_one_more(existing: QuerySet[Any], limit: int, message: Any, field: str) -> None:
    """Refuse adding a row to ``existing`` (the rows of one record) when it is full."""
    if existing.count() >= limit:
        raise ValidationError({field: message % {"num": limit}})


def refuse_beyond(count: int, limit: int, message: Any, field: str) -> None:
    if count > limit:
        raise ValidationError({field: message % {"num": limit}})
