"""FAISS index files: build by size, save atomically, load with integrity checks.

The FAISS file is derived data: every vector also lives in SQLite, so the index can always be
rebuilt without re-embedding. Vector ids in FAISS are the `vectors.id` primary keys.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.config import IndexConfig
from index.errors import CorpusError

INDEX_FILE = "vectors.faiss"
INDEX_META_FILE = "vectors.json"


@dataclass(frozen=True)
class IndexMeta:
    """What vectors.json records about the FAISS file beside it."""

    generation: int
    count: int
    index_type: str
    dimension: int
    sha256: str


def build_index(vectors: np.ndarray, ids: np.ndarray, config: IndexConfig, dimension: int):
    """A FAISS inner-product index over L2-normalised `vectors`, type chosen by size."""
    import faiss

    kind = config.resolved_index_type(len(ids))
    if kind == "flat":
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
    elif kind == "hnsw":
        base = faiss.IndexHNSWFlat(dimension, config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = config.hnsw_ef_construction
        base.hnsw.efSearch = config.hnsw_ef_search
        index = faiss.IndexIDMap(base)
    else:
        nlist = max(1, min(int(4 * np.sqrt(len(ids))), len(ids) // 39))
        quantizer = faiss.IndexFlatIP(dimension)
        base = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
        base.train(np.ascontiguousarray(vectors, dtype=np.float32))
        base.nprobe = min(config.ivf_nprobe, nlist)
        index = faiss.IndexIDMap(base)
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
    return index, kind


def index_kind(index) -> str:
    """The type name recorded for an index built by build_index."""
    import faiss

    inner = faiss.downcast_index(index.index) if hasattr(index, "index") else index
    if isinstance(inner, faiss.IndexHNSWFlat):
        return "hnsw"
    if isinstance(inner, faiss.IndexIVF):
        return "ivf"
    return "flat"


def save_index(directory: Path, index, generation: int, dimension: int) -> IndexMeta:
    """Write the index and its meta file atomically: a crash leaves the old pair or the new one."""
    import faiss

    directory = Path(directory)
    data = faiss.serialize_index(index).tobytes()
    meta = IndexMeta(generation=generation, count=int(index.ntotal), index_type=index_kind(index),
                     dimension=dimension, sha256=hashlib.sha256(data).hexdigest())
    _write_atomic(directory / INDEX_FILE, data)
    _write_atomic(directory / INDEX_META_FILE, json.dumps(meta.__dict__, indent=1).encode())
    return meta


def load_index(directory: Path, config: IndexConfig):
    """Read and verify the FAISS file; returns (index, meta) or raises CorpusError naming the file."""
    import faiss

    directory = Path(directory)
    path, meta_path = directory / INDEX_FILE, directory / INDEX_META_FILE
    try:
        meta = IndexMeta(**json.loads(meta_path.read_text()))
    except (OSError, ValueError, TypeError) as exc:
        raise CorpusError(f"{meta_path} is missing or unreadable ({exc.__class__.__name__}); "
                          "run `claimdiff index rebuild` to re-create the index from stored vectors") from None
    try:
        data = path.read_bytes()
    except OSError:
        raise CorpusError(f"{path} is missing; run `claimdiff index rebuild` to re-create it "
                          "from stored vectors") from None
    if hashlib.sha256(data).hexdigest() != meta.sha256:
        raise CorpusError(f"{path} is truncated or corrupted (checksum mismatch); run "
                          "`claimdiff index rebuild` to re-create it from stored vectors")
    try:
        index = faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8))
    except RuntimeError:
        raise CorpusError(f"{path} cannot be read by FAISS; run `claimdiff index rebuild`") from None
    configure_search(index, config)
    return index, meta


def configure_search(index, config: IndexConfig) -> None:
    """Apply query-time parameters (efSearch, nprobe) that FAISS does not persist reliably."""
    import faiss

    inner = faiss.downcast_index(index.index) if hasattr(index, "index") else index
    if isinstance(inner, faiss.IndexHNSWFlat):
        inner.hnsw.efSearch = config.hnsw_ef_search
    elif isinstance(inner, faiss.IndexIVF):
        inner.nprobe = min(config.ivf_nprobe, inner.nlist)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
