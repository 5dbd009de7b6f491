"""Fixture texts: one story (original.txt), a lightly edited copy of it, a copy of that
copy edited again, and a different article written from the same press conference
that quotes the same four statements word for word. All written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="session")
def texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in FIXTURES.glob("*.txt")}
