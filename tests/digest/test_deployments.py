"""prefect.yaml: every deployment's entrypoint imports as a flow, its parameters fit, its schedule parses."""

from __future__ import annotations

import importlib
import inspect
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from cronsim import CronSim
from prefect import Flow
from prefect.client.schemas.schedules import CronSchedule

ROOT = Path(__file__).parents[2]
CONFIG = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
DEPLOYMENTS = {d["name"]: d for d in CONFIG["deployments"]}


def load_flow(entrypoint: str) -> Flow:
    path, _, name = entrypoint.partition(":")
    module = importlib.import_module(Path(path).with_suffix("").as_posix().replace("/", "."))
    return getattr(module, name)


@pytest.mark.parametrize("name", sorted(DEPLOYMENTS))
def test_every_entrypoint_imports_as_a_flow_taking_its_parameters(name: str) -> None:
    deployment = DEPLOYMENTS[name]
    flow = load_flow(deployment["entrypoint"])
    assert isinstance(flow, Flow)
    signature = inspect.signature(flow.fn)
    assert set(deployment["parameters"]) <= set(signature.parameters)
    flow.validate_parameters(deployment["parameters"])  # raises when a value does not fit its type
    required = {p for p, v in signature.parameters.items() if v.default is inspect.Parameter.empty}
    assert required <= set(deployment["parameters"])


@pytest.mark.parametrize("name", sorted(DEPLOYMENTS))
def test_every_schedule_parses_in_jakarta_time(name: str) -> None:
    for schedule in DEPLOYMENTS[name]["schedules"]:
        CronSchedule(**schedule)  # Prefect's own validation
        assert schedule["timezone"] == "Asia/Jakarta"


def next_runs(schedule: dict, start: datetime, count: int) -> list[datetime]:
    runs = CronSim(schedule["cron"], start.astimezone(ZoneInfo(schedule["timezone"])))
    return [next(runs) for _ in range(count)]


def test_crawl_every_three_hours_and_digest_on_monday_morning() -> None:
    start = datetime(2024, 2, 14, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    crawl = next_runs(DEPLOYMENTS["crawl-and-process"]["schedules"][0], start, 3)
    assert [r.hour for r in crawl] == [9, 12, 15]
    digest = next_runs(DEPLOYMENTS["weekly"]["schedules"][0], start, 2)
    assert [(r.date().isoformat(), r.hour, r.minute, r.tzname()) for r in digest] == [
        ("2024-02-19", 7, 0, "WIB"), ("2024-02-26", 7, 0, "WIB")]


def test_both_run_on_the_local_process_pool_and_the_crawl_never_overlaps_itself() -> None:
    assert {d["work_pool"]["name"] for d in DEPLOYMENTS.values()} == {"pantau-process"}
    assert DEPLOYMENTS["crawl-and-process"]["entrypoint"] == "flows/run.py:run_flow"
    assert DEPLOYMENTS["crawl-and-process"]["concurrency_limit"] == 1
    assert DEPLOYMENTS["weekly"]["entrypoint"] == "flows/digest.py:digest_flow"


def test_the_digest_task_runs_without_prefect(warehouse: Path, tmp_path: Path) -> None:
    from flows.digest import digest_task

    result = digest_task.fn(str(warehouse), "2023-W45", "en", str(tmp_path))
    assert result["week"] == "2023-W45" and result["articles"] == 5
    assert (tmp_path / "digest.en.html").exists()
