"""`pantau run` against outlets that misbehave: no traceback, exit 0, each fault named once."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import yaml

from tests.e2e.test_run import FAST, pantau
from tests.support import sitegen
from tests.support.faulty import FaultyOutlet
from tests.support.server import LoopbackOutlet
from tests.support.sitegen import _write

GOOD = sitegen.STORIES["kabar_pusat"][:2]
FAULTS = ("not-found", "server-error", "timeout", "gzip-bomb")
SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=1.5", "-s", "RETRY_TIMES=1", "-s", "PANTAU_RETRY_BACKOFF_BASE=0.1",
            "-s", "DOWNLOAD_MAXSIZE=1000000", "-s", "PANTAU_SITEMAP_MAXSIZE=1000000"]


def _urlset(paths: list[str]) -> str:
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{{{{base_url}}}}{p}</loc></url>" for p in paths) + "</urlset>")


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("faulty-run")
    rusak = root / "rusak"  # articles behind faults
    for story in GOOD:
        _write(sitegen._file(rusak, story.path), sitegen._article_html(story, "Rusak", "og"))
    faults = [f"/fault/{name}/berita-{name}-asn" for name in FAULTS]
    _write(rusak / "sitemap.xml", _urlset([s.path for s in GOOD] + faults))
    _write(rusak / "robots.txt", "User-agent: *\nAllow: /\n")
    robot = root / "robot"  # robots.txt answers 500, its feed works
    _write(sitegen._file(robot, GOOD[0].path), sitegen._article_html(GOOD[0], "Robot", "og"))
    _write(robot / "rss.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>r</title><item><title>a</title>'
                              f"<link>{{{{base_url}}}}{GOOD[0].path}</link></item></channel></rss>")
    peta = root / "peta"  # a sitemap that is an error page, and a gzip bomb posing as a sitemap
    _write(peta / "sitemap.xml", "<html><body><h1>502 Bad Gateway</h1></body></html>")
    (peta / "sitemap-besar.xml.gz").write_bytes(gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>"))
    _write(peta / "robots.txt", "User-agent: *\nAllow: /\n")
    servers = {
        "rusak": FaultyOutlet(rusak, hang_seconds=10.0).start(),
        "robot": FaultyOutlet(robot, robots_status=500).start(),
        "peta": LoopbackOutlet(peta).start(),
    }
    entries = [
        {"id": "rusak", "name": "Rusak", "base_url": servers["rusak"].base_url, "sitemaps": ["/sitemap.xml"]},
        {"id": "robot", "name": "Robot", "base_url": servers["robot"].base_url, "feeds": ["/rss.xml"]},
        {"id": "peta", "name": "Peta", "base_url": servers["peta"].base_url,
         "sitemaps": ["/sitemap.xml", "/sitemap-besar.xml.gz"]},
    ]
    sources = root / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": entries}))
    result = pantau("run", "--sources", str(sources), "--db", str(root / "w.duckdb"), *FAST, *SETTINGS, cwd=root)
    yield result, servers
    for server in servers.values():
        server.stop()


def test_the_run_ends_normally_without_a_traceback(faulty_run):
    result, _ = faulty_run
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("url", [f"/fault/{name}/" for name in FAULTS]
                         + ["/robots.txt", "/sitemap.xml", "/sitemap-besar.xml.gz"])
def test_each_fault_is_named_once_with_its_url(faulty_run, url):
    result, servers = faulty_run
    lines = [line for line in result.stderr.splitlines() if url in line]
    if url == "/robots.txt":
        lines = [line for line in lines if servers["robot"].base_url in line]
    elif url == "/sitemap.xml":
        lines = [line for line in lines if servers["peta"].base_url in line]
    assert len(lines) == 1, "\n".join(lines)
    assert " WARNING " in lines[0]


def test_the_good_articles_next_to_the_faults_are_loaded(faulty_run):
    result, _ = faulty_run
    assert "source rusak: discovered 6, known 0, old 0, fetched 2, new 2, failed 4" in result.stderr
    assert "source robot: discovered 1, known 0, old 0, fetched 1, new 1, failed 1" in result.stderr


def test_the_debug_log_keeps_the_details(tmp_path: Path, faulty_run):
    result, _ = faulty_run
    log = Path(result.args[result.args.index("--db") + 1]).with_suffix(".log").read_text()
    assert "gzip-bomb" in log and "robots.txt answered HTTP 500" in log
