"""A parsed name: its parts as written, and the comparison forms derived from them.

The forms are computed when first asked for: linkage reads the keys, search the folds,
and neither pays for the other.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from rightsledger.analysis.names.keys import (
    initial_class,
    initial_letter,
    initial_letters,
    name_key,
    surname_key,
    surname_readings,
)
from rightsledger.analysis.names.scripts import Script, detect_script
from rightsledger.analysis.names.translit import fold, skeleton
from rightsledger.analysis.names.words import abbreviated

__all__ = ["NameOrder", "ParsedName"]


class NameOrder(enum.StrEnum):
    SURNAME_FIRST = "surname_first"
    """Official order in Azerbaijan, Russia and Armenia: Əliyev Həsən Əli oğlu."""
    GIVEN_FIRST = "given_first"
    """Western or informal order: Hasan Aliyev, Гасан Алиевич Алиев."""
    UNKNOWN = "unknown"


_Value = TypeVar("_Value")
_UNSET = object()


class _CachedProperty(Generic[_Value]):
    """``functools.cached_property`` as Python 3.12 has it, without a lock.

    Python 3.11's takes a lock, shared by every instance, on the first read of each form
    of each name, and linkage reads ten forms of every distinct name of its lists: for
    40,000 parsed names whose keys were cached, 0.53-0.91 s with the lock, 0.41-0.44 s
    without.  The forms are computed from immutable parts, so two threads that compute
    one at once compute the same value."""

    def __init__(self, func: Callable[[Any], _Value]) -> None:
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        cache = instance.__dict__
        value = cache.get(self.attrname, _UNSET)
        if value is _UNSET:
            value = cache[self.attrname] = self.func(instance)
        return value


if TYPE_CHECKING or sys.version_info >= (3, 12):
    cached_form = functools.cached_property
else:
    cached_form = _CachedProperty


@functools.lru_cache(maxsize=200_000)
def _join_fold(text: str, script: Script) -> str:
    return "".join(fold(word, script) for word in text.replace("-", " ").split())


@functools.lru_cache(maxsize=200_000)
def _join_key(text: str, script: Script) -> str:
    words = text.replace("-", " ").split()
    return skeleton(words[-1], script) if words else ""


@dataclasses.dataclass(frozen=True)
class ParsedName:
    """A name split into its parts, originals kept, with derived comparison forms.

    ``given``, ``surname`` and ``patronymic`` keep the original spelling; ``father`` is the
    father's given name that the patronymic is formed from ("Əli" for "Əli oğlu", "Али"
    for "Алиевич").  ``*_fold`` are cross-script comparison forms, ``*_key`` blocking keys.
    ``*_canon`` are linkage keys (:mod:`keys`): empty where the list gave only an initial;
    ``*_initial`` the initial class of the given or father's name, full or abbreviated,
    ``*_initials`` every initial class it may be abbreviated to in another list;
    ``given_as_surname`` the given name keyed as a surname, to see names read in the
    wrong order (Khalilov Bayram read as given name Khalilov).
    """

    original: str
    script: Script
    order: NameOrder
    given: str
    surname: str
    patronymic: str
    father: str
    sex: str | None

    def _script_of(self, part: str) -> Script:
        # A name in Azerbaijani Latin is read so in every part (Əli oğlu's "Ali" too).
        return self.script if self.script is Script.LATIN_AZERBAIJANI else detect_script(part)

    @cached_form
    def given_fold(self) -> str:
        return _join_fold(self.given, self._script_of(self.given))

    @cached_form
    def surname_fold(self) -> str:
        return _join_fold(self.surname, self._script_of(self.surname))

    @cached_form
    def father_fold(self) -> str:
        return _join_fold(self.father, self._script_of(self.father))

    @cached_form
    def given_key(self) -> str:
        return _join_key(self.given, self._script_of(self.given))

    @cached_form
    def surname_key(self) -> str:
        return _join_key(self.surname, self._script_of(self.surname))

    @cached_form
    def father_key(self) -> str:
        return _join_key(self.father, self._script_of(self.father))

    @cached_form
    def given_canon(self) -> str:
        if abbreviated(self.given):
            return ""
        return name_key(self.given, self._script_of(self.given))

    @cached_form
    def given_as_surname(self) -> str:
        if abbreviated(self.given):
            return ""
        return surname_key(self.given, self._script_of(self.given))

    @cached_form
    def surname_canon(self) -> str:
        return surname_key(self.surname, self._script_of(self.surname))

    @cached_form
    def surname_readings(self) -> str:
        """Other keys the surname may stand for if its ending carries a slip, space
        separated (:func:`keys.surname_readings`): which one it is, the list decides."""
        return " ".join(surname_readings(self.surname, self._script_of(self.surname)))

    @cached_form
    def father_canon(self) -> str:
        if abbreviated(self.father):
            return ""
        return name_key(self.father, self._script_of(self.father))

    @cached_form
    def given_initial(self) -> str:
        return initial_class(self.given, self._script_of(self.given)) if self.given else ""

    @cached_form
    def father_initial(self) -> str:
        return initial_class(self.father, self._script_of(self.father)) if self.father else ""

    @cached_form
    def given_initials(self) -> str:
        """The first letters of every initial the given name may be abbreviated to in
        another list (see :func:`keys.initial_letters`); for an initial, its own letter."""
        return self._initials(self.given, self.given_canon)

    @cached_form
    def father_initials(self) -> str:
        return self._initials(self.father, self.father_canon)

    def _initials(self, text: str, key: str) -> str:
        if not text:
            return ""
        script = self._script_of(text)
        return initial_letters(text, script) if key else initial_letter(text, script)

    @property
    def folded_tokens(self) -> tuple[str, ...]:
        """The folds of given name, surname and father's name, sorted: order-free form."""
        return tuple(sorted(f for f in (self.given_fold, self.surname_fold, self.father_fold) if f))
