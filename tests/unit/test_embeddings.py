"""Tests of the two embedding tiers (detectors.embeddings).

The fast model is taken from (or, on a fresh machine, built once into) the default model dir,
``$DRIFTLINE_MODEL_DIR`` or ``~/.cache/driftline/models``; the build (distil + calibrate) takes
~1-2 min on an idle machine here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detectors.embeddings import (
    FAST_MODEL_NAME,
    MAX_CONTENT_TOKENS,
    MAX_TEXT_CHARS,
    Embedder,
    ModelNotBuiltError,
    dequantize_embeddings,
    load_embedder,
    quantize_embeddings,
)
from detectors.embeddings.calibrate import default_corpus_path
from detectors.embeddings.distill import RECIPE_VERSION, default_source_model_path, distill_table
from detectors.embeddings.static import StaticEmbedder, save_static_model
from detectors.model_store import BuildInfo, artifact_dir, build_atomically, file_sha256, read_manifest, verify_artifact
from schemas.errors import ConfigError

# One hundred hand-written sentences, five per topic, in the register of LLM-app traffic.
SENTENCES = [
    # customer support
    "I was charged twice for my subscription this month, can you refund one of the payments?",
    "My order arrived with a cracked screen and I would like a replacement.",
    "How do I change the email address linked to my account?",
    "The support agent promised a callback yesterday but nobody phoned me.",
    "Please cancel my plan at the end of the current billing period.",
    # programming
    "Why does my Python script raise a KeyError when the dictionary clearly has that key?",
    "Write a SQL query that returns the ten customers with the highest total spend.",
    "The React component re-renders every time the parent state changes.",
    "How can I speed up a slow pandas groupby over fifty million rows?",
    "Explain the difference between a mutex and a semaphore in operating systems.",
    # cooking
    "What can I cook tonight with chickpeas, spinach and a can of coconut milk?",
    "My sourdough loaf came out dense and flat, what went wrong with the starter?",
    "How long should I roast a whole chicken at two hundred degrees?",
    "Give me a vegetarian lasagna recipe that feeds six people.",
    "Is it safe to eat rice that was left out on the counter overnight?",
    # travel
    "What documents do I need to travel from Canada to Japan for two weeks?",
    "Suggest a three day itinerary for Lisbon on a modest budget.",
    "My connecting flight in Frankfurt was cancelled and the airline offers no hotel.",
    "Which neighbourhoods in Mexico City are pleasant to stay in for a first visit?",
    "Is the night train from Vienna to Venice comfortable for sleeping?",
    # health
    "I have had a dull headache behind my eyes for three days, should I worry?",
    "How much water should an adult drink during a hot summer day?",
    "What are common side effects of starting a new blood pressure medication?",
    "Can stretching before running really prevent knee injuries?",
    "My child has a fever of thirty nine degrees and a rash on her arms.",
    # personal finance
    "Should I pay off my student loan early or invest the money in an index fund?",
    "Explain how compound interest works using a simple example.",
    "What is the difference between a Roth IRA and a traditional IRA?",
    "How much of my salary should I keep in an emergency savings account?",
    "My credit score dropped fifty points after I closed an old credit card.",
    # sports
    "Who won the football match between Arsenal and Liverpool last weekend?",
    "How should a beginner train for a first marathon in sixteen weeks?",
    "The referee's decision to disallow the late goal caused outrage among fans.",
    "Explain the offside rule in ice hockey to someone new to the sport.",
    "Which tennis player has won the most Grand Slam titles in history?",
    # weather and climate
    "Will it rain in Seattle tomorrow afternoon?",
    "A severe thunderstorm warning has been issued for the coastal counties tonight.",
    "Why are heat waves becoming more frequent in southern Europe?",
    "How do meteorologists predict the path of a hurricane?",
    "The snowfall this winter was the heaviest the valley has seen in decades.",
    # music
    "Recommend some jazz albums for someone who loves Miles Davis.",
    "How do I tune a guitar to drop D without an electronic tuner?",
    "The orchestra's performance of Mahler's fifth symphony was breathtaking.",
    "What chords make a song sound melancholic rather than cheerful?",
    "Our band needs a bass player for gigs on Friday nights.",
    # science
    "Why is the sky blue during the day but red at sunset?",
    "Explain how CRISPR gene editing cuts and repairs DNA.",
    "What would happen to the tides if the Moon were twice as far away?",
    "The experiment measured a tiny deviation in the muon's magnetic moment.",
    "How do vaccines train the immune system to recognise a virus?",
    # history
    "What were the main causes of the First World War?",
    "Describe daily life in ancient Rome for an ordinary citizen.",
    "Why did the Byzantine Empire last so much longer than the Western Roman Empire?",
    "The printing press transformed how ideas spread across Renaissance Europe.",
    "Summarise the events that led to the fall of the Berlin Wall.",
    # law
    "Can my landlord keep my deposit for normal wear and tear on the carpet?",
    "What should I do if I receive a cease and desist letter about my website?",
    "Is a verbal agreement legally binding when selling a used car?",
    "Explain the difference between a misdemeanour and a felony.",
    "My employer has not paid me for the overtime hours I worked in March.",
    # education
    "How can I help my teenager stay motivated to study for exams?",
    "Create a lesson plan that introduces fractions to nine year olds.",
    "What are good strategies for memorising vocabulary in a new language?",
    "The university raised tuition fees by eight percent this year.",
    "Grade this essay on the causes of climate change and suggest improvements.",
    # pets
    "My dog keeps barking at the postman every single morning.",
    "How often should I feed a three month old kitten?",
    "Is it normal for a rabbit to stop eating for a whole day?",
    "What is the best way to introduce a new cat to my older cat?",
    "The vet said my parrot needs more fresh vegetables in its diet.",
    # gardening
    "When should I plant tomato seedlings outside in a cold climate?",
    "The leaves on my basil plant are turning yellow and drooping.",
    "How do I start a compost heap in a small urban backyard?",
    "Which flowers attract bees and butterflies to a balcony garden?",
    "Prune the apple tree in late winter before the buds open.",
    # cars
    "My car makes a grinding noise whenever I press the brake pedal.",
    "Is it worth buying an electric car if I mostly drive short distances?",
    "How often should the engine oil be changed on a diesel hatchback?",
    "The dashboard warning light for tyre pressure will not turn off.",
    "Compare the running costs of a hybrid and a petrol sedan over five years.",
    # films and tv
    "Recommend a thriller series similar to Breaking Bad.",
    "The film's ending left the audience arguing about what really happened.",
    "Who composed the soundtrack for the movie Interstellar?",
    "Write a short review of a romantic comedy set in Paris.",
    "Which streaming service has the best collection of classic westerns?",
    # shopping
    "Find me a waterproof hiking jacket under one hundred and fifty dollars.",
    "Is this laptop discount on Black Friday actually a good deal?",
    "The shoes I ordered online are half a size too small.",
    "Compare the two vacuum cleaners on suction power and noise level.",
    "Where can I buy second hand furniture in good condition nearby?",
    # security
    "I received an email asking me to verify my bank password through a link.",
    "How do I set up two factor authentication on my work account?",
    "Our server logs show thousands of failed SSH login attempts overnight.",
    "Explain how ransomware encrypts files and how to protect backups.",
    "Someone used my stolen credit card number to buy electronics abroad.",
    # space
    "How long would it take to travel to Mars with current rockets?",
    "The telescope captured images of a galaxy formed shortly after the Big Bang.",
    "Why does the International Space Station need regular orbit boosts?",
    "What are the chances of finding life on Jupiter's moon Europa?",
    "Astronauts grow lettuce in a small chamber aboard the station.",
]

# (anchor, paraphrase, unrelated): the paraphrase must be the nearer of the two.
PARAPHRASE_TRIPLES = [
    (
        "How do I reset my password?",
        "I forgot my login password, how can I change it?",
        "What is the capital city of Australia?",
    ),
    (
        "The flight was delayed by three hours because of fog.",
        "Fog held our plane on the ground for three hours.",
        "Add two cups of flour and stir until smooth.",
    ),
    (
        "Can you summarise this quarterly earnings report?",
        "Please give me a short summary of the company's results for the quarter.",
        "My cat sleeps on the windowsill all afternoon.",
    ),
    (
        "The patient complains of chest pain and shortness of breath.",
        "He reports pain in his chest and has trouble breathing.",
        "The football team signed a new striker yesterday.",
    ),
    (
        "Translate this paragraph into Spanish.",
        "Please put this text into Spanish for me.",
        "The server crashed after the latest deployment.",
    ),
    (
        "Our database queries became very slow after the upgrade.",
        "Since we upgraded, SQL queries take much longer to run.",
        "Which wine goes well with grilled salmon?",
    ),
    (
        "I want to cancel my subscription.",
        "Please stop my membership and end the recurring payments.",
        "Volcanic eruptions can cool the global climate.",
    ),
    (
        "The kids loved the new playground in the park.",
        "The children had great fun on the park's new play area.",
        "Interest rates were raised by a quarter point.",
    ),
]


@pytest.fixture(scope="session")
def fast() -> Embedder:
    return load_embedder("fast")


@pytest.fixture(scope="session")
def quality() -> Embedder:
    import torch

    torch.set_num_threads(2)
    return load_embedder("quality")


@pytest.fixture(params=["fast", "quality"])
def embedder(request: pytest.FixtureRequest) -> Embedder:
    return request.getfixturevalue(request.param)


def _cosines(x: np.ndarray) -> np.ndarray:
    return (x @ x.T)[np.triu_indices(len(x), k=1)]


# --- interface, shape, normalisation ---------------------------------------------------------


def test_tiers_satisfy_the_protocol(fast: Embedder, quality: Embedder) -> None:
    assert isinstance(fast, Embedder) and isinstance(quality, Embedder)
    assert (fast.name, fast.dim) == (FAST_MODEL_NAME, 256)
    assert (quality.name, quality.dim) == ("all-MiniLM-L6-v2", 384)


def test_rows_are_float32_unit_norm(embedder: Embedder) -> None:
    out = embedder.encode(SENTENCES[:20])
    assert out.dtype == np.float32
    assert out.shape == (20, embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)


def test_empty_batch(embedder: Embedder) -> None:
    assert embedder.encode([]).shape == (0, embedder.dim)


def test_zero_token_text_gives_zero_row(embedder: Embedder) -> None:
    out = embedder.encode(["", "   \n\t", "a real sentence"])
    assert not out[:2].any()
    assert np.linalg.norm(out[2]) == pytest.approx(1.0, abs=1e-5)


def test_fast_tier_skips_unknown_tokens(fast: Embedder) -> None:
    out = fast.encode(["\U0001f642\U0001f642", "good morning \U0001f642", "good morning"])
    assert not out[0].any()
    np.testing.assert_array_equal(out[1], out[2])


def test_non_string_input_is_rejected(fast: Embedder) -> None:
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        fast.encode(["fine", 3])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        fast.encode("a single string")


# --- determinism and order ---------------------------------------------------------------------


def test_repeatable_and_independent_of_a_fresh_load(fast: Embedder) -> None:
    first = fast.encode(SENTENCES)
    np.testing.assert_array_equal(first, fast.encode(SENTENCES))
    reloaded = StaticEmbedder.load(artifact_dir(FAST_MODEL_NAME))
    np.testing.assert_array_equal(first, reloaded.encode(SENTENCES))


def test_rows_follow_input_order_across_batches(embedder: Embedder) -> None:
    # Lengths vary a lot, so the quality tier's longest-first sorting really reorders.
    texts = [SENTENCES[0], "short", " ".join(SENTENCES[1:3]), "", SENTENCES[7], "ok then", SENTENCES[9] * 2]
    together = embedder.encode(texts, batch_size=3)
    one_by_one = np.vstack([embedder.encode([t]) for t in texts])
    np.testing.assert_allclose(together, one_by_one, atol=2e-5)
    perm = np.array([6, 2, 0, 5, 3, 1, 4])
    permuted = embedder.encode([texts[i] for i in perm], batch_size=2)
    np.testing.assert_allclose(permuted, together[perm], atol=2e-5)


def test_distillation_is_deterministic_and_skips_unused_tokens() -> None:
    source = default_source_model_path()
    a = distill_table(source, dims=16, token_limit=300)
    b = distill_table(source, dims=16, token_limit=300)
    assert a.embeddings.shape == (30522, 16)
    assert a.embeddings.tobytes() == b.embeddings.tobytes()
    unused = a.tokenizer.token_to_id("[unused5]")
    assert not a.embeddings[unused].any()
    assert a.embeddings[a.tokenizer.token_to_id("[UNK]")].any()


# --- truncation ---------------------------------------------------------------------------------


def test_both_tiers_keep_exactly_the_first_254_tokens(embedder: Embedder) -> None:
    assert MAX_CONTENT_TOKENS == 254
    # "apple" and "banana" are single WordPiece tokens: `head` is exactly 254 tokens.
    head = ["apple"] * 253 + ["banana"]
    tail_a = " car" * 40
    tail_b = " ocean storm" * 40
    out = embedder.encode([" ".join(head) + tail_a, " ".join(head) + tail_b, " ".join(head[:-1]) + tail_b])
    np.testing.assert_allclose(out[0], out[1], atol=1e-6)  # differences after token 254 are ignored
    assert np.abs(out[0] - out[2]).max() > 1e-4  # token 254 itself still counts (noise is ~1e-7)


def test_character_cut_before_tokenising(fast: Embedder) -> None:
    # Spaces make no tokens, so only the character cut can drop "ignored" here.
    text = " " * (MAX_TEXT_CHARS - 4) + "tail ignored"
    out = fast.encode([text, "tail", "tail ignored"])
    np.testing.assert_array_equal(out[0], out[1])
    assert float(out[0] @ out[2]) < 0.999


# --- semantics ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("anchor", "paraphrase", "unrelated"), PARAPHRASE_TRIPLES)
def test_paraphrase_ranks_above_unrelated(embedder: Embedder, anchor: str, paraphrase: str, unrelated: str) -> None:
    # Margins measured: uncalibrated table >= 0.31, MiniLM >= 0.59; a random table fails 3 of 8, a row-permuted one 4.
    a, p, u = embedder.encode([anchor, paraphrase, unrelated])
    assert float(a @ p) > float(a @ u) + 0.15


def test_fast_tier_cosines_track_minilm(fast: Embedder, quality: Embedder) -> None:
    # Pearson r of the 4,950 pairwise cosines. These sentences are never used to build or tune the
    # model. Measured: 0.645 for the calibrated table (recipe 2); 0.441 uncalibrated (recipe 1, and
    # model2vec's own distill()); 0.14 for a random table. Other held-out sets: 0.59-0.64
    # (bench/eval_embeddings.py, docs/embeddings.md), hence the margin. 0.8 is not reached.
    static = _cosines(fast.encode(SENTENCES))
    minilm = _cosines(quality.encode(SENTENCES))
    assert len(static) == 4950
    r = float(np.corrcoef(static, minilm)[0, 1])
    assert r >= 0.58, f"Pearson r of pairwise cosines static vs MiniLM = {r:.3f}"


def test_default_fast_model_is_calibrated(fast: Embedder) -> None:
    details = (read_manifest(artifact_dir(FAST_MODEL_NAME)) or {})["details"]
    assert details["recipe_version"] == RECIPE_VERSION
    assert details["calibration"]["corpus_texts"] > 2000
    assert details["calibration"]["corpus_sha256"] == file_sha256(default_corpus_path())


def test_static_model_loads_in_model2vec_and_agrees(fast: Embedder) -> None:
    model2vec = pytest.importorskip("model2vec")
    theirs = model2vec.StaticModel.from_pretrained(str(artifact_dir(FAST_MODEL_NAME))).encode(SENTENCES[:30])
    np.testing.assert_allclose(fast.encode(SENTENCES[:30]), theirs, atol=1e-3)


# --- storage encoding ---------------------------------------------------------------------------


def test_int8_storage_preserves_cosines(embedder: Embedder) -> None:
    x = embedder.encode(SENTENCES)
    q = quantize_embeddings(x)
    assert q.dtype == np.int8 and q.shape == x.shape
    assert (np.abs(q.astype(np.int16)).max(axis=1) == 127).all()
    err = np.abs(_cosines(dequantize_embeddings(q)) - _cosines(x))
    assert err.max() < 0.01, err.max()


def test_int8_keeps_zero_rows() -> None:
    q = quantize_embeddings(np.zeros((2, 4), dtype=np.float32))
    assert not q.any()
    assert not dequantize_embeddings(q).any()


# --- loading ------------------------------------------------------------------------------------


def test_load_embedder_caches_and_validates(fast: Embedder, tmp_path: Path) -> None:
    assert load_embedder("fast") is fast
    with pytest.raises(ValueError, match="valid: 'fast', 'quality'"):
        load_embedder("slow")  # type: ignore[arg-type]
    with pytest.raises(ModelNotBuiltError, match=r"python -m detectors\.embeddings build"):
        load_embedder("fast", model_dir=tmp_path, build_if_missing=False)
    with pytest.raises(ConfigError, match="not a local directory"):
        load_embedder("quality", model_path=tmp_path / "nope")


def test_custom_static_model_round_trip(tmp_path: Path) -> None:
    table = distill_table(default_source_model_path(), dims=16, token_limit=400)

    def build(out: Path) -> BuildInfo:
        save_static_model(out, table.embeddings, table.tokenizer, name="tiny-16")
        return BuildInfo(source="test", details={"dims": 16})

    out = build_atomically(tmp_path / "tiny", build)
    assert verify_artifact(out)
    emb = load_embedder("fast", model_path=out)
    assert (emb.name, emb.dim) == ("tiny-16", 16)
    vectors = emb.encode(["a b c !", "the"])  # single characters are distilled, "the" (id 1996) is not
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-5)
    assert not vectors[1].any()
    (out / "model.safetensors").write_bytes(b"corrupt")
    assert not verify_artifact(out)
