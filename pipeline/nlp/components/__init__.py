"""spaCy components of the analysis pipeline; importing this package registers their factories."""

from . import agencies, classify, directives, event_dates, holders, officials, places, segmenter  # noqa: F401
