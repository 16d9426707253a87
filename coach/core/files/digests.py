"""Hashes without loading OpenSSL: SHA-256 to name cached files, BLAKE2 for cache keys.

``hashlib`` loads OpenSSL (libcrypto: about 3.5 MiB resident) the moment it is imported, and
Limber only hashes a few short keys. CPython builds both in: SHA-256 (``_sha256`` up to 3.11,
``_sha2`` from 3.12; the digest is the same, so the names of files cached before stay valid)
and BLAKE2 (``_blake2``). ``hashlib`` is the fallback for an interpreter built without them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import blake2b

__all__ = ["blake2b", "sha256_hex"]


def _builtin_sha256() -> Callable[[bytes], Any]:
    try:
        module = importlib.import_module("_sha2")  # Python 3.12 and later
    except ImportError:
        try:
            module = importlib.import_module("_sha256")  # Python 3.11
        except ImportError:  # pragma: no cover - an interpreter built without them
            from hashlib import sha256

            return sha256
    found: Callable[[bytes], Any] = module.sha256
    return found


_sha256 = _builtin_sha256()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in hexadecimal, as ``hashlib.sha256(data).hexdigest()``."""
    digest: str = _sha256(data).hexdigest()
    return digest
