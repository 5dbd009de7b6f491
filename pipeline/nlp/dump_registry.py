"""Print the agency registry as JSON lines: ``python -m pipeline.nlp.dump_registry > agencies.jsonl``."""

from __future__ import annotations

import json
import sys

from .registry import export


def main() -> int:
    for row in export():
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
