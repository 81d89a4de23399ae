"""Generate ``data/embeddings/calibration.txt``: the training text of the fast embedding's linear map.

The static table's sentence vectors are mapped onto all-MiniLM-L6-v2's by a ridge regression fitted
on this corpus at build time (see ``detectors/embeddings/calibrate.py``). Training text only: the
held-out evaluation (``bench/eval_embeddings.py``) uses other sources (other packages' docstrings,
documentation files, the unit tests' hand-written sentences) and never this file.

Sources, deterministic for the pinned package versions (fixed seed):

* **templated LLM-app traffic** — user requests and assistant replies from the frames and topic
  vocabularies below (slot-filled, so the vocabulary is varied while the register is conversational);
* **toxicity training texts** (:data:`TOXICITY_FILES`) and the PII development texts
  (``data/pii/dev.src.txt``, markup stripped) — chat-like text already in the repo;
* **docstring sentences** of a fixed list of installed packages (technical prose).

Run::

    .venv/bin/python scripts/build_embedding_corpus.py           # writes the file
    .venv/bin/python scripts/build_embedding_corpus.py --check   # exits 1 if the file is stale
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from embedding_text import docstring_sentences

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "data" / "embeddings" / "calibration.txt"
SEED = 20261123
TEMPLATED = 1500
REPO_TEXTS = 700
#: Packages whose docstrings train the map; bench/eval_embeddings.py holds out other packages.
TRAIN_PACKAGES = (
    "torch", "transformers", "sklearn", "scipy", "numpy", "networkx", "river", "mypy", "pip",
    "faust", "spacy", "pydantic", "huggingface_hub", "rich", "click", "idlelib", "email",
    "logging", "asyncio", "thinc", "requests", "unittest",
)  # fmt: skip
PER_PACKAGE = 60
#: The toxicity training files the committed corpus was drawn from (pinned: that directory grows).
TOXICITY_FILES = (
    "train_eval2.jsonl",
    "train_generated.jsonl",
    "train_handwritten.jsonl",
    "train_handwritten_extra.jsonl",
    "train_handwritten_v3.jsonl",
)

# topic -> (things, actions, problems)
TOPICS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "billing": (
        [
            "my invoice",
            "the annual subscription",
            "a duplicate charge",
            "the refund",
            "my credit card on file",
            "the premium plan",
            "a promo code",
            "the trial period",
        ],
        [
            "cancel my subscription",
            "get a refund",
            "update my payment method",
            "download last year's invoices",
            "switch to monthly billing",
        ],
        ["was charged twice", "shows the wrong amount", "never arrived", "was declined at checkout"],
    ),
    "account": (
        [
            "my password",
            "two-factor authentication",
            "the login page",
            "my username",
            "the verification email",
            "my profile picture",
            "the account settings",
        ],
        [
            "reset my password",
            "delete my account",
            "change my email address",
            "turn off notifications",
            "merge two accounts",
        ],
        ["keeps rejecting my code", "is locked after too many attempts", "will not load", "never reached my inbox"],
    ),
    "shipping": (
        [
            "my parcel",
            "the tracking number",
            "the courier",
            "the return label",
            "a damaged package",
            "express delivery",
            "the customs form",
        ],
        ["track my order", "return a broken item", "change the delivery address", "arrange a pickup"],
        ["is stuck in transit", "arrived damaged", "was left at the wrong house", "is three weeks late"],
    ),
    "python": (
        [
            "a list comprehension",
            "the asyncio event loop",
            "a virtual environment",
            "a decorator",
            "this traceback",
            "a dataclass",
            "the import error",
            "type hints",
            "a generator function",
        ],
        [
            "read a large CSV file",
            "parallelise this loop",
            "write a unit test for this function",
            "profile my script",
            "package my library",
            "parse command line arguments",
        ],
        ["raises an exception", "runs out of memory", "hangs forever", "is painfully slow"],
    ),
    "web": (
        [
            "the React component",
            "a REST endpoint",
            "the CSS grid",
            "a CORS error",
            "the login form",
            "server-side rendering",
            "the browser cache",
            "a websocket connection",
        ],
        [
            "center a div",
            "deploy the frontend",
            "handle form validation",
            "lazy load images",
            "paginate the API results",
        ],
        ["renders twice", "returns a 500 error", "breaks on mobile", "times out after thirty seconds"],
    ),
    "databases": (
        [
            "the SQL query",
            "a composite index",
            "the migration",
            "a foreign key",
            "the connection pool",
            "a deadlock",
            "the query planner",
            "a materialized view",
        ],
        [
            "speed up this join",
            "back up the database",
            "remove duplicate rows",
            "shard the orders table",
            "write a query for monthly revenue",
        ],
        ["locks the whole table", "returns duplicate rows", "takes minutes to run", "fails on production"],
    ),
    "devops": (
        [
            "the Kubernetes pod",
            "the Docker image",
            "our CI pipeline",
            "the load balancer",
            "a TLS certificate",
            "the Terraform plan",
            "the nginx config",
            "disk usage on the server",
        ],
        [
            "roll back the deployment",
            "rotate the secrets",
            "set up monitoring alerts",
            "shrink the image size",
            "autoscale the workers",
        ],
        ["keeps restarting", "expired last night", "fails on the build step", "fills up every week"],
    ),
    "machine learning": (
        [
            "the training loss",
            "a confusion matrix",
            "the learning rate",
            "an embedding model",
            "the validation set",
            "gradient boosting",
            "a transformer model",
            "class imbalance",
        ],
        [
            "tune the hyperparameters",
            "fine-tune a language model",
            "detect overfitting",
            "explain the predictions",
            "deploy the model",
        ],
        ["stops decreasing", "overfits badly", "predicts the same class", "drifted after the update"],
    ),
    "cooking": (
        [
            "the risotto",
            "a pie crust",
            "this curry",
            "homemade pasta",
            "the roast beef",
            "a lemon tart",
            "fermented kimchi",
            "the bread dough",
            "a vegan chili",
        ],
        [
            "substitute eggs in baking",
            "make a quick weeknight dinner",
            "thicken a sauce",
            "store fresh herbs",
            "cook rice without a rice cooker",
        ],
        ["turned out soggy", "is far too salty", "did not rise", "burned on the bottom"],
    ),
    "travel": (
        [
            "my passport",
            "the boarding pass",
            "a hostel in Prague",
            "the train to Kyoto",
            "travel insurance",
            "a layover in Dubai",
            "the rental car",
            "a visa on arrival",
        ],
        [
            "plan a week in Portugal",
            "pack for a ski trip",
            "find cheap flights",
            "get around Tokyo",
            "travel with a toddler",
        ],
        ["was cancelled", "expires next month", "got lost at the airport", "was overbooked"],
    ),
    "health": (
        [
            "my sprained ankle",
            "seasonal allergies",
            "the flu vaccine",
            "a migraine",
            "my blood test results",
            "lower back pain",
            "trouble sleeping",
            "high cholesterol",
        ],
        [
            "improve my sleep",
            "lower my blood pressure",
            "start running safely",
            "eat more protein",
            "manage stress at work",
        ],
        ["has lasted two weeks", "gets worse at night", "came back after treatment", "will not go away"],
    ),
    "finance": (
        [
            "my retirement savings",
            "an index fund",
            "the mortgage rate",
            "my tax return",
            "a budget spreadsheet",
            "credit card debt",
            "the stock market",
            "an emergency fund",
        ],
        [
            "pay off debt faster",
            "start investing with little money",
            "file my taxes",
            "save for a house deposit",
            "compare two loans",
        ],
        ["keeps growing", "looks wrong", "dropped sharply", "was rejected by the bank"],
    ),
    "legal": (
        [
            "my tenancy agreement",
            "the employment contract",
            "a non-compete clause",
            "small claims court",
            "the privacy policy",
            "a copyright notice",
            "the warranty",
        ],
        ["break my lease early", "dispute a parking fine", "write a cease and desist letter", "understand this clause"],
        ["seems unfair", "was ignored by the landlord", "expired without notice", "contradicts the law"],
    ),
    "education": (
        [
            "my thesis",
            "the calculus exam",
            "a literature review",
            "the essay prompt",
            "photosynthesis",
            "the French revolution",
            "quadratic equations",
            "my study schedule",
        ],
        [
            "summarise this chapter",
            "prepare for the exam",
            "cite sources in APA style",
            "explain it to a ten year old",
            "write a lesson plan",
        ],
        ["makes no sense to me", "is due tomorrow", "got a failing grade", "is too long"],
    ),
    "writing": (
        [
            "a cover letter",
            "the wedding speech",
            "a product description",
            "this paragraph",
            "a short story",
            "the newsletter",
            "a haiku about autumn",
            "a LinkedIn post",
        ],
        [
            "make this sound more professional",
            "shorten this email",
            "fix the grammar",
            "write a catchy headline",
            "translate this into Spanish",
        ],
        ["sounds too formal", "is far too long", "reads awkwardly", "lacks a clear point"],
    ),
    "home": (
        [
            "the leaking tap",
            "a mouldy bathroom wall",
            "the heating system",
            "my tomato plants",
            "the lawn",
            "a squeaky door",
            "the washing machine",
            "solar panels",
        ],
        ["unclog a drain", "paint a room", "grow herbs indoors", "lower my energy bill", "fix a wobbly table"],
        ["keeps dripping", "smells of damp", "stopped working", "turned yellow"],
    ),
    "pets": (
        [
            "my puppy",
            "the cat litter",
            "an aquarium filter",
            "my rabbit",
            "dog food",
            "the vet bill",
            "flea treatment",
            "a parrot",
        ],
        ["house train a puppy", "introduce two cats", "trim a dog's nails", "choose a pet insurance"],
        ["will not stop barking", "stopped eating", "scratches the furniture", "seems lethargic"],
    ),
    "sports": (
        [
            "the marathon training plan",
            "my golf swing",
            "the football season",
            "a tennis serve",
            "the swimming technique",
            "a climbing route",
            "the league table",
        ],
        ["improve my stamina", "warm up properly", "choose running shoes", "learn to swim freestyle"],
        ["hurts my knee", "has plateaued", "was postponed", "feels inconsistent"],
    ),
    "science": (
        [
            "black holes",
            "the speed of light",
            "DNA replication",
            "plate tectonics",
            "quantum entanglement",
            "the immune system",
            "climate change",
            "the periodic table",
        ],
        [
            "explain how vaccines work",
            "describe the water cycle",
            "compare mitosis and meiosis",
            "estimate the age of the universe",
        ],
        ["confuses me", "seems to contradict itself", "is hard to measure", "is still debated"],
    ),
    "entertainment": (
        [
            "the final season",
            "a board game for four players",
            "the concert tickets",
            "a podcast about history",
            "the video game",
            "a mystery novel",
            "the film soundtrack",
        ],
        ["recommend a movie for tonight", "find a book like this one", "plan a game night", "learn the guitar"],
        ["was disappointing", "sold out in minutes", "keeps crashing", "ended on a cliffhanger"],
    ),
    "work": (
        [
            "my performance review",
            "the project deadline",
            "a difficult coworker",
            "the team meeting",
            "a salary negotiation",
            "the quarterly report",
            "remote work",
        ],
        [
            "ask for a raise",
            "run a better meeting",
            "prioritise my tasks",
            "give constructive feedback",
            "prepare for a job interview",
        ],
        ["went badly", "keeps slipping", "takes up my whole day", "was cancelled again"],
    ),
    "cars": (
        [
            "the check engine light",
            "my electric car",
            "the brake pads",
            "winter tyres",
            "the car battery",
            "an oil change",
            "the insurance claim",
        ],
        ["jump start a car", "compare electric and hybrid cars", "sell my old car", "plan a road trip"],
        ["makes a grinding noise", "drains overnight", "came on this morning", "was denied"],
    ),
}

USER_FRAMES = [
    "How do I {action}?",
    "Can you help me {action}?",
    "What is the easiest way to {action}?",
    "I need to {action} before Friday, where do I start?",
    "{Thing} {problem}, what should I do?",
    "Help! {Thing} {problem}.",
    "Explain {thing} to me like I am a beginner.",
    "What are the pros and cons of {thing}?",
    "Give me three tips about {thing}.",
    "Is it normal that {thing} {problem}?",
    "Write a short paragraph about {thing}.",
    "I tried to {action} but {thing} {problem}.",
    "Compare {thing} and {other} for me.",
    "hey quick question, how to {action}",
    "{thing} {problem} again and I am really frustrated",
    "Thanks, that worked. Now how do I {action}?",
    "Summarise the main points about {thing} in two sentences.",
]

ASSISTANT_FRAMES = [
    "To {action}, start with the basics and take it one step at a time.",
    "Sure! Here is how to {action}: first check {thing}, then follow the steps below.",
    "When {thing} {problem}, the most common cause is a simple setting that was changed.",
    "I'm sorry to hear that {thing} {problem}. Let's try a few things to fix it.",
    "{Thing} is worth understanding well; in short, it depends on your situation.",
    "There are three main points about {thing}: cost, effort and the risks involved.",
    "If you want to {action}, compare {thing} with {other} before you decide.",
    "Unfortunately I can't do that for you, but I can explain how to {action} yourself.",
    "Great question. {Thing} often confuses people at first.",
    "Here is a short summary: {thing} matters most when you need to {action}.",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def templated(rng: random.Random, n: int) -> list[str]:
    """``n`` slot-filled user requests and assistant replies over :data:`TOPICS`."""
    names = sorted(TOPICS)
    out: list[str] = []
    while len(out) < n:
        things, actions, problems = TOPICS[rng.choice(names)]
        thing, other = rng.sample(things, 2)
        problem = rng.choice(problems)
        frame = rng.choice(USER_FRAMES if rng.random() < 0.6 else ASSISTANT_FRAMES)
        text = frame.format(
            action=rng.choice(actions),
            thing=thing,
            Thing=_cap(thing),
            other=other,
            problem=problem,
        )
        out.append(_cap(text))
    return out


def repo_texts(rng: random.Random, n: int) -> list[str]:
    """Chat-like texts already in the repo: toxicity training rows and PII dev texts (markup stripped).

    The committed corpus is what the model is built from; if these source files change later,
    ``--check`` reports the corpus stale but the committed file stays valid training text.
    """
    texts: list[str] = []
    for name in TOXICITY_FILES:
        path = REPO / "data" / "toxicity" / name
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in (REPO / "data" / "pii" / "dev.src.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            line = re.sub(r"\[\[[A-Z_]+\|([^\]]*)\]\]", r"\1", line)
            line = re.sub(r"\{\{\w+\|([^}]*)\}\}", r"\1", line)
            texts.append(re.sub(r"%\{[^}]*\}", "1234", line))
    texts = sorted(set(texts))
    rng.shuffle(texts)
    return texts[:n]


def docstrings(rng: random.Random) -> list[str]:
    """:data:`PER_PACKAGE` docstring sentences from each of :data:`TRAIN_PACKAGES`."""
    out: list[str] = []
    for package in TRAIN_PACKAGES:
        sentences = docstring_sentences(package)
        rng.shuffle(sentences)
        out += sentences[:PER_PACKAGE]
    return out


def build() -> str:
    """The corpus file's contents: one text per line, deduplicated, in a seeded random order."""
    rng = random.Random(SEED)
    texts = templated(rng, TEMPLATED) + repo_texts(rng, REPO_TEXTS) + docstrings(rng)
    unique = sorted({" ".join(t.split()) for t in texts if t.strip()})
    rng.shuffle(unique)
    header = "# Training text for the fast embedding's linear map; generated by scripts/build_embedding_corpus.py.\n"
    return header + "".join(t + "\n" for t in unique)


def main() -> int:
    """Write (or ``--check``) the corpus file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    args = parser.parse_args()
    content = build()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.is_file() else ""
        if current != content:
            print(f"{OUT} is stale; rerun scripts/build_embedding_corpus.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(content, encoding="utf-8")
    print(f"wrote {OUT}: {content.count(chr(10)) - 1} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
