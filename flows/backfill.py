"""The WARC backfill as a Prefect flow whose per-file tasks run on Dask through prefect-dask.

For a deployment on a Dask cluster: the flow takes the writer lock, records the run and
processes like `pantau backfill --warc`; the per-file work (pipeline.work.process_chunk
over the file's pages) runs as Prefect tasks on DaskTaskRunner, at `address` or on a
local cluster of `workers` processes, and this flow's process loads their parts.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect_dask import DaskTaskRunner

from crawlers.sources import load_sources
from crawlers.warc.hosts import Hosts
from crawlers.warc.reader import expand
from flows.run import PrefectReporter, process_task
from pantau import jobs
from pipeline.distributed import collect, local_cluster_options, prepare_parts, process_warc
from pipeline.pool import usable_cores

process_warc_task = task(process_warc, name="process-warc", cache_policy=NO_CACHE)


@flow(name="pantau-backfill-warc")
def backfill_warc_flow(db: str, warc: list[str], sources_file: str | None = None, all_hosts: bool = False,
                       prefilter: bool = True, address: str | None = None, workers: int | None = None,
                       parts: str | None = None, batch_size: int = 200) -> dict[str, Any]:
    """Backfill from web archives: one Dask task per file (at `address`, else a local cluster)."""
    options = jobs.WarcOptions(inputs=warc, sources_file=sources_file, all_hosts=all_hosts, prefilter=prefilter,
                               dask=address or "local", workers=workers or usable_cores(), parts=parts,
                               batch_size=batch_size)
    job = jobs.Job(db=db, command="backfill", warc=options,
                   process=jobs.ProcessOptions(sources_file=sources_file, batch_size=batch_size),
                   steps=jobs.Steps(process=process_task, warc=_on_prefect_dask))
    return jobs.run_job(job, PrefectReporter()).__dict__


def _on_prefect_dask(db: str, options: jobs.WarcOptions, load_id: str) -> dict[str, Any]:
    if options.dask and options.dask != "local":
        runner = DaskTaskRunner(address=options.dask)
    else:
        runner = DaskTaskRunner(cluster_kwargs=local_cluster_options(options.workers))
    return _files_on_dask.with_options(task_runner=runner)(db, options, load_id)


@flow(name="pantau-backfill-warc-files")
def _files_on_dask(db: str, options: jobs.WarcOptions, load_id: str) -> dict[str, Any]:
    hosts = Hosts(load_sources(options.sources_file, only=options.only), all_hosts=options.all_hosts)
    files = expand(options.inputs)
    folder = prepare_parts(db, load_id, options.parts)
    futures = [process_warc_task.submit(f, hosts, prefilter=options.prefilter, load_id=load_id, folder=folder,
                                        index=i, batch_size=options.batch_size) for i, f in enumerate(files)]
    return asdict(collect(db, list(zip(files, (f.result for f in futures))), load_id, folder))
