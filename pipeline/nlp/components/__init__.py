"""spaCy components of the analysis pipeline; importing this package registers their factories."""

from . import agencies, classify, directives, event_dates, officials, places, segmenter  # noqa: F401
