"""Errors every layer may raise and every surface answers the same way."""

from __future__ import annotations


class ServiceUnavailable(Exception):
    """A service the request needs (the evidence store's disk or bucket) failed: nothing was
    recorded, and trying again later may succeed (answered 503, not as the user's fault)."""


class InputError(ValueError):
    """What was given (a file, a value, a setting of a request) cannot be used; the message
    names the problem. It is the user's to mend, so it is shown as its message alone: a
    traceback is for the code's own faults."""
