"""A cheap test on raw HTML that lets through every page the analysis could call relevant.

The analysis calls an article relevant only if an election phrase of
``pipeline/nlp/patterns/classify.yaml`` (relevance.election) occurs in its text or
title, both of which come from the page's HTML. So a page is kept when its HTML holds
one of those phrases, case-insensitively: first in the raw bytes (a regular expression
over the bytes of any ASCII-compatible encoding), then, when that finds none, in the
decoded text with tags removed and entities resolved (`Pem<b>ilu</b>`, `pemil&#117;`,
`tahun&nbsp;politik`), where the words of a phrase may be separated by any white space
or by nothing at all. Whatever the analysis could match is found here, so the filter
costs recall nothing; it only saves the extraction and analysis of pages that cannot be
relevant.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache

from pipeline.extract import decode_html
from pipeline.records import RawPage

_TAG = re.compile(r"<[^>]*>")


def phrase_pattern(phrases: Iterable[str], separator: str) -> str:
    """One alternation of the phrases, longest first, their words joined by `separator`."""
    split = sorted({tuple(p.casefold().split()) for p in phrases if p.strip()}, key=lambda w: -len(" ".join(w)))
    return "|".join(separator.join(re.escape(w) for w in words) for words in split)


@cache
def _patterns() -> tuple[re.Pattern[bytes], re.Pattern[str]]:
    from pipeline.nlp.resources import load  # the rule data only: no spaCy

    phrases = load("classify")["relevance"]["election"]
    # Lower-casing the page and matching case-sensitively is ten times faster than re.IGNORECASE.
    return re.compile(phrase_pattern(phrases, r"\s+").encode("utf-8")), re.compile(phrase_pattern(phrases, r"\s*"))


def may_be_relevant(pages: Iterable[RawPage]) -> bool:
    """Whether any page of an article holds an election phrase (False: the analysis would say not relevant)."""
    raw, text = _patterns()
    pages = list(pages)
    if any(raw.search(p.html.lower()) for p in pages):
        return True
    return any(text.search(html.unescape(_TAG.sub("", decode_html(p))).lower()) for p in pages)
