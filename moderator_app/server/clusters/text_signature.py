"""Near-identical text: MinHash signatures of a listing's 5-grams, and the LSH index over them.

Both come from ``datasketch`` (MinHash with the "affine32" permutation scheme, MinHash LSH). The
text is the title and description folded as the text screening folds them (case, accents,
look-alike letters, invisible characters), with every digit read as ``#`` (a template keeps
matching when its prices, sizes or phone numbers change) and runs of anything but letters and
digits read as one space. Its 5-grams (overlapping 5-character pieces) form the set; texts with
fewer than MIN_SHINGLES of them are too short to call near-identical ("Très bon état") and get no
signature. Shingles are hashed with CRC-32 (stable across processes and Python versions, so a
stored signature stays comparable), which MinHash mixes before permuting.
"""

from __future__ import annotations

import re
import threading
import zlib
from functools import lru_cache

import numpy as np

from moderator_app.screening.text.char_folding import fold_text

NUM_PERM = 128
SHINGLE = 5
MIN_SHINGLES = 40
SEED = 1
_SCHEME = "affine32"
_SEPARATORS = re.compile(r"[^0-9a-z]+")
_DIGITS = re.compile(r"[0-9]")
_lock = threading.Lock()
_permutations = None


def normalized_text(title: str, description: str) -> str:
    folded, _ = fold_text(f"{title}\n{description}".lower())
    return _SEPARATORS.sub(" ", _DIGITS.sub("#", folded.lower())).strip()


def shingles(text: str) -> set[bytes]:
    return {text[i : i + SHINGLE].encode("utf-8") for i in range(len(text) - SHINGLE + 1)}


def _minhash_class():
    from datasketch import MinHash  # imported on first use: it pulls in SciPy

    return MinHash


def _shared_permutations():
    global _permutations
    if _permutations is None:
        with _lock:
            if _permutations is None:
                _permutations = _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme=_SCHEME).permutations
    return _permutations


def signature(title: str, description: str) -> np.ndarray | None:
    """The text's MinHash signature (uint32[NUM_PERM]), or None when it is too short."""
    grams = shingles(normalized_text(title, description))
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = _minhash_class()(
        num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, permutations=_shared_permutations(), scheme=_SCHEME
    )
    minhash.update_batch(list(grams))
    return minhash.hashvalues.astype(np.uint32)


def to_bytes(values: np.ndarray) -> bytes:
    return values.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray | None:
    values = np.frombuffer(data, dtype="<u4")
    return values.astype(np.uint32) if len(values) == NUM_PERM else None


class LshIndex:
    """Makes MinHash LSH indexes for one similarity threshold (datasketch picks the bands)."""

    def __init__(self, threshold: float) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH
        self.threshold = threshold
        tuned = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)  # datasketch's optimal bands
        self.params = (tuned.b, tuned.r)

    def new(self):
        return self._lsh(num_perm=NUM_PERM, params=self.params)

    def minhash(self, values: np.ndarray):
        return _minhash_class()(
            num_perm=NUM_PERM,
            seed=SEED,
            hashvalues=values,
            permutations=_shared_permutations(),
            scheme=_SCHEME,
            hashfunc=zlib.crc32,
        )


@lru_cache(maxsize=8)
def lsh_index(threshold: float) -> LshIndex:
    return LshIndex(threshold)
