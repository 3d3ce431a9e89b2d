"""Deterministic random streams.

Every stream is derived from the run seed plus string keys (book id, file, row…), so changing
one book never shifts the randomness of another, and the same seed gives byte-identical output.
"""
from __future__ import annotations

import hashlib
from typing import Sequence, TypeVar

import numpy as np

T = TypeVar("T")


def _key_int(key: object) -> int:
    return int.from_bytes(hashlib.sha256(str(key).encode("utf-8")).digest()[:8], "little")


class Dice:
    """A numpy Generator with the few helpers the generator needs, derived from (seed, *keys)."""

    def __init__(self, seed: int, *keys: object) -> None:
        self.seed = seed
        self.keys = keys
        ss = np.random.SeedSequence(entropy=seed, spawn_key=tuple(_key_int(k) for k in keys))
        self.gen = np.random.Generator(np.random.PCG64(ss))

    def child(self, *keys: object) -> "Dice":
        """An independent stream for a sub-part (stable whatever else is drawn from this one)."""
        return Dice(self.seed, *self.keys, *keys)

    def uniform(self, lo: float, hi: float) -> float:
        return float(self.gen.uniform(lo, hi))

    def normal(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        return float(self.gen.normal(mu, sigma))

    def int(self, lo: int, hi: int) -> int:
        """Uniform integer in [lo, hi], both ends included."""
        return int(self.gen.integers(lo, hi + 1))

    def chance(self, p: float) -> bool:
        return bool(self.gen.random() < p)

    def choice(self, items: Sequence[T]) -> T:
        return items[int(self.gen.integers(0, len(items)))]

    def weighted(self, items: Sequence[T], weights: Sequence[float]) -> T:
        w = np.asarray(weights, dtype=np.float64)
        return items[int(self.gen.choice(len(items), p=w / w.sum()))]

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        idx = self.gen.choice(len(items), size=min(k, len(items)), replace=False)
        return [items[int(i)] for i in idx]

    def sign(self) -> int:
        return 1 if self.gen.random() < 0.5 else -1
