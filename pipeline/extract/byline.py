"""The author: a metadata name, else a labelled byline ("Penulis: X", "Oleh X"), else a
byline element; never the outlet, an e-mail or a sentence that opens with "Oleh"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from pipeline.extract.dom import SKIP_TAGS, classes, norm_key, norm_ws, text_of
from pipeline.extract.rules import rules

_NAME_CUT = re.compile(r"\s*(?:\||•|·|/|,|;|\s[-–—]\s|\b(?:Editor|Penyunting|Redaktur|Foto|Fotografer)\b)")
_NAME_PARTICLES = frozenset({"bin", "binti", "al", "el", "van", "de", "dan"})


def valid_name(name: str, site_keys: set[str]) -> str | None:
    """The person's name in a byline value, or None when it is no person's name."""
    name = _NAME_CUT.split(norm_ws(name), maxsplit=1)[0].strip(" :-–—.")
    words = name.split()
    if not 2 <= len(name) <= 60 or len(words) > 6 or any(c.isdigit() for c in name):
        return None
    if not name[0].isupper() or norm_key(name) in site_keys or "@" in name or "://" in name:
        return None
    if not all(w[0].isupper() or w.lower() in _NAME_PARTICLES or not w[0].isalpha() for w in words):
        return None
    return name


def _own_chunks(tree: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(owning element, text) for every text node under <body>, in document order."""
    body = tree.find("body")
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag not in SKIP_TAGS and el.text:
            yield el, el.text
        if el.tail and el is not body:
            parent = el.getparent()
            if parent is not None:
                yield parent, el.tail


def visible_author(tree: etree._Element, site_keys: set[str]) -> str | None:
    """A labelled author line ("Penulis: X", "Oleh X"), else a byline element."""
    cues = rules()
    for owner, text in _own_chunks(tree):
        if len(text) > 150:
            continue
        m = cues.author_cue.match(text)
        if not m:
            continue
        full = text_of(owner)
        if not m.group("colon") and (len(full) > 60 or full.endswith((".", "!", "?"))):
            continue  # "Oleh Bawaslu, temuan itu ..." opens a sentence, not a byline
        name = m.group("name").strip()
        if not name:
            m = cues.author_cue.match(full) if len(full) <= 150 else None
            name = m.group("name") if m else ""
        valid = valid_name(name, site_keys)
        if valid:
            return valid
    body = tree.find("body")
    for el in body.iter():
        if isinstance(el.tag, str) and cues.author_class.search(classes(el)):
            text = text_of(el)
            if len(text) <= 80:
                m = cues.author_cue.match(text)
                valid = valid_name(m.group("name") if m else text, site_keys)
                if valid:
                    return valid
    return None
