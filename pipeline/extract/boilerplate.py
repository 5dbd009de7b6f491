"""Boilerplate out, twice: page blocks before trafilatura (by class word and by their
label, e.g. "Baca Juga"), lines after it (promo prompts, credits, comment forms).
The cue words are in patterns/boilerplate.yaml; nothing here knows a site."""

from __future__ import annotations

import re

from lxml import etree

from pipeline.dates import find_dates
from pipeline.extract.dom import SKIP_TAGS, Sizes, classes
from pipeline.extract.prose import headline_link
from pipeline.extract.rules import rules

_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
_URL = re.compile(r"\w+://\S+")
_ITEM_TAGS = ("li", "div", "p", "dd", "dt", "tr", "td", "article", "section")
_DATED_ITEM_MAX = 250  # characters of a dated link item: a date and a headline
_DATE_TEXT_MAX = 60  # characters besides its links
_BLOCK_TAGS = frozenset({"p", "div", "aside", "section", "li", "ul", "ol", "figure", "blockquote",
                         "table", "tr", "td", "dl", "dd", "center", "header", "footer", "nav",
                         "h2", "h3", "h4", "h5", "h6", "form"})


def boilerplate_blocks(tree: etree._Element, headline: etree._Element | None, sizes: Sizes,
                       body_container: etree._Element | None,
                       article_paragraphs: list[etree._Element]) -> list[etree._Element]:
    """Share bars, related-link boxes, ad slots ...: the blocks to remove before
    trafilatura sees the page, outermost first. A block that holds the headline or
    the article's body container is never one, whatever its class says; a label's
    block ("Baca juga: ...") never grows to take in a paragraph of the article."""
    cues = rules()
    body = tree.find("body")
    p_total = sum(sizes.text.get(p, 0) for p in body.iter("p"))
    body_total = sizes.text.get(body, 0)
    protected: set[etree._Element] = set()
    for keep in (headline, body_container):
        if keep is not None:
            protected |= {keep, *keep.iterancestors()}

    holds_article = {a for p in article_paragraphs for a in (p, *p.iterancestors())}

    def removable(el: etree._Element) -> bool:
        if el in protected or el.tag in _KEEP_TAGS or el.getparent() is None:
            return False
        length = sizes.text.get(el, 0)
        big = (p_total > 200 and length > 0.5 * p_total) or length > 0.5 * body_total
        return not big or sizes.link_density(el) >= 0.5

    doomed: list[etree._Element] = []  # document order; ancestors before descendants
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if (el.get("class") or el.get("id")) and cues.block_class.search(classes(el)) and removable(el):
            doomed.append(el)
            continue
        if el.text and el.text.strip() and cues.block_cue.match(el.text):
            block = None
            node: etree._Element | None = el
            while node is not None and node.tag not in _KEEP_TAGS:
                if sizes.text.get(node, 0) > cues.block_cue_max or not removable(node) or (
                        node is not el and node in holds_article):
                    break
                if node.tag in _BLOCK_TAGS or block is None:
                    block = node
                node = node.getparent()
            if block is not None:
                doomed.append(block)
                if block.tag not in _BLOCK_TAGS:
                    doomed.extend(_links_after(block))
    for el in body.iter(*_ITEM_TAGS):
        if _dated_link(el, sizes) and removable(el):
            doomed.append(el)
    for el in body.iter("ul", "ol", "table", "p", "div", "aside", "section"):
        text_len = sizes.text.get(el, 0)
        if not text_len or not sizes.links.get(el):
            continue
        threshold = 0.8 if el.tag in ("ul", "ol", "table") else 0.9
        if sizes.link_density(el) >= threshold and removable(el):
            doomed.append(el)
    doomed_set = set(doomed)
    return [el for el in doomed if not any(a in doomed_set for a in el.iterancestors())]


def _dated_link(el: etree._Element, sizes: Sizes) -> bool:
    """An item of a link list with dates: a headline link and, besides it, only a date
    ("Kamis, 05/11/2015 09:25 WIB  Judul berita lain")."""
    size, links = sizes.text.get(el, 0), sizes.links.get(el, 0)
    if not links or size > _DATED_ITEM_MAX or not 0 < size - links <= _DATE_TEXT_MAX:
        return False
    loose = " ".join(" ".join(el.xpath(".//text()[not(ancestor::a)]")).split())
    dates = find_dates(loose)
    if not dates:
        return False
    letters, pos = 0, 0
    for match in dates:
        letters += sum(c.isalpha() for c in loose[pos:match.start])
        pos = match.end
    letters += sum(c.isalpha() for c in loose[pos:])
    return letters <= 3 and any(headline_link(a, sizes) for a in el.iter("a"))


def drop_blocks(blocks: list[etree._Element]) -> None:
    for el in blocks:
        if el.getparent() is not None:
            el.drop_tree()


def _links_after(label: etree._Element) -> list[etree._Element]:
    """The links that directly follow a bare "Baca juga:" label inside running text."""
    links = []
    node = label
    while (not node.tail or not node.tail.strip(" \t\n:>»-–|")) and node.getnext() is not None:
        node = node.getnext()
        if node.tag != "a" and not (node.tag in ("strong", "b", "em", "span") and node.find("a") is not None):
            break
        links.append(node)
    return links


def is_boilerplate_line(line: str) -> bool:
    cues = rules()
    probe = line.strip("-•*·| ").strip()
    low = probe.lower()
    n = len(probe)
    if low in cues.line_equals or not any(c.isalnum() for c in probe):
        return True
    if n <= cues.line_start_max and cues.line_start.match(probe):
        return True
    if n <= cues.credit_max and cues.credit.match(probe):
        return True
    if n <= cues.promo_max and (cues.promo_always.search(probe) or (
            cues.promo_channel.search(probe) and cues.promo_marker.search(probe))):
        return True
    if n <= cues.notice_max and cues.notice.search(probe):
        return True
    urls = _URL.findall(probe) if "://" in probe else []
    if len(urls) >= 2 and sum(len(u) for u in urls) * 2 >= n:
        return True  # addresses, not prose (image URLs with their sizes); one link alone stays
    return ("@" in probe or "(at)" in low or "[at]" in low) and _contact(probe)


def _contact(line: str) -> bool:
    """An e-mail address with a label, not a sentence that mentions one."""
    cues = rules()
    rest = cues.email.sub("", line)
    return rest != line and len(rest.strip(" :|-–")) <= cues.contact_label_max


def is_date_line(line: str) -> bool:
    """A line that is only a timestamp (a page header repeated in the body)."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    return any(len(line) - (m.end - m.start) <= 15 for m in find_dates(line))


def strip_trailing_credit(line: str) -> str:
    for pattern in rules().trailing:
        line = pattern.sub("", line)
    return line.strip()
