"""Web archives (WARC) as raw-store input and output: read, select by host, pre-filter, ingest, export."""
