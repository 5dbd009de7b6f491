"""A cheap test on raw HTML that lets through every page the analysis could call relevant.

The analysis calls an article relevant only if an election word of
``pipeline/nlp/patterns/classify.yaml`` (relevance.election) occurs in its text or
title, both of which come from the page's HTML. So a page is kept when the HTML holds,
case-insensitively, one necessary word of some election phrase: first in the raw
bytes (a regular expression over the bytes of any ASCII-compatible encoding), then,
when that finds none, in the decoded text with tags removed and entities resolved
(`Pem<b>ilu</b>`, `pemil&#117;`). Whatever the analysis could match is found here,
so the filter costs recall nothing; it only saves the extraction and analysis of pages
that cannot be relevant.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache

from pipeline.extract import decode_html
from pipeline.records import RawPage

_TAG = re.compile(r"<[^>]*>")


def necessary_words(phrases: Iterable[str]) -> list[str]:
    """Words of which every phrase contains one: few, and as rare as possible.

    A phrase that already contains a chosen word ("peserta pemilu": "pemilu") needs no
    word of its own; otherwise its longest word stands for it.
    """
    split = sorted((p.casefold().split() for p in phrases if p.strip()), key=len)
    chosen: set[str] = set()
    for words in split:
        if not chosen.intersection(words):
            chosen.add(max(words, key=len))
    return sorted(chosen)


@cache
def _patterns() -> tuple[re.Pattern[bytes], re.Pattern[str]]:
    from pipeline.nlp.resources import load  # the rule data only: no spaCy

    words = necessary_words(load("classify")["relevance"]["election"])
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(alternation.encode("utf-8"), re.IGNORECASE), re.compile(alternation, re.IGNORECASE)


def may_be_relevant(pages: Iterable[RawPage]) -> bool:
    """Whether any page of an article holds an election word (False: the analysis would say not relevant)."""
    raw, text = _patterns()
    pages = list(pages)
    if any(raw.search(p.html) for p in pages):
        return True
    return any(text.search(html.unescape(_TAG.sub("", decode_html(p)))) for p in pages)
