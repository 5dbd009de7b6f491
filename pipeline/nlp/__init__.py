"""The analysis stage: Article -> Analysis, as a spaCy pipeline on ``spacy.blank("id")``.

Rules live in ``patterns/*.yaml`` (agency registry, regions, offices, directive cues, targets,
behaviours, legal bases, dates, classification); the components in ``components/`` apply them.
spaCy loads on first use of ``analyse``, so reading the rule catalogue (``resources``) stays cheap.
"""

from __future__ import annotations

import gc
import re
import statistics
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from ..dates import url_date, url_month
from ..records import Analysis, Article
from .resources import load
from .spelling import repair

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["analyse", "get_nlp"]


def get_nlp() -> Language:
    """The pipeline, built once per process."""
    from .build import get_nlp as build_once

    return build_once()


def analyse(articles: Iterable[Article], *, batch_size: int = 64) -> Iterator[Analysis]:
    """One Analysis per Article, in the same order; the pipeline is loaded once per process.

    A rule that fails raises: the caller (pipeline.process) retries the batch article by
    article, so only the failing article is marked failed and kept for --retry-failed.
    """
    from .convert import to_analysis
    from .provenance import rules_version

    nlp = get_nlp()
    version = rules_version()
    it = iter(articles)
    while batch := list(islice(it, batch_size)):
        with _few_young_collections():
            docs = nlp.pipe((_doc(nlp, art) for art in batch), batch_size=batch_size)
            done = [to_analysis(art.article_id, doc) for art, doc in zip(batch, docs)]
        for analysis in done:
            analysis.rules_version = version
            yield analysis


# Analysing makes a great many short-lived objects (token attributes, spans, the rules' tuples) and few reference
# cycles: at Python's default threshold (700 new objects) the collector runs thousands of times per batch and costs
# several per cent of the analysis for almost nothing found. The threshold is raised only while a batch is analysed.
_YOUNG_THRESHOLD = 20_000


@contextmanager
def _few_young_collections() -> Iterator[None]:
    """Raise the young generation's collection threshold for the block, then restore the caller's setting (the
    generator yields outside the block, so code between its analyses runs with the process's own setting)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], _YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


# Runs of spaces inside a line ("Sekretaris Daerah  (Sekda)") would become tokens of their own and
# break the phrases the rules read; one space means the same.
# The patterns here open with the character they change and look behind only from there: the engine then skips
# to that character, where a pattern opening with a lookbehind is tried at every position of the text.
_SPACES = re.compile(r"[ \t](?<=\S[ \t])[ \t]+(?=\S)")
# No-break and thin spaces part words like a space; zero-width marks and soft hyphens part nothing
# ("Bey\u00a0Machmudin", "Mach\u00admudin"): as they stand they split or glue the words the rules read.
_INVISIBLE = re.compile("[\u00a0\u2007\u2009\u202f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_VISIBLE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200b": None,
                          "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None})
# A curly quotation mark glued between a stop and a word ("pemecatan.“Jangan sampai ...", "ujarnya,”ASN ...")
# stays on the word for the tokenizer, which then reads neither "Jangan" nor "ASN": an opening mark goes with
# the word after a space, a closing one with the stop before it. Outlets also close a quotation with two right
# single marks ("ASN harus netral,’’kata Bupati", "di Kementerian Kominfo,’’terang Pj Bupati"), which go
# with the stop as well.
_GLUED_OPENING = re.compile(r"\u201c(?<=[.,!?;:]\u201c)(?=\w)")
_GLUED_CLOSING = re.compile(r"\u201d(?<=[.,!?;:]\u201d)(?=\w)|\u2019\u2019(?<=[.,!?;:]\u2019\u2019)(?=\w)")
# A straight double mark glued between a comma (or ";", ":", "!", "?") and a word ('wajar saja,"ujarnya', 'tidak
# boleh!"kata Sekda') keeps that stop on the word before it for the tokenizer ("saja,", "boleh!"), which then reads
# no cue there: a space after the mark parts them (after a dot the tokenizer already parts all three).
_GLUED_STRAIGHT = re.compile(r'"(?<=[,!?;:]")(?=\w)')
# A question or exclamation mark glued between a word and the next sentence's capital ("sebagai ASN?Bagaimana sikap
# Bawaslu ...", "harus netral!Dia juga ...") keeps both words on one token for the tokenizer (a full stop so glued it
# parts already): the sentences run together and a question's words read as a directive's. A space after the mark
# parts them.
_GLUED_MARK = re.compile(r"[!?](?<=[a-z][!?])(?=[A-Z])")
# An opening bracket glued to the word before it ("Azwar Anas(Menteri PANRB", "Sulawesi Tenggara(Sultra)",
# "Pemilihan Umum(Bawaslu)") stays on that word for the tokenizer, which then reads neither the name nor the
# institution: a space goes before it.
_GLUED_BRACKET = re.compile(r"\((?<=[a-z]\()(?=[A-Z])")
# ... and one glued to the full stop closing a sentence ("... dan Satpol PP Minahasa.(budi)", "netral.(Humas Polres)"):
# the tokenizer keeps word, stop and bracket as one token, so the place ending the sentence is lost. Prose never glues
# a bracket to its stop: a short bracket so glued where the line goes on is a credit, dropped (a space stays before the
# next sentence; at a line's end the credits' pattern drops it); one left open (cut off by the excerpt's end) is parted
# from the stop by a space.
_GLUED_STOP_CREDIT = re.compile(r"(?<=[a-z]{2}\.)\([^()\n]{1,40}\) ?(?=\S)")
_GLUED_STOP_BRACKET = re.compile(r"\((?<=[a-z]{2}\.\()(?![^()\n]*\))")
# A closing bracket glued by a dash to the capitalised word after it ("Calon Presiden (Capres)-Calon Wakil Presiden",
# a dateline's "Bandarlampung (SL)-Bawaslu Lampung") makes one token of both, which hides the word: spaces go around
# the dash.
_GLUED_DASH = re.compile(r"\)[-\u2013\u2014](?=[A-Z])")
# A closing bracket glued to the capitalised word after it (a dateline's "LANGGUR (LRA)Kepala BKPSDM ...", "ayat
# (1)Ancaman") makes one token of both, which hides the word: a space goes after it.
_GLUED_AFTER = re.compile(r"\)(?<=\w\))(?=[A-Z][a-z])")
# An underscore glued between a capitalised word and the next ("Namrole_Ketua Bawaslu ...": an outlet's dateline
# glued to its lead) makes one token of both, which hides the title and so its holder: it reads as the dateline's
# dash. Not inside a web address's code ("n_Kvw"), where no word opens before it.
_GLUED_UNDERSCORE = re.compile(r"\b(?<![/.?=&-])([A-Z][A-Za-z]+)_(?=[A-Z][a-z])")
# A no-break space decoded in the wrong charset leaves a stray capital A with a mark before a space
# ("Elen SetiadiÂ selaku"); glued to a name it would become part of it.
_MOJIBAKE = re.compile(r"[\u00c2\u0100](?=[ \t\u00a0\n])")
# Both forms `_glued` mends end in a dot before a capitalised word: a text without one (most) needs no pass of it.
_DOT_BEFORE_NAME = re.compile(r"\.(?=[A-Z][a-z])")
# A full stop glued between a number of at most four digits, standing free (no word, number or mark of a code glued
# before it), and a capitalised word, captured whole (`_parted_numbers`); the search anchored on the stop tells cheaply
# whether a text has any stop glued after a digit (most have none).
_NUMBER_STOP = re.compile(r"(?<![\w.,/\-])\d{1,4}\.(?=([A-Z][A-Za-z]+))")
_DIGIT_STOP = re.compile(r"\.(?<=\d\.)(?=[A-Z][A-Za-z])")


def _unwrap(text: str) -> str:
    """A text wrapped at a fixed width (copied from a print layout or a PDF): most of its single line
    breaks come after a letter or a comma, on lines of about one print width, and some of the lines
    after them go on in lower case (a list of headlines does not). Those lines go on in the next
    ("Anggota Bawaslu RI Lolly\nSuhenti"): the break becomes a space, so names and institutions are
    whole again. Blank lines still part paragraphs."""
    spec = load("layout")
    lines = text.split("\n")
    if len(lines) <= spec["wrap_min_breaks"]:
        return text
    ends = [line.rstrip(" \t") for line in lines]
    single = [k for k in range(len(lines) - 1) if ends[k] and lines[k + 1].strip(" \t")]
    if len(single) < spec["wrap_min_breaks"]:
        return text
    goes_on = {k for k in single if ends[k][-1].isalnum() or ends[k][-1] == ","}
    lower = sum(lines[k + 1].lstrip(" \t")[:1].islower() for k in goes_on)
    shortest, longest = spec["wrap_width"]
    if len(goes_on) < spec["wrap_open_share"] * len(single) or lower < spec["wrap_lower_share"] * len(goes_on) \
            or not shortest <= statistics.median(len(ends[k]) for k in goes_on) <= longest:
        return text
    out = []
    for k, line in enumerate(lines):
        if k - 1 in goes_on:
            out.append(" ")
            line = line.lstrip(" \t")
        elif k:
            out.append("\n")
        out.append(ends[k] if k in goes_on else line)
    return "".join(out)


@cache
def _credits() -> re.Pattern:
    """The reporter's or desk's initials closing a paragraph ("... kata Yasin.(dwi/kominfo)", "(hms)"):
    a credit, not the story's words; a desk named there ("kominfo") is no institution of the story. A bracket
    opened by an office's title names the speaker quoted and stays."""
    from .components.segmenter import _title_firsts  # the components import this package

    titles = "|".join(sorted(map(re.escape, _title_firsts()), key=len, reverse=True))
    return re.compile(load("layout")["credit_shape"].replace("{titles}", titles), re.MULTILINE)


@cache
def _glued() -> re.Pattern:
    """An honorific or an initial glued to the name by its dot ("HM.Nursiah", "H.Ahmad", "M.Taufiq"): one
    word for the tokenizer, so the name would carry it or be lost. A space after the dot makes them two.
    An initial only before a word of six letters or more: "S.Sos", "M.Si" are degrees."""
    words = sorted({h.rstrip(".") for h in load("offices")["honorifics"] if " " not in h}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\.(?=[A-Z][a-z])|\b([A-Z])\.(?=[A-Z][a-z]{5,}\b)")


def _parted_numbers(text: str) -> str:
    """A sentence's full stop glued between the number closing it and the next sentence's first word ("dalam Pemilu
    2024.Menurut dia ...", "wabah Covid 19.Setiap kantor ...") or a list's number glued to its item ("1.Dilarang
    menghadiri kampanye"): one token for the tokenizer, so the sentence runs on into the next and the word (a cue,
    an addressee) is lost. A space after the stop parts them. A number of more than four digits, or one glued to the
    word or the mark before it, is part of a name or a code ("Riau24.com", "No.01.Tahun"), and a web address's ending
    after a number ("Update 87.Com") stays on it."""
    if _DIGIT_STOP.search(text) is None:
        return text
    endings = _web_endings()
    return _NUMBER_STOP.sub(lambda m: m[0] if m[1].lower() in endings else f"{m[0]} ", text)


@cache
def _glued_item() -> re.Pattern:
    """A list's mark glued to its item's first word at a line's start ("-Diperkenankan ...", "1)Dilarang ...",
    layout.yaml `glued_item_marks`): the tokenizer keeps mark and word as one token, which hides the cue; ``_doc`` puts
    a space after the mark. A number or a letter closed by a bracket counts only up to two digits or one lower-case
    letter."""
    marks = "".join(map(re.escape, load("layout")["glued_item_marks"]))
    return re.compile(rf"^[ \t]*(?:[{marks}]|[0-9]{{1,2}}\)|[a-z]\))(?=[A-Za-z])", re.MULTILINE)


@cache
def _web_endings() -> frozenset[str]:
    """The endings of a web address (layout.yaml `web_endings`), lower-cased: "Update 87.Com" keeps its stop."""
    return frozenset(load("layout")["web_endings"])


def _doc(nlp: Language, art: Article) -> Doc:
    text = art.text or ""
    if "\u00c2" in text or "\u0100" in text:  # finding the letters is faster than the pattern's scan
        text = _MOJIBAKE.sub("", text)
    text = _unwrap(text.translate(_VISIBLE) if _INVISIBLE.search(text) else text)  # translating is slow
    if ",," in text:
        text = text.replace(",,", ",")  # "Bupati Garut,, Rudy Gunawan": a comma typed twice
    if "|" in text:
        text = text.replace("|", " | ")  # "Ketua Bawaslu X|Budi": a pipe glued to both words is no part of either
    if "_" in text:
        text = _GLUED_UNDERSCORE.sub(r"\1 - ", text)
    text = _SPACES.sub(" ", text) if "  " in text or "\t" in text else text
    if "(" in text:
        if ".(" in text:
            text = _GLUED_STOP_BRACKET.sub(" (", _GLUED_STOP_CREDIT.sub(" ", text))
        text = _GLUED_AFTER.sub(") ", _GLUED_BRACKET.sub(" (", text))
        if ")-" in text or ")\u2013" in text or ")\u2014" in text:
            text = _GLUED_DASH.sub(") - ", text)
    if "\u201c" in text or "\u201d" in text or "\u2019\u2019" in text:
        text = _GLUED_CLOSING.sub(r"\g<0> ", _GLUED_OPENING.sub(" \u201c", text))
    if '"' in text:
        text = _GLUED_STRAIGHT.sub('" ', text)
    if "?" in text or "!" in text:
        text = _GLUED_MARK.sub(r"\g<0> ", text)
    text = _credits().sub("", text) if "(" in text else text
    text = _parted_numbers(text)
    text = _glued_item().sub(r"\g<0> ", text)
    text = repair(_glued().sub(r"\1\2. ", text) if _DOT_BEFORE_NAME.search(text) else text)
    doc = nlp.make_doc(text)
    doc._.text = text
    doc._.published = art.published_date or (art.published_at.date() if art.published_at else None)
    doc._.url_day = (url_date(art.url) or url_month(art.url)) if doc._.published is None and art.url else None
    doc._.title = art.title
    doc._.source_province = art.source_province
    return doc
