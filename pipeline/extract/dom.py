"""Small text and element helpers shared by the extraction modules."""

from __future__ import annotations

import re

from lxml import etree

# Elements whose text is never page text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "option",
                       "select", "textarea", "svg"})
_WS = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")


def norm_ws(text: str) -> str:
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def norm_key(text: str) -> str:
    """Lower-case letters and digits only: for comparing titles and names."""
    return _NOT_WORD.sub("", text.lower())


def text_of(el: etree._Element) -> str:
    return norm_ws(el.text_content())


def classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


class Sizes:
    """Text and link-text lengths of every element under one root, counted once
    bottom-up (text_content() per element would make a page quadratic)."""

    def __init__(self, root: etree._Element) -> None:
        self.text: dict[etree._Element, int] = {}
        self.links: dict[etree._Element, int] = {}
        text, links = self.text, self.links
        for el in reversed(list(root.iter())):
            tag = el.tag
            if not isinstance(tag, str) or tag in SKIP_TAGS:
                text[el] = links[el] = 0
                continue
            size = _chunk(el.text)
            in_links = 0
            for child in el:
                size += text[child]
                in_links += links[child]
                if child.tail:
                    size += _chunk(child.tail)
            text[el] = size
            links[el] = size if tag == "a" else in_links

    def link_density(self, el: etree._Element) -> float:
        size = self.text.get(el, 0)
        return self.links.get(el, 0) / size if size else 0.0


def _chunk(text: str | None) -> int:
    """Characters of a text node as text_of counts them (runs of spaces as one)."""
    if not text or text.isspace():
        return 0
    return len(" ".join(text.split()))
