"""Custom attributes the components read and write (``doc._.*``, ``span._.*``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_ATTRS = {
    # inputs, set before the pipeline runs
    "text": None,  # str: the text once (doc.text rebuilds it token by token on every read); else the segmenter sets it
    "published": None,  # datetime.date | None
    # the day in the article's URL ("/2020/11/05/", else the month's first: "/2020/10/"), where no publication
    # date reached analysis: it dates the contest, but resolves no "Rabu (5/11)" (the story prints no such date)
    "url_day": None,  # datetime.date | None
    "title": None,  # str | None
    "title_doc": None,  # Doc | None: the headline read apart (institutions, officials), once, by whoever needs it first
    "source_province": None,  # str | None: the outlet's home province
    # set by the segmenter: paragraph number of every token (line breaks separate paragraphs)
    "paragraphs": None,  # list[int]
    "sentence_starts": None,  # list[int]: first token of every sentence
    "headline_tokens": None,  # set[int]: tokens of lines that are not prose (headlines, links, captions, front matter)
    "outlet_tokens": None,  # set[int]: the outlet's code in the dateline ("PALANGKA RAYA, MK -"): no institution
    # set[int]: those of links to other stories ("Baca juga: ...", a list of titles, teasers, a page's tags), which
    # name no place of this story
    "link_tokens": None,
    "caption_tokens": None,  # set[int]: those of short photo captions, which still name the officials pictured
    # set[int]: those of short body lines after its prose taken for headlines, where a title and its holder may stand
    # alone ("Kepala BKPSDM X Budi Santoso" under a photo or in a list of those present)
    "name_line_tokens": None,
    # outputs
    "officials": None,  # list[OfficialRecord]
    "event_dates": None,  # list[datetime.date]
    # days written with a weekday but no year ("Selasa (6/2)") in a story with no publication date: no event
    # date, but the years whose calendar fits them date the story for its contest
    "weekday_days": None,  # list[tuple[int, int, int]]: (weekday, day, month)
    "directives": None,  # list[pipeline.records.Directive]
    "is_relevant": False,
    "election": None,
    "province": None,
}
SPAN_ATTRS = {
    "kind": None,  # directive kind
    "official": None,  # OfficialRecord a person reference points to
    "date": None,  # datetime.date of an event-date span
}


def register() -> None:
    """Idempotent: safe to call from every component factory."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
