"""A deterministic stand-in embedder for store logic that does not depend on meaning."""
from __future__ import annotations

import hashlib

import numpy as np


class HashEmbedder:
    """Vectors from a hash of the text: equal texts give equal vectors, nothing more."""

    model_id = "all-MiniLM-L6-v2"
    backend = "onnx"
    dimension = 16

    def __init__(self):
        self.calls: list[list[str]] = []

    def embed(self, texts, progress: bool = False) -> np.ndarray:
        texts = list(texts)
        self.calls.append(texts)
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(" ".join(text.split()).encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(rows), self.dimension)
