"""Which rules made an analysis: a fingerprint of the analysis code and its pattern files.

Every analysis row keeps the fingerprint, so ``pantau process --stale`` can find exactly the
articles analysed by other rules than today's after an upgrade or an edit of a pattern file,
and a reader of two weeks' figures can tell whether the rules changed in between. The
fingerprint covers the files themselves (an edit that forgets to bump a ``version:`` still
counts); the ``version:`` of each data file is kept beside it for people to read.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import pipeline.dates
from pipeline.dates import PATTERNS_FILE as DATES_FILE  # the date grammar, shared with extraction

NLP_DIR = Path(__file__).parent
_SUFFIXES = {".py", ".yaml", ".yml", ".jsonl", ".json"}  # code and data; a trained model's files would be added here


def _rule_files() -> list[Path]:
    files = [p for p in NLP_DIR.rglob("*") if p.is_file() and p.suffix in _SUFFIXES
             and "__pycache__" not in p.parts]
    # the date grammar and its code (event dates, and a story's date from its URL), shared with extraction
    return [*sorted(files), DATES_FILE, Path(pipeline.dates.__file__)]


@cache
def rules_version() -> str:
    """The fingerprint: 12 hex digits of a hash of the files' bytes, computed once per process. It parses no
    YAML: reading every data file for its version (``districts.yaml`` alone is 110 kB) is work ``analyse`` does
    not need."""
    digest = hashlib.sha256()
    for path in _rule_files():
        digest.update(path.relative_to(NLP_DIR.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def rules() -> tuple[str, dict[str, Any]]:
    """(fingerprint, what it stands for): 12 hex digits, and the data files' versions."""
    from .resources import versions

    return rules_version(), {"patterns": versions()}
