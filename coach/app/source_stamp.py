"""What a start-up cache's result was computed by: a digest of the code that computed it.

(Hashed with :func:`coach.core.files.digests.blake2b`, which loads no OpenSSL.)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import coach
from coach.core.files.digests import blake2b

__all__ = ["source_stamp"]


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
