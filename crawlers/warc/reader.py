"""Reading WARC files record by record: local paths and globs, http(s) and s3 URLs, streamed.

warcio parses the records (gzip per record or not, chunked and compressed HTTP bodies);
fsspec opens the bytes, so a remote file is read as a stream and never downloaded whole.
A response record becomes a page; pantau's own metadata records (written by export)
group the pages of one article and restore its identity and source entry.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

import fsspec
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawlers.items import StoredPage

FETCH_METADATA = "application/x-pantau-fetch+json"
"""Content-Type of the metadata record export writes before each article's responses."""

_REMOTE = ("http", "https", "s3")


class WarcError(ValueError):
    """An input cannot be read as a web archive; the message names it."""


@dataclass
class Capture:
    """One article as found in an archive: its pages, and what pantau's metadata said, if any."""

    url: str
    pages: list[StoredPage]
    fetch: dict[str, Any] | None = None  # pantau's own record of the fetch (export), else None


def expand(inputs: list[str]) -> list[str]:
    """Paths, globs and URLs -> the files to read, in the given order (globs sorted)."""
    files: list[str] = []
    for item in inputs:
        scheme = urlsplit(item).scheme
        if scheme in ("http", "https"):
            files.append(item)
        elif scheme in _REMOTE or scheme == "file":
            fs, path = fsspec.core.url_to_fs(item)
            found = sorted(fs.glob(path)) if glob.has_magic(path) else [path]
            files += [fs.unstrip_protocol(p) for p in found]
        elif glob.has_magic(item):
            found = sorted(glob.glob(item))
            if not found:
                raise WarcError(f"--warc {item}: no file matches")
            files += found
        else:
            files.append(item)
    return files


@contextmanager
def open_stream(path: str) -> Iterator[IO[bytes]]:
    """The file's bytes as a stream (http: one GET, read as it arrives; no range requests)."""
    options = {"block_size": 0} if urlsplit(path).scheme in ("http", "https") else {}
    try:
        handle = fsspec.open(path, "rb", **options).open()
    except FileNotFoundError:
        raise WarcError(f"--warc {path}: no such file") from None
    except ImportError as exc:
        raise WarcError(f"--warc {path}: reading this kind of URL needs a package that is not installed "
                        f"({exc}); for s3:// run `uv sync --extra s3`") from None
    except (OSError, ValueError) as exc:  # an unreachable URL, a refused request, an unknown protocol
        raise WarcError(f"--warc {path}: cannot be opened: {exc}") from None
    try:
        yield handle
    finally:
        handle.close()


def captures(path: str, wanted: Callable[[str, dict[str, Any] | None], bool] = lambda url, fetch: True
             ) -> Iterator[Capture]:
    """The HTML pages of one WARC file that are `wanted` (by URL and pantau's metadata), grouped into articles.

    Other records (requests, revisits, images, unwanted hosts) are skipped without
    reading their bodies.
    """
    expected: dict[str, tuple[dict[str, Any], dict[int, StoredPage]]] = {}  # record id -> (fetch, pages so far)
    with open_stream(path) as stream:
        try:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                if record.rec_type == "metadata" and headers.get_header("Content-Type") == FETCH_METADATA:
                    fetch = json.loads(record.content_stream().read())
                    if not wanted(fetch["url"], fetch):
                        continue
                    pages: dict[int, StoredPage] = {}
                    for page in fetch["pages"]:
                        expected[page["record_id"]] = (fetch, pages)
                    continue
                if record.rec_type != "response" or record.http_headers is None or not _is_page(record):
                    continue
                record_id = headers.get_header("WARC-Record-ID")
                if record_id not in expected:
                    if wanted(headers.get_header("WARC-Target-URI") or "", None):
                        page = _page(record)
                        yield Capture(page.url, [page])
                    continue
                page = _page(record)
                fetch, pages = expected.pop(record_id)
                numbers = {p["record_id"]: p["page_no"] for p in fetch["pages"]}
                page.page_no = numbers[record_id]
                pages[page.page_no] = page
                if len(pages) == len(fetch["pages"]):
                    yield Capture(fetch["url"], [pages[n] for n in sorted(pages)], fetch)
        except ArchiveLoadFailed as exc:
            raise WarcError(f"--warc {path}: not a readable WARC file: {exc}") from None


def _is_page(record: Any) -> bool:
    """A successful response with an HTML body (or none declared)."""
    if not str(record.http_headers.get_statuscode() or "").startswith("2"):
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "text/html").lower()
    return content_type.startswith(("text/html", "application/xhtml"))


def _page(record: Any) -> StoredPage:
    http = record.http_headers
    headers = {name: value for name, value in http.headers}
    content_type = http.get_header("Content-Type") or ""
    charset = content_type.partition("charset=")[2].split(";")[0].strip().strip("\"'") or None
    return StoredPage(
        page_no=1,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(http.get_statuscode() or 0) or None,
        headers=headers,
        encoding=charset,
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        body=record.content_stream().read(),
    )
