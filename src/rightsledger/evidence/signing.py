"""Sealing chain heads: an Ed25519 signature by the institution, and RFC 3161 time stamps.

The signed statement is small canonical JSON naming the chain, its length and its last
hash.  A third party holding the institution's public key checks it with any Ed25519 tool
(``openssl pkeyutl -verify -rawin``); anyone holding the exported history then checks that
the chain ends in that hash.  Time-stamp tokens from a time-stamp authority are stored as
received; we check that the token covers the statement's SHA-256 (the message imprint) but
do not contact any authority.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from rightsledger.cases.history import canonical_json
from rightsledger.cases.models import ChainHead, HistoryEntry
from rightsledger.evidence.models import ChainSeal

SHA256_OID_DER = bytes.fromhex("0609608648016503040201")


def head_statement(chain: str, sequence: int, entry_hash: str) -> bytes:
    return canonical_json(
        {"system": "rightsledger", "chain": chain, "sequence": sequence, "entry_hash": entry_hash}
    )


def load_signing_key(pem: str | None = None) -> Any:
    """The institution's key from RIGHTSLEDGER_SIGNING_KEY (or its _FILE), as PEM."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    pem = pem or getattr(settings, "SIGNING_KEY", None)
    if not pem:
        raise ImproperlyConfigured("RIGHTSLEDGER_SIGNING_KEY (or _FILE) is not set")
    try:
        key = load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, UnicodeError) as exc:
        raise ImproperlyConfigured(f"RIGHTSLEDGER_SIGNING_KEY is not a PEM key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("RIGHTSLEDGER_SIGNING_KEY is not an Ed25519 private key")
    return key


def public_key_hex(key: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def seal_chain(chain: str, key: Any) -> ChainSeal:
    head = ChainHead.objects.get(key=chain)
    statement = head_statement(chain, head.sequence, head.entry_hash)
    return ChainSeal.objects.create(
        chain=chain, sequence=head.sequence, entry_hash=head.entry_hash,
        sealed_at=dt.datetime.now(tz=dt.UTC).replace(microsecond=0),
        public_key=public_key_hex(key), signature=key.sign(statement).hex(),
    )  # fmt: skip


def check_seal(seal: ChainSeal) -> str | None:
    """None if the seal holds; otherwise what is wrong with it."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    statement = head_statement(seal.chain, seal.sequence, seal.entry_hash)
    entry = HistoryEntry.objects.filter(chain=seal.chain, sequence=seal.sequence).first()
    if entry is None or entry.entry_hash != seal.entry_hash:
        return "the sealed entry is missing or its hash changed"
    if seal.signature:
        try:
            public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(seal.public_key))
            public.verify(bytes.fromhex(seal.signature), statement)
        except (InvalidSignature, ValueError):
            return "signature does not verify"
    if seal.timestamp_token and not token_covers(bytes(seal.timestamp_token), statement):
        return "time-stamp token does not cover the sealed statement"
    return None


def timestamp_request(statement: bytes) -> bytes:
    """A DER TimeStampReq (RFC 3161 §2.4.1) for the statement's SHA-256, asking for the cert."""
    digest = hashlib.sha256(statement).digest()
    algorithm = _der(0x30, SHA256_OID_DER + b"\x05\x00")
    imprint = _der(0x30, algorithm + _der(0x04, digest))
    return _der(0x30, b"\x02\x01\x01" + imprint + b"\x01\x01\xff")


def token_covers(token: bytes, statement: bytes) -> bool:
    # The token's TSTInfo carries the message imprint verbatim; its signature is the TSA's
    # to check with the TSA's certificate (outside this system, e.g. `openssl ts -verify`).
    digest = hashlib.sha256(statement).digest()
    return _der(0x04, digest) in token


def add_timestamp_token(seal: ChainSeal, token: bytes, authority: str = "") -> ChainSeal:
    statement = head_statement(seal.chain, seal.sequence, seal.entry_hash)
    if not token_covers(token, statement):
        raise ValueError("the token does not time-stamp this chain head")
    seal.timestamp_token = token
    seal.timestamp_authority = authority[:300]
    seal.save(update_fields=["timestamp_token", "timestamp_authority"])
    return seal


def _der(tag: int, content: bytes) -> bytes:
    length = len(content)
    if length < 0x80:
        return bytes([tag, length]) + content
    size = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content
