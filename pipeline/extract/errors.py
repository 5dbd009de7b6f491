"""The two ways extraction can decline a page; callers treat them differently."""

from __future__ import annotations


class NotAnArticle(Exception):
    """The page is a homepage, listing, tag or static page, not a news article."""


class ExtractionError(Exception):
    """The page cannot be read (empty, not HTML, no body text)."""
