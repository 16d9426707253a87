"""Digests for the start-up caches: what a cached result was computed by, and a hash that
loads no OpenSSL.

``hashlib`` loads OpenSSL (about 3.5 MiB) the moment it is imported, for a few keys at
start-up; BLAKE2 is built into CPython, so it is taken from there when it can be.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import coach

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import blake2b

__all__ = ["blake2b", "source_stamp"]


@cache
def source_stamp(modules: tuple[str, ...]) -> bytes:
    """A digest of these ``coach`` modules' source, so a cache made by other code is not
    used; the version alone when the source is not at hand (a frozen bundle), which is then
    what changes with the code."""
    digest = blake2b(coach.__version__.encode())
    folder = Path(coach.__file__).parent
    for name in modules:
        try:
            digest.update((folder / f"{name.replace('.', '/')}.py").read_bytes())
        except OSError:
            continue
    return digest.digest()
