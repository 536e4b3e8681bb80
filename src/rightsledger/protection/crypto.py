"""Keys, encryption of protected identities, and pseudonyms."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class ProtectionKeyMissing(ImproperlyConfigured):
    pass


def _keys() -> list[str]:
    keys = list(getattr(settings, "PROTECTION_KEYS", []))
    if not keys:
        raise ProtectionKeyMissing(
            "protected identities need RIGHTSLEDGER_PROTECTION_KEY (or _FILE): "
            "a Fernet key, e.g. from `python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'`"
        )
    return keys


def _fernet() -> Any:
    from cryptography.fernet import Fernet, MultiFernet

    # The first key encrypts; all of them decrypt, so keys can be rotated.
    return MultiFernet([Fernet(key.encode("ascii")) for key in _keys()])


def encrypt_identity(identity: dict[str, Any]) -> str:
    data = json.dumps(identity, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return str(_fernet().encrypt(data).decode("ascii"))


def decrypt_identity(ciphertext: str) -> dict[str, Any]:
    from cryptography.fernet import InvalidToken

    try:
        data = _fernet().decrypt(ciphertext.encode("ascii"))
    except InvalidToken as exc:
        raise ProtectionKeyMissing(
            "this identity was encrypted with a key that is not configured"
        ) from exc
    result: dict[str, Any] = json.loads(data)
    return result


def pseudonym(case_id: int, person_id: int) -> str:
    """A stable pseudonym: HMAC of the person's id under a key derived from the protection key.

    Stable for a person (same id, same key), unlinkable across installations with other
    keys, and it reveals nothing about the name.
    """
    secret = hashlib.sha256(b"rightsledger-pseudonym:" + _keys()[-1].encode("ascii")).digest()
    mac = hmac.new(secret, f"{case_id}:{person_id}".encode(), hashlib.sha256).digest()
    code = base64.b32encode(mac[:8]).decode("ascii").rstrip("=")
    return f"Protected person {code[:4]}-{code[4:8]}"
