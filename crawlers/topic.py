"""The backfill's topic filter: rank and drop archive links by what the archive says of them.

A day's index of a national portal lists hundreds of stories, a handful about civil
servants in elections. Before fetching, each link is scored on its title (anchor text,
feed or news:title), summary and URL slug with the lexicon in `patterns/topic.yaml`;
links below the threshold are not fetched, the rest are fetched best first. A link
that shows too few words to judge is always fetched: the filter only drops what it
has read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from crawlers.discovery import Link

TOPIC_FILE = Path(__file__).parent / "patterns" / "topic.yaml"
_WORD = re.compile(r"[0-9a-z]+")
_LETTERS = re.compile(r"[a-z]{2,}")


class TopicFileError(ValueError):
    """The topic patterns file cannot be used."""


@dataclass(frozen=True)
class Lexicon:
    version: str
    threshold: int
    min_words: int
    terms: tuple[tuple[tuple[str, ...], bool, int], ...]  # (words, last word is a prefix, weight)
    search_terms: tuple[str, ...]

    def score(self, link: Link) -> int | None:
        """The sum of the weights of the distinct terms the link shows; None if it shows too little to judge."""
        fields = [_words(link.title), _words(link.summary), slug_words(link.url)]
        seen = {w for f in fields for w in f}
        if sum(1 for w in seen if _LETTERS.fullmatch(w)) < self.min_words:
            return None
        total = 0
        for words, prefix, weight in self.terms:
            if len(words) == 1:
                found = any(w.startswith(words[0]) for w in seen) if prefix else words[0] in seen
            else:
                found = words[0] in seen and any(_contains(f, words, prefix) for f in fields)
            total += weight if found else 0
        return total

    def keeps(self, score: int | None) -> bool:
        return score is None or score >= self.threshold


def _words(text: str | None) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def slug_words(url: str) -> list[str]:
    """Words of the URL's headline slug: path segments of three or more hyphenated words.

    Section names (/nasional/, /read/) are one word and say nothing about the story.
    """
    words: list[str] = []
    for segment in unquote(urlsplit(url).path).lower().split("/"):
        parts = [p for p in re.split(r"[-_+.]", segment) if _LETTERS.fullmatch(p)]
        if len(parts) >= 3:
            words += _WORD.findall(segment.replace("_", "-"))
    return words


def _contains(words: list[str], term: tuple[str, ...], prefix: bool) -> bool:
    n = len(term)
    for i in range(len(words) - n + 1):
        if words[i : i + n - 1] == list(term[:-1]) and (
            words[i + n - 1].startswith(term[-1]) if prefix else words[i + n - 1] == term[-1]
        ):
            return True
    return False


@lru_cache(maxsize=4)
def load_lexicon(path: Path = TOPIC_FILE) -> Lexicon:
    """Read and check the topic patterns file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        terms = []
        for weight, entries in data["terms"].items():
            if not isinstance(weight, int) or weight < 1:
                raise TopicFileError(f"{path}: term weights must be whole numbers from 1, got {weight!r}")
            for entry in entries:
                text = str(entry).strip().lower()
                words = tuple(_WORD.findall(text.rstrip("*")))
                if not words:
                    raise TopicFileError(f"{path}: term {entry!r} has no words")
                terms.append((words, text.endswith("*"), weight))
        return Lexicon(str(data["version"]), int(data["threshold"]), int(data["min_words"]), tuple(terms),
                       tuple(str(t) for t in data["search_terms"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, TopicFileError):
            raise
        raise TopicFileError(f"topic patterns {path} cannot be used: {type(exc).__name__}: {exc}") from None
