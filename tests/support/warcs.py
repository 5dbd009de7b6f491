"""Small WARC files written by the tests themselves (warcio), shaped like a crawler's output.

Each capture is a request record and a response record; a revisit record, an image
and a failed fetch can be mixed in, as archives such as CC-NEWS hold them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from tests.support import sitegen


@dataclass
class Capture:
    url: str
    body: bytes
    captured: datetime
    status: int = 200
    content_type: str = "text/html; charset=utf-8"


def story_capture(host: str, story: sitegen.Story, captured: datetime, outlet: str = "Contoh") -> Capture:
    base = f"https://{host}"
    html = sitegen._article_html(story, outlet, "og").replace("{{base_url}}", base)
    return Capture(base + story.path, html.encode(), captured)


def write_warc(path: Path, captures: list[Capture], *, noise: bool = True) -> Path:
    """Write the captures (gzip per record when the name ends in .gz), with other record kinds mixed in."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "pantau tests"}))
        for capture in captures:
            date = datetime_to_iso_date(capture.captured)
            request = StatusAndHeaders(f"GET {capture.url} HTTP/1.1", [("User-Agent", "test")], is_http_request=True)
            writer.write_record(writer.create_warc_record(capture.url, "request", http_headers=request,
                                                          warc_headers_dict={"WARC-Date": date}))
            reason = "OK" if capture.status == 200 else "Not Found"
            headers = StatusAndHeaders(f"{capture.status} {reason}", [("Content-Type", capture.content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(capture.url, "response", payload=BytesIO(capture.body),
                                                          length=len(capture.body), http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": date}))
        if noise and captures:
            first = captures[0]
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(first.url + ".png", "response", payload=BytesIO(b"\x89PNG"),
                                                          length=4, http_headers=image))
            writer.write_record(writer.create_revisit_record(first.url, "sha1:AAAA", first.url,
                                                             datetime_to_iso_date(first.captured)))
    return path
