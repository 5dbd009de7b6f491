"""Where a page's prose is: article paragraphs, or teasers of other pages.

A paragraph of prose is a block of running text, most of it outside links. It is a
teaser when it sits in a small item box that also links to another page's headline
(a listing's excerpt, a related-article box). The article body is the rest; the
container holding most of it is the body container, which boilerplate removal never
drops whatever its class says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from pipeline.dates import find_dates
from pipeline.extract.dom import SKIP_TAGS, Sizes, text_of
from pipeline.extract.layout import BLOCK_TAGS
from pipeline.extract.rules import rules

_UNIT_TAGS = ("p", "div", "li", "dd", "td", "blockquote", "section", "article", "span", "font", "center")
_PROSE_MIN = 60  # characters outside links for a paragraph of prose
_PROSE_WORDS = 8
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")  # kana, CJK, Thai
_UNSPACED_MIN = 20
_ITEM_EXTRA = 300  # characters an item box holds besides its excerpt (headline, date, labels)
_TEASER_MAX = 500  # an excerpt is short; a longer text beside a link is the article
_HEADLINE_WORDS = 3  # words of a link that names another article
_HEADLINE_CHARS = 15
_NOT_LINKS = ("#", "javascript:", "mailto:", "tel:")


@dataclass(frozen=True)
class Paragraph:
    """A block of running text, most of it outside links."""

    element: etree._Element
    chars: int  # characters outside links
    teaser_box: etree._Element | None  # the item box beside another headline, for a teaser

    @property
    def teaser(self) -> bool:
        return self.teaser_box is not None


@dataclass(frozen=True)
class Prose:
    """How much prose a page has, as article paragraphs and as teasers."""

    body_chars: int = 0
    body_paragraphs: int = 0
    teaser_chars: int = 0
    teasers: int = 0


@dataclass
class ProseMap:
    """Every paragraph of prose of a page, and where its article's body sits."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    container: etree._Element | None = None  # the element whose children hold most article prose

    def summary(self, removed: set[etree._Element]) -> Prose:
        """The prose left once the ``removed`` blocks are gone."""
        kept = [p for p in self.paragraphs if not (removed and _inside_any(p.element, removed))]
        body = [p for p in kept if not p.teaser]
        teasers = [p for p in kept if p.teaser]
        return Prose(sum(p.chars for p in body), len(body), sum(p.chars for p in teasers), len(teasers))


def _inside_any(el: etree._Element, blocks: set[etree._Element]) -> bool:
    return el in blocks or any(a in blocks for a in el.iterancestors())


def _is_leaf(el: etree._Element) -> bool:
    return not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag not in SKIP_TAGS for c in el)


def headline_link(a: etree._Element, sizes: Sizes) -> bool:
    """A link that names another article: a few words, to a page that is no tag,
    section, author or search page."""
    if sizes.text.get(a, 0) < _HEADLINE_CHARS:
        return False
    href = (a.get("href") or "").strip()
    text = text_of(a)
    if not href or href.startswith(_NOT_LINKS) or len(text.split()) < _HEADLINE_WORDS:
        return False
    path = urlsplit(href).path or "/"
    if path == "/" or any(p.search(path) for p in rules().listing_paths):
        return False
    if any(m.end - m.start > len(text) / 2 for m in find_dates(text)):
        return False  # a permalink's date
    return not _labelled_related(a)


def _labelled_related(a: etree._Element) -> bool:
    """A "Baca juga:" link inside an article names a related story, not a listing's item."""
    block = _block_ancestor(a)
    return block is not None and bool(rules().block_cue.match(block.text_content()[:60]))


def _teaser_box(unit: etree._Element, sizes: Sizes) -> etree._Element | None:
    """The small box around the paragraph that also links to another headline, if any."""
    limit = sizes.text[unit] + _ITEM_EXTRA
    node = unit.getparent()
    while node is not None and node.tag not in ("body", "html") and sizes.text.get(node, 0) <= limit:
        for a in node.iter("a"):
            if headline_link(a, sizes) and not any(anc is unit for anc in a.iterancestors()):
                return node
        node = node.getparent()
    return None


def _block_ancestor(el: etree._Element) -> etree._Element | None:
    node = el.getparent()
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.getparent()
    return node


def _sentence_like(text: str) -> bool:
    """Running text: several words, or (in scripts written without spaces) characters."""
    return len(text.split()) >= _PROSE_WORDS or len(_UNSPACED.findall(text)) >= _UNSPACED_MIN


def map_prose(body: etree._Element, sizes: Sizes) -> ProseMap:
    prose = ProseMap()
    per_parent: dict[etree._Element, int] = {}
    counted: set[etree._Element] = set()
    for el in body.iter(*_UNIT_TAGS):
        own = sizes.text.get(el, 0) - sizes.links.get(el, 0)
        if own < _PROSE_MIN or not _is_leaf(el) or next(el.iterancestors("a"), None) is not None:
            continue
        if _block_ancestor(el) in counted or not _sentence_like(text_of(el)):
            continue  # a <span> inside a paragraph already counted, a run of labels
        counted.add(el)
        paragraph = Paragraph(el, own, _teaser_box(el, sizes) if own <= _TEASER_MAX else None)
        prose.paragraphs.append(paragraph)
        parent = el.getparent()
        if not paragraph.teaser and parent is not None:
            per_parent[parent] = per_parent.get(parent, 0) + own
    if per_parent:
        prose.container = max(per_parent, key=per_parent.__getitem__)
    return prose
