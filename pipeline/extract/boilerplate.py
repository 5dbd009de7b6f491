"""Boilerplate out, twice: page blocks before trafilatura (by class word and by their
label, e.g. "Baca Juga"), lines after it (promo prompts, credits, comment forms).
The cue words are in patterns/boilerplate.yaml; nothing here knows a site."""

from __future__ import annotations

from lxml import etree

from pipeline.dates import find_dates
from pipeline.extract.dom import SKIP_TAGS, classes, link_density, text_of
from pipeline.extract.rules import rules

_LOOSE_BOXES = frozenset({"div", "aside", "section"})  # link-only boxes of these go only when small
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
_BLOCK_TAGS = frozenset({"p", "div", "aside", "section", "li", "ul", "ol", "figure", "blockquote",
                         "table", "tr", "td", "dl", "dd", "center", "header", "footer", "nav",
                         "h2", "h3", "h4", "h5", "h6", "form"})


def unwrap_layout_tables(body: etree._Element) -> None:
    """Old CMSs lay whole pages out in tables; trafilatura would render such a cell
    as one table row. A table whose cells hold headings or several blocks is layout:
    its rows and cells become plain divs."""
    for table in list(body.iter("table")):
        cells = table.xpath("./tr/td | ./tbody/tr/td | ./tr/th | ./tbody/tr/th")
        if not any(cell.find(".//h1") is not None or cell.find(".//h2") is not None
                   or len(cell.xpath("./p | ./div | ./ul | ./table")) >= 2 for cell in cells):
            continue
        for el in (table, *table.xpath("./tbody | ./thead | ./tfoot | ./tbody/tr | ./tr"), *cells):
            el.tag = "div"


def drop_boilerplate_blocks(tree: etree._Element, headline: etree._Element | None) -> None:
    """Remove share bars, related-link boxes, ad slots ... before trafilatura sees the page."""
    cues = rules()
    body = tree.find("body")
    p_total = sum(len(text_of(p)) for p in body.iter("p"))
    body_total = len(text_of(body))
    protected = set(headline.iterancestors()) | {headline} if headline is not None else set()

    def removable(el: etree._Element, length: int) -> bool:
        if el in protected or el.tag in _KEEP_TAGS or el.getparent() is None:
            return False
        big = (p_total > 200 and length > 0.5 * p_total) or length > 0.5 * body_total
        return not big or link_density(el, length) >= 0.5

    doomed: list[etree._Element] = []  # document order; ancestors before descendants
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if cues.block_class.search(classes(el)):
            if removable(el, len(text_of(el))):
                doomed.append(el)
                continue
        if el.text and cues.block_cue.match(el.text) and el.text.strip():
            block = None
            node: etree._Element | None = el
            while node is not None and node.tag not in _KEEP_TAGS:
                length = len(text_of(node))
                if length > cues.block_cue_max or not removable(node, length):
                    break
                if node.tag in _BLOCK_TAGS or block is None:
                    block = node
                node = node.getparent()
            if block is not None:
                doomed.append(block)
                if block.tag not in _BLOCK_TAGS:
                    doomed.extend(_links_after(block))
    for el in body.iter("ul", "ol", "table", "p", "div", "aside", "section"):
        text_len = len(text_of(el))
        if not text_len or el.find(".//a") is None or (el.tag in _LOOSE_BOXES and text_len > 300):
            continue
        threshold = 0.8 if el.tag in ("ul", "ol", "table") else 0.9
        if link_density(el, text_len) >= threshold and removable(el, text_len):
            doomed.append(el)
    doomed_set = set(doomed)
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed_set for a in el.iterancestors()):
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
    probe = line.lstrip("-•*· ").strip()
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
    return n <= cues.notice_max and bool(cues.notice.search(probe))


def is_date_line(line: str) -> bool:
    """A line that is only a timestamp (a page header repeated in the body)."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    return any(len(line) - (m.end - m.start) <= 15 for m in find_dates(line))


def strip_trailing_credit(line: str) -> str:
    for pattern in rules().trailing:
        line = pattern.sub("", line)
    return line.strip()
