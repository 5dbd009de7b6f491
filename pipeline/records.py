"""The records that flow between stages: raw page -> Article -> Analysis.

Plain dataclasses so every stage can be tested without Scrapy, Prefect or DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RawPage:
    """One fetched HTML page as kept in the raw store (body already decompressed)."""

    url: str
    html: bytes
    encoding: str | None = None  # charset from the HTTP header, if any
    page_no: int = 1


@dataclass
class Article:
    """What extraction makes of one article (all its pages joined)."""

    article_id: str
    url: str
    source_id: str
    title: str | None
    published_at: datetime | None  # timezone-aware, in the offset the page gives
    published_date: date | None  # the calendar date in WIB (Asia/Jakarta); None: undated
    author: str | None
    text: str
    source_province: str | None = None  # the outlet's home province (sources file)
    # where published_date came from (jsonld, meta, visible, url, htmldate) or
    # not_found: the page shows no publication date (README, Extraction)
    date_source: str | None = None


@dataclass(frozen=True)
class OfficialMention:
    name: str
    role: str | None
    agency: str | None  # canonical agency name


@dataclass(frozen=True)
class AgencyMention:
    agency: str  # canonical name
    acronym: str | None
    surface: str | None = None  # the spelling found in the text


@dataclass(frozen=True)
class Directive:
    kind: str  # prohibition | obligation | permission | appeal | sanction
    sentence: str
    actor: str | None  # official name or canonical agency
    target: str | None = None  # ASN, PNS, PPPK, TNI, Polri, kepala desa ...
    behaviours: tuple[str, ...] = ()  # SKB 2/2022 catalogue keys
    legal_bases: tuple[str, ...] = ()  # e.g. "SKB 2/2022", "UU 5/2014"


@dataclass
class Analysis:
    """What the NLP stage says about one article."""

    article_id: str
    is_relevant: bool
    province: str | None
    election: str | None  # pemilu-2024 | pilkada-2024 | other contest key | None
    officials: list[OfficialMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    event_dates: list[date] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    rules_version: str | None = None  # fingerprint of the rules that made it (pipeline/nlp/provenance.py)
