"""Page bytes -> text -> one lxml tree, whatever the charset headers claim."""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from pipeline.extract.errors import ExtractionError
from pipeline.records import RawPage

_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|h1)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _codec(name: str | None) -> str | None:
    """Python codec for a declared charset; latin-1/ascii read as windows-1252, as browsers do."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def decode_html(page: RawPage) -> str:
    """Page bytes -> text. UTF-8 when the bytes are (mostly) UTF-8, whatever the header
    says; else the meta or header charset; else windows-1252. Never fails."""
    data = page.html
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    high = len(data) - len(data.decode("ascii", errors="ignore"))
    if text.count("\ufffd") * 10 < high:
        return text  # UTF-8 with a few stray bytes: valid multi-byte sequences dominate
    meta = _META_CHARSET.search(data[:4096])
    for codec in (_codec(meta.group(1).decode("ascii", "replace")) if meta else None, _codec(page.encoding)):
        if codec and codec != "utf-8":
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return data.decode("cp1252", errors="replace")


def parse_page(page: RawPage) -> lxml.html.HtmlElement:
    """The page as a tree with a <body>, or ExtractionError saying why it cannot be read."""
    if not page.html or not page.html.strip():
        raise ExtractionError(f"empty page: {page.url}")
    text = decode_html(page).replace("\x00", "")
    if not _HTML_TAG.search(text, 0, 65536):
        raise ExtractionError(f"not an HTML document: {page.url}")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparsable HTML ({exc}): {page.url}") from exc
    if tree.find("body") is None:
        raise ExtractionError(f"HTML without body: {page.url}")
    return tree
