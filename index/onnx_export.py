"""A sentence-transformers model's transformer as an int8 ONNX file, exported once and cached.

The cache entry is named for the model's weights and the exporting library versions, so a new
model or a new torch/onnxruntime gives a new entry and a stale file is never used. An entry
appears only by an atomic rename of a finished directory; a lock file keeps concurrent first
uses from exporting twice.

Layout: `<cache>/onnx/<key>/model_int8.onnx` and `export.json` (what was exported, how, and how
long it took).
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from pathlib import Path

from index.errors import ModelError

#: Bump when the export code changes; QUANTIZATION is hashed into the cache key as well.
EXPORT_VERSION = 1
OPSET = 17
#: Dynamic int8 (weights per output channel, activations per tensor at run time). The FFN
#: up-projections stay fp32: with them in int8, the cosine to torch fp32 falls from min 0.989 to
#: 0.981 on our 201 news sentences, and a short text's vector moves more with its batch
#: companions (min cos 0.963 instead of 0.984), for ~8% more speed. Names match BERT-family exports.
QUANTIZATION = {"weight_type": "QInt8", "per_channel": True, "fp32_nodes_containing": ["/intermediate/dense/"]}
INT8_FILE = "model_int8.onnx"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
LOCK_TIMEOUT = 900.0  # seconds to wait for another process's export of the same model

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """`$CLAIMDIFF_CACHE`, else `~/.cache/claimdiff`."""
    return Path(os.environ.get("CLAIMDIFF_CACHE") or Path.home() / ".cache" / "claimdiff")


def weights_file(model_dir: Path) -> Path:
    """The transformer's weight file in a sentence-transformers model directory."""
    for name in WEIGHT_FILES:
        if (Path(model_dir) / name).is_file():
            return Path(model_dir) / name
    raise ModelError(f"model {str(model_dir)!r}: no {' or '.join(WEIGHT_FILES)} in it; "
                     "pass --model PATH to a complete local sentence-transformers model")


def cache_key(model_dir: Path) -> str:
    """Short hash of the weight file's bytes, the export settings and the torch/onnxruntime versions."""
    import onnxruntime
    from importlib.metadata import version

    h = hashlib.sha256()
    with open(weights_file(model_dir), "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    h.update(f"\0torch={version('torch')}\0onnxruntime={onnxruntime.__version__}\0export={EXPORT_VERSION}"
             f"\0opset={OPSET}\0{json.dumps(QUANTIZATION, sort_keys=True)}".encode())
    return h.hexdigest()[:20]


def ensure_onnx(model_dir: Path, cache_dir: Path | None = None) -> Path:
    """Path of the int8 ONNX export of `model_dir`'s transformer, exporting it on first use.

    Args:
        model_dir: a local sentence-transformers model directory (config.json and weights at its root).
        cache_dir: where exports are kept; default `$CLAIMDIFF_CACHE` or `~/.cache/claimdiff`.
    Returns:
        The path of `model_int8.onnx`: inputs input_ids, attention_mask (and token_type_ids when
        the model takes them), int64 [batch, sequence]; output last_hidden_state.
    Raises:
        ModelError: the model cannot be read or exported, or the cache cannot be written.
    """
    model_dir = Path(model_dir)
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    key = cache_key(model_dir)
    final = root / "onnx" / key
    if (final / INT8_FILE).is_file():
        return final / INT8_FILE
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ModelError(f"cannot create the ONNX cache {final.parent}: {e.strerror}; "
                         "set CLAIMDIFF_CACHE to a writable directory") from None
    with _FileLock(final.parent / f"{key}.lock", LOCK_TIMEOUT):
        if (final / INT8_FILE).is_file():  # another process finished while we waited
            return final / INT8_FILE
        for stale in final.parent.glob(f".{key}-*"):  # left by a killed export; we hold the lock
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=final.parent))
        try:
            os.chmod(tmp, 0o755)
            log.info("exporting %s to ONNX int8 in %s (once per model)", model_dir, final)
            info = _export(model_dir, tmp)
            (tmp / "export.json").write_text(json.dumps(info, indent=2) + "\n")
            if final.exists():  # a leftover without the int8 file: never complete, safe to drop
                shutil.rmtree(final)
            os.replace(tmp, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return final / INT8_FILE


def _export(model_dir: Path, out: Path) -> dict:
    """Export fp32 ONNX to `out/model.onnx`, quantise it to `out/model_int8.onnx`; return a summary."""
    import inspect

    import onnxruntime
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    started = time.perf_counter()
    try:
        with _quiet():
            model = AutoModel.from_pretrained(str(model_dir), dtype=torch.float32, attn_implementation="eager")
    except Exception as e:  # noqa: BLE001 - any loader failure is the same user problem
        raise ModelError(f"model {str(model_dir)!r}: transformers cannot load it for ONNX export "
                         f"({type(e).__name__}: {_first_line(e)}); use --backend torch") from None
    model.eval()
    names = ["input_ids", "attention_mask"]
    if "token_type_ids" in inspect.signature(model.forward).parameters and \
            getattr(model.config, "type_vocab_size", 0):
        names.append("token_type_ids")

    class _Encoder(torch.nn.Module):
        """The transformer with named inputs and only last_hidden_state as output."""

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, *inputs):
            return self.inner(**dict(zip(names, inputs))).last_hidden_state

    vocab = int(getattr(model.config, "vocab_size", 1000))
    ids = torch.randint(min(100, vocab - 1), vocab, (2, 16), generator=torch.Generator().manual_seed(0))
    mask = torch.ones_like(ids)
    mask[1, 10:] = 0
    sample = (ids, mask, torch.zeros_like(ids))[:len(names)]
    fp32 = out / "model.onnx"
    with torch.inference_mode(), _quiet():
        # The dynamo exporter needs onnxscript (not a dependency); the TorchScript one suffices here.
        torch.onnx.export(_Encoder(model), sample, str(fp32), input_names=names,
                          output_names=["last_hidden_state"], opset_version=OPSET, dynamo=False,
                          dynamic_axes={n: {0: "batch", 1: "sequence"} for n in names + ["last_hidden_state"]},
                          do_constant_folding=True)
    exported = time.perf_counter()
    # Per output channel: per-tensor weight scales drop the mean cosine to fp32 from 0.992 to 0.960
    # on MiniLM. Embedding tables (Gather) are quantised too, which costs no measurable accuracy.
    import onnx

    keep = [n.name for n in onnx.load(str(fp32), load_external_data=False).graph.node
            if n.op_type == "MatMul" and any(part in n.name for part in QUANTIZATION["fp32_nodes_containing"])]
    with _quiet():
        quantize_dynamic(fp32, out / INT8_FILE, weight_type=getattr(QuantType, QUANTIZATION["weight_type"]),
                         per_channel=QUANTIZATION["per_channel"], nodes_to_exclude=keep)
    fp32.unlink()
    done = time.perf_counter()
    return {"model_dir": str(model_dir.resolve()), "weights": weights_file(model_dir).name,
            "inputs": names, "opset": OPSET, "export_version": EXPORT_VERSION,
            "torch": torch.__version__, "onnxruntime": onnxruntime.__version__,
            "quantization": {**QUANTIZATION, "dynamic": True, "fp32_nodes": keep},
            "export_seconds": round(exported - started, 2), "quantize_seconds": round(done - exported, 2)}


@contextlib.contextmanager
def _quiet():
    """Silence tracer warnings, weight-loading bars and the quantiser's root-logger advice (a bare
    logging.warning would configure logging, which only the CLI may do)."""
    from transformers.utils import logging as hf_logging

    root = logging.getLogger()
    handler, level = logging.NullHandler(), root.level
    bars = hf_logging.is_progress_bar_enabled()
    root.addHandler(handler)
    root.setLevel(logging.ERROR)
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        if bars:
            hf_logging.enable_progress_bar()


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [""])[0][:200]


class _FileLock:
    """Exclusive advisory lock on a file; waits up to `timeout` seconds."""

    def __init__(self, path: Path, timeout: float):
        self.path, self.timeout = path, timeout
        self._fd: int | None = None

    def __enter__(self) -> "_FileLock":
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self._fd)
                    self._fd = None
                    raise ModelError(f"waited {self.timeout:.0f} s for another process exporting the "
                                     f"ONNX model ({self.path}); try again, or use --backend torch") from None
                time.sleep(0.2)

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
