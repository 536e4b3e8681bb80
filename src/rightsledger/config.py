"""Strict configuration from the environment.

Every setting that can come from the environment is read here, once, and a value that
cannot be understood stops the program with ImproperlyConfigured naming the variable —
a misconfigured deployment must never start half-working.  Secrets may be given as
``NAME_FILE`` pointing at a file, so they need not live in the process environment.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    """A string setting; ``NAME_FILE`` (a path) takes precedence over ``NAME``."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE: cannot read {file_path!r}: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of true/false/1/0/yes/no, got {raw!r}")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {raw!r}") from exc
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: set[str]) -> str:
    raw = os.environ.get(name, default)
    if raw not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {sorted(choices)}, got {raw!r}")
    return raw


def env_s3_url(name: str) -> tuple[str, str] | None:
    """``s3://bucket/some/prefix`` → (bucket, ``some/prefix/``); None when unset."""
    raw = env_str(name)
    if not raw:
        return None
    if not raw.startswith("s3://"):
        raise ImproperlyConfigured(f"{name} must look like s3://bucket/prefix, got {raw!r}")
    bucket, _, prefix = raw[len("s3://") :].partition("/")
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789.-")
    if not 3 <= len(bucket) <= 63 or not set(bucket) <= allowed:
        raise ImproperlyConfigured(
            f"{name}: {bucket!r} is not an S3 bucket name (3 to 63 of a-z, 0-9, '.', '-')"
        )
    prefix = prefix.strip("/")
    if any(part in {"", ".", ".."} for part in prefix.split("/")) and prefix:
        raise ImproperlyConfigured(f"{name}: the prefix {prefix!r} has an empty, . or .. part")
    return bucket, f"{prefix}/" if prefix else ""
