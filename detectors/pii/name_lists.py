"""Name lists for the PERSON recognizer.

First names and surnames come from the US Census Bureau's 1990 name-frequency files (public
domain; 5,163 distinct first names, 88,799 surnames), as shipped in the ``names`` package on PyPI
(``names==0.3.0``, MIT licence, files ``dist.male.first``, ``dist.female.first``, ``dist.all.last``).
They only *support* decisions (a weak context trigger, an NER label that says ORG for
"Priya Raman", a lone NER word); capitalisation, context and NER do the rest, so names from
outside the US census still get found.

>>> "Maria" in first_names() and "Okonkwo" not in first_names()
True
>>> "Will" in first_names() and "Will" not in reliable_first_names()
True
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache

__all__ = ["COMMON_WORD_NAMES", "TECH_TERMS", "first_names", "last_names", "reliable_first_names"]

#: Census first names that are also everyday English words (capitalised at a sentence start or in
#: titles); they never count as evidence on their own.
COMMON_WORD_NAMES: frozenset[str] = frozenset(
    [
        "An", "Else", "In", "Many", "May", "My", "See", "So", "Will", "Art", "Bill", "Bud", "Chance", "Christian",
        "Clay", "Dale", "Dawn", "Dell", "Dolly", "Earl", "Era", "Faith", "Fern", "Forest", "Frank", "Gale", "Gay",
        "Gene", "Glen", "Golden", "Grace", "Grant", "Harmony", "Hazel", "Heath", "Hope", "Hunter", "Ivy", "Jack",
        "Jade", "Jewel", "Joy", "June", "August", "April", "Summer", "Winter", "Autumn", "King", "Lacy", "Lane",
        "Laurel", "Long", "Love", "Lucky", "Major", "Mark", "Marshall", "Mason", "Max", "Miles", "Misty", "Olive",
        "Paris", "Patience", "Pearl", "Penny", "Pierce", "Prince", "Ray", "Reed", "Rich", "Robin", "Rock", "Rose",
        "Ruby", "Rusty", "Sage", "Sandy", "Sky", "Sonny", "Star", "Sterling", "Storm", "Sunny", "Trinity", "Wade",
        "Ward", "Warren", "Young", "Early", "Page", "Price", "Mercedes", "Porsche", "Lincoln", "Jordan", "Chase",
        "Carter", "Cash", "Tracy", "Sharp", "Brown", "White", "Green", "Gray", "Grey", "Black", "Low", "Little",
        "Hall", "Hill", "Wood", "Woods", "Story", "Sparks", "Justice", "Liberty", "Destiny", "Charity", "Verity",
        "Constance", "Amber", "Crystal", "Diamond", "Ginger", "Honey", "Candy", "Cherry", "Holly", "Iris", "Lily",
        "Daisy", "Violet", "Heather", "Rosemary", "Basil", "Cliff", "Dusty", "Nova", "Rain", "River", "Ocean",
        "Bay", "Hero", "Legend", "Kitty", "Bunny", "Angel", "Precious", "Tuesday", "Monday", "Friday", "Sunday",
        "Easter", "Noel", "Christmas", "Memory", "Echo", "Ace", "Don", "Guy", "Van", "Son", "Sun", "Ma", "Pat",
        "Sue", "Tom", "Will", "Jean", "Florence", "Georgia", "Virginia", "Carolina", "Dakota", "Austin",
        "Houston", "Dallas", "Phoenix", "Denver", "Cleveland", "Madison", "Brooklyn", "Sydney", "Victoria",
        "Vienna", "Florence", "Lorraine", "Asia", "China", "India", "Israel", "Kenya"
    ]
)  # fmt: skip

#: Software, AI products and services that are also given names or surnames; a lone occurrence is
#: not a PERSON unless a strong context (a salutation, a title, "my name is") says so.
TECH_TERMS: frozenset[str] = frozenset(
    [
        "Ada", "Alexa", "Alpine", "Angular", "Ansible", "Apache", "Arch", "Aurora", "Bard", "Bazel", "Bert",
        "Blender", "Boto", "Celery", "Chef", "Chrome", "Claude", "Copilot", "Cortana", "Cypress", "Dart",
        "Debian", "Delphi", "Django", "Docker", "Electron", "Elixir", "Elm", "Ember", "Erlang", "Falcon",
        "Fedora", "Flask", "Flutter", "Gatsby", "Gemini", "Git", "Gradle", "Grafana", "Grok", "Groovy", "Hadoop",
        "Haskell", "Heroku", "Hive", "Homer", "Hugo", "Jasmine", "Java", "Jekyll", "Jenkins", "Jest", "Jira",
        "Julia", "Jupyter", "Kafka", "Karma", "Keras", "Kotlin", "Kubernetes", "Laravel", "Linux", "Llama", "Lua",
        "Luigi", "Mac", "Mamba", "Maven", "Mercurial", "Mistral", "Mocha", "Mongo", "Nginx", "Node", "Oracle",
        "Orion", "Pandas", "Pascal", "Perl", "Phi", "Phoenix", "Pig", "Polars", "Presto", "Prometheus", "Puppet",
        "Python", "Rails", "React", "Redis", "Redux", "Ruby", "Rust", "Sage", "Scala", "Selenium", "Sentry",
        "Siri", "Spark", "Sphinx", "Spring", "Svelte", "Swift", "Tableau", "Terraform", "Ubuntu", "Vagrant",
        "Vercel", "Vite", "Vue", "Watson", "Webpack", "Zeus"
    ]
)  # fmt: skip


def _read(resource: str) -> list[str]:
    text = importlib.resources.files("names").joinpath(resource).read_text(encoding="ascii")
    return [line.split()[0].title() for line in text.splitlines() if line.strip()]


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """All US-census first names, title-cased (``"Maria"``)."""
    return frozenset(_read("dist.male.first") + _read("dist.female.first"))


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """All US-census surnames (88,799), title-cased (``"Garcia"``); noisy, used as weak evidence only."""
    return frozenset(_read("dist.all.last"))


@lru_cache(maxsize=1)
def reliable_first_names() -> frozenset[str]:
    """First names that are not also common words or technology names (usable as evidence)."""
    return first_names() - COMMON_WORD_NAMES - TECH_TERMS
