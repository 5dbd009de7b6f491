"""patterns/boilerplate.yaml, compiled once: the cue words every other module applies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.extract.dom import norm_key, norm_ws

PATTERNS_FILE = Path(__file__).resolve().parents[1] / "patterns" / "boilerplate.yaml"


@dataclass(frozen=True)
class Rules:
    """boilerplate.yaml, compiled once."""

    block_class: re.Pattern[str]
    block_cue: re.Pattern[str]
    block_cue_max: int
    line_start: re.Pattern[str]
    line_start_max: int
    credit: re.Pattern[str]
    credit_max: int
    line_equals: frozenset[str]
    promo_channel: re.Pattern[str]
    promo_always: re.Pattern[str]
    promo_marker: re.Pattern[str]
    promo_max: int
    notice: re.Pattern[str]
    notice_max: int
    trailing: tuple[re.Pattern[str], ...]
    author_cue: re.Pattern[str]
    author_class: re.Pattern[str]
    static_titles: frozenset[str]
    listing_paths: tuple[re.Pattern[str], ...]


def any_of(patterns: Iterable[str], *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    return re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + suffix, re.I)


def class_words(words: Iterable[str]) -> re.Pattern[str]:
    """A class/id word, also written with "-", "_" or nothing between its parts."""
    alts = [re.escape(w).replace(r"\-", "[-_]?") for w in words]
    return any_of(alts, prefix=r"(?<![a-z0-9])", suffix=r"(?![a-z0-9])")


@lru_cache(maxsize=1)
def rules() -> Rules:
    with PATTERNS_FILE.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    credit_words = sorted(spec["credit_words"], key=len, reverse=True)
    return Rules(
        block_class=class_words(spec["block_class_words"]),
        block_cue=any_of(spec["block_text_cues"]["patterns"], prefix=r"\s*"),
        block_cue_max=spec["block_text_cues"]["max_chars"],
        line_start=any_of(spec["line_starts"]["patterns"], prefix=r"\s*"),
        line_start_max=spec["line_starts"]["max_chars"],
        credit=any_of([re.escape(w) for w in credit_words], prefix=r"[\s(\[]*", suffix=r"\s*:"),
        credit_max=spec["credit_max_chars"],
        line_equals=frozenset(norm_ws(s).lower() for s in spec["line_equals"]),
        promo_channel=any_of(spec["promo"]["channels"], prefix=r"\b"),
        promo_always=any_of(spec["promo"]["always"], prefix=r"\b"),
        promo_marker=any_of(spec["promo"]["markers"], prefix=r"\b"),
        promo_max=spec["promo"]["max_chars"],
        notice=any_of(spec["notice"]["patterns"]),
        notice_max=spec["notice"]["max_chars"],
        trailing=tuple(re.compile(p, re.I) for p in spec["trailing_credits"]),
        author_cue=any_of([re.escape(w) for w in sorted(spec["author_cues"], key=len, reverse=True)],
                          prefix=r"^\s*", suffix=r"\b\s*(?P<colon>:)?\s*(?P<name>.*)$"),
        author_class=class_words(spec["author_class_words"]),
        static_titles=frozenset(norm_key(t) for t in spec["static_titles"]),
        listing_paths=tuple(re.compile(p, re.I) for p in spec["listing_paths"]),
    )
