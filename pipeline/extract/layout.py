"""Page layout made plain before trafilatura reads it: layout tables become divs, and
text written loose beside blocks (a lead after a bold dateline, paragraphs separated
by <br>) becomes paragraphs, so that no paragraph is lost for how it was marked up."""

from __future__ import annotations

from lxml import etree

from pipeline.extract.dom import SKIP_TAGS

# Elements that start a new block; everything else flows inside a paragraph.
BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "hr", "form",
                        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "aside", "figure",
                        "header", "footer", "nav", "main", "center", "address", "details", "fieldset",
                        "li", "dd", "dt", "tr", "td", "th", "tbody", "thead", "tfoot", "iframe",
                        "video", "audio", "object", "embed", "canvas", "picture", "noscript", *SKIP_TAGS})
# Elements that hold text themselves: loose text inside them is already a paragraph.
_TEXT_BLOCKS = frozenset({"p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                          "pre", "a", "blockquote", "figcaption", "caption", "label", "button"})
_INLINE_WRAPPERS = frozenset({"span", "font", "b", "strong", "i", "em", "small", "big", "u"})
_MIN_LOOSE = 20  # characters of loose text worth a paragraph of its own


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


def _is_block(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and el.tag in BLOCK_TAGS


def _loose_runs(el: etree._Element) -> list[list[etree._Element]]:
    """Runs of inline children between blocks (and <br><br> breaks), each with the text
    that leads into it; a run is [anchor, *inline children] where the anchor is ``el``
    itself (its .text leads) or the element whose .tail leads (a block, or the second
    <br> of a paragraph break)."""
    runs: list[list[etree._Element]] = []
    current: list[etree._Element] = [el]
    previous_br = False
    for child in el:
        if _is_block(child) or (child.tag == "br" and previous_br):
            runs.append(current)
            current = [child]
            previous_br = False
            continue
        previous_br = child.tag == "br" and not (child.tail or "").strip()
        current.append(child)
    runs.append(current)
    return runs


def wrap_loose_text(body: etree._Element) -> None:
    """Give loose text beside blocks a <p> of its own. An inline element that holds
    blocks (a <span> around the whole body) becomes the block it acts as."""
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el.tag in _TEXT_BLOCKS or el.tag in SKIP_TAGS:
            continue
        if not any(_is_block(child) for child in el):
            continue
        if el.tag in _INLINE_WRAPPERS:
            el.tag = "div"
        if not _has_loose_text(el):
            continue
        for run in _loose_runs(el):
            _wrap(el, run)


def _has_loose_text(el: etree._Element) -> bool:
    if el.text and not el.text.isspace():
        return True
    for child in el:
        if child.tail and not child.tail.isspace():
            return True
        if not _is_block(child) and child.tag != "br" and (child.text or len(child)):
            return True
    return False


def _wrap(parent: etree._Element, run: list[etree._Element]) -> None:
    anchor, *inline = run
    lead = parent.text if anchor is parent else anchor.tail
    text = (lead or "") + "".join(etree.tostring(c, method="text", encoding="unicode", with_tail=True)
                                  for c in inline if c.tag != "br")
    if len(" ".join(text.split())) < _MIN_LOOSE:
        return
    p = parent.makeelement("p", {})
    p.text = lead
    if anchor is parent:
        parent.text = None
        parent.insert(0, p)
    else:
        anchor.tail = None
        anchor.addnext(p)
    for child in inline:
        p.append(child)  # moves the child, its tail with it
