"""The sources file: which outlets to crawl and how, validated before any crawl starts.

Outlets are data (news-please style); spiders stay generic. Per-site knowledge
(article URL patterns, excluded paths, listing depth) lives here, not in code.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from crawlers.archive import Template, TemplateError, parse_template

DEFAULT_SOURCES = Path(__file__).with_name("sources.yaml")


class SourcesError(ValueError):
    """The sources file cannot be used; the message names the entry and field."""


class Archive(BaseModel):
    """An outlet's archive entry points, read by `pantau backfill` (see crawlers/archive.py for templates)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sitemaps: list[str] = []  # sitemap indexes read by lastmod and dated names, or date templates
    listings: list[str] = []  # date-indexed listings: templates with {date:...}
    topics: list[str] = []  # tag and topic pages (undated listings), optionally with {slug} or {query}
    search: list[str] = []  # site search: templates with {query} or {slug}
    max_pages: int = Field(default=20, ge=1, le=500)  # pagination followed per listing, topic or search page

    @field_validator("sitemaps", "topics")
    @classmethod
    def _templates(cls, value: list[str]) -> list[str]:
        for text in value:
            _template(text)
        return value

    @field_validator("listings")
    @classmethod
    def _dated(cls, value: list[str]) -> list[str]:
        for text in value:
            if _template(text).unit is None:
                raise ValueError(f"{text!r} names no date: a date-indexed listing needs {{date:...}} "
                                 "(an undated listing belongs under topics)")
        return value

    @field_validator("search")
    @classmethod
    def _searchable(cls, value: list[str]) -> list[str]:
        for text in value:
            if not _template(text).terms:
                raise ValueError(f"{text!r} takes no search term: add {{query}} (or {{slug}})")
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> Archive:
        if not (self.sitemaps or self.listings or self.topics or self.search):
            raise ValueError("needs at least one of sitemaps, listings, topics or search")
        return self


def _template(text: str) -> Template:
    try:
        return parse_template(text)
    except TemplateError as exc:
        raise ValueError(str(exc)) from None


class Source(BaseModel):
    """One outlet. Unknown extra keys are kept (CONTRACT.md allows them)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str = Field(min_length=1)
    province: str | None = None
    base_url: str
    sitemaps: list[str] = []
    feeds: list[str] = []
    listings: list[str] = []
    kind: Literal["national", "regional", "institution"] | None = None
    article_pattern: str | None = None  # regex on the URL path(+query) an article matches
    exclude_patterns: list[str] = []  # regexes on path(+query) that are never articles
    max_listing_pages: int = Field(default=5, ge=1, le=200)
    max_new_articles: int = Field(default=2000, ge=1)  # per run; the rest waits for the next run
    since_days: int | None = Field(default=None, ge=1)  # links dated older than this many days are skipped
    archive: Archive | None = None  # entry points into the outlet's past (pantau backfill)
    enabled: bool = True

    @field_validator("base_url")
    @classmethod
    def _base_url_is_origin(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("must be an absolute http(s) URL such as https://example.co.id")
        if parts.path not in ("", "/") or parts.query:
            raise ValueError("must be scheme + host (+ port) only, without a path")
        return f"{parts.scheme}://{parts.netloc}"

    @field_validator("article_pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            _compile(value)
        return value

    @field_validator("exclude_patterns")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            _compile(pattern)
        return value

    @model_validator(mode="after")
    def _has_discovery(self) -> Source:
        if not (self.sitemaps or self.feeds or self.listings):
            raise ValueError("needs at least one of sitemaps, feeds or listings")
        return self

    def absolute(self, path_or_url: str) -> str:
        """A sitemaps/feeds/listings entry as an absolute URL on this outlet."""
        return urljoin(self.base_url + "/", path_or_url)

    def snapshot(self) -> dict[str, Any]:
        """The entry as plain data, stored with every fetch so processing never needs the file again."""
        return self.model_dump(mode="json")

    @property
    def entry_urls(self) -> dict[str, list[str]]:
        return {
            "sitemap": [self.absolute(p) for p in self.sitemaps],
            "feed": [self.absolute(p) for p in self.feeds],
            "listing": [self.absolute(p) for p in self.listings],
        }


def _compile(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None


def load_sources(path: str | Path | None = None, only: list[str] | None = None) -> list[Source]:
    """Read and validate a sources file; raise SourcesError naming the bad entry and field."""
    path = Path(path) if path else DEFAULT_SOURCES
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"sources file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"sources file {path} cannot be read: {exc}") from None
    except yaml.YAMLError as exc:
        raise SourcesError(f"sources file {path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("sources"), list):
        raise SourcesError(f"sources file {path}: expected a top-level 'sources:' list")

    defaults = document.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SourcesError(f"sources file {path}: 'defaults:' must be a mapping of fields every entry shares")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(document["sources"], start=1):
        label = f"entry {index}"
        if isinstance(entry, dict) and entry.get("id"):
            label += f" (id: {entry['id']})"
        if not isinstance(entry, dict):
            raise SourcesError(f"sources file {path}: {label}: expected a mapping of fields")
        try:
            source = Source.model_validate({**defaults, **entry})
        except ValidationError as exc:
            problems = "; ".join(
                f"field '{'.'.join(str(p) for p in err['loc']) or '(entry)'}': {err['msg']}"
                for err in exc.errors()
            )
            raise SourcesError(f"sources file {path}: {label}: {problems}") from None
        if source.id in seen:
            raise SourcesError(f"sources file {path}: {label}: field 'id': duplicate id {source.id!r}")
        seen.add(source.id)
        sources.append(source)

    if only:
        unknown = sorted(set(only) - seen)
        if unknown:
            raise SourcesError(f"unknown source id(s) {', '.join(unknown)}; known: {', '.join(sorted(seen))}")
        sources = [s for s in sources if s.id in only]
    return [s for s in sources if s.enabled]
