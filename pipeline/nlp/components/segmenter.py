"""Sentence boundaries for news prose: end punctuation (with trailing quotes) and line breaks.

spaCy's generic sentencizer does not know that a paragraph break always ends a sentence;
directives are scored per sentence, so both rules matter. A line wrapped inside a sentence
("menjaga netralitas\nASN dalam ...") is joined again. Works on token arrays (no Token
objects) and sets all boundaries at once: setting ``token.is_sent_start`` one by one is
quadratic in spaCy.

Lines that are not the story's own prose (headlines, links to other stories, captions,
taglines; ``layout.yaml``) are recorded in ``doc._.headline_tokens`` for the components to skip.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import filterfalse

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from ..extensions import register
from ..resources import load

END = {".", "!", "?", "…"}
HEAD_MAX = 60  # characters of a dateline's head
# the head has no digits, but for an outlet's domain name ("Jakarta, Intra62.com – ...")
DATELINE = re.compile(rf"^(?P<head>(?:[^\d|]|\d(?=\d*\.[a-z])){{1,{HEAD_MAX}}}?)\s*(?:--|[-–—:])\s*(?P<rest>\S.*)$",
                      re.S)
# The end of the first word past a head's length: ``DATELINE`` reads up to the dash no further, and no in-word
# hyphen's test looks across the space after it.
PAST_HEAD = re.compile(r"\S(?=\s)")
DASHES = {"-", "–", "—", "--", ":"}  # what closes a dateline's head
# A hyphen inside a word closes no dateline's head: a word repeated ("Undang-Undang", "Baru-baru", "Hati-Hati") or
# one going on in lower case ("Ke-empat", "Kabar-online"). A place glued to the lead goes on with a capital
# ("SIAK-Camat ...", "Bangko-Pada ...").
IN_WORD_HYPHEN = re.compile(r"\b([^\W\d_]+)-(?=(?i:\1)\b)|(?<=[^\W\d_])-(?=[a-z])")
WORD = re.compile(r"[^\W_]+")
CLOSERS = {"”", '"', "’", "'", ")", "»"}
GLOSS_JOINERS = {"dan", "serta"}  # inside a name spelt out before its acronym ("Badan Kesatuan Bangsa dan Politik")
STRAIGHT = {'"', "'"}
_NUMBERED = re.compile(r"\d{1,2}\.|[a-zA-Z]\.")  # a list item's number written as one token


class _Texts(dict):
    """A word's text by its ORTH hash, read from the string store once: the store decodes a new string at each
    lookup, and a story repeats its words."""

    _by_store: dict[int, _Texts] = {}

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self._strings = strings

    def __missing__(self, orth: int) -> str:
        text = self[orth] = self._strings[orth]
        return text

    @classmethod
    def of(cls, strings: StringStore) -> _Texts:
        """The cache of this string store (one per pipeline; kept by the store's id, as the store lives on)."""
        texts = cls._by_store.get(id(strings))
        if texts is None or texts._strings is not strings:
            texts = cls._by_store[id(strings)] = cls(strings)
        return texts


@Language.component("pantau_sentences_v1",
                    assigns=["token.is_sent_start", "doc._.text", "doc._.paragraphs", "doc._.sentence_starts",
                             "doc._.headline_tokens", "doc._.outlet_tokens", "doc._.caption_tokens",
                             "doc._.name_line_tokens", "doc._.link_tokens"])
def segment(doc: Doc) -> Doc:
    register()
    if doc._.text is None:
        doc._.text = doc.text
    if not len(doc):
        doc._.paragraphs = []
        doc._.sentence_starts = []
        doc._.headline_tokens = set()
        doc._.caption_tokens = set()
        doc._.name_line_tokens = set()
        doc._.link_tokens = set()
        return doc
    arr = doc.to_array([ORTH, SPACY])
    texts = list(map(_Texts.of(doc.vocab.strings).__getitem__, arr[:, 0].tolist()))
    spaces = arr[:, 1].tolist()
    opens = [-1] * len(doc)  # a list while filled one by one: setting a numpy array's items is slower
    paragraphs: list[int] = []
    para, start, pending, opened = 0, True, False, 0
    spec = layout()
    for i, text in enumerate(texts):
        if "\n" in text and text.isspace() and not _wrapped(texts, i):
            opens[i] = 1 if start else -1
            para += 1
            paragraphs.append(para)
            start, pending = True, False
            continue
        if pending:
            if not _continues(texts, spaces, i, spec) and not _list_marker(texts, opened, i) and \
                    not _abbreviated(texts, i, spec):
                start = True  # (not after "Pj." before the office it qualifies, nor "Ir." before a name)
            # a lower-case word carries the sentence on; a straight quote that opened the next sentence is done
            # ('... katanya. "Jangan ...": the quote and its first word are one sentence, not two)
            pending = text in END or text in CLOSERS and not start
        if start:
            opened = i
        opens[i] = 1 if start else -1
        start = False
        paragraphs.append(para)
        if text in END or text.endswith(".") and _glued_stop(texts, i, spec):  # the guard saves a call a word
            pending = True
    opens[0] = 1
    starts = numpy.array(opens, dtype="int64")
    doc._.paragraphs = paragraphs
    doc._.sentence_starts = numpy.flatnonzero(starts == 1).tolist()  # Python ints
    doc._.headline_tokens, doc._.caption_tokens, doc._.name_line_tokens, leads, doc._.link_tokens = _not_prose(
        doc, texts, spaces, paragraphs)
    if leads:  # a lead run on after the headline repeated opens a sentence of its own
        starts[leads] = 1
        doc._.sentence_starts = numpy.flatnonzero(starts == 1).tolist()  # Python ints
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


@dataclass(frozen=True)
class Layout:
    link_labels: tuple[str, ...]
    verb_labels: tuple[str, ...]  # "Lihat juga ...": a link only before a colon or a title, else a sentence's verb
    link_initials: frozenset[str]  # first letters of the link labels, to rule a sentence out cheaply
    link_blocks: frozenset[str]
    block_tail: int  # words after a block's label on its line ("Terpopuler 24 Jam Terakhir")
    caption_marks: tuple[str, ...]  # and the outlet's own promotion lines
    promo_acts: tuple[str, ...]  # "follow akun grup pemenangan": a banned act holding a promotion's mark
    caption_max: int
    link_title_max: int
    headline_list_max: int
    back_words: frozenset[str]  # "Sementara itu, ...": a line opening like this goes on with the story
    back_suffixes: tuple[str, ...]
    dateline_max: int
    dateline_subjects: frozenset[str]  # "Aparat TNI-Polri, ...": a head so opened is a sentence's subject, no dateline
    press_office_words: frozenset[str]  # "Humas", "Diskominfo": a dateline's part so opened is the publisher's desk
    desk_teams: frozenset[str]  # "Tim" before a press office's word: a line so opened credits the desk's team
    desk_credit_max: int
    lead_min: int
    front_max: int
    title_abbreviations: frozenset[str]  # "Pj." before an office: no sentence end
    amount_abbreviations: frozenset[str]  # "Rp." before an amount: neither
    item_ends: frozenset[str]  # "- Ketua Bawaslu X Budi Santoso;": a line closed like this is a list's item
    teaser_ends: frozenset[str]  # "Pemerintah Provinsi…": lines cut so, one after another, tease other stories
    bare_list_lines: int  # so many bare short lines in a row ("Pemkab Mesuji") are a page's list of partners or tags
    bare_list_words: int
    tag_line_items: int  # so many bare items on one line, joined by commas, are a page's tags
    tag_line_words: int
    link_bullets: frozenset[str]  # "- Bupati X Beri Pesan ...": a bulleted run of titles lists other stories
    link_run_lines: int
    title_firsts: frozenset[str]  # first words of offices' titles (offices.yaml): a line so opened names who is present
    name_titles: frozenset[str]  # "Ir.", "Hj." before a name (offices.yaml honorifics written with a stop): neither
    rank_words: frozenset[str]  # "Letkol", "Irjen" (offices.yaml ranks) before a corps or "Pol." ...
    rank_marks: frozenset[str]  # ... "Inf.", "Pol." (offices.yaml rank_suffixes) before the name: neither
    stop_openers: frozenset[str]  # "di X. Dalam ...", "S.Sos. Ia ...": a sentence opens after a glued full stop
    place_abbreviations: frozenset[str]  # "Kec.", "Kel.", "Jl." before the place's name: no sentence end
    lower_openers: frozenset[str]  # "... dan POLRI. mereka diingatkan ...": a sentence opened in lower case


@cache
def layout() -> Layout:
    data = load("layout")
    labels = tuple(data["link_labels"])
    return Layout(labels, tuple(data["verb_labels"]), frozenset(label[:1] for label in labels),
                  frozenset(data["link_blocks"]), data["link_block_tail_words"],
                  tuple(data["caption_marks"] + data["promo_marks"]), tuple(data["promo_acts"]),
                  data["caption_max_words"],
                  data["link_title_max_words"], data["headline_list_max_words"], frozenset(data["back_words"]),
                  tuple(data["back_suffixes"]), data["dateline_max_words"], frozenset(data["dateline_subjects"]),
                  frozenset(data["press_office_words"]), frozenset(data["desk_teams"]), data["desk_credit_max_words"],
                  data["lead_min_words"], data["front_max_lines"],
                  frozenset(data["title_abbreviations"]),
                  frozenset(data["amount_abbreviations"]),
                  frozenset(data["item_ends"]), frozenset(data["teaser_ends"]), data["bare_list_lines"],
                  data["bare_list_words"], data["tag_line_items"], data["tag_line_words"],
                  frozenset(data["link_bullets"]), data["link_run_lines"], _title_firsts(),
                  *_name_abbreviations(),
                  frozenset(data["glued_stop_openers"]), frozenset(data["place_abbreviations"]),
                  frozenset(data["lower_stop_openers"]))


def _title_firsts() -> frozenset[str]:
    """The first words of offices' titles ("Ketua", "Kepala", "Bupati", "Camat"), single-word heads included."""
    offices = load("offices")
    titles = list(offices["heads"]) + [t for row in offices["regional"] + offices["placed"] for t in row["titles"]]
    return frozenset(t.split()[0] for t in titles)


def _name_abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Honorifics written with a stop ("Ir.", "Hj.", "Prof."), the words of ranks ("Letkol", "Irjen", "Pol") and the
    marks written after a rank ("Inf.", "Pol."): a stop after them abbreviates, the name follows."""
    offices = load("offices")
    titles = frozenset(h[:-1] for h in offices["honorifics"] if h.endswith(".") and " " not in h)
    ranks = frozenset(w for rank in offices["ranks"] for w in rank.split())
    marks = frozenset(m.rstrip(".") for m in offices["rank_suffixes"]) | {"Pol"}
    return titles, ranks, marks


def _abbreviated(texts: list[str], i: int, spec: Layout) -> bool:
    """Whether the stop before ``texts[i]`` (closing brackets may stand between) abbreviates the word before it
    rather than ending a sentence: an interim title before its office ("Pj. Bupati", "Penjabat (Pj.) Gubernur"), a
    district, ward, village or street before its name ("Camat Kec. Kota Selatan", "di Jl. Sudirman"),
    an honorific before a name ("Bupati X, Ir. Budi"), a rank's corps or "Pol" before a name ("Letkol Inf. Budi",
    "Irjen Pol. Budi"), a currency before its amount ("denda Rp. 12 juta"). A name opens with a capital."""
    k = i - 1
    while k > 0 and texts[k] in CLOSERS and texts[k] not in STRAIGHT:
        k -= 1
    if k < 1 or texts[k] != ".":
        return False
    word = texts[k - 1]
    if word.lower() in spec.title_abbreviations:
        return True
    if word.lower() in spec.place_abbreviations:
        return texts[i][:1].isupper() or texts[i][:1].isdigit()
    if texts[i][:1].isdigit():
        return word.lower() in spec.amount_abbreviations
    if word in spec.rank_marks and k >= 2 and texts[k - 2] in spec.rank_words:
        return texts[i][:1].isupper() or texts[i] == "("  # "Komjen Pol. (P) Budi"
    return texts[i][:1].isupper() and word in spec.name_titles


def _not_prose(doc: Doc, texts: list[str], spaces,
               paragraphs: list[int]) -> tuple[set[int], set[int], set[int], list[int], set[int]]:
    """Tokens of lines that are not the story's own prose: what they name belongs elsewhere.

    The front matter above the dateline lead, headlines (mostly title case, no closing full
    stop), links to other stories and the titles listed under a "Related News" line, captions.
    Third, the short lines in the body after its prose taken for headlines: a title and its holder
    may stand so (a caption, a line of those present, a sentence cut after a title, its holder on
    the next line); the officials component reads a holder there only where the two close the line.
    Fourth, where a lead runs on after the headline repeated at a line's start, the token it starts at.
    Fifth, the tokens of links to other stories among the first (labelled links, lists of titles, teasers, tags).
    """
    spec = layout()
    full = doc._.text  # the text the tokens were made of, which segment sets when the caller has not
    offsets = [*doc.to_array(IDX).tolist(), len(full)]

    def span_text(start: int, end: int) -> str:
        """doc[start:end].text without making the Span: the last token's trailing space dropped."""
        return full[offsets[start]:offsets[end] - (1 if end > start and spaces[end - 1] else 0)]

    # where a paragraph opens: where its number first stands (they count up by one, token by token)
    bounds = [0, *(bisect_left(paragraphs, p) for p in range(paragraphs[0] + 1, paragraphs[-1] + 1)), len(texts)]
    lines = [(start, end) for start, end in zip(bounds, bounds[1:]) if not all(map(str.isspace, texts[start:end]))]
    out: set[int] = set()
    dated = next((n for n, (s, e) in enumerate(lines[:spec.front_max]) if _dateline(span_text(s, e).strip(), spec)),
                 None)
    lead = dated or 0
    captions: set[int] = set()
    named: set[int] = set()
    for start, end in lines[:lead]:
        out.update(range(start, end))
        # a line crediting a photo above the lead is a caption however long, which names who and what is pictured
        # ("Ketua X Budi dan Kadis Y saat ... di Gedung DPRD, Rabu (3/7/2024). (Foto: Dok)"): the front matter holds
        # no paragraph of the story that a caption could have been run into, as a long line of the body may be
        if _marked(span_text(start, end).lower(), spec):
            captions.update(range(start, end))
    if dated is not None:
        doc._.outlet_tokens = set(_outlet_code(texts, *lines[lead], spec.dateline_max + 1, spec.press_office_words))
    title = _normal(doc._.title or "")
    leads: list[int] = []
    if len(title.split()) >= 4:  # the headline repeated in the text, in whatever case ("Bupati minta ASN ...")
        for start, end in lines[:spec.front_max]:
            line = _normal_head(span_text(start, end), len(title))
            if line == title or len(line.split()) >= 4 and (title.startswith(line) or line.startswith(title)):
                cut = _title_end(texts, start, end, title, spec.lead_min)
                out.update(range(start, cut))
                if cut < end:
                    leads.append(cut)
        # ... and lower down, a whole line that is the headline again (a caption restating it, its credit dropped; the
        # page's own lists repeating it): no prose of the story
        for start, end in lines[spec.front_max:]:
            if _normal_head(span_text(start, end), len(title)) == title and _normal(span_text(start, end)) == title:
                out.update(range(start, end))
    in_links = False
    out_before = set(out)  # front matter and the headline repeated: no caption's
    links: set[int] = set()  # links to other stories
    prose = False  # a line of the story closed by its full stop came before (not a page's lists of other stories)
    long_lines: list[tuple[int, int]] = []  # long lines a caption or promotion was run into
    body = lines[lead:]
    body_words = [list(filterfalse(str.isspace, texts[start:end])) for start, end in body]  # a line holds a word
    teasers = _teasers(texts, body, spec.teaser_ends, lead == 0) | _bare_lists(body, body_words, spec) | \
        _bulleted_titles(body, body_words, spec)
    for (start, end), words in zip(body, body_words):
        if start in teasers:
            out.update(range(start, end))
            links.update(range(start, end))
            continue
        ends_sentence = words[-1] in END or words[-1][-1] == "." or (  # "..., Sahroni, S.H., M.H.": a full stop
            words[-1] in CLOSERS and len(words) > 1 and words[-2] in END)
        line = span_text(start, end).strip().lower()
        # (a label of up to three words and its tail: twice as many tokens at most, marks split off)
        if line.rstrip(":").strip() in spec.link_blocks or not ends_sentence and \
                len(words) <= 2 * (spec.block_tail + 3) and _block_label(span_text(start, end), spec):
            in_links = True
            out.update(range(start, end))
            links.update(range(start, end))
            continue
        in_links = in_links and words[-1] != "." and sum(w.isalnum() for w in words) <= spec.link_title_max
        # a numbered line is an item of a list in the story ("2. Budi Santoso (Ketua Panwascam X)"), not a headline,
        # and so is a line closed by a semicolon ("- Kepala Kesbangpol X Hery Mulyadi;"): a headline never is
        headline = not ends_sentence and words[-1] not in spec.item_ends and not list_number(words) \
            and not _points_back(words, spec) and _headline(words, spec.headline_list_max)
        marked, short = _marked(line, spec), len(words) <= spec.caption_max
        if marked and short and not in_links:  # a short caption, also in title case: it names who is pictured
            captions.update(range(start, end))
        if in_links or headline:
            out.update(range(start, end))
            if in_links:
                links.update(range(start, end))
            if headline and prose and not in_links and not marked and start not in out_before and \
                    sum(w.isalnum() for w in words) <= spec.headline_list_max:
                named.update(range(start, end))
        elif ends_sentence and not marked and words[-1] != "?" and len(words) >= spec.lead_min:
            prose = True  # not a question's headline ("..., Apa Itu?")
        if marked and not (in_links or headline):
            if short:
                out.update(range(start, end))
            else:
                long_lines.append((start, end))
    starts = doc._.sentence_starts
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(texts)
        o = s + 1 if texts[s] == "(" and s + 1 < e else s  # "(Baca juga: ...)": a link in brackets
        if texts[o][:1].lower()[:1] in spec.link_initials and \
                _link(texts, o, span_text(o, min(o + 5, len(texts))), spec):
            line = bisect_right(bounds, s)
            if o > s:  # the bracket closes the link; what follows it opens a sentence ("(Baca juga: X) Ia menegaskan")
                close = next((c + 1 for c in range(o, e) if texts[c] == ")"), e)
                after = next((c for c in range(close, e) if not texts[c].isspace()), e)
                if after < e:
                    leads.append(after)
                e = close
            elif all(map(str.isspace, texts[bounds[line - 1]:s])):  # opening its line, the link runs to the line's
                e = max(e, bounds[line])  # end, past a stop in its title ("Baca juga: X Dilantik. Bupati: ...")
            out.update(range(s, e))  # "Baca juga: ..." inside a paragraph
            links.update(range(s, e))
            named.difference_update(range(s, e))
        elif any(a <= s < b for a, b in long_lines) and _marked(span_text(s, e).lower(), spec):
            out.update(range(s, e))
        elif (texts[s] == "*" or texts[s].lower() in spec.press_office_words or texts[s].lower() in spec.desk_teams) \
                and _desk_credit(texts[s:e], spec):
            out.update(range(s, e))  # "... tegasnya. **Tim Kominfo X/Budi**": who wrote it, no prose
    return out, captions, named - captions, leads, links


def _marked(text: str, spec: Layout) -> bool:
    """A caption's or a promotion's mark in ``text`` (lower-cased), outside a banned act that holds a mark's words
    ("bergabung atau follow akun grup pemenangan")."""
    for act in spec.promo_acts:
        text = text.replace(act, " ")
    return any(m in text for m in spec.caption_marks)


def _teasers(texts: list[str], lines: list[tuple[int, int]], ends: frozenset[str], opening: bool) -> set[int]:
    """Starts of the lines cut off within a sentence ("... Pemerintah Provinsi…", "Menteri Pertanian RI,…") that stand
    next to another such line: a page's teasers of other stories come in runs, where the story's own text cut short
    ends in one line alone. A run opening the text (``opening``: nothing above ``lines``; "GARUT - Netralitas ASN
    kembali disorot…", "Ketua Bawaslu ... sudah mengingatkan ASN berkali-kali...") is the story's own text, which the
    page cuts so: the teasers come after it. Below front matter, a run the lead opens ("SlemanPost, Sleman - ...…")
    is a teaser like the others."""
    cut = []
    for start, end in lines:
        last = end - 1
        while texts[last].isspace():  # a line holds a word (``lines`` keeps no blank one)
            last -= 1
        cut.append(last > start and texts[last] in ends and texts[last - 1] not in END)
    own = next((n for n, c in enumerate(cut) if not c), len(cut)) if opening else 0  # the run opening the text
    return {start for n, (start, _) in enumerate(lines)
            if n >= own and cut[n] and (n > 0 and cut[n - 1] or n + 1 < len(lines) and cut[n + 1])}


def _bare_lists(lines: list[tuple[int, int]], line_words: list[list[str]], spec: Layout) -> set[int]:
    """Starts of the lines in a run of at least ``bare_list_lines`` bare short lines ("DPRD Kota Metro", "Pemkab
    Mesuji", "Universitas Lampung"): a page's list of partners or tags, which a story's prose never writes so. A line
    opened by an office's title ("Ketua Bawaslu Kabupaten X", then its holder's name) lists who spoke or came: it
    breaks the run. A run right after a line ending in a colon ("Rapat dihadiri perwakilan:") is the story's own list
    of who came. A single line of such items joined by commas is the same list (``_tag_line``). ``line_words``: each
    line's words (no spaces)."""
    out: set[int] = set()
    run: list[int] = []
    introduced = False  # the line before the run ends in a colon
    last = ""  # the last word of the line before
    for (start, end), words in [*zip(lines, line_words), ((0, 0), [])]:
        if _tag_line(words, spec):
            out.add(start)
        if end - start <= 2 * spec.bare_list_words and 0 < len(words) <= spec.bare_list_words and \
                words[0] not in spec.title_firsts and all(w.isalnum() and (w[0].isupper() or w[0].isdigit())
                                                          for w in words):
            if not run:
                introduced = last == ":"
            run.append(start)
        else:
            if len(run) >= spec.bare_list_lines and not introduced:
                out.update(run)
            run = []
        last = words[-1] if words else ""
    return out


def _bulleted_titles(lines: list[tuple[int, int]], line_words: list[list[str]], spec: Layout) -> set[int]:
    """Starts of the long title-case lines listing with commas in a run of at least ``link_run_lines`` bulleted lines
    closed by no stop where two others are headlines: a page's list of other stories, each title its own line ("- Lantik
    3.344 PPPK & 352 CPNS, Bupati X Pengin ASN Jadi Agen Perubahan"), which ``_headline`` alone takes for prose."""
    out: set[int] = set()
    run: list[tuple[int, bool, bool]] = []  # (start, a headline alone, a title however long) of each bulleted line
    for (start, _), words in [*zip(lines, line_words), ((0, 0), [])]:
        if len(words) > 2 and words[0] in spec.link_bullets and words[-1] not in END and words[-1][-1] != ".":
            run.append((start, _headline(words, spec.headline_list_max), _headline(words, len(words))))
            continue
        if len(run) >= spec.link_run_lines:
            heads = sum(alone for _, alone, _ in run)
            out.update(s for s, alone, titled in run if titled and not alone and heads >= 2)
        run = []
    return out


def _tag_line(words: list[str], spec: Layout) -> bool:
    """A line of at least ``tag_line_items`` bare items joined by commas ("Polres X, Kapolres X, AKBP Budi, Pemkab X,
    ..."): a page's tags printed without their label, each a capitalised name or a number, closed by no stop."""
    if words.count(",") + 1 < spec.tag_line_items or words[-1] == ",":
        return False
    size = 0  # words of the item so far
    for w in words:
        if w == ",":
            if not size:
                return False
            size = 0
        elif w.isalnum() and (w[0].isupper() or w[0].isdigit()) and size < spec.tag_line_words:
            size += 1
        else:
            return False
    return True


def _title_end(texts: list[str], start: int, end: int, title: str, lead_min: int) -> int:
    """Where the headline repeated at a line's start ends: the line's end, unless a lead of at least ``lead_min``
    words runs on after it with no break ("Bupati Minta ASN Netral SLEMAN - Bupati Sleman meminta ...")."""
    wanted, seen = len(title.split()), 0
    for i in range(start, end):
        seen += len(_normal(texts[i]).split())
        if seen >= wanted:
            rest = sum(len(_normal(t).split()) for t in texts[i + 1:end])
            return i + 1 if rest >= lead_min else end
    return end


def _link(texts: list[str], s: int, opening: str, spec: Layout) -> bool:
    """Whether a sentence opening so ("Baca Juga: ...", "Tag : ...") links to another story or lists tags; one
    opening with a verb label goes on in lower case when it is prose ("Lihat juga kesiapan TPS ...")."""
    opening = opening.lower().replace(" :", ":")
    if not opening.startswith(spec.link_labels):
        return False
    verb = next((label for label in spec.verb_labels if opening.startswith(label)), None)
    if verb is None:
        return True
    after = s + len(verb.split())
    return after >= len(texts) or not texts[after][:1].islower()


def _block_label(line: str, spec: Layout) -> bool:
    """Whether a line with no closing stop opens a list of links by a label ("Berita Lainnya") and at most
    ``block_tail`` words after it that are not prose going on in lower case: the widget's time window or index
    ("Terpopuler 24 Jam Terakhir", "Berita Lainnya +INDEKS")."""
    words = line.split()
    return any(len(words) - spec.block_tail <= n < len(words) and " ".join(words[:n]).lower() in spec.link_blocks
               and not words[n][:1].islower() for n in range(1, 4))


def _normal(text: str) -> str:
    """Lower case, words only: "Bupati Minta ASN Jaga Netralitas," -> "bupati minta asn jaga netralitas"."""
    return " ".join(WORD.findall(text.lower()))


def _normal_head(text: str, size: int) -> str:
    """``_normal(text)`` cut after the word that takes it past ``size`` characters: all that tells whether it
    equals, begins or opens with a string of that size (a headline), read without normalising a long paragraph."""
    words, length = [], -1
    for m in WORD.finditer(text.lower()):
        words.append(m[0])
        length += len(m[0]) + 1
        if length > size:
            break
    return " ".join(words)


def _dateline(line: str, spec: Layout) -> bool:
    """The lead: "JAKARTA, KOMPAS.TV - Menteri ..." (a short head without digits, a dash, a sentence)."""
    marked = line
    if "-" in line:  # the in-word hyphens marked only where the head and its dash may be: the rest is long
        cut = end.end() if (end := PAST_HEAD.search(line, HEAD_MAX)) is not None else len(line)
        marked = IN_WORD_HYPHEN.sub("\\1\u2010", line[:cut]) + line[cut:]
    m = DATELINE.match(marked)
    if m is None:
        return False
    head = m["head"].replace(",", " ").split()
    if line.lower().startswith(spec.link_labels):  # "Baca Juga: ..." links to another story
        return False
    # a place in capitals or the outlet's name, also in camel case ("iNSulteng", "tvOnenews.com")
    return (1 <= len(head) <= spec.dateline_max and all(_capitalised(w) or "." in w or w[:1] == "(" for w in head)
            and head[0].lower() not in spec.dateline_subjects and len(m["rest"].split()) >= spec.lead_min)


def _desk_credit(words: list[str], spec: Layout) -> bool:
    """Whether a sentence's tokens credit the press desk that wrote the story: at most ``desk_credit_max``
    words, marks aside ("**", "/"), opened by a press office's word, or a team's word before it, and naming the
    writers after a slash or the desk's team ("Tim Kominfo X/Budi", "Diskominfo X/Budi", "Tim Humas Setda X")."""
    named = [w for w in words if any(map(str.isalnum, w))]
    if not 1 < len(named) <= spec.desk_credit_max or next(w for w in reversed(words) if not w.isspace()) in END:
        return False
    team = named[0].lower() in spec.desk_teams
    return named[team].lower() in spec.press_office_words and (team or "/" in words)


def _outlet_code(texts: list[str], start: int, end: int, most: int, press: frozenset[str]) -> list[int]:
    """The tokens of a dateline's head that name its outlet or publisher, not an institution of the story: those
    between the place and the dash, after a comma ("PALANGKA RAYA, MK -", "MAKASSAR, RAKYATSULSEL -"), the place
    before the comma staying; and a part opened by a press office's word (``press``), before the comma or alone
    ("DISKOMINFO, MAKALE -", "Kominfo Sinjai -"). Both the comma and the dash come within ``most`` tokens, as a
    dateline's head is short."""
    while start < end and texts[start].isspace():
        start += 1
    desk = start < end and texts[start].lower() in press
    for i in range(start, min(end, start + most)):
        if texts[i] in DASHES:
            return list(range(start, i)) if desk else []  # no comma before the dash: the head is one part
        if texts[i] == ",":
            for j in range(i + 1, min(end, i + 1 + most)):
                if texts[j] in DASHES:
                    return [*(range(start, i) if desk else ()), *range(i + 1, j)]
            return []
    return []


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isalpha() and any(c.isupper() for c in word[1:])


def _points_back(words: list[str], spec: Layout) -> bool:
    """Whether a line opens by pointing back to the prose before it ("Sementara itu, ...", "Acara ini dihadiri ...",
    "Sebelumnya, ..."), as a headline, which stands alone, does not: the story going on, cut before its full stop."""
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    return words[1] in spec.back_words or words[1] == "," and words[0].lower().endswith(spec.back_suffixes)


def _headline(words: list[str], list_max: int) -> bool:
    """Mostly title case, not ending in a lower-case word (nor, as the caller checks, a full stop); a
    long line that lists with commas is prose ("Hadir Asisten ... Musti, Kepala BKD ..."), not a headline, and so is
    one that spells a name out before its acronym in brackets (``_glossed``)."""
    if "," in words and sum(w.isalnum() for w in words) > list_max:
        return False
    if _glossed(words):
        return False
    content = [w for w in words if w.isalpha() and len(w) > 3 and not w.isupper()]
    return (len(content) >= 4 and not words[-1][:1].islower()
            and sum(w.istitle() for w in content) >= 0.7 * len(content))


def _glossed(words: list[str]) -> bool:
    """A name spelt out and its acronym in brackets after it ("Badan Pengawas Pemilu (Bawaslu)", "Badan Kesatuan
    Bangsa dan Politik (Kesbangpol)"): prose explains an acronym so, a headline writes the acronym alone; a line cut
    before its full stop. The acronym is made of a piece of each of the name's last words, the first piece opening its
    word (`_pieced`), which a caption's position in brackets after a name is not ("Camat Pedan (Kanan)")."""
    for k in range(2, len(words) - 2):
        acronym = words[k + 1]
        if words[k] != "(" or words[k + 2] != ")" or not acronym.isalpha() or not acronym[0].isupper():
            continue
        first = k
        while first > 0 and (words[first - 1].istitle() or words[first - 1] in GLOSS_JOINERS):
            first -= 1
        name = [w.lower() for w in words[first:k] if w not in GLOSS_JOINERS]
        if any(len(name) - n >= 2 and _pieced(acronym.lower(), name[n:]) for n in range(len(name))):
            return True
    return False


def _pieced(letters: str, name: list[str], opening: bool = True) -> bool:
    """Whether ``letters`` split into one piece per word of ``name``, in order, each piece's letters standing in its
    word in that order, the first piece opening the first word (``opening``) ("bawaslu": "ba" badan, "was" pengawas,
    "lu" pemilu)."""
    if len(letters) < len(name) or opening and letters[0] != name[0][0]:
        return False
    if len(name) == 1:
        return _in_order(letters, name[0])
    return any(_in_order(letters[:cut], name[0]) and _pieced(letters[cut:], name[1:], False)
               for cut in range(1, len(letters) - len(name) + 2))


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` stand in ``word`` in this order, others between them."""
    rest = iter(word)
    return all(c in rest for c in letters)


def sentences(doc: Doc) -> list:
    """The sentence spans, from the boundaries the segmenter recorded (cheaper than doc.sents). They are sorted
    token positions, so each span is made directly (``doc[s:e]`` first checks the bounds in Python)."""
    starts = doc._.sentence_starts
    if starts is None:
        return list(doc.sents)
    ends = starts[1:] + [len(doc)]
    return [Span(doc, s, e) for s, e in zip(starts, ends)]


def _wrapped(texts: list[str], i: int) -> bool:
    """A single line break inside a sentence: the line stops without punctuation and the next
    goes on in lower case, or after an open bracket, or with an acronym amid lower-case words
    ("komit menjaga netralitas\nASN dalam pelaksanaan")."""
    if texts[i] != "\n" or i == 0 or i + 1 >= len(texts):
        return False
    before, after = texts[i - 1], texts[i + 1]
    then = texts[i + 2] if i + 2 < len(texts) else ""
    if before == "(":
        return True
    if not before.isalpha():
        return False
    if after.isalpha() and after.islower():
        return True
    return before.islower() and after.isalpha() and after.isupper() and len(after) > 1 and \
        (then[:1].islower() or then in {",", ")"})


def _list_marker(texts: list[str], start: int, end: int) -> bool:
    """Whether a sentence so far (``texts[start:end]``) is only the number of a list item ("1.", "b."): the item
    follows. Such a number is at most three words: the sentence is read no further."""
    words: list[str] = []
    for k in range(start, end):
        if not texts[k].isspace():
            words.append(texts[k])
            if len(words) > 3:
                return False
    return 0 < len(words) == list_number(words)


def list_number(words: list[str]) -> int:
    """How many of a sentence's first words (spaces left out) are a list item's number: "1." as one
    token or as "1" and ".", "b.", "1)", "(2)" (0 if none)."""
    if len(words) >= 3 and words[0] == "(" and words[2] == ")" and _item_label(words[1]):
        return 3
    if len(words) >= 2 and words[1] in {".", ")"} and _item_label(words[0]):
        return 2
    return 1 if words and _NUMBERED.fullmatch(words[0]) else 0


def _item_label(word: str) -> bool:
    """A list item's number or letter: at most two digits, or one letter (a longer word is prose)."""
    return word.isdigit() and len(word) <= 2 or len(word) == 1 and word.isalpha()


def _glued_stop(texts: list[str], i: int, spec: Layout) -> bool:
    """A word the tokenizer keeps with its full stop (a capital letter "X.", a degree "S.H.", "M.Si.", a list's
    "dll.") ends the sentence when a word that opens sentences and names nobody follows it ("diunggah di X. Dalam
    video itu ...", "kata Budi Santoso, S.Sos. Ia menambahkan ...", "baliho, spanduk, dll. Bupati juga ..." is not:
    "Bupati" may go on a title); before a name it is an initial or an honorific ("Budi S. Santoso", "H. Lalu
    Saswadi", "Ir. Budi") and the sentence goes on, and so does a list item's letter after a mark, before the item
    ("dilarang melibatkan: a. ASN; b. Aparatur Sipil Negara"); after a word the letter is cited ("ayat 1 huruf c.")."""
    text = texts[i]
    return len(text) > 1 and text[-1] == "." and text[0].isalpha() and i + 1 < len(texts) and \
        texts[i + 1] in spec.stop_openers and not (len(text) == 2 and text[0].islower() and i > 0
                                                   and not texts[i - 1][:1].isalnum())


def _continues(texts: list[str], spaces, i: int, spec: Layout) -> bool:
    """After an end mark: closing quotes, more end marks, a comma ("Andri, AP., M.Si., minta ...")
    or a lower-case word stay in the sentence; but a pronoun written in lower case right after a full stop that ends
    a word ("... TNI dan POLRI. mereka diingatkan ...") opens a sentence the outlet forgot to capitalise."""
    text = texts[i]
    if text in spec.lower_openers and texts[i - 1] == "." and i > 1 and texts[i - 2].isalpha() and \
            len(texts[i - 2]) > 1:
        return False
    if text in END or text in {",", ";"} or text[:1].islower():
        return True
    if text in CLOSERS:
        opens = text in STRAIGHT and not spaces[i] and i + 1 < len(texts) and texts[i + 1].isalpha()
        return not opens
    return False
