"""Web archives (WARC) in and out: backfill from them, export the raw store as one."""
