"""Shared fixtures: no internet, a loopback news web of our own, temporary warehouses."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
OFFLINE = HERE / "support" / "offline"

sys.path.insert(0, str(OFFLINE))
from support_guard import install  # noqa: E402

install()
# Child processes (the crawler subprocess) load the same guard through sitecustomize.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")]))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect's temporary server gets 20 s to start; a busy 2-core machine sometimes needs more.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from tests.support import sitegen  # noqa: E402
from tests.support.server import LoopbackOutlet  # noqa: E402


@pytest.fixture(scope="session")
def news_site(tmp_path_factory: pytest.TempPathFactory):
    """Four outlets served on 127.0.0.1, and a sources file pointing at them."""
    root = tmp_path_factory.mktemp("site")
    folders = sitegen.build(root)
    servers = {oid: LoopbackOutlet(folder).start() for oid, folder in folders.items()}
    sources = root / "sources.yaml"
    sources.write_text(sitegen.sources_yaml({oid: s.base_url for oid, s in servers.items()}), encoding="utf-8")
    yield {"sources": sources, "servers": servers, "expected": sitegen.expected_paths()}
    for server in servers.values():
        server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pantau.duckdb"
