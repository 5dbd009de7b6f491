"""The weekly digest as a Prefect flow (deployment `pantau-digest/weekly`, prefect.yaml).

Thin on purpose: warehouse.digest.write_digest does the work and runs without Prefect.
"""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from warehouse.db import WarehouseError
from warehouse.digest import parse_week, write_digest


def _locked(task_, task_run, state) -> bool:
    """Retry only when a run is writing the database (a read-only open cannot get the lock)."""
    try:
        state.result()
    except WarehouseError as exc:
        return "in use" in str(exc)
    except Exception:
        return False
    return False


@task(name="write-digest", retries=3, retry_delay_seconds=600, retry_condition_fn=_locked)
def digest_task(db: str, week: str | None, lang: str, out: str | None) -> dict[str, object]:
    files = write_digest(db, parse_week(week) if week else None, out, lang)
    return {
        "week": files.digest.week.label,
        "articles": files.digest.articles_total,
        "folder": str(files.folder),
        "markdown": files.markdown.read_text(encoding="utf-8"),
    }


@flow(name="pantau-digest")
def digest_flow(db: str, week: str | None = None, lang: str = "id", out: str | None = None) -> dict[str, object]:
    """Write one week's digest (default: the last full week in Jakarta) and show it as an artifact."""
    result = digest_task(db, week, lang, out)
    create_markdown_artifact(str(result["markdown"]), key="pantau-digest",
                             description=f"pantau digest {result['week']}")
    get_run_logger().info("digest of %s (%s articles) written to %s",
                          result["week"], result["articles"], result["folder"])
    return {k: v for k, v in result.items() if k != "markdown"}
