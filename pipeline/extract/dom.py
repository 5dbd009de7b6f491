"""Small text and element helpers shared by the extraction modules."""

from __future__ import annotations

import re

from lxml import etree

# Elements whose text is never page text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "option",
                       "select", "textarea", "svg"})
_WS = re.compile(r"\s+")


def norm_ws(text: str) -> str:
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def norm_key(text: str) -> str:
    """Lower-case letters and digits only: for comparing titles and names."""
    return re.sub(r"[\W_]+", "", text.lower())


def text_of(el: etree._Element) -> str:
    return norm_ws(el.text_content())


def classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def link_density(el: etree._Element, text_len: int) -> float:
    if not text_len:
        return 0.0
    return sum(len(text_of(a)) for a in el.iter("a")) / text_len
