"""Loading the rule data files in ``patterns/`` (edited by domain experts, not programmers)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

PATTERNS_DIR = Path(__file__).parent / "patterns"
# libyaml's safe loader where it is built in (it parses the generated districts.yaml ten times faster), else
# PyYAML's own; both read the same safe subset of YAML
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> dict[str, Any]:
    """Parse ``patterns/<name>.yaml`` once per process; callers must not mutate the result."""
    with open(PATTERNS_DIR / f"{name}.yaml", encoding="utf-8") as f:
        data = yaml.load(f, Loader=_LOADER)
    if not isinstance(data, dict):
        raise ValueError(f"{name}.yaml must hold a mapping")
    return data


def versions() -> dict[str, str]:
    """The version of every data file, recorded so an analysis can say which rules made it.

    The date words are shared with extraction and live in pipeline/patterns/dates.yaml."""
    from pipeline.dates import grammar

    found = {p.stem: str(load(p.stem).get("version", "")) for p in sorted(PATTERNS_DIR.glob("*.yaml"))}
    return {**found, "dates": grammar().version}
