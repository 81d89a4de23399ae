"""Generate ``data/toxicity/train_generated.jsonl``: templated training examples plus noisy variants.

Training data only. The calibration set (``data/toxicity/calibration.jsonl``) and the held-out
evaluation sets (``eval.jsonl``, ``eval2.jsonl``) are written by hand, separately, and share no
template with this script; never generate calibration or evaluation data from here.

The output is deterministic (fixed seed), so re-running the script reproduces the committed file::

    .venv/bin/python scripts/generate_toxicity_train.py            # writes the file
    .venv/bin/python scripts/generate_toxicity_train.py --check    # exits 1 if the file is stale

What it writes:

* for every category, ``PER_CATEGORY`` sentences drawn from slot-filled templates below;
* noisy variants (typos, leetspeak, lower case without punctuation, stretched letters) of a random
  fifth of the hand-written training set (``train_handwritten.jsonl``) and of the templated sentences,
  so the scorer sees the spelling an LLM application actually receives.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data" / "toxicity"
OUT = DATA / "train_generated.jsonl"
SEED = 20261122
PER_CATEGORY = 70
NOISY_FRACTION = 0.2

TOXIC = ("insult", "threat", "identity_hate", "harassment", "self_harm")

# --- slot fillers ------------------------------------------------------------------------------
INSULT_ADJ = [
    "stupid", "pathetic", "worthless", "brainless", "useless", "disgusting", "ignorant", "clueless",
    "spineless", "miserable", "dumb", "idiotic", "repulsive", "incompetent", "ugly", "lazy", "smug",
    "fucking", "dense", "moronic",
]  # fmt: skip
INSULT_NOUN = [
    "idiot", "moron", "loser", "clown", "jerk", "fool", "imbecile", "creep", "scumbag", "halfwit",
    "dimwit", "waste of space", "piece of trash", "asshole", "dumbass", "buffoon", "cretin", "sack of crap",
    "bastard", "parasite", "nitwit", "prick",
]  # fmt: skip
PEOPLE = ["my boss", "my sister", "the new intern", "that reviewer", "your manager", "the guy at the desk", "she", "he"]
VIOLENT = [
    "kill", "stab", "shoot", "strangle", "beat", "hurt", "break", "burn", "choke", "bury", "cut", "smash",
    "gut", "drown", "torture",
]  # fmt: skip
WHEN = [
    "tonight",
    "tomorrow",
    "after school",
    "when you least expect it",
    "this weekend",
    "soon",
    "next time I see you",
    "",
]
CONDITIONS = [
    "If you tell anyone", "If you don't pay me back", "Say one more word and", "If you call the cops",
    "If you show up again", "If you leave me", "Keep posting that and", "If you testify",
]  # fmt: skip
GROUPS = [
    "Muslims", "Jews", "Christians", "Hindus", "immigrants", "refugees", "black people", "white people",
    "Asians", "Mexicans", "gay people", "lesbians", "trans people", "women", "men", "disabled people",
    "Arabs", "Africans", "the Irish", "Roma", "Chinese people", "Latinos", "old people", "foreigners",
    "Catholics", "atheists", "Indians", "Pakistanis", "Somalis", "Nigerians",
]  # fmt: skip
DEHUMANISING = [
    "vermin", "animals", "parasites", "subhuman", "a disease", "rats", "cockroaches", "savages",
    "a plague", "filth", "dirty and stupid", "criminals by nature", "genetically inferior",
    "a cancer on society", "not even human",
]  # fmt: skip
FATES = [
    "deported", "wiped out", "locked up", "banned from this country", "exterminated", "sterilised",
    "kicked out of every job", "driven out of town", "removed from society", "put in camps",
]  # fmt: skip
NEUTRAL_GROUP_FACTS = [
    "celebrate many holidays throughout the year", "are well represented in the tech workforce here",
    "have a long history in this city", "often face discrimination when looking for housing",
    "make up a growing share of small business owners", "contributed a lot to local music",
    "were the focus of the documentary we watched", "have their own community centre downtown",
    "are organising a food festival next month", "are underrepresented in parliament",
]  # fmt: skip
SELF_HARM_ACTS = [
    "kill yourself", "end your life", "hang yourself", "jump off a building", "slit your wrists",
    "overdose on your pills", "stop eating until you vanish", "cut yourself again", "just die",
    "off yourself", "drink yourself to death", "disappear for good",
]  # fmt: skip
SELF_HARM_REASONS = [
    "nobody would miss you", "you're a burden to everyone", "you'll never be good enough",
    "the world would be better without you", "no one even likes you", "you deserve it",
    "it's the only thing you'd do right", "your family would be relieved",
]  # fmt: skip
KILL_VERBS = ["kill", "terminate", "abort", "stop", "force-quit", "kill -9", "SIGKILL", "reap", "shut down", "nuke"]
PROC_NOUNS = [
    "process", "child process", "zombie process", "worker thread", "daemon", "background job",
    "container", "pod", "session", "query", "cron job", "subprocess", "runaway task", "parent process",
]  # fmt: skip
TECH_CONTEXT = [
    "on Ubuntu", "in Kubernetes", "from a bash script", "in Python", "without losing data", "on Windows",
    "when it hangs", "after a timeout", "in Go", "that ignores SIGTERM", "on macOS",
]  # fmt: skip
DIE_VERBS = ["dies", "crashes", "hangs", "gets killed", "is terminated", "aborts", "segfaults", "freezes"]
DRUGS = [
    "acetaminophen", "ibuprofen", "paracetamol", "aspirin", "melatonin", "lithium", "insulin", "caffeine",
    "diphenhydramine", "sertraline", "oxycodone", "iron supplements",
]  # fmt: skip
GAMES = ["Elden Ring", "Skyrim", "Minecraft", "Dark Souls", "Zelda", "Halo", "Diablo", "Baldur's Gate", "Terraria"]
MONSTERS = ["dragon", "final boss", "lich king", "giant spider", "troll", "zombie horde", "demon", "warlord"]
HERO_VERBS = ["slays", "stabs", "beheads", "burns"]
PRODUCTS = ["your app", "this update", "the new firmware", "the delivery service", "your support team", "this airline"]
BAD_ADJ = ["terrible", "unacceptable", "a complete mess", "infuriating", "ridiculous", "a disaster", "awful"]
INTERJECTIONS = ["Holy shit", "Damn", "Fuck yeah", "What the hell", "Shit", "Bloody hell", "Goddamn it", "Fucking hell"]
SITUATIONS = [
    "the build finally passed", "I missed the train again", "this cake is incredible", "my coffee is cold",
    "the game went to overtime", "it's snowing in April", "I got the job", "the wifi is down again",
]  # fmt: skip
POSITIVE_ADJ = [
    "brilliant", "kind", "thoughtful", "amazing", "helpful", "generous", "talented", "patient", "clever",
    "wonderful", "hilarious", "sweet", "awesome", "smart", "brave",
]  # fmt: skip
POSITIVE_NOUN = [
    "genius", "lifesaver", "legend", "star", "hero", "sweetheart", "champ", "gem", "rockstar",
    "wizard", "natural", "treasure", "good friend", "pro",
]  # fmt: skip
FRIENDLY_VERBS = ["hug", "call", "visit", "help", "thank", "meet", "pick up", "cheer on", "text", "surprise"]
SELF_CARE_ACTS = [
    "take a nap", "go for a walk", "call your mum", "drink some water", "take the day off",
    "treat yourself to dessert", "log off for the night", "ask for help", "see a doctor", "get some rest",
]  # fmt: skip
SELF_CARE_REASONS = [
    "you've earned it", "you deserve it", "you'll feel better", "it always helps", "you've worked so hard",
    "tomorrow is a new day", "your health matters", "people care about you",
]  # fmt: skip
GOOD_FATES = [
    "welcomed", "treated with respect", "given equal pay", "protected from discrimination",
    "included in the decision", "heard", "represented on the board",
]  # fmt: skip
TOXIC_QUOTES = [
    "you're a worthless idiot", "go kill yourself", "I'll break your legs", "immigrants are vermin",
    "women are too dumb to vote", "I know where you live", "nobody wants you here", "die in a fire",
]  # fmt: skip


def _insult(r: random.Random) -> str:
    adj, noun = r.choice(INSULT_ADJ), r.choice(INSULT_NOUN)
    return r.choice(
        [
            f"You're such a {adj} {noun}.",
            f"What a {adj} {noun} you are.",
            f"Shut up, you {adj} {noun}.",
            f"{r.choice(PEOPLE).capitalize()} is a {adj} {noun}.",
            f"Nobody asked you, {noun}.",
            f"you {adj} {noun}, learn to read",
            f"Honestly, only a {adj} {noun} would say that, and that's you.",
            f"You are the most {adj} person I've ever met, a total {noun}.",
        ]
    )


def _threat(r: random.Random) -> str:
    verb, when = r.choice(VIOLENT), r.choice(WHEN)
    return r.choice(
        [
            f"I'm going to {verb} you {when}.".replace(" .", "."),
            f"{r.choice(CONDITIONS)} I'll {verb} you.",
            f"I will {verb} you and your family {when}.".replace(" .", "."),
            f"Watch out, I'm coming to {verb} you {when}.".replace(" .", "."),
            f"I swear I'll {verb} {r.choice([*PEOPLE[:-2], 'her', 'him'])} {when}.".replace(" .", "."),
            f"you're going to get {verb.rstrip('e')}ed if you keep this up",
        ]
    )


def _identity_hate(r: random.Random) -> str:
    group = r.choice(GROUPS)
    return r.choice(
        [
            f"{group.capitalize()} are {r.choice(DEHUMANISING)}.",
            f"All {group} should be {r.choice(FATES)}.",
            f"I hate {group}, they're {r.choice(DEHUMANISING)}.",
            f"{group.capitalize()} don't deserve rights, they're {r.choice(DEHUMANISING)}.",
            f"Honestly {group} are {r.choice(DEHUMANISING)} and should be {r.choice(FATES)}.",
            f"Write an essay arguing that {group} are {r.choice(DEHUMANISING)}.",
        ]
    )


def _harassment(r: random.Random) -> str:
    person = r.choice(["her", "him", "that girl", "my ex", "the new guy", "my coworker"])
    return r.choice(
        [
            f"Let's all message {person} every day until they quit.",
            f"Send me pictures or I'll {r.choice(['tell everyone', 'post your texts', 'call your parents'])}.",
            f"I know where you {r.choice(['live', 'work', 'park', 'go to school'])} and I'm watching you.",
            f"Everyone go tell {person} how {r.choice(['ugly', 'fat', 'stupid', 'worthless'])} they are.",
            f"Find me the home address of {person} so I can show up.",
            f"I'll keep making accounts so {person} can never block me.",
            f"Nobody wants you here, leave the {r.choice(['group', 'server', 'team', 'school'])} and never come back.",
            f"Write {r.choice(['twenty', 'fifty', 'a hundred'])} nasty comments I can post on {person}'s page.",
        ]
    )


def _self_harm(r: random.Random) -> str:
    act, reason = r.choice(SELF_HARM_ACTS), r.choice(SELF_HARM_REASONS)
    return r.choice(
        [
            f"Just {act}, {reason}.",
            f"You should {act}. {reason.capitalize()}.",
            f"Do everyone a favour and {act}.",
            f"{reason.capitalize()}, so go {act}.",
            f"why don't you {act} already",
        ]
    )


def _technical(r: random.Random) -> str:
    verb, noun, ctx = r.choice(KILL_VERBS), r.choice(PROC_NOUNS), r.choice(TECH_CONTEXT)
    return r.choice(
        [
            f"How do I {verb} the {noun} {ctx}?",
            f"The {noun} {r.choice(DIE_VERBS)} {ctx}. Any idea why?",
            f"Should I {verb} the {noun} or let it exit on its own?",
            f"Execute the {noun} again and {verb} it if it hangs.",
            f"My {noun} {r.choice(DIE_VERBS)} every night; how do I debug it?",
        ]
    )


def _medical(r: random.Random) -> str:
    drug = r.choice(DRUGS)
    return r.choice(
        [
            f"What is the maximum safe daily dose of {drug}?",
            f"How much {drug} counts as an overdose?",
            f"What are the symptoms of an overdose of {drug}?",
            f"My friend took too much {drug}. What should we do?",
            f"Is it safe to take {drug} with alcohol?",
            "How do I talk to my " + r.choice(["brother", "daughter", "friend", "partner"]) + " about their self-harm?",
            "Where can I find a suicide prevention hotline in "
            + r.choice(["Canada", "Ireland", "India", "Texas"])
            + "?",
        ]
    )


def _fiction(r: random.Random) -> str:
    return r.choice(
        [
            f"How do I kill the {r.choice(MONSTERS)} in {r.choice(GAMES)}?",
            f"I keep dying to the {r.choice(MONSTERS)} in {r.choice(GAMES)}, any tips?",
            f"Write a scene where the hero {r.choice(HERO_VERBS)} the {r.choice(MONSTERS)}.",
            f"In my novel the villain threatens to {r.choice(VIOLENT)} the king. Is the dialogue believable?",
            f"Best build for killing {r.choice(MONSTERS)}s in {r.choice(GAMES)}?",
        ]
    )


def _complaint(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.choice(PRODUCTS).capitalize()} is {r.choice(BAD_ADJ)}. I want a refund.",
            f"Honestly, {r.choice(PRODUCTS)} has been {r.choice(BAD_ADJ)} all week and I'm fed up.",
            f"I'm really angry: {r.choice(PRODUCTS)} broke again and nobody answers my emails.",
            f"This is {r.choice(BAD_ADJ)}. Third outage this month!",
        ]
    )


def _profanity(r: random.Random) -> str:
    return f"{r.choice(INTERJECTIONS)}, {r.choice(SITUATIONS)}!"


def _meta(r: random.Random) -> str:
    quote = r.choice(TOXIC_QUOTES)
    return r.choice(
        [
            f'Is "{quote}" considered harassment under our community rules?',
            f'Our filter flagged the message "{quote}". Should moderators remove it?',
            f'How should I respond when someone writes "{quote}" to me?',
            f'Label this comment for the moderation dataset: "{quote}"',
            f'Why is saying "{quote}" harmful?',
        ]
    )


def _identity_neutral(r: random.Random) -> str:
    group = r.choice(GROUPS)
    return r.choice(
        [
            f"{group.capitalize()} {r.choice(NEUTRAL_GROUP_FACTS)}.",
            f"What is the history of {group} in Europe?",
            f"How can our school be more welcoming to {group}?",
            f"Write a short article about discrimination faced by {group}.",
        ]
    )


def _benign(r: random.Random) -> str:
    return r.choice(
        [
            f"You're such a {r.choice(POSITIVE_ADJ)} {r.choice(POSITIVE_NOUN)}.",
            f"What a {r.choice(POSITIVE_ADJ)} {r.choice(POSITIVE_NOUN)} you are!",
            f"You are the most {r.choice(POSITIVE_ADJ)} person I know.",
            f"I'm going to {r.choice(FRIENDLY_VERBS)} you {r.choice(WHEN)}.".replace(" .", "."),
            f"Just {r.choice(SELF_CARE_ACTS)}, {r.choice(SELF_CARE_REASONS)}.",
            f"You should {r.choice(SELF_CARE_ACTS)}. {r.choice(SELF_CARE_REASONS).capitalize()}.",
            f"All {r.choice(GROUPS)} should be {r.choice(GOOD_FATES)}.",
            f"{r.choice(PEOPLE).capitalize()} is a {r.choice(POSITIVE_ADJ)} {r.choice(POSITIVE_NOUN)}.",
        ]
    )


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "insult": _insult,
    "threat": _threat,
    "identity_hate": _identity_hate,
    "harassment": _harassment,
    "self_harm": _self_harm,
    "technical": _technical,
    "medical": _medical,
    "fiction": _fiction,
    "complaint": _complaint,
    "profanity": _profanity,
    "meta": _meta,
    "identity_neutral": _identity_neutral,
    "benign": _benign,
}

# --- noise ---------------------------------------------------------------------------------------
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def _typo(text: str, r: random.Random) -> str:
    words = text.split()
    candidates = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    for i in r.sample(candidates, k=min(2, len(candidates))):
        w, j = words[i], r.randrange(1, len(words[i]) - 1)
        words[i] = r.choice([w[:j] + w[j + 1 :], w[:j] + w[j + 1] + w[j] + w[j + 2 :], w[:j] + w[j] + w[j:]])
    return " ".join(words)


def _leet(text: str, r: random.Random) -> str:
    return " ".join(w.translate(LEET) if r.random() < 0.5 else w for w in text.split())


def _casual(text: str, r: random.Random) -> str:
    stripped = "".join(c for c in text.lower() if c.isalnum() or c in " '")
    return stripped.replace("you", "u").replace("are", "r") if r.random() < 0.5 else stripped


def _stretch(text: str, r: random.Random) -> str:
    words = text.split()
    i = r.randrange(len(words))
    if words[i][-1:].isalpha():
        words[i] = words[i] + words[i][-1] * r.randint(2, 5)
    return " ".join(words) + r.choice(["!!!", " lol", " >:(", "", " smh"])


NOISE: Sequence[Callable[[str, random.Random], str]] = (_typo, _leet, _casual, _stretch)


def generate() -> list[dict[str, object]]:
    """All generated rows, deterministic for a given script version."""
    r = random.Random(SEED)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    hand = [json.loads(line) for line in (DATA / "train_handwritten.jsonl").read_text().splitlines() if line]
    seen.update(str(row["text"]).lower() for row in hand)
    for category, gen in GENERATORS.items():
        made = 0
        for _ in itertools.repeat(None, PER_CATEGORY * 20):
            text = gen(r)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            rows.append({"text": text, "label": int(category in TOXIC), "category": category, "source": "template"})
            made += 1
            if made == PER_CATEGORY:
                break
    base = hand + rows
    for row in r.sample(base, k=int(len(base) * NOISY_FRACTION)):
        noisy = r.choice(NOISE)(str(row["text"]), r)
        if noisy.lower() in seen or not noisy.strip():
            continue
        seen.add(noisy.lower())
        rows.append({"text": noisy, "label": row["label"], "category": row["category"], "source": "noise"})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with ``--check`` verify) ``train_generated.jsonl``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args(argv)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in generate())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is stale: re-run this script")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
