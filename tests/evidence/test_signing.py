"""Sealing a chain head with Ed25519; storing RFC 3161 tokens that cover it."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rightsledger.cases.history import chain_key
from rightsledger.evidence import signing
from rightsledger.evidence.models import ChainSeal
from rightsledger.evidence.verify import verify


def test_a_sealed_head_verifies_and_a_forged_one_does_not(case: Any) -> None:
    key = Ed25519PrivateKey.generate()
    seal = signing.seal_chain(chain_key(case), key)
    assert signing.check_seal(seal) is None
    statement = signing.head_statement(seal.chain, seal.sequence, seal.entry_hash)
    # What a third party does with the exported head and the public key:
    key.public_key().verify(bytes.fromhex(seal.signature), statement)
    ChainSeal.objects.filter(pk=seal.pk).update(sequence=1, entry_hash="0" * 64)
    assert [p.kind for p in verify(case).problems] == ["seal"]


def test_timestamp_request_and_token(case: Any) -> None:
    seal = signing.seal_chain(chain_key(case), Ed25519PrivateKey.generate())
    statement = signing.head_statement(seal.chain, seal.sequence, seal.entry_hash)
    request = signing.timestamp_request(statement)
    assert request[:2] == b"\x30\x39"
    assert request.endswith(b"\x01\x01\xff")
    # A token carries the message imprint; a real one also carries the TSA's signature.
    token = b"\x30\x82\x01\x00" + request[5:56] + b"\x00" * 20
    signing.add_timestamp_token(seal, token, "Example TSA")
    assert signing.check_seal(seal) is None
    import pytest

    with pytest.raises(ValueError, match="does not time-stamp"):
        signing.add_timestamp_token(seal, b"\x30\x03\x04\x01\x00")
