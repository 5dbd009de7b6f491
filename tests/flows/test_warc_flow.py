"""The WARC backfill as a Prefect flow on prefect-dask's task runner fills the same warehouse as the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_run import pantau
from tests.support.contents import contents
from tests.warc.test_backfill_warc import _archive


def test_the_backfill_flow_on_a_local_dask_cluster(prefect_server, tmp_path: Path):
    from flows.backfill import backfill_warc_flow

    folder = tmp_path / "warc"
    folder.mkdir()
    _archive(folder)
    by_flow, by_cli = tmp_path / "flow.duckdb", tmp_path / "cli.duckdb"
    result = backfill_warc_flow(db=str(by_flow), warc=[str(folder / "*.warc*")], all_hosts=True, workers=2)
    assert result["warc"]["warc"]["stored"] == 7
    cli = pantau("backfill", "--warc", str(folder / "*.warc*"), "--all-hosts", "--db", str(by_cli), cwd=tmp_path)
    assert cli.returncode == 0, cli.stderr[-2000:]
    assert contents(by_flow) == contents(by_cli)
