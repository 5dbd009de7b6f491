"""The article text: boilerplate blocks out, trafilatura once per page, boilerplate
lines out, then the pages joined in order."""

from __future__ import annotations

from configparser import ConfigParser
from functools import lru_cache

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from pipeline.extract.boilerplate import (
    boilerplate_blocks,
    drop_blocks,
    is_boilerplate_line,
    is_date_line,
    strip_trailing_credit,
)
from pipeline.extract.dom import SKIP_TAGS, Sizes, norm_key, norm_ws
from pipeline.extract.layout import unwrap_layout_tables, wrap_loose_text
from pipeline.extract.prose import Prose, map_prose

_MIN_EXTRACTED = 80  # below this trafilatura tries its fallbacks
_HIDDEN = etree.XPath(".//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')]")
_FALLBACK_SHARE = 0.5  # trafilatura's fallbacks run when its main extractor finds less of the prose
_NOSCRIPT_CONTENT = 500  # characters of a <noscript> that holds content, not a notice
_REPEAT_RUN = 2  # lines in a row that repeat an earlier passage of the same page
_REPEAT_CHARS = 150


@lru_cache(maxsize=1)
def _trafilatura_config() -> ConfigParser:
    """Short news items are real articles: below the default 250 characters trafilatura
    falls back to a whole-page text dump that glues headline, byline and body together."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_EXTRACTED))
    return config


def prepare(tree: lxml.html.HtmlElement, headline: etree._Element | None) -> Prose:
    """Make page text plain and take boilerplate blocks out, in place; return the page's
    prose as it was before (the gate weighs article text against teasers)."""
    body = tree.find("body")
    for el in body.iter("noscript"):
        if len(el.text_content()) >= _NOSCRIPT_CONTENT:
            el.tag = "div"  # a page whose content sits in <noscript> (unclosed tags, lazy loading)
    for el in [*body.iter(*SKIP_TAGS), *_HIDDEN(body)]:
        if el.getparent() is not None:
            el.drop_tree()  # never shown as text: scripts, styles, hidden copies of the metadata
    unwrap_layout_tables(body)
    wrap_loose_text(body)
    sizes = Sizes(body)
    prose = map_prose(body, sizes)
    article = [p.element for p in prose.paragraphs if not p.teaser]
    blocks = boilerplate_blocks(tree, headline, sizes, prose.container, article)
    summary = prose.summary(set(blocks))
    keep = {el for el in (headline, prose.container) if el is not None}
    teasers = [p.teaser_box for p in prose.paragraphs
               if p.teaser_box is not None and not any(k is p.teaser_box or p.teaser_box in k.iterancestors()
                                                      for k in keep)]
    drop_blocks(blocks + (teasers if summary.body_chars else []))  # a lone excerpt may be all there is
    return summary


def _trafilatura_text(tree: lxml.html.HtmlElement, *, fast: bool) -> str:
    doc = trafilatura.bare_extraction(tree, include_comments=False, include_tables=True, fast=fast,
                                      with_metadata=False, config=_trafilatura_config())
    return (doc.text or "") if doc is not None else ""


def page_lines(tree: lxml.html.HtmlElement, title: str | None, prose: Prose) -> list[str]:
    """Paragraphs of one prepared page: trafilatura, then boilerplate lines out.

    trafilatura's main extractor runs alone; its fallbacks (readability, jusText) only
    when it found less than half the page's article prose: they cost a third of its time."""
    text = _trafilatura_text(tree, fast=True)
    if len(text) < max(_MIN_EXTRACTED, _FALLBACK_SHARE * prose.body_chars):
        text = _trafilatura_text(tree, fast=False)
    title_key = norm_key(title) if title else None
    lines = []
    for raw in text.split("\n"):
        line = norm_ws(raw)
        if not line or is_boilerplate_line(line) or norm_key(line) == title_key or is_date_line(line):
            continue
        line = strip_trailing_credit(line)
        if line:
            lines.append(line)
    return lines


def _without_repeated_passages(lines: list[str]) -> list[str]:
    """A page that prints a passage twice (a hidden copy, a summary box) keeps it once;
    a single line that recurs (a list item, the same question put to several people)
    stays."""
    keys = [norm_key(line) for line in lines]
    first: dict[str, int] = {}
    earlier = [first.setdefault(k, i) < i for i, k in enumerate(keys)]
    drop = [False] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and earlier[j]:
            j += 1
        if j - i >= _REPEAT_RUN and sum(len(x) for x in lines[i:j]) >= _REPEAT_CHARS:
            drop[i:j] = [True] * (j - i)
        i = j + 1
    return [line for line, gone in zip(lines, drop, strict=True) if not gone]


def join_pages(pages: list[list[str]]) -> list[str]:
    """The lines of all pages in order. A continuation page's line that an earlier page
    already had (a repeated lead, a continuation header) goes; within one page only a
    repeated passage goes."""
    seen: set[str] = set()
    kept: list[str] = []
    for lines in pages:
        kept += [line for line in _without_repeated_passages(lines) if norm_key(line) not in seen]
        seen.update(norm_key(line) for line in lines)
    return kept
