"""Institutions with their canonical identity into ``doc.ents`` (label ORG, ``ent_id_`` = key).

National names and acronyms resolve directly. A regional head ("Bawaslu", "Pemprov", "BKD")
takes the region that follows it, through an acronym in brackets and a level word:
"Badan Pengawas Pemilihan Umum (Bawaslu) Kalimantan Timur" -> Bawaslu Provinsi Kalimantan Timur.
A head with no region falls back to the same body named elsewhere in the article, then to the
national body ("Bawaslu") or the generic kind ("BKD"); spelled out in full ("Badan Pengawas
Pemilu") it is the national body. Units named by a number and a place ("Kodim 0711/Pemalang",
"Dandim 0415/Jambi") and offices read from their own name ("Dinas Perhubungan (Dishub) Kota
Pangkalpinang") are registered as the text names them. An acronym inside a document number
("SE Nomor 800/1071/BKPSDM") names no institution.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..districts import district_end, district_provinces, is_district
from ..extensions import register
from ..regions import Region, gazetteer
from ..registry import LEVEL_TITLES, Agency, registry
from ..resources import load
from ..termspans import TermMatcher

UNIT_WORDS = 6  # words of a unit's name between an office and its body
PAREN_MAX = 6
SUPERIOR_GAP = 3  # words between a body and the kind listed after it as its lower units (", mulai dari")
INITIALS_MAX = 3  # letters of a person's initials ("AR", "MAD")
NUMBER_MARKS = {"/", "-"}  # the marks joining a document number's parts
NUMBER_PARTS = 6  # tokens of a document number looked back through for a digit
NAME_TOKENS = 8  # tokens of a service's own name, hyphens split ("Sultan Aji Muhammad Idris Samarinda")
TICKET_LINKS = {"dan", "serta", "/", "-", "–"}  # what joins a ticket's two titles ("Gubri dan Wagubri")


class Agencies:
    def __init__(self, nlp: Language) -> None:
        register()
        self.reg = registry()
        self.gaz = gazetteer()
        self.matcher = TermMatcher(nlp)
        data_regional = load("regional_agencies")
        types = data_regional["types"]
        self.any_town_seats = set(data_regional["seated_by_town"]["any_town"])  # courts: a seat as written
        # heads that are also plain words ("Pemerintah") or a national name ("Kejaksaan"): a body only with a region
        # right after them, so a national institution keeps the name where none follows
        self.placed_heads = {h["text"].casefold() for t in types.values() for h in t["heads"] if h.get("placed")}
        # heads of a national kind that name its regional body by their own words ("KPUD"): alone they are the
        # story's region's body, never the national one where a region can be told
        self.regional_heads = {h["text"].casefold() for t in types.values() for h in t["heads"] if h.get("regional")}
        head_texts = {h.casefold() for t in self.reg.types.values() for h, _ in t.heads} - self.placed_heads
        self.beside_words: dict[str, set[str]] = {}  # words that make a "beside" form the institution (``_beside``)
        for a in self.reg.agencies.values():
            if a.extra.get("direct"):  # "Polda Metro Jaya"
                self.matcher.add("agency", a.key, a.extra["direct"])
            if a.region is not None or a.key.endswith("@") or a.office_only:
                continue
            surfaces = [a.name, a.acronym or "", *a.aliases]
            self.matcher.add("agency", a.key, [s for s in surfaces if s.casefold() not in head_texts])
            if a.extra.get("cased"):  # "Kepolisian", not "kepolisian"
                self.matcher.add("agency", a.key, a.extra["cased"], cased=True)
            if a.extra.get("beside"):  # "TNI dan kepolisian"
                self.matcher.add("beside", a.key, a.extra["beside"]["forms"], cased=True)
                self.beside_words[a.key] = set(a.extra["beside"]["words"])
        # kinds whose heads write their level ("Pemerintah Provinsi", and so its short form "Pemprov"), unlike
        # those where the level goes without saying ("Polda", "Kejati", "Kanwil Kemenag")
        self.told_levels = {(t.key, level) for t in self.reg.types.values() for text, level in t.heads
                            if level and text.split()[-1] in self.reg.level_words}
        self.national_names = {}  # type -> its national body's full names ("Badan Pengawas Pemilu")
        for t in self.reg.types.values():
            for text, level in t.heads:
                self.matcher.add("head", f"{t.key}|{level or ''}", [text])
            if t.national:
                nat = self.reg.agencies[t.national]
                self.national_names[t.key] = {n.casefold() for n in (nat.name, *nat.aliases)}
        for kind, spec in self.reg.numbered.items():
            self.matcher.add("unit", kind, [*spec["heads"], *(spec.get("offices") or [])])
        self.offices = self.reg.named_offices
        # the one-word heads of a national body's branches ("Bawaslu", "KPU"), which carry one name everywhere: in
        # brackets after a name spelled out another way they tell the branch meant (``_named``); a regency names
        # its own offices, so there the spelled-out name stands ("Badan Kepegawaian Sumber Daya Manusia (BKPSDM)")
        self.acronym_heads = {text.casefold(): t.key for t in self.reg.types.values() for text, level in t.heads
                              if t.national and level is None and " " not in text}
        # every regional kind's head, each read by the matcher wherever it stands (``_glossed_again`` leaves them)
        self.known_heads = {text for t in self.reg.types.values() for text, _ in t.heads}
        self.named_heads = {h.casefold() for h in self.offices["heads"]}  # kinds read from an office's own name
        # kinds of body a service numbers within a province ("Kanwil DJP Jawa Timur II"): the numbers it uses
        self.divisions = {key: frozenset(t.get("divisions") or ())
                          for key, t in types.items()}
        self.matcher.add("named", "named", self.offices["heads"])
        data = load("agencies")
        self.blocked_after = set(data.get("blocked_after") or [])
        self.regulation_words = set(data["regulation_words"])
        self.occasion_words = set(data["occasion_words"])
        self.technical_units = set(data["technical_units"])
        units = data["ministry_units"]
        self.ministry_general = set(units["general"])
        self.ministry_words = set(units["words"])
        self.ministry_links = set(units["links"])
        offices = load("offices")
        self.degrees = set(offices["degrees"])
        self.scope_words = set(offices["scope_words"])  # "se-": the whole of the region after it
        self.seat_town_types = set(offices["seat_town_types"])  # courts and prosecutors named by their seat town
        # Balinese birth-order names after "I" ("I Made"): that "I" opens a name, not a service's numbered office
        self.after_i = {w.split()[1] for w in offices["name_starts"] if w.split()[0] == "I"}
        self.initial_words = set(data["initial_words"])
        self.staff_words = set(data["staff_words"])
        self.campaign_boards: dict[str, str] = data["campaign_boards"]
        self.initial_links = set(data["initial_links"])
        seats = data["contested_seats"]
        self.seat_bodies = set(seats["agencies"])
        self.seat_markers = set(seats["markers"])
        self.seat_near_markers = self.seat_markers | set(seats["near_markers"])
        self.seat_reach = seats["reach"]
        self.list_links = set(data["national_list_links"])
        self.list_heads = set(data["national_list_heads"])
        self.shared_spelled = set(data["shared_spelled"])  # kinds whose national name shares a list's region
        self.every_words = set(data["every_words"])
        self.companion_words = set(data["companion_words"])
        self.companion_located = set(data["companion_located"])
        self.every_region_kinds = set(data["every_region_kinds"])
        self.lower_alone_after = set(data["lower_alone_after"])
        self.local_words = set(data["local_words"])
        self.owner_links = set(data["owner_links"])
        self.region_links = set(data["region_links"])
        self.level_links = set(data["level_links"])
        self.superior_links = set(data["superior_links"])
        self.seat_names = set(seats["names"])
        self.seat_links = set(seats["links"]) | self.seat_names
        self.seat_joiners = set(seats["joiners"])
        self.candidacy = set(seats["candidacy"])
        self.candidacy_fillers = set(seats["candidacy_fillers"])
        self.fused_titles = {w.casefold() for w in seats["fused_titles"]}
        self.contest_words = {w.casefold() for w in offices["contest"]}
        self.matcher.add("rank", "rank", offices["ranks"])  # "Mayjen TNI" is a rank, not a mention of TNI
        # a rank or an honorific ends a unit's place name ("Dandim 0415/Jambi Letkol ...", "UIN Datokarama Prof ...")
        # a form of several words stops it only when whole: "Sri Sultan" does, "Lanud Sri Mulyono Herlambang" goes on
        self.place_stops: dict[str, list[list[str]]] = {}
        for stop in offices["ranks"] + offices["honorifics"] + data["place_stops"]:
            first, *rest = stop.split()
            self.place_stops.setdefault(first, []).append(rest)
        self.office_words = {h for h in offices["heads"] if " " not in h}  # "Kepala", "Ketua", "Kadis"
        # the first words of every title, which open the next official of a list, not a word of an office's field
        # ("Kepala Dinas Pariwisata, Inspektur, dan Camat X")
        self.title_firsts = self.office_words | {
            t.split()[0] for row in offices["regional"] + offices["placed"] for t in row["titles"]}
        # level words that open the next, larger place after a unit's own ("Pemdes Sukamaju Kecamatan Cibadak",
        # "Pemerintah Kecamatan Kresek Kabupaten Tangerang"); "Kota" only as a known city's ("Kota Bogor"): "Bagan
        # Kota" is one place
        self.next_levels = set(offices["placed_levels"]) | {
            w for w, lvl in self.reg.level_words.items() if lvl != "kota"}
        # the first and last words of places, as offices of places read them ("Camat Sungai X", "Lurah X Kidul"), and
        # a level word not followed by a known region ("SMKN 3 Kota Baru")
        self.unit_place_firsts = set(offices["place_firsts"]) | set(data["unit_place_firsts"])
        self.place_lasts = set(offices["place_words"])

    def __call__(self, doc: Doc) -> Doc:
        places = {s.start: s for s in doc.spans.get("places", [])}
        found: list[tuple[int, int, str]] = []
        pending: list[tuple[int, int, str, str | None]] = []
        unplaced: list[Span] = []
        spelled: list[tuple[int, int, str, str | None]] = []  # election bodies' national names spelled out
        bare_levels: set[int] = set()  # heads of one body whose level is told but not its region
        placeable: set[int] = set()  # heads named alone, which may take the region the story is about
        here: dict[int, Region | None] = {}  # heads of the place just named ("Bawaslu setempat"): that place
        regional_only: set[int] = set()  # heads that name a national kind's regional body ("KPUD")
        # a head that names a body only before a region of its kind is dropped before the longest spans are kept, so
        # that a national name it shares wins elsewhere ("Kejaksaan" alone or before a province, "Kejaksaan Muara Enim")
        spans = filter_spans([span for span in self.matcher.spans(doc, longest=False) if not (
            span.label_ == "head" and span.text.casefold() in self.placed_heads
            and not self._placed_region(doc, span, places)) and not (
            span.label_ == "unit" and self.reg.numbered[span.id_].get("one_district")
            and not _one_district_after(doc, span, self.reg.numbered[span.id_]))])  # in order, none overlapping
        bodies = {span.start for span in spans if span.label_ != "rank" and not self._levelled_bare(doc, span)}
        national_bodies = {span.start for span in spans if span.label_ == "agency"}
        boards = self._boards_named(doc, spans)
        for span in spans:
            if _in_number(doc, span) or span.start > 0 and doc[span.start - 1].lower_ in self.regulation_words:
                continue  # "Nomor 800/1071/BKPSDM", "Peraturan KPU Nomor 23": a document, not the institution
            national = self.reg.types[span.id_.split("|")[0]].national if span.label_ == "head" else None
            if (span.label_ == "agency" or national) and self._after_occasion(doc, span):
                continue  # "HUT ke-52 Korpri", "baju Korpri": the body's anniversary or dress, not the body
            if national and (self._before_other(doc, span, national) or _campaign_board(span, boards)):
                continue  # "BPN Prabowo-Sandi": another body's acronym, not the land offices
            if span.label_ in ("head", "named") and (self._of_unit(doc, span.start) or not national and
                                                      self._of_ministry_unit(doc, span, national_bodies)):
                continue  # "UPT Dinas Pendidikan", "Direktur Satpol PP dan Linmas Kemendagri": a unit, not the office
            if span.label_ == "agency":
                if self._blocked(doc, span, boards):
                    continue
                found.append((span.start, span.end, span.id_))
            elif span.label_ == "beside":
                if self._beside(doc, span):
                    found.append((span.start, span.end, span.id_))
            elif span.label_ == "head":
                type_key, level = span.id_.split("|")
                # "Dinas X (DPMD) Kabupaten Y": the gloss of a body already read, whose region that body holds
                read = span.start > 0 and doc[span.start - 1].text == "(" and any(
                    s < span.start < e for s, e, _ in found)
                hit = self._regional(doc, span, type_key, level or None, places, read) or \
                    self._district_unit(doc, span, type_key, places) or self._town_seat(doc, span, type_key, places)
                if hit:
                    found.append(hit)
                elif self.reg.types[type_key].national and self._after_blocking(doc, span):
                    continue  # "Kadis Kominfo dan Statistik Provinsi X": a regional office's name, not the ministry
                elif span.text.split()[0] in self.offices["heads"] and (named := self._named(
                        doc, Span(doc, span.start, span.start + 1), places, bodies)):
                    found.append(named)  # "Dinas Pendidikan dan Kebudayaan Kabupaten X": a longer field
                elif span.text.split()[0] in self.offices["heads"] and self._glossed_field(doc, span, places, bodies):
                    unplaced.append(Span(doc, span.start, span.start + 1))  # "Dinas Pekerjaan Umum dan Perumahan
                    # Rakyat (PUPR), Budi": a longer field glossed, read below (``_unplaced``) in the story's region
                elif span.text.casefold() in self.national_names.get(type_key, ()) and not (
                        span.start > 0 and doc[span.start - 1].lower_ in self.staff_words) and not self._local_after(
                        doc, span.end):
                    found.append((span.start, span.end, self.reg.types[type_key].national))
                    if type_key in self.shared_spelled:
                        spelled.append((span.start, span.end, type_key, None))
                elif level:
                    pending.append((span.start, span.end, type_key, level))
                    if (type_key, level) in self.told_levels and self._one_of_level(doc, span.start, span.end):
                        bare_levels.add(span.start)
                elif worded := self._level_after(doc, span.end):  # "Bawaslu provinsi beserta ...", "DPRD Kota"
                    pending.append((span.start, worded[0], type_key, worded[1]))
                    if self._one_of_level(doc, span.start, worded[0]):
                        bare_levels.add(span.start)
                else:
                    pending.append((span.start, span.end, type_key, None))
                    if span.text.casefold() in self.regional_heads and not (
                            span.start > 0 and doc[span.start - 1].text == "("):
                        regional_only.add(span.start)  # "Ketua KPUD", not "Komisi Pemilihan Umum Daerah (KPUD)"
                    if self._local_after(doc, span.end):
                        here[span.start] = self._place_before(doc, span.start, places, found, type_key)
                    elif type_key not in self.every_region_kinds and self._alone(doc, span, bodies) and not (
                            self.reg.types[type_key].generic and span.start > 0 and doc[span.start - 1].text == "("):
                        placeable.add(span.start)  # "Kantor Kesatuan Bangsa dan Politik (Kesbangpol)": restated
            elif span.label_ in ("unit", "named"):
                hit = self._numbered(doc, span, places) if span.label_ == "unit" else \
                    self._named(doc, span, places, bodies)
                if hit:
                    found.append(hit)
                elif span.label_ == "named" and span.start > 0 and doc[span.start - 1].text in self.office_words:
                    unplaced.append(span)  # "Kepala Dinas Perindustrian, Nuryanthi": read below (``_unplaced``)
        headline = (doc._.headline_tokens or set()) | (doc._.outlet_tokens or set())
        captions = (doc._.caption_tokens or set()) | (doc._.name_line_tokens or set())
        # a short photo caption names no institution, but one an office heads names the pictured official's
        # ("Ketua Bawaslu Sumsel Iin ... (Foto: ...)"), which officials read from it; so may a short line in title
        # case ("Kepala BKPSDM X Budi"), which officials drop again where no holder closes the line
        found = [f for f in found if f[0] not in headline or f[0] in captions and self._held(doc, f[0], f[1])]
        pending = [p for p in pending if p[0] not in headline]
        # an office's own body, unless another body places it ("Kasat Pol PP Pemprov Sumsel": the province's)
        # but not one over every body of its levels ("Kepala Bagian Pemerintahan Kabupaten/Kota")
        held = {p[0] for p in pending if self._held(doc, p[0], p[1]) and skip_paren(doc, p[1]) not in bodies
                and not (p[3] and self._other_levels(doc, p[1]))}
        # "Komisi Pemilihan Umum (KPU) dan Bawaslu Kota X": the list's region is theirs too, and so the short name
        # glossed after them (read below, ``_fallbacks``) is that region's body; joined by a word, as a comma alone
        # may close a clause ("Bekerja sama dengan Badan Pengawas Pemilu (Bawaslu), Pemkab X juga ...")
        spelled = [p for p in spelled if self._word_linked(doc, skip_paren(doc, p[1]))]
        if spelled:
            shared = self._shared_regions(doc, found, spelled)
            kinds = {s: t for s, _, t, _ in spelled}
            found = [(s, e, local.key) if s in shared and (local := self.reg.regional(kinds[s], shared[s])) else
                     (s, e, k) for s, e, k in found]
        found += self._fallbacks(doc, found, pending, places, held, bare_levels, placeable, here, regional_only)
        unplaced = [u for u in unplaced if u.start not in headline]
        if unplaced:
            region = story_region(found, places, doc._.link_tokens)
            found += [hit for u in unplaced if (hit := self._unplaced(doc, u, places, region, bodies))]
        found += self._regions_joined(doc, found, places)
        found = self._glossed_again(doc, found, places, headline)
        found = self._fields_merged(found)
        found = self._services_alone(doc, found)
        found = _one_unit_per_number(found, self.reg.numbered, self.reg.agencies)
        found = _holders_for_classes(doc, _classes_told(_numbers_placed(found), self.reg.numbered), self.reg.numbered,
                                     self.reg.agencies, self.office_words)
        found = self._not_seats(doc, _names_for_districts(doc, found, self.reg.numbered, self.office_words))
        ents = [Span(doc, s, e, label="ORG", span_id=k) for s, e, k in sorted(found)]
        # as ``doc.ents =`` does, without copying every Span first; a document no component gave entities yet (the
        # pipeline's, a headline's) leaves its other words unannotated rather than marking them outside one by one, a
        # walk of every word in Python: its entities read back the same
        doc.set_ents(_non_overlapping(ents), default="outside" if doc.ents else "unmodified")
        return doc

    def _local_after(self, doc: Doc, i: int) -> bool:
        """Whether a local word follows a head ending at ``i`` ("Bawaslu setempat"), also past the acronym glossing a
        national name or the bracket closing it ("Badan Pengawas Pemilu (Bawaslu) setempat"): the body of the place
        just named, not the national institution."""
        i = i + 1 if i < len(doc) and doc[i].text == ")" else skip_paren(doc, i)
        return i < len(doc) and doc[i].lower_ in self.local_words

    def _level_after(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """Where a level word right after a head with no region ends, and its level ("Bawaslu provinsi
        beserta ..."); not one of a pair ("Bawaslu Kabupaten/Kota"), which names every such body."""
        i = skip_paren(doc, i)
        level = self.reg.level_words.get(doc[i].text) if i < len(doc) else None
        if level is None or i + 1 < len(doc) and doc[i + 1].text == "/":
            return None
        return i + 1, level

    def _one_of_level(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a capitalised head of a told level at ``start``..``end`` names one body, not every body of
        its level: not after a word for all ("seluruh Bawaslu provinsi"), nor before other levels
        ("Pemerintah Provinsi, Kabupaten dan Kota", "Bawaslu provinsi dan kabupaten/kota")."""
        if not (doc[start].is_title or doc[start].is_upper) or start > 0 and (
                doc[start - 1].lower_ in self.every_words or doc[start - 1].text == "("):
            return False  # in brackets, it restates the name before it
        return not self._other_levels(doc, end)

    def _other_levels(self, doc: Doc, end: int) -> bool:
        """Whether other levels follow a head's told level, joined to it ("Provinsi, Kabupaten dan Kota",
        "Kabupaten/Kota"): the head names every body of those levels."""
        i = skip_paren(doc, end)
        while i < len(doc) and doc[i].lower_ in self.level_links:
            i += 1
        return i < len(doc) and doc[i].text.split("/")[0] in self.reg.level_words

    def _placed_region(self, doc: Doc, head: Span, places: dict[int, Span]) -> bool:
        """Whether a region with a body of the head's kind follows a head that names one only so placed, or the
        listed district a court or a prosecutor's office sits in ("PN Lubuk Pakam", ``_town_seat``)."""
        at = skip_paren(doc, head.end)
        region = find_region(doc, at, None, places)[0]
        if region is None:
            return head.id_.split("|")[0] in self.seat_town_types and self._district_seat_end(doc, at, places) > at
        return self.reg.regional(head.id_.split("|")[0], region) is not None

    def _alone(self, doc: Doc, head: Span, bodies: set[int]) -> bool:
        """Whether a capitalised head stands alone ("Polres", "Dinas Pendidikan", "Bappeda"), or a lower-case one
        after one of `lower_alone_after` ("kepala dinas pendidikan"): neither part of a longer title that another body
        closes ("Direktur ... dan DPRD Kementerian Dalam Negeri") nor before a level word ("DPRD Kabupaten/Kota",
        every such body)."""
        if not (doc[head.start].is_title or doc[head.start].is_upper) and not (
                head.start > 0 and doc[head.start - 1].lower_ in self.lower_alone_after):
            return False  # "dinas pendidikan": the kind of office; "kepala dinas pendidikan": one office's head
        end = skip_paren(doc, head.end)
        return end >= len(doc) or end not in bodies and doc[end].text.split("/")[0] not in self.reg.level_words

    def _held(self, doc: Doc, start: int, end: int) -> bool:
        """Whether an office heads the body at ``start``..``end``, right before it or over a unit's name that
        the body closes ("Kepala BKD", "Kepala Bidang Politik Dalam Negeri Kesbangpol, Rini")."""
        if start > 0 and doc[start - 1].text in self.office_words:
            return True
        if end < len(doc) and (doc[end].is_title or doc[end].is_upper):
            return False  # "Direktur Fasilitasi Kepala Daerah dan DPRD Kementerian Dalam Negeri": the title goes on
        i = start - 1
        while i >= 0 and start - i <= UNIT_WORDS and doc[i].text not in self.office_words and (
                doc[i].is_title or doc[i].is_upper or doc[i].lower_ in self.offices["joiners"]):
            i -= 1
        return i >= 0 and doc[i].text in self.office_words

    def _not_seats(self, doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Drop legislatures named as contested seats ("calon anggota DPR, DPD, dan DPRD"): "anggota"
        before them, through a list that may hold other seats, and a contest word shortly before; or
        the contest word right before the seat ("caleg DPR"); not the one house a person stands for
        (``_standing_for``)."""
        bodies = {s: e for s, e, k in found if k.split("@")[0] in self.seat_bodies}
        ends = {e: s for s, e in bodies.items()}
        seats: set[int] = set()
        for start in sorted(bodies):
            i, member, listed, before, worded = start - 1, False, False, 0, False
            while i >= 0:
                if i + 1 in ends and doc[i].text not in self.seat_links:  # another seat in the list
                    listed = listed or ends[i + 1] in seats
                    i, before = ends[i + 1] - 1, before + 1
                elif doc[i].lower_ == "anggota":
                    member, i = True, i - 1
                elif doc[i].text in self.seat_links:
                    before += doc[i].text in self.seat_names  # "DPRD Provinsi": a seat the registry cannot place
                    worded = worded or doc[i].text in self.seat_joiners
                    i -= 1
                else:
                    break
            window = doc[max(0, i + 1 - self.seat_reach):start]  # before the list of seats
            cut = max((k + 1 for k, t in enumerate(window) if t.text in {".", "!", "?"}), default=0)
            marked = any(t.lower_ in self.seat_markers for t in window[cut:])
            if self._standing_for(doc, start, bodies[start], bool(before or listed)):
                continue  # "caleg DPR RI", "calon anggota DPRD Kabupaten X": the one house a person stands for
            # a marker in brackets right before the seat restates the contest ("Calon Legislatif (Caleg) DPRD")
            near = i + 1 == start or i > 0 and i + 2 == start and doc[i - 1].text == "(" and doc[i + 1].text == ")"
            if member and (listed or marked) or before + self._seats_after(doc, start, bodies) >= 2 and marked:
                seats.add(start)  # a seat in a list of three ("surat suara DPRD, DPR RI, DPD RI") needs no "anggota"
            elif i >= 0 and (near or before or worded or member and doc[i + 1].lower_ == "anggota") \
                    and doc[i].lower_ in self.seat_near_markers:
                # "pemilihan DPD RI", "caleg DPR", "surat suara presiden, DPR RI": seats right after; "anggota
                # legislatif, maupun DPD RI": a seat joined by a word to a contest named before it; a contest's
                # own word right before the list ("Pemilu DPR, DPD dan DPRD", "pemilu anggota DPR RI, ...")
                seats.add(start)
        return [f for f in found if f[0] not in seats]

    def _seats_after(self, doc: Doc, start: int, bodies: dict[int, int]) -> int:
        """How many seats the list goes on with after the one at ``start`` ("untuk DPRD Kabupaten X, DPRD Provinsi
        Y, DPR RI": two after the first), past the links between them."""
        count, end = 0, bodies[start]
        while True:
            i = end
            while i < len(doc) and i not in bodies and doc[i].text in self.seat_links:
                i += 1
            if i == end or i not in bodies:
                return count
            count, end = count + 1, bodies[i]

    def _standing_for(self, doc: Doc, start: int, end: int, in_list: bool) -> bool:
        """Whether a person's candidacy names one house by its region or as the national one ("caleg DPR RI",
        "calon anggota DPRD Kabupaten Pandeglang", "bakal calon anggota DPD RI asal Jawa Tengah"): the story
        names that institution, where a list of seats ("calon anggota DPR RI, DPD RI, dan DPRD") or a house
        without its place ("caleg DPR") only names what a contest fills."""
        if in_list or doc[end - 1].text != "RI" and not any(
                start < p.start and p.end <= end for p in doc.spans.get("places", [])):
            return False  # a house whose region is only the story's ("calon anggota DPRD" in a story on X)
        after = end
        while after < len(doc) and doc[after].text in self.seat_links and doc[after].text not in self.seat_names:
            after += 1
        if after > end and after < len(doc) and doc[after].text in self.seat_names:
            return False  # the first seat of a list ("DPR RI, DPD RI")
        i = start - 1
        while i >= 0 and doc[i].lower_ in self.candidacy_fillers:
            i -= 1
        return i >= 0 and doc[i].lower_ in self.candidacy

    def _glossed_again(self, doc: Doc, found: list[tuple[int, int, str]], places: dict[int, Span],
                       headline: set[int]) -> list[tuple[int, int, str]]:
        """A regional body named in full with an acronym in brackets ("Dinas Komunikasi Informatika Persandian dan
        Statistik (Diskominfopers) Kabupaten X") named again by that acronym, with or without its region ("Kepala
        Diskominfopers X, Budi"): the same body, whose head that title is. An office read from its own name keeps a
        kind's acronym too ("Badan Kepegawaian Pengembangan Sumber Daya Manusia (BKPSDM) X ... Kepala BKPSDM X"), also
        after an office word ("Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) X ... Kepala Dinas PUPR, Budi"): the
        story's gloss, not the office the acronym names elsewhere (Penataan Ruang)."""
        glossed: dict[str, str] = {}
        for s, e, k in found:
            agency = self.reg.agencies.get(k)
            if agency is None or agency.region is None or agency.type in self.reg.numbered:
                continue  # "Komandan Kodim (Dandim) 0321/X": a numbered unit's brackets gloss its head's title
            for j in range(s + 1, e - 2):
                word = doc[j + 1]
                if doc[j].text == "(" and doc[j + 2].text == ")" and word.is_alpha and len(word) > 2 \
                        and word.text[0].isupper() and word.text not in self.title_firsts \
                        and (word.text not in self.known_heads or agency.type in self.named_heads):
                    glossed.setdefault(word.text, k)
        if not glossed:
            return found
        kept = []
        for s, e, k in found:  # the kind's own office of that region, where the story named it as written
            worded = e - s > 1 and doc[s].text in self.blocked_after and doc[s + 1].text in glossed
            own = glossed.get(doc[s + 1].text) if worded else glossed.get(doc[s].text)
            kept.append((s, e, own) if own and e - s <= 3 + worded and self.reg.agencies[k].region ==
                        self.reg.agencies[own].region else (s, e, k))
        taken = {i for s, e, _ in found for i in range(s, e)}
        for word, k in glossed.items():
            for m in re.finditer(rf"\b{re.escape(word)}\b", doc.text):
                span = doc.char_span(m.start(), m.end())
                if span is None or span.start in taken or span.start in headline or \
                        span.start and doc[span.start - 1].text == "(":
                    continue
                region, end = find_region(doc, span.end, None, places)
                kept.append((span.start, end if region == self.reg.agencies[k].region else span.end, k))
        return kept

    def _fields_merged(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A region's office named by its first field alone ("Dinas Pendidikan", "Disdik X") in a story naming the
        same region's office of that field and more ("Dinas Pendidikan dan Kebudayaan (Disdikbud) X"): the merged
        office, as a region keeps one office per field; named twice, it is listed once."""
        fields: dict[str, tuple[str, list[str]]] = {}
        for _, _, k in found:
            agency = self.reg.agencies.get(k)
            if agency is None or agency.region is None or not agency.name.startswith(("Dinas ", "Badan ")):
                continue
            suffix = f" {LEVEL_TITLES[agency.region.level]} {agency.region.name}"
            if agency.name.endswith(suffix):
                fields[k] = agency.region.key, agency.name[:-len(suffix)].replace(",", "").split()
        merged = {}
        for k, (region, words) in fields.items():
            longer = {k2 for k2, (r2, w2) in fields.items() if r2 == region and len(w2) > len(words) > 1
                      and w2[:len(words)] == words}
            if len(longer) == 1:
                merged[k] = longer.pop()
        return [(s, e, merged.get(k, k)) for s, e, k in found] if merged else found

    def _services_alone(self, doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A service named alone by one of its ``alone`` forms ("kejaksaan") in the sentence of the joint body
        it serves in (``member_of``: Gakkumdu), or right after it, is a member of that body, not an institution
        of the story; so is one with a local word after it ("Kepolisian setempat"), the local branch. (Where the
        story names the service's head office, ``to_analysis`` folds it into that.)"""
        keys = {k for _, _, k in found}
        alone = [f for f in found if (a := self.reg.agencies.get(f[2])) is not None and a.extra.get("alone")
                 and doc[f[0]:f[1]].text.casefold() in a.extra["alone"]]
        if not alone:
            return found
        starts = doc._.sentence_starts or [0]
        out = []
        for s, e, k in found:
            extra = self.reg.agencies[k].extra if (s, e, k) in alone else {}
            if extra and e < len(doc) and doc[e].lower_ in self.local_words:
                continue  # "Kepolisian setempat": the local force, not the national service
            if extra.get("member_of") in keys:
                n = bisect_right(starts, s) - 1
                lo = starts[max(0, n - 1)]
                hi = starts[n + 1] if n + 1 < len(starts) else len(doc)
                if any(lo <= s2 < hi for s2, _, k2 in found if k2 == extra["member_of"]):
                    continue
            out.append((s, e, k))
        return out

    def _after_blocking(self, doc: Doc, span: Span) -> bool:
        """Right after a word that makes a national name a regional office's ("Dinas PUPR", "Kadis Kominfo"), or in
        brackets after such an office's name, which it restates ("Dinas Komunikasi dan Informatika (Kominfo)")."""
        if span.start > 0 and doc[span.start - 1].text in self.blocked_after:
            return True
        if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
            return False
        i = span.start - 2
        while i >= 0 and span.start - 1 - i <= UNIT_WORDS and doc[i].text not in self.blocked_after and (
                doc[i].is_title or doc[i].is_upper or doc[i].lower_ in self.offices["joiners"]):
            i -= 1
        return i >= 0 and span.start - 1 - i <= UNIT_WORDS and doc[i].text in self.blocked_after

    def _of_unit(self, doc: Doc, start: int) -> bool:
        """Right after a technical unit's word, past a bracket round it ("UPT Dinas Pendidikan", "Unit Pelaksana
        Teknis (UPT) Dinas Kesehatan"): the unit's name, not the body's."""
        i = start - 2 if start > 2 and doc[start - 1].text == ")" and doc[start - 3].text == "(" else start - 1
        return i >= 0 and doc[i].text in self.technical_units

    def _of_ministry_unit(self, doc: Doc, span: Span, national_bodies: set[int]) -> bool:
        """Inside the title of a ministry's unit, past its field's words and a bracket before it: a
        directorate-general's ("Dirjen Kependudukan dan Catatan Sipil (Dukcapil)"), or a lower unit's that goes on to
        a national institution ("Direktur Satpol PP dan Linmas Kemendagri"): the ministry's unit bears the field's
        name, no region's office is named. (Kinds with a national body are not asked: "Dirjen Pendidikan Islam
        Kemenag" names the ministry.)"""
        i = span.start - 2 if span.start > 1 and doc[span.start - 1].text == "(" else span.start - 1
        joiners = self.offices["joiners"]
        while i >= 0 and span.start - i <= UNIT_WORDS:
            t = doc[i]
            if t.text in self.ministry_general or t.text == "Jenderal" and i > 0 and doc[i - 1].text in \
                    self.ministry_words:
                return True  # "Dirjen ...", "Direktur Jenderal ...", "Direktorat Jenderal ..."
            if t.text in self.ministry_words:
                break
            if t.text in self.office_words or not (t.is_title or t.is_upper or t.lower_ in joiners):
                return False
            i -= 1
        else:
            return False
        j = skip_paren(doc, span.end)
        while j < len(doc) and j - span.end <= UNIT_WORDS:
            if j in national_bodies:
                return True
            t = doc[j]
            if not (t.is_title or t.is_upper or t.lower_ in joiners or t.lower_ in self.ministry_links):
                return False
            j += 1
        return False

    def _after_occasion(self, doc: Doc, span: Span) -> bool:
        """Right after a word of the body's anniversary or dress ("HUT Korpri", "HUT ke-78 TNI", "Hari Ulang Tahun
        (HUT) KORPRI", "seragam Korpri"), which the gold does not count as naming the body."""
        i = span.start - 1
        if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
            i -= 1  # past the bracket: "(HUT) KORPRI"
        elif i >= 2 and doc[i].like_num:
            i -= 2 if doc[i - 1].text == "-" else 1  # past the ordinal: "HUT ke-78 TNI", "HUT Ke 78 TNI"
            if doc[i].lower_ != "ke":
                return False
            i -= 1
        return i >= 0 and doc[i].lower_ in self.occasion_words

    def _boards_named(self, doc: Doc, spans: list[Span]) -> set[str]:
        """The acronyms of the campaign boards the story spells out ("Badan Pemenangan Nasional (BPN)"); the text is
        searched only where such an acronym stands alone."""
        boards = {s.text for s in spans if len(s) == 1 and s.label_ == "agency" and self._glossed_other(doc, s)}
        if not any(len(s) == 1 and s.text in self.campaign_boards for s in spans):
            return boards
        text = doc.text.casefold()
        return boards | {acronym for acronym, name in self.campaign_boards.items() if name in text}

    def _glossed_other(self, doc: Doc, span: Span) -> bool:
        """Whether a national acronym in brackets glosses the capitalised words before it that spell it and are mostly
        not its body's own words ("Kawal Pemilu Kita (KPK)", "Komite Pemantau Korupsi (KPK)"): the story's group of
        that name, which its bare acronym then means throughout ("Koordinator KPK"), as a campaign's board is."""
        i, acronym = span.start, span.text
        if not (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and acronym.isupper()):
            return False
        words: list[str] = []
        j = i - 2
        while j >= 0 and len(words) < len(acronym) and doc[j].is_alpha and doc[j].text[:1].isupper():
            words.insert(0, doc[j].lower_)
            j -= 1
        if len(words) != len(acronym) or "".join(w[0] for w in words) != acronym.lower():
            return False
        a = self.reg.agencies[span.id_]
        own = {w for n in (a.name, *a.aliases) for w in n.casefold().split()}
        return 2 * sum(w in own for w in words) < len(words)

    def _beside(self, doc: Doc, span: Span) -> bool:
        """Whether a name written in lower case, which alone is a common noun ("kepolisian": the police in general),
        is listed right beside one of the words that make it the institution ("TNI, kepolisian, BIN", "kepolisian
        dan TNI"; agencies.yaml `beside`)."""
        words = self.beside_words[span.id_]
        before, after = self._link_back(doc, span.start - 1), self._link_on(doc, span.end)
        return before is not None and doc[before - 1].text in words or after is not None and doc[after].text in words

    def _link_back(self, doc: Doc, i: int) -> int | None:
        """Where the list link ending at ``i`` starts, past the comma some outlets write before the last link ("BKN,
        KASN, dan Bawaslu"); None if no link stands there or nothing before it."""
        if i < 1 or doc[i].lower_ not in self.list_links:
            return None
        if doc[i].text != "," and doc[i - 1].text == ",":
            i -= 1
        return i if i >= 1 else None

    def _link_on(self, doc: Doc, j: int) -> int | None:
        """Where the next item starts past the list link at ``j`` (past a comma before it: "Bawaslu, serta KASN");
        None if no link stands there or nothing follows it."""
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in self.list_links:
            j += 1
        return j + 1 if j + 1 < len(doc) and doc[j].lower_ in self.list_links else None

    def _blocked(self, doc: Doc, span: Span, boards: set[str]) -> bool:
        if self._after_blocking(doc, span):
            return True
        if len(span) == 1 and span.text in self.degrees and span.start > 0:
            before = doc[span.start - 1]
            named = before.is_title and span.start > 1 and doc[span.start - 2].is_title  # "Amany Lubis MA"
            if named or before.text in {",", "."} or before.lower_ in self.initial_words or before.text in self.degrees:
                return True  # a degree ("Aziz SAg MA") or a person's initials ("inisial MA"), not Mahkamah Agung
        if len(span) == 1 and self._initials(doc, span.start):
            return True  # "berinisial AR, HN, KY, MK dan SA": people, not the Komisi Yudisial or Mahkamah Konstitusi
        if _campaign_board(span, boards):
            return True
        if self._contested_title(doc, span):
            return True
        return self._before_other(doc, span, span.id_)

    def _contested_title(self, doc: Doc, span: Span) -> bool:
        """A head's title fused with the region's name ("Gubri", "Gubsu") right after a contest word, past its short
        form in brackets ("calon Gubri", "paslon Gubsu", "pasangan calon (paslon) Wagubri"), or joined to such a
        title ("paslon Gubri dan Wagubri"): the seat sought, as "calon Gubernur Riau" is, not the government."""
        i = span.start
        if span.text.casefold() not in self.fused_titles:
            return False
        if i > 1 and doc[i - 1].lower_ in TICKET_LINKS:
            return self._contested_title(doc, doc[i - 2:i - 1])
        if i > 0 and doc[i - 1].text == ")":
            while i > 0 and doc[i - 1].text != "(" and span.start - i < 4:
                i -= 1
            i -= 1
        return i > 0 and doc[i - 1].lower_ in self.contest_words

    def _before_other(self, doc: Doc, span: Span, key: str) -> bool:
        """Right before a word (the agency ``key``'s ``not_before``) that makes the name another body's ("DPD Partai
        Golkar", "BPN Prabowo-Sandi"), past a bracket round it."""
        not_before = self.reg.agencies[key].extra.get("not_before") or ()
        end = span.end + 1 if span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc) and \
            doc[span.end].text == ")" else span.end  # "Dewan Pimpinan Daerah (DPD) Partai ...": past the brackets
        return end < len(doc) and doc[end].text in not_before

    def _initials(self, doc: Doc, start: int) -> bool:
        """Whether the short capitals at ``start`` close a list of initials that one of ``initial_words`` opens
        ("berinisial AR, HN, KY, MK"), the list linked by commas and 'dan'."""
        if not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) <= INITIALS_MAX):
            return False
        i = start - 1
        while i >= 0 and (doc[i].lower_ in self.initial_links or
                          doc[i].is_upper and doc[i].is_alpha and len(doc[i]) <= INITIALS_MAX):
            i -= 1
        return i >= 0 and doc[i].lower_ in self.initial_words

    def _regional(self, doc: Doc, head: Span, type_key: str, level: str | None,
                  places: dict[int, Span], read: bool = False) -> tuple[int, int, str] | None:
        """The regional body a head names with the region after it; a head in brackets glossing a name not read
        as a body (``read``: the name's own body holds the bracket) takes the region after the bracket."""
        at = skip_paren(doc, head.end)
        if not read and head.start > 0 and doc[head.start - 1].text == "(" and at < len(doc) and doc[at].text == ")":
            at += 1  # "Pantia Pengawas (Panwas) Kabupaten X": the acronym glossing a name, and the name's region
        if at + 1 < len(doc) and doc[at].lower_ == "di" and doc[at + 1].text in self.reg.level_words and (
                doc[head.end - 1].text == "Daerah" or
                self.regional_heads.intersection((head.text.casefold(), doc[head.end:at].text.strip("()").casefold()))):
            at += 1  # "Komisi Pemilihan Umum Daerah (KPUD) di Provinsi X": a regional body's own name, placed by "di"
        region, end = find_region(doc, at, level, places)
        agency = regional_body(type_key, region, bool(level) or at < len(doc) and doc[at].text in self.reg.level_words)
        if agency is None:
            return None
        if end < len(doc) and (part := doc[end].text) in self.divisions.get(type_key, ()) and \
                not (part == "I" and end + 1 < len(doc) and doc[end + 1].text in self.after_i):
            # "Kanwil DJP Jawa Tengah I": one of the offices a service splits a large province into, also before its
            # head's name ("Kakanwil DJP Sumut I Eddi ..."); "I" before a Balinese birth-order name opens that name
            # ("Kanwil DJP Bali I Made ...")
            unit = self.reg.unit(f"{agency.key}#{part}", f"{agency.name} {part}", f"{agency.acronym} {part}", (),
                                 type_key, agency.region)
            return head.start, end + 1, unit.key
        return head.start, end, agency.key

    def _district_unit(self, doc: Doc, head: Span, type_key: str,
                       places: dict[int, Span]) -> tuple[int, int, str] | None:
        """A regency's kind written with no level before a district listed in districts.yaml, not a region
        ("Panwas Tapalang", "Panwaslu Pa'jukukang"): the district's body of the kind its generic name gives
        (``district_kind``), as its level word would name it ("Panwaslu Kecamatan Tapalang")."""
        kind = (self.reg.types[type_key].generic or {}).get("district_kind")
        i = skip_paren(doc, head.end)
        if kind is None or i in places or (end := district_end(doc, i)) == i:
            return None
        return head.start, end, self._unit(kind, self.reg.numbered[kind]["unclassed"], None, doc[i:end].text)

    def _town_seat(self, doc: Doc, head: Span, type_key: str,
                   places: dict[int, Span]) -> tuple[int, int, str] | None:
        """A court or a prosecutor's office (``seat_town_types``) named by the town it sits in rather than a region
        ("Pengadilan Negeri Soe", "Kejari Lubuk Pakam Budi"): the office of that seat as written, with no region, not
        the story's regency's office; a region after the head is left to ``_regional`` and the fallbacks. The seat
        is a listed district whole in a province the story names (``_district_seat_end``); after a court's head
        (``any_town_seats``) also a listed district elsewhere, else one capitalised word, two after a place's first
        word ("Pengadilan Negeri Tanjung Pandan"); else an unlisted town closing a body named bare
        (``_unlisted_seat_end``)."""
        i = skip_paren(doc, head.end)
        if type_key not in self.seat_town_types or i in places:
            return None
        end = self._district_seat_end(doc, i, places)
        if end == i and type_key in self.any_town_seats and (end := district_end(doc, i)) == i:
            found = self._compound(doc, i, places, 1, capitals=False)  # "Pengadilan Negeri Tanjung Balai"
            end = found[1] if found else i
        if end == i and (end := self._unlisted_seat_end(doc, head.start, i, places)) == i:
            return None
        levels = self.reg.types[type_key].levels
        forms = levels.get("kabupaten") or levels["kota"]  # a PTUN sits in a city alone
        seat = doc[i:end].text
        key = f"{type_key}:@{seat}"  # a unit's key: its province is read from the district's regency
        self.reg.unit(key, forms["name"].format(region=seat), forms["acronym"].format(short=seat), (), type_key, None)
        return head.start, end, key

    def _district_seat_end(self, doc: Doc, i: int, places: dict[int, Span]) -> int:
        """The end of a listed district at ``i`` that lies in a province of a region the story names, else ``i``:
        a district's name shared with a given name ("Kajari Bambang Sutrisno" in a story on Java) is the holder's."""
        if i in places or (end := district_end(doc, i)) == i:
            return i
        named = {self.gaz.regions[p.id_].province for p in places.values() if p.id_ in self.gaz.regions}
        return end if district_provinces(doc[i:end].text) & named else i

    def _unlisted_seat_end(self, doc: Doc, start: int, i: int, places: dict[int, Span]) -> int:
        """The end of an unlisted seat town at ``i`` after a court or a prosecutor's office named bare in a list or
        a clause ("dihadiri TNI, Kejaksaan Negeri Maumere, dan partai politik", "hakim pada Pengadilan Negeri
        Waingapu."): one or two title-case words naming no known place nor level, closed by a comma, a full stop or
        a lower-case word; else ``i``. After a title ("Ketua Kejaksaan Negeri Dodik Hermawan dan ...") the words may
        be the holder's name, so the body must stand after a lower-case word, a mark or a sentence's first word that
        is no office ("Pegawai Pengadilan Agama ..."), or the holder's name follow the comma (``_apposed_name``)."""
        titled = start > 0 and not (doc[start - 1].is_lower or doc[start - 1].is_punct or doc[start - 1].is_sent_start
                                    and doc[start - 1].text not in self.office_words)
        end = i
        while end < len(doc) and end - i < 2 and doc[end].is_title and doc[end].is_alpha and end not in places \
                and doc[end].text not in self.reg.level_words:
            end += 1
        if end == i or end >= len(doc) or not (doc[end].text in {",", "."} or doc[end].is_lower):
            return i
        if titled and not (doc[end].text == "," and self._apposed_name(doc, end + 1, places)):
            return i
        return end

    def _apposed_name(self, doc: Doc, i: int, places: dict[int, Span]) -> bool:
        """Whether a holder's name of two title-case words or more, no office nor place, opens at ``i``: after a
        title, the words before its comma are then the office's seat ("Ketua Pengadilan Negeri Sungguminasa, Budi
        Santoso, ..."), as the officials reader takes them."""
        return i + 1 < len(doc) and doc[i].text not in self.office_words and all(
            doc[k].is_title and doc[k].is_alpha and k not in places for k in (i, i + 1))

    def _numbered(self, doc: Doc, head: Span, places: dict[int, Span]) -> tuple[int, int, str] | None:
        """ "Kodim 0711/Pemalang", "Dandim 0415/Jambi", "SMA Negeri 7 Banda Aceh"; a unit numbered by its
        class, "Lapas (Kalapas) Kelas IIB Pangkalan Bun", or named by its place alone, "Lapas Pangkalan Bun"."""
        spec = self.reg.numbered[head.id_]
        if "classes" in spec:
            return self._classed(doc, head, spec, places)
        i = skip_paren(doc, head.end)  # "Komandan Kodim (Dandim) 0601/Pandeglang": past the short title
        if i >= len(doc) or not doc[i].text.isdigit():
            return None
        number = doc[i].text
        if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text.isdigit():
            # "Koramil 1502-05 Wahai": the district command's number, then the unit's own
            number, i = f"{number}-{doc[i + 2].text}", i + 2
        elif spec.get("slash_numbers") and i + 2 < len(doc) and doc[i + 1].text == "/" and doc[i + 2].text.isdigit():
            # "Koramil 0824/27 Jombang", "Koramil 0815/04/Mojosari": the same two numbers parted by a slash
            number, i = f"{number}-{doc[i + 2].text}", i + 2
        slash = i + 1 < len(doc) and doc[i + 1].text == "/"
        i += 2 if slash else 1
        found = self._place_at(doc, i, places, spec.get("place_words", 1), capitals=True,
                               compound=spec.get("compound_places", False))
        found = _whole_district(doc, i, spec, found)
        if (named := spec.get("names", {}).get(number)) is not None:
            # "Danrem 081/DSJ", "Korem 081": the number alone tells the unit, named as the army names it
            return head.start, found[1] if found else i, self._unit(head.id_, spec, number, named)
        if found is None:
            # "Dandim 0813 Letkol ...": the number alone, where the kind allows it
            return (head.start, i, self._unit(head.id_, spec["unplaced"], number, None)) \
                if "unplaced" in spec and not slash else None
        place, end = found
        return head.start, end, self._unit(head.id_, spec, number, place)

    def _levelled_bare(self, doc: Doc, span: Span) -> bool:
        """Whether a unit head whose place is a bare name (a village's government) has a level word after it, which
        opens a larger place ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Nagari Kabupaten X"): no unit, and
        an office's name goes on over it."""
        return span.label_ == "unit" and bool(self.reg.numbered[span.id_].get("bare_places")) and \
            span.end < len(doc) and doc[span.end].text in self.next_levels

    def _classed(self, doc: Doc, head: Span, spec: dict, places: dict[int, Span]) -> tuple[int, int, str] | None:
        """A unit of a service whose offices are ranked by class: its class (and suffix), then its place; or a
        unit its head's title names by its short form ("Rektor Unmul")."""
        if self._levelled_bare(doc, head):
            return None
        if (own := (spec.get("short") or {}).get(doc[head.end - 1].text)) is not None and len(head) > 1:
            return head.start, head.end, self._unit(head.id_, spec["unclassed"], None, own)
        i = skip_paren(doc, head.end)
        if i > head.end and i < len(doc) and doc[i].lower_ == "di" and \
                f"{head.text} di".casefold() in {str(h).casefold() for h in spec["heads"]}:
            i += 1  # "Balai Besar Pengawas Obat dan Makanan (BBPOM) di Semarang": a gloss parts the head from its "di"
        if i + 1 < len(doc) and doc[i].text in spec.get("levels", ()):
            # "Panwascam Kecamatan Cawas", "Panwaslu Kecamatan Kecamatan Bayat": the level word written again
            # before the place is no word of the district's name
            i += 2 if doc[i + 1].text == "." and i + 2 < len(doc) else 1
        number = None
        if (k := _class_word_end(doc, i, spec.get("class_words") or self.reg.class_words)) is not None:
            if read := _class_at(doc, k, spec["classes"]):
                number, i = read
                for suffix in spec.get("class_suffixes") or []:
                    # a suffix spelled out is named by its short form ("Tempat Pemeriksaan Imigrasi (TPI)": TPI)
                    written, short = (suffix["text"], suffix["as"]) if isinstance(suffix, dict) else (suffix, suffix)
                    words = written.split()
                    if [t.text for t in doc[i:i + len(words)]] == words:
                        number, i = f"{number} {short}", i + len(words)
                        break
            elif "class_words" in spec:
                i = k  # "Bea Cukai Tipe Madya Cukai Malang": a type written without its letter, no word of the place
        if (found := _whole_district(doc, i, spec, self._place_at(
                doc, i, places, spec["place_words"], capitals=spec.get("capitals", False),
                seated=spec.get("seated", False), names=spec.get("names") or (),
                compound=spec.get("compound_places", False), openers=spec.get("openers") or (),
                apposed=spec.get("apposed_openers") or ()))) is None:
            return None
        place, end = found
        if number is None and (official := _official(place, spec.get("names") or ())) is not None:
            # "UIN Jakarta", "UIN Alauddin": a university written short is the one its own name says
            return head.start, end, self._unit(head.id_, spec["unclassed"], None, official, written=place)
        return head.start, end, self._unit(head.id_, spec if number is not None else spec["unclassed"], number, place)

    def _place_at(self, doc: Doc, i: int, places: dict[int, Span], most: int, capitals: bool,
                  seated: bool = False, names: Iterable[str] = (), compound: bool = False,
                  openers: Iterable[str] = (), apposed: Iterable[str] = ()) -> tuple[str, int] | None:
        """The place a unit is named by at ``i`` and where it ends: a known region, else up to ``most``
        words in title case (or in capitals, if ``capitals``) that are no rank, and (if ``seated``) the known
        region that follows them; None if there is none. The longest of the service's own ``names`` written at ``i``
        is the place, read first ("Rektor Universitas Indonesia Ari Kuncoro": Indonesia, not "Indonesia Ari").
        If ``compound``, a place goes on after a first word of places ("SMKN 1 Tanjung Raja", "SMKN 3 Kota Baru")
        and over last words of places ("SMAN 2 Sumbawa Besar"), which are never the holder's name.
        A word of ``openers`` opens a place named after a person ("RSUD dr. Iskak Tulungagung"); so does one of
        ``apposed`` where a comma and a word that is no verb close that name ("RSUD H Damanhuri, dr Budi")."""
        if names and (own := _own_name(doc, i, names)) is not None:
            # "Rektor Universitas Sultan Ageng Tirtayasa Budi", "Universitas Jenderal Soedirman": a service's own
            # name is read whole, past the words a place may take and over a rank it opens with, then its seat
            return doc[i:own].text, places[own].end if seated and own in places else own
        if i < len(doc) and (doc[i].text in openers or doc[i].text in apposed):
            j = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "." else i + 1
            # the person's name may be followed by the seat, which ends the place ("RSD dr. Soebandi Jember Budi")
            after = {k: v for k, v in places.items() if k > j}
            if (rest := self._place_at(doc, j, after, most, capitals)) is not None and (
                    doc[i].text in openers or rest[1] + 1 < len(doc) and doc[rest[1]].text == ","
                    and (not doc[rest[1] + 1].is_lower or doc[rest[1] + 1].text in openers)):
                return doc[i:rest[1]].text, rest[1]
        if compound:
            return self._compound(doc, i, places, most, capitals)
        if i in places:
            if (end := _hyphened(doc, places[i].end)) > places[i].end:  # "KCD Pendidikan Tangerang-Serpong": one area
                return doc[i:end].text, end
            return _surface(places[i]), places[i].end
        end, words = i, 0
        while words < most and end < len(doc) and doc[end].is_alpha and \
                (doc[end].is_title or capitals and doc[end].is_upper) and not self._stops_at(doc, end) and \
                not (words and (doc[end].text in self.next_levels or
                                end in places and doc[end].text in self.reg.level_words)):
            if words and end in places:
                # "RSUD Zainal Abidin Pagar Alam": a known region after the unit's own name is its seat, taken whole
                # even where the words allowed would cut it in two, and the place ends there: the words after it are
                # the holder's name ("Direktur RSD Soebandi Jember Hendro ...")
                return doc[i:places[end].end].text, places[end].end
            end, words = _hyphened(doc, end + 1), words + 1
            if seated and end in places:  # "UIN Ar-Raniry Banda Aceh": a name and its seat
                return doc[i:places[end].end].text, places[end].end
        return (doc[i:end].text, end) if end > i else None

    def _compound(self, doc: Doc, i: int, places: dict[int, Span], most: int,
                  capitals: bool) -> tuple[str, int] | None:
        """The place at ``i`` as ``_place_at`` reads it, taken on over the words that go on a place's name."""
        if (found := self._place_at(doc, i, places, most, capitals)) is None:
            return None
        end = found[1]
        # "Kodim 1013/Muara Teweh": a first word of places takes the next word, unless it names a region itself
        # ("Dandim 1006/Banjar Sutrisno": the seat is Banjar, the word after it its holder's name)
        if i not in places and end == i + 1 and doc[i].text in self.unit_place_firsts and end < len(doc) and \
                doc[end].is_alpha and doc[end].is_title and not self._stops_at(doc, end) and \
                not self.gaz.candidates(doc[i].text):
            end += 1
        while end < len(doc) and doc[end].text in self.place_lasts:
            end += 1
        return found if end == found[1] else (doc[i:end].text, end)

    def _stops_at(self, doc: Doc, i: int) -> bool:
        """Whether a rank or an honorific, which ends a unit's place name, begins at ``i``."""
        return any([t.text for t in doc[i + 1:i + 1 + len(rest)]] == rest
                   for rest in self.place_stops.get(doc[i].text, ()))

    def _unit(self, kind: str, forms: dict, number: str | None, place: str | None, written: str | None = None) -> str:
        """Register the unit ``kind`` numbered ``number`` at ``place`` as ``forms`` spell it; its key. The place
        (as ``written``, where the unit's own name replaced it) is the unit's region when it names one, unless
        ``forms`` say it is a district (which may share a regency's name elsewhere) or regions of two provinces
        share the name; {seat} is that region's official name ("Inhu": Indragiri Hulu), else the place."""
        where = written or place
        found = self.gaz.candidates(where) if where and not forms.get("district") else ()
        # a name regions of two provinces share ("SMPN 1 Banjar": the regency in Kalsel, the city in Jabar, and
        # districts elsewhere) places the unit in neither
        region = found[0] if found and len({r.province for r in found}) == 1 else None
        fill = {"number": number, "place": place, "seat": region.name if region is not None else place}
        key = f"{kind}:{number}@{place or ''}"
        self.reg.unit(key, forms["name"].format(**fill), forms["acronym"].format(**fill),
                      tuple(a.format(**fill) for a in forms.get("aliases") or []), kind, region,
                      venue=forms.get("venue", False))
        return key

    def _named(self, doc: Doc, head: Span, places: dict[int, Span], bodies: set[int]) -> tuple[int, int, str] | None:
        """ "Dinas Perhubungan (Dishub) Kota Pangkalpinang": the field's words, then a region."""
        field = self._field(doc, head, places, bodies)
        if field is None:
            return None
        words, i, acronym = field
        region, end = find_region(doc, skip_paren(doc, i), None, places)
        if region is None:
            return None
        if acronym and (kind := self.acronym_heads.get(acronym.casefold())) and \
                (body := self.reg.regional(kind, region)) is not None:
            return head.start, end, body.key  # "Badan Pengawas Pemilu Umum (Bawaslu) Kabupaten X": a misspelling
        return self._register(head, words, acronym, region, end)

    def _unplaced(self, doc: Doc, head: Span, places: dict[int, Span], region: Region | None,
                  bodies: set[int]) -> tuple[int, int, str] | None:
        """An office's own body written without a region, its field closed by a comma ("Kepala Dinas
        Perindustrian, Nuryanthi"): in the ``region`` the story is about, else of no named institution."""
        field = self._field(doc, head, places, bodies)
        if field is None:
            return None
        words, i, acronym = field
        end = skip_paren(doc, i)
        if end >= len(doc) or doc[end].text != ",":
            return None  # "Kepala Dinas Pertanian Agus ...": without a region only a comma ends the field
        if acronym and len(acronym) <= len(words) and acronym == "".join(w[0] for w in words[-len(acronym):]):
            return None  # "Dinas Pertanian Agus Tauchid (AT),": the brackets hold a person's initials
        return self._register(head, words, acronym, region, end)

    def _glossed_field(self, doc: Doc, span: Span, places: dict[int, Span], bodies: set[int]) -> bool:
        """A kind's head that only begins a longer field its acronym glosses in brackets ("Dinas Pekerjaan Umum dan
        Perumahan Rakyat (PUPR), ..."): the office the field names, not the kind's; only where a comma closes it, as
        ``_unplaced`` reads it (else the kind's office stays)."""
        field = self._field(doc, Span(doc, span.start, span.start + 1), places, bodies)
        if field is None or field[2] is None or len(field[0]) <= len(span) - 1:
            return False
        end = skip_paren(doc, field[1])
        return end < len(doc) and doc[end].text == ","

    def _field(self, doc: Doc, head: Span, places: dict[int, Span],
               bodies: set[int]) -> tuple[list[str], int, str | None] | None:
        """The capitalised words of an office's field after its head, where they end, and the acronym
        in brackets after them, if any. Fields listed with commas close with a joiner ("Dinas Pariwisata,
        Pemuda dan Olahraga"); a comma before another body ends it ("BKPSDM, Inspektorat dan ..."), and so
        does another body itself ("Dinas Kesehatan Pemkot Bogor": the city government places the field). A body
        right after the head leaves no field: "salah satu dinas Pemkot Mataram" is one of that government's offices."""
        spec = self.offices
        if head.start > 0 and doc[head.start - 1].lower_ in spec["adjective_after"]:
            return None  # "Rumah Dinas Gubernur Sumut": an official residence
        if head.end in bodies:
            return None
        words: list[str] = []
        i = head.end
        if head.start > 0 and doc[head.start - 1].text in self.office_words and skip_paren(doc, i) == i + 3 \
                and doc[i + 1].text in self.office_words and i + 3 not in bodies:
            i += 3  # "Kepala Dinas (Kadis) Sosial Kabupaten X": the title restated in brackets, then the field
        while i < len(doc) and len(words) < spec["max_words"] and i not in places \
                and doc[i].text not in self.reg.level_words and not (words and i in bodies):
            tok = doc[i]
            if words and words[-1] == "," and tok.text in self.title_firsts:
                break  # "Dinas Pariwisata, Inspektur, dan Camat X": the list goes on with another official
            if tok.lower_ in self.scope_words:
                break  # "Dinas Pendidikan Se Kabupaten X": the whole of a region, no word of the field
            if not ((tok.is_alpha and (tok.is_title or tok.is_upper)) or (words and tok.lower_ in spec["joiners"])
                    or (words and tok.text == "," and words[-1] != "," and i + 1 not in bodies)):
                break
            words.append(tok.text)
            i += 1
        if "," in words:
            last = len(words) - 1 - words[::-1].index(",")
            if not any(w.lower() in spec["joiners"] for w in words[last:]):
                i -= len(words) - words.index(",")
                words = words[:words.index(",")]
        if not words or words[-1].lower() in spec["joiners"]:
            return None
        acronym = doc[i + 1].text if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" else None
        return words, i, acronym

    def _register(self, head: Span, words: list[str], acronym: str | None, region: Region | None,
                  end: int) -> tuple[int, int, str]:
        return head.start, end, self.reg.named_office(head.text, words, acronym, region).key

    def _fallbacks(self, doc: Doc, found: list[tuple[int, int, str]], pending: list[tuple[int, int, str, str | None]],
                   places: dict[int, Span], held: set[int], bare_levels: set[int],
                   placeable: set[int], here: dict[int, Region | None],
                   regional_only: set[int]) -> list[tuple[int, int, str]]:
        """Institutions for heads written without a region: the same body named elsewhere, the national
        one, the generic kind; an office's own institution ("Kepala Diskominfo", "Kepala BKD Eka", ``held``)
        with no such body is in the region the article is about (``story_region``): "Kepala Diskominfo"
        in a story on Balikpapan is Balikpapan's; so is an office of a kind with no national body named alone
        (``placeable``: "Polres, dan Kodim", "Kepala Bappeda"), but not one of a kind with a generic name ("BKD"
        alone stays the kind: on the unread half placing those lost more than it found) unless its ``generic``
        says ``placeable`` (Kesbangpol: the read gold gives it its region in all 77 annotations). Where no region
        leads, an office's own institution is that of the one province whose government the story names ("Pemprov
        Jateng ... di Kabupaten Demak ... Kepala BKPSDM"), as the gold reads a provincial story's office heads;
        else that of the regency or city named last before it in its sentence ("rapat di Kota Jambi ... Sekda
        Kabupaten Tebo didampingi Kepala BKPSDM"), where the holder beside him serves.
        A head whose level is told but not its region ("Pemprov", "Bawaslu provinsi", ``bare_levels``) is that
        level's body where the story is: "Pemprov" in a story on Kendari is Sulawesi Tenggara's. A body of the place
        just named (``here``: "di Kabupaten Pati, Bawaslu setempat") is that place's, else the story's region's.
        A head that names a national kind's regional body (``regional_only``: "KPUD") is the story's region's
        body, as the read gold lists it in 8 of 10 stories writing it alone; the national one only where no
        region can be told."""
        keys = {k for _, _, k in found}
        region = story_region(found, places, doc._.link_tokens) if pending else None
        national = {s: e for s, e, k in found if (a := self.reg.agencies.get(k)) is not None and a.region is None
                    and not k.endswith("@")}
        national_ends = {skip_paren(doc, e) for e in national.values()}  # "Komisi Pemilihan Umum (KPU) dan Bawaslu"
        governments = {s: a.region for s, _, k in found if k.startswith("pemda@")
                       and (a := self.reg.agencies.get(k)) is not None and a.region is not None}
        governed = {skip_paren(doc, e): governments[s] for s, e, _ in found if s in governments}
        provinces = {r for r in governments.values() if r.level == "provinsi"}
        shared = self._shared_regions(doc, found, pending)
        out = []
        for start, end, type_key, level in pending:
            t = self.reg.types[type_key]
            same = sorted(k for k in keys if k.startswith(f"{type_key}@") and not k.endswith("@")
                          and (level is None or self.reg.agencies[k].region.level == level))
            place = here.get(start) or region
            owner = governments.get(skip_paren(doc, end)) or self._through(doc, start, governed)
            if owner is not None and not t.national and (local := self.reg.regional(type_key, owner)) is not None \
                    and (level is None or owner.level == level):
                out.append((start, end, local.key))  # "BKD Setda Maluku", "BKPP Pemkab Kuansing": that government's
            elif start in here and place is not None and (local := self.reg.regional(type_key, place)) is not None:
                out.append((start, end, local.key))  # "lingkup Pemda setempat": the regency's government
            elif start in shared and (local := self.reg.regional(type_key, shared[start])) is not None:
                out.append((start, end, local.key))  # "KPU dan Bawaslu Kabupaten Kebumen": both Kebumen's
            elif t.national and start not in bare_levels and start not in regional_only and (
                    t.national in keys or self._listed(doc, start, end, national, national_ends)):
                out.append((start, end, t.national))  # "Kemendagri, BKN serta Bawaslu": national among national
            elif len(same) == 1:
                out.append((start, end, same[0]))
            elif start in held and not t.national and (near := self._companion_region(doc, start, places)) is not None \
                    and (local := self.reg.regional(type_key, near)) is not None:
                out.append((start, end, local.key))  # "Sekda Kabupaten X Budi didampingi Kepala BKPSDM": X's
            elif ((start in held or start in placeable and (not t.generic or t.generic.get("placeable")))
                  and not t.national
                  or start in regional_only) and region is not None \
                    and (local := self.reg.regional(type_key, region)) is not None:
                out.append((start, end, local.key))
            elif start in held and region is None and not t.national and len(provinces) == 1 and (
                    local := self.reg.regional(type_key, next(iter(provinces)))) is not None:
                out.append((start, end, local.key))  # "Kepala BKPSDM" in a story on Pemprov Jateng and Demak
            elif start in held and region is None and not t.national \
                    and (near := self._place_before(doc, start, places)) is not None and near.level != "provinsi" \
                    and (local := self.reg.regional(type_key, near)) is not None:
                out.append((start, end, local.key))  # no one region leads: "Sekda Kabupaten X didampingi Kepala BKPSDM"
            elif start in bare_levels and (local := self._at_level(type_key, region, level)) is not None:
                out.append((start, end, local.key))  # "Pemprov maupun Pemkot Kendari": Sultra's government
            elif t.national:
                out.append((start, end, t.national))
            elif t.generic and ("proper" not in t.generic or _proper_alone(
                    doc, start, end, t.generic["proper"], t.generic.get("proper_fillers", ()))) \
                    and not self._after_superior(doc, start, found, pending, t.generic.get("under", ())) \
                    and not self._succeeded(keys, t.generic.get("succeeded_by")):
                out.append((start, end, f"{type_key}@"))
        return out

    def _after_superior(self, doc: Doc, start: int, found: list[tuple[int, int, str]],
                        pending: list[tuple[int, int, str, str | None]], superiors: list[str]) -> bool:
        """Whether the head is listed right after a body of one of ``superiors`` kinds: a kind written alone beside
        the body it serves under is that body's lower units, none in particular ("KPU, Bawaslu, Panwaslu, dan
        seluruh jajaran", "jajaran Bawaslu, mulai dari Panwaslu hingga PKD"); "laporan Panwaslu melalui Bawaslu"
        still names the regency's."""
        if not superiors:
            return False
        ends = {e for _, e, k in found if k.split("@")[0] in superiors} | \
               {e for _, e, k, _ in pending if k in superiors}
        i = start
        while i > 0 and start - i < SUPERIOR_GAP and doc[i - 1].lower_ in self.superior_links and i not in ends:
            i -= 1
        return i in ends

    def _succeeded(self, keys: set[str], successor: str | None) -> bool:
        """Whether the story names a regency's or a city's body of the ``successor`` kind, which took the ad hoc
        kind's place at that level ("Bawaslu Kabupaten X ... laporan dari Panwas"): the kind written alone is then
        the successor's lower units, none in particular, as the read gold lists none."""
        return successor is not None and any(
            k.startswith(f"{successor}@") and (a := self.reg.agencies.get(k)) is not None and a.region is not None
            and a.region.level != "provinsi" for k in keys)

    def _word_linked(self, doc: Doc, i: int) -> bool:
        """Whether a list goes on at ``i`` with a word ("dan", "serta"), past the comma some outlets write before it."""
        if i < len(doc) and doc[i].text == ",":
            i += 1
        return i < len(doc) and doc[i].text != "," and doc[i].lower_ in self.list_links

    def _shared_regions(self, doc: Doc, found: list[tuple[int, int, str]],
                        pending: list[tuple[int, int, str, str | None]]) -> dict[int, Region]:
        """Heads written without a region, listed right before a regional body ("KPU dan Bawaslu Kabupaten Kebumen",
        "BKPSDM, Inspektorat serta Bappeda Kota X"): the region the list closes with is theirs too, by start."""
        regional = {s: a.region for s, _, k in found if (a := self.reg.agencies.get(k)) is not None
                    and a.region is not None and a.type is not None}
        if not regional:
            return {}
        # a head of one level shares only a region of that level ("Kanwil Kemenag dan Kemenkumham Jawa Timur")
        heads = {start: (end, level) for start, end, _, level in pending}
        out: dict[int, Region] = {}
        for start in sorted(heads, reverse=True):
            end, level = heads[start]
            i = linked = skip_paren(doc, end)
            if i < len(doc) and doc[i].text == ",":
                i += 1  # "KPU, Bawaslu dan ...", "KPU, dan Bawaslu ..."
            if i < len(doc) and doc[i].lower_ in self.list_links and doc[i].text != ",":
                i += 1
            region = (regional.get(i) or out.get(i)) if i > linked else None
            if region is not None and (level is None or region.level == level):
                out[start] = region
        return out

    def _regions_joined(self, doc: Doc, found: list[tuple[int, int, str]],
                        places: dict[int, Span]) -> list[tuple[int, int, str]]:
        """A regional body's head shared by a second region of the same level joined to the first by one of
        ``region_links`` ("Pemkot Lubuklinggau dan Palembang", "KPU Kabupaten Klaten dan Boyolali", "Polres Bantul
        serta Sleman"): that region's body of the same kind. The second region must stand alone: not the opening of
        another body, nor a region of another level ("Bawaslu Kota Semarang dan Jawa Tengah")."""
        taken = {i for s, e, _ in found for i in range(s, e)}
        out = []
        for _, end, key in found:
            agency = self.reg.agencies.get(key)
            j = skip_paren(doc, end)
            if agency is None or agency.region is None or agency.type is None or j + 1 >= len(doc) \
                    or doc[j].lower_ not in self.region_links or j + 1 in taken:
                continue
            region, after = find_region(doc, j + 1, agency.region.level, places)
            if region is None or region == agency.region or region.level != agency.region.level or any(
                    i in taken for i in range(j + 1, after)) or after < len(doc) and doc[after].is_title:
                continue  # "Pemkab Bantul dan Sleman Utara": a name going on past the region
            if (local := self.reg.regional(agency.type, region)) is not None:
                out.append((j + 1, after, local.key))
        return out

    def _through(self, doc: Doc, start: int, governed: dict[int, Region]) -> Region | None:
        """The region of the government named right before ``start`` and one of ``owner_links`` ("Pemprov Sumut
        melalui Kesbangpol", "Pemerintah Provinsi Kalsel, melalui Badan ..."): the body is that government's."""
        i = start - 1
        if i < 1 or doc[i].lower_ not in self.owner_links:
            return None
        return governed.get(i - 1 if doc[i - 1].text == "," else i)

    def _companion_region(self, doc: Doc, start: int, places: dict[int, Span]) -> Region | None:
        """The regency or city in the title of the official whom the head of the office at ``start`` accompanies
        ("Sekda Kabupaten Muara Enim Budi didampingi Kepala BKPSDM"): a companion word right before the head's
        title, and a regency or city a few words before it, not one the sentence only locates ("di Kabupaten X,
        Gubernur didampingi ...")."""
        sent = doc[start].sent.start
        word = next((k for k in range(start - 1, max(sent, start - 4) - 1, -1)
                     if doc[k].lower_ in self.companion_words), None)
        if word is None:
            return None
        for i in range(word - 1, max(sent, word - 7) - 1, -1):
            if i in places and (region := self.gaz.regions.get(places[i].id_)) is not None:
                first = places[i].start  # the preposition may stand before the place's level word
                located = any(doc[k].lower_ in self.companion_located for k in range(max(sent, first - 2), first))
                return region if region.level != "provinsi" and not located else None
        return None

    def _place_before(self, doc: Doc, start: int, places: dict[int, Span],
                      found: Iterable[tuple[int, int, str]] = (), type_key: str | None = None) -> Region | None:
        """The regency or city named last before ``start`` in its sentence, else its province ("Kejaksaan Negeri
        Wakatobi Sulawesi Tenggara, ... Pemda setempat": the province only qualifies the regency), if any. A body of
        ``type_key`` in ``found`` named after any such place is the one meant: "Jayapura (ANTARA) - Pemprov Papua ...
        ASN di lingkungan pemerintah daerah setempat" is Papua's government, not the dateline city's."""
        kind = f"{type_key}@"
        ends = {e - 1: a.region for _, e, k in found if k.startswith(kind)
                and (a := self.reg.agencies.get(k)) is not None and a.region is not None} if type_key else {}
        province = None
        for i in range(start - 1, doc[start].sent.start - 1, -1):
            if i in ends:
                return ends[i]
            region = self.gaz.regions.get(places[i].id_) if i in places else None
            if region is not None and region.level != "provinsi":
                return region
            province = province or region
        return province

    def _at_level(self, type_key: str, region: Region | None, level: str) -> Agency | None:
        """The body of ``type_key`` at ``level`` where the story is about ``region``: its province's for a
        provincial body, its own for a body of its level; None if the story names no such region."""
        if region is not None and level == "provinsi":
            region = self.gaz.regions.get(f"provinsi:{region.province}")
        return self.reg.regional(type_key, region) if region is not None and region.level == level else None

    def _listed(self, doc: Doc, start: int, end: int, national: dict[int, int], national_ends: set[int]) -> bool:
        """Whether the span at ``start``..``end`` is listed right beside a national institution, also past the comma
        some outlets write before the last link ("BKN, KASN, dan Bawaslu"; "Bawaslu, serta KASN"), and through its
        head's title among the heads of others ("Kepala BKN, Ketua KASN, dan Ketua Bawaslu")."""
        head = start >= 2 and doc[start - 1].text in self.list_heads  # "..., dan Ketua Bawaslu"
        before = self._link_back(doc, start - 2 if head else start - 1)
        after = self._link_on(doc, end)
        return before is not None and before in national_ends or after is not None and after in national


def story_region(found: list[tuple[int, int, str]], places: dict[int, Span],
                 links: set[int] | None = None) -> Region | None:
    """The region the article is about: the one it names most often, if no other is named as often,
    among the kabupaten/kota it names as places and the regions of its regional institutions
    (``found``: start, end and key of each mention). A place inside an institution's name is counted
    with it ("Pemkab Bogor" is Kabupaten Bogor once, not also the city its bare name may be), and so is one
    inside a place written with its level word ("Kota Bekasi" is the city once). A place in a link to another story
    (``links``: the segmenter's ``link_tokens``, "Baca juga: Bupati Merauke Buka Turnamen ...") is not counted."""
    reg, regions_of = registry(), gazetteer().regions
    inside = {i for s, e, _ in found for i in range(s, e)} | (links or set())
    # the bare name inside a name with its level word ("Pekalongan" in "Kota Pekalongan") is not another mention,
    # nor the regency of the same name
    inside.update(i for s in places.values() if s.label_ == "explicit" for i in range(s.start + 1, s.end))
    bodies = [a.region for _, _, k in found if (a := reg.agencies.get(k)) is not None and a.region is not None]
    # a name a regency shares with a city, written bare ("BOGOR - ..."), is the one of the two the story names with
    # its level word or its bodies ("Bawaslu Kabupaten Bogor"), when it names only that one
    told = {regions_of[s.id_] for s in places.values() if s.label_ == "explicit"} | set(bodies)
    named = Counter(_twin_told(r, told) for s in places.values()
                    if s.start not in inside and (r := regions_of[s.id_]).level != "provinsi")
    named.update(bodies)
    ranked = named.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _twin_told(region: Region, told: set[Region]) -> Region:
    """The regency or city of the same name as ``region`` where the story tells that one and not ``region``."""
    if region in told or region.level == "provinsi":
        return region
    twin = gazetteer().regions.get(f"{'kota' if region.level == 'kabupaten' else 'kabupaten'}:{region.name}")
    return twin if twin is not None and twin in told else region


def _own_name(doc: Doc, i: int, names: Iterable[str]) -> int | None:
    """Where the longest of ``names`` written at ``i`` ends, None if none is (`_written_names`)."""
    own = _written_names(tuple(names))
    return max((j for j in range(i + 1, min(i + NAME_TOKENS, len(doc)) + 1) if doc[i:j].text in own), default=None)


@lru_cache(maxsize=64)
def _written_names(names: tuple[str, ...]) -> frozenset[str]:
    """A service's ``names`` as news write them: whole, or by a name's last two words or more, as they drop its first
    ("Lanud Iskandar Muda" for Sultan Iskandar Muda, not the base named Iskandar). Built once per list of names, not
    at every unit head."""
    return frozenset(names) | {" ".join(w[k:]) for n in names if len(w := n.split()) > 2 for k in range(1, len(w) - 1)}


def _official(place: str, names: Iterable[str]) -> str | None:
    """The one of a service's ``names`` (its own name, then its seat: "Syarif Hidayatullah Jakarta") that
    ``place`` is written short for: the whole, its own name alone ("Alauddin"), its seat alone ("Jakarta"), or
    the initials of its words in capitals ("Lanud SMH": Sri Mulyono Herlambang); None where no name or more than
    one fits."""
    initials = len(place) > 1 and place.isalpha() and place.isupper()
    fits = [n for n in names if n == place or n.startswith(place + " ") or n.endswith(" " + place)
            or initials and "".join(w[0] for w in n.split()) == place]
    return fits[0] if len(fits) == 1 else None


def _campaign_board(span: Span, boards: set[str]) -> bool:
    """A bare acronym of a campaign's board in a story that spells that board out ("Badan Pemenangan Nasional
    (BPN) ...", then "atas perintah BPN Pusat"), not the land agency's or the audit board's; ``boards`` holds the
    acronyms whose own board the story names, so that one board spelt out leaves the other state body read."""
    return len(span) == 1 and span.text in boards


def _numbers_placed(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A numbered unit named once with its place and elsewhere by its number alone ("Kodim 0813/Bojonegoro" ...
    "Dandim 0813 Letkol ...") is one institution: the number names one unit, the one with its place."""
    def full(k: str) -> str | None:
        unit, _, place = k.partition("@")
        return unit if place and ":" in unit and not unit.endswith(":None") else None

    def bare(k: str) -> str | None:
        unit, at, place = k.partition("@")
        return unit if at and not place else None

    return _completed(found, full, bare)


def _one_unit_per_number(found: list[tuple[int, int, str]], numbered: dict[str, dict],
                         agencies: dict[str, Agency]) -> list[tuple[int, int, str]]:
    """A unit whose number names one unit in the whole country (``one_per_number``) written with two places in one
    story ("Kodim 1014 Pangkalan Bun" ... "Kodim 1014/Pbn", "Kodim 1016 Palangka" ... "Kodim 1016 Palangka Raya") is
    one institution: the one whose place is a known region, else the one whose place is written longest (the key
    holds the place after a shared "kind:number@"). Its number written bare ("Dandim 1014 Letkol ...") goes with it
    too, as ``_numbers_placed`` would take it to a single placed one."""
    placed: dict[str, list[str]] = {}
    for _, _, k in found:
        kind, _, rest = k.partition(":")
        number, at, place = rest.partition("@")
        if at and place and numbered.get(kind, {}).get("one_per_number"):
            placed.setdefault(f"{kind}:{number}", []).append(k)
    best = {unit: max(keys, key=lambda k: (agencies[k].region is not None, len(k)))
            for unit, keys in placed.items() if len(set(keys)) > 1}
    if not best:
        return found
    return [(s, e, best.get(k.partition("@")[0], k)) for s, e, k in found]


def _classes_told(found: list[tuple[int, int, str]], numbered: dict[str, dict]) -> list[tuple[int, int, str]]:
    """A unit of a service ranked by class, named once with its class and elsewhere by its place alone
    ("Lapas Kelas IIA Bulukumba" ... "Kalapas Bulukumba"), is one institution: the one with its class."""
    def full(k: str) -> tuple[str, str] | None:
        kind, _, rest = k.partition(":")
        if rest and "classes" in numbered.get(kind, ()) and not rest.startswith("None@"):
            return kind, rest.partition("@")[2]
        return None

    def bare(k: str) -> tuple[str, str] | None:
        kind, _, rest = k.partition(":")
        return (kind, rest[len("None@"):]) if rest.startswith("None@") else None

    return _completed(found, full, bare)


def _completed(found: list[tuple[int, int, str]], full: Callable[[str], Hashable | None],
               bare: Callable[[str], Hashable | None]) -> list[tuple[int, int, str]]:
    """``found`` with each key written short (``bare`` gives its unit) taken as the one key of that unit written in
    full (``full`` gives its unit), where the story names exactly one."""
    units: dict[Hashable, set[str]] = {}
    for _, _, k in found:
        if (unit := full(k)) is not None:
            units.setdefault(unit, set()).add(k)
    if not units:
        return found
    out = []
    for s, e, k in found:
        same = units.get(unit) if (unit := bare(k)) is not None else None
        out.append((s, e, next(iter(same))) if same is not None and len(same) == 1 else (s, e, k))
    return out


def _holders_for_classes(doc: Doc, found: list[tuple[int, int, str]], numbered: dict[str, dict],
                         agencies: dict[str, Agency], heads: set[str]) -> list[tuple[int, int, str]]:
    """A unit of a service ranked by class, named once with its class ("Lapas Kelas IIA Lombok Barat") and elsewhere
    by its head's title before words that are no known region or district ("ujar Kalapas Fadli", "Kepala Lapas
    Subintoro"), is that one unit: the words are its holder's name, not a second unit's place, and the unit is the
    title alone."""
    def titled(s: int, kind: str) -> bool:
        return doc[s].text in numbered[kind].get("offices", ()) or _after_head(doc, s, heads)

    full: dict[str, set[str]] = {}
    untitled: set[str] = set()  # places a unit is named by without a title somewhere ("di Lapas Kedungpane")
    for s, _, k in found:
        kind, _, rest = k.partition(":")
        if rest and "classes" in numbered.get(kind, ()):
            if not rest.startswith("None@"):
                full.setdefault(kind, set()).add(k)
            elif not titled(s, kind):
                untitled.add(k)
    if not full:
        return found
    out = []
    for s, e, k in found:
        kind, _, rest = k.partition(":")
        same = full.get(kind)
        # the title's own place, then its holder's name after a comma ("Kepala Lapas Kedungpane, Dedi Handoko")
        named_after = e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].is_title
        if same is None or len(same) != 1 or not rest.startswith("None@") or k in untitled or named_after or \
                agencies[k].region is not None or is_district(place := rest[len("None@"):]) or not titled(s, kind):
            out.append((s, e, k))
            continue
        words = len(place.split())
        out.append((s, e - words if e - words > s else e, next(iter(same))))
    return out


def _after_head(doc: Doc, s: int, heads: set[str]) -> bool:
    """Whether a head's title (``heads``, in any case: "Kepala", "KETUA") stands right before ``s``: the words a unit
    is named by there are its holder's name, not a second unit's place."""
    return s > 0 and doc[s - 1].text.capitalize() in heads


def _names_for_districts(doc: Doc, found: list[tuple[int, int, str]], numbered: dict[str, dict],
                         heads: set[str]) -> list[tuple[int, int, str]]:
    """A body named by its district (``districts`` in its kind), named once at a district listed in districts.yaml
    and elsewhere after a head's title (``heads``, in any case) before a word listed nowhere ("Panwascam Mancak" ...
    "Ketua Panwascam Asep Ismatulloh"), is that one body: the word is its holder's name, not a second district. With
    no title before it ("Di tempat lain, Panwascam Anyer juga ...") the word is another district."""
    listed: dict[str, set[str]] = {}
    for _, _, k in found:
        kind, _, rest = k.partition(":")
        if rest and numbered.get(kind, {}).get("districts") and is_district(rest.partition("@")[2]):
            listed.setdefault(kind, set()).add(k)
    if not listed:
        return found
    out = []
    for s, e, k in found:
        kind, _, rest = k.partition(":")
        same = listed.get(kind)
        out.append((s, e, next(iter(same))) if same is not None and len(same) == 1 and k not in same
                   and not is_district(rest.partition("@")[2]) and _after_head(doc, s, heads)
                   else (s, e, k))
    return out


def _one_district_after(doc: Doc, head: Span, spec: dict) -> bool:
    """Whether one district listed in districts.yaml follows a unit head (past its level word), not a list of them:
    a unit read only so (``one_district``) leaves its generic name to the national body elsewhere ("Panitia
    Pemilihan Kecamatan (PPK) dan PPS", "PPK Kalianget, Batuputih, dan Lenteng" are the committees at large)."""
    i = head.end
    if i + 1 < len(doc) and doc[i].text in spec.get("levels", ()):
        i += 1
    end = district_end(doc, i)
    return end > i and not (end + 1 < len(doc) and doc[end].text == "," and district_end(doc, end + 1) > end + 1)


def _whole_district(doc: Doc, i: int, spec: dict, found: tuple[str, int] | None) -> tuple[str, int] | None:
    """The place ``found`` at ``i``, taken on or back to the end of the longest district listed in districts.yaml
    for a body named by its district (``districts`` in its kind): "Panwascam Bandar Sribhawono", not "Bandar";
    "Kanit Reskrim Polsek Cawas Budi Santoso", not "Cawas Budi": the holder's name follows the district. A listed
    district is read also where the place reader took none of it: a name with an apostrophe ("Pa'jukukang") is no
    word in title case."""
    if not spec.get("districts") or (end := district_end(doc, i)) == i or found is not None and end == found[1]:
        return found
    return doc[i:end].text, end


def _class_word_end(doc: Doc, i: int, words: Iterable[str]) -> int | None:
    """Where the word that tells a class ("Kelas IIB", a customs office's "Tipe Madya Pabean B", "TMP B") ends
    when one of ``words`` stands at ``i`` with a word after it, else None."""
    for word in words:
        parts = word.split()
        if i + len(parts) < len(doc) and [t.text for t in doc[i:i + len(parts)]] == parts:
            return i + len(parts)
    return None


ROMAN_CLASSES = {"1": "I", "2": "II", "3": "III"}
CLASS_MARKS = {"/", "-"}  # what may part a class's figure from its letter ("II/A", "II-B")


def _class_at(doc: Doc, i: int, classes: list[str]) -> tuple[str, int] | None:
    """The class written at ``i``, in one part ("IIA") or two ("II/A", "II-A", "II A"), also in Arabic figures
    ("Kelas 1", "Kelas 2A", "Kelas 2 B"), and where it ends, if it is one of ``classes``."""
    if i >= len(doc):
        return None
    first = doc[i].text
    if first[:1] in ROMAN_CLASSES and (len(first) == 1 or first[1:].isalpha()):
        first = ROMAN_CLASSES[first[0]] + first[1:].upper()
    k = i + 1
    if k < len(doc) and doc[k].text in CLASS_MARKS:
        k += 1
    if k < len(doc) and len(doc[k].text) == 1 and (joined := first + doc[k].text.upper()) in classes:
        return joined, k + 1
    return (first, i + 1) if first in classes else None


def _proper_alone(doc: Doc, start: int, end: int, lower_units: list[str], fillers: Iterable[str] = ()) -> bool:
    """Whether a head written alone names the body: in capitals as a name, not as a common noun ("kita sebagai
    panwas"), and before no capitalised word nor one of ``lower_units`` in any case, which make it a lower unit's or
    all of them ("Panwas Desa", "Panwas TPS", "Panwas Kemiling", "Panwas kecamatan", "Panwaslu se Kabupaten X"),
    looking past its acronym in brackets or past the bracket closing it ("Panitia Pengawas Pemilu (Panwaslu)
    Kecamatan X", "pengawas kecamatan (Panwas) Tapalang"), and past ``fillers`` and numbers before a lower unit's
    word ("Panwaslu di setiap kecamatan", "Panwaslu tingkat kecamatan", "Panwaslu di 17 kecamatan")."""
    if not doc[start].text[:1].isupper():
        return False
    end = skip_paren(doc, end)
    if end < len(doc) and doc[end].text == ")" and start > 0 and doc[start - 1].text == "(":
        end += 1
    i = end
    while i < len(doc) and i - end < 3 and (doc[i].lower_ in fillers or doc[i].like_num):
        i += 1
    if i > end and i < len(doc) and doc[i].lower_.split("-")[0] in lower_units:
        return False
    return end >= len(doc) or not (doc[end].text[:1].isupper() or doc[end].lower_.split("-")[0] in lower_units)


def _in_number(doc: Doc, span: Span) -> bool:
    """Part of a document number ("Nomor 800/1071/BKPSDM", "270/9/s.edar/kesbangpol/I/2020", "800/8523-BKPSDM"),
    not a mention of the institution: glued by a slash or a hyphen to a run of glued parts, one with a digit, within
    ``NUMBER_PARTS`` tokens; "ASN/TNI/Polri" and "TNI-Polri" hold no digit."""
    i = span.start - 1
    if i < 1 or doc[i].text not in NUMBER_MARKS or doc[i].whitespace_ or doc[i - 1].whitespace_:
        return False
    for k in range(i - 1, max(-1, i - 1 - NUMBER_PARTS), -1):
        if any(c.isdigit() for c in doc[k].text):
            return True
        if k == 0 or doc[k - 1].whitespace_:
            return False
    return False


def find_region(doc: Doc, i: int, level: str | None,
                places: dict[int, Span]) -> tuple[Region | None, int]:
    """The region named at token ``i`` (after an optional level word) and where it ends."""
    if 0 < i < len(doc) - 1 and doc[i].text == "." and not doc[i - 1].whitespace_ and i + 1 in places:
        i += 1  # "Pemkab. Garut", "Sekdakab. Garut": a short form's full stop before the place
    place = places.get(i)
    reg = registry()
    if place is None and i + 1 < len(doc) and doc[i].text in reg.level_fillers and doc[i + 1].text in reg.level_words:
        i += 1  # "(Kesbangpol) Daerah Kabupaten Kepulauan Sangihe"
    if place is None and i < len(doc):
        word_level = reg.level_words.get(doc[i].text)
        if word_level and (level is None or level == word_level):
            level, place = word_level, places.get(skip_paren(doc, i + 1))
    if place is None:
        return None, i
    after, candidates = place.end, gazetteer().candidates(_surface(place))
    if place.label_ not in ("explicit", "capital") and level in (None, "kota") and after < len(doc) \
            and doc[after].text == "Kota" and after + 1 not in places:
        # "Polres Kediri Kota", "Polres Metro Bekasi Kota": the city, where a regency has the same name
        city = _pick(candidates, "kota", place)
        if city is not None:
            return city, after + 1
    if level is None and place.label_ == "place" and {"kota", "kabupaten"} <= {c.level for c in candidates} \
            and (told := _told_level(candidates, places)) is not None:
        return told, place.end
    return _pick(candidates, level, place), place.end


def _told_level(candidates: tuple[Region, ...], places: dict[int, Span]) -> Region | None:
    """Of a city and a regency sharing a name ("Bawaslu Malang"), the one the story names with its level ("Kota
    Malang", "Wali Kota Malang", a dateline "KOTA KEDIRI"), where it names only one of them so."""
    told = {r for p in places.values() if p.label_ == "explicit"
            and (r := gazetteer().regions.get(p.id_)) is not None and r in candidates and r.level != "provinsi"}
    return told.pop() if len(told) == 1 else None


def regional_body(type_key: str, region: Region | None, told: bool) -> Agency | None:
    """The body of ``type_key`` for ``region``. A kind with no provincial body ("Kejari Jambi", "Polres Bengkulu",
    "Kapolres Gorontalo"), after a province's name written without its level word (not ``told``), is the body of
    the city or regency of that name: such names are read as the province first. A body named with its level only
    where a city and a regency share a name keeps the name as written when the level is not ``told`` ("Kejari
    Bekasi", beside "Kejari Kota Bekasi")."""
    if region is None:
        return None
    reg = registry()
    agency = reg.regional(type_key, region)
    if agency is None and region.level == "provinsi" and not told:
        agency = next((a for r in gazetteer().candidates(region.name)
                       if r.level != "provinsi" and (a := reg.regional(type_key, r)) is not None), None)
    if agency is not None and not told and (untold := agency.extra.get("untold")):
        agency = reg.unit(f"{agency.key}#untold", *untold, (), type_key, agency.region)
    return agency


def _hyphened(doc: Doc, i: int) -> int:
    """Past the rest of a hyphened word that ends before ``i`` ("Ar-Raniry")."""
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
            and doc[i + 1].is_alpha:
        i += 2
    return i


def _surface(place: Span) -> str:
    text = place.text
    for prefix in ("Provinsi ", "Kabupaten ", "Kab. ", "Kota "):
        if place.label_ == "explicit" and text.startswith(prefix):
            return text[len(prefix):]
    return text


def _pick(cands: tuple[Region, ...], level: str | None, place: Span) -> Region | None:
    if place.label_ in ("explicit", "capital", "titled"):  # the matcher already chose the region
        return gazetteer().regions.get(place.id_)
    for r in cands:
        if level is None or r.level == level:
            return r
    return None


def skip_paren(doc: Doc, i: int) -> int:
    """Skip an acronym in brackets right after a name: "Pemerintah Provinsi (Pemprov) Kaltim"."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + PAREN_MAX, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


@Language.factory("pantau_agencies_v1", requires=["doc.spans"], assigns=["doc.ents"])
def make_agencies(nlp: Language, name: str) -> Agencies:
    return Agencies(nlp)
