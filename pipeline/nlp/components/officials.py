"""Officials: a person named with an office, its institution, and later short references.

Titles come before the name ("Kepala BKD Kaltim Rina Kartikasari", "Penjabat (Pj) Gubernur
Jawa Timur Bambang ...", "Walikota Surabaya, Eri Cahyadi, ...", "Gubernur Riau (Arsyadjuliandi
Rachman)") or after it ("Abdullah Azwar Anas selaku Menteri PANRB", "Pak Arief (Ketua Bawaslu
...)"). A person is an official only when the title names an institution (directly, by a
region, or as a fixed office such as "Mendagri"); bylines and photo credits never carry such a
title. Later references by part of the name ("Anas", "Andi Ridwan") point to the same official.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.dates import grammar

from ..districts import district_end, district_regency
from ..extensions import register
from ..regions import Region, gazetteer
from ..registry import Registry, office_acronym_rest, registry
from ..resources import load
from ..termspans import TermMatcher, by_first
from .agencies import find_region, regional_body, skip_paren, story_region

NAME_MAX = 5
LOOSE_MAX = 10  # words of a unit the registry cannot name
_ROMAN = re.compile(r"[IVX]{1,4}")
# what may stand between a title and its holder as a comma would ("Ketua Bawaslu Kota Kupang – Julianus Nomleni");
# press pages and captions also write a colon, a slash or a pipe ("Kepala BKPSDM X: Drs. Ahmad", "Sekda X / Budi")
APPOSING = {",", "–", "—", "-", ":", "/", "|"}
# what sets a holder apart inside the sentence as a pair of commas would ("Budi — Sekda X — mengatakan")
CLAUSE_MARKS = {",", "–", "—"}
# after a title and its holder on a line of their own: a joiner to the next pair of a caption or a list, or a word
# telling the moment pictured ("... Saat Memimpin Apel")
LINE_JOINERS = frozenset(load("layout")["name_line_joiners"])
SIGNED = frozenset(load("layout")["signature_marks"])
# the levels of regions no village or district is named by ("Kepala Desa Kabupaten X" heads the regency's villages);
# "Kota" is ("Kelurahan Kota Baru")
WIDE_LEVELS = frozenset({"provinsi", "kabupaten"})
PLACE_CLOSERS = {")", ".", ";"}  # what closes a place written whole after a title, its holder named before it
UNIT_JOINERS = frozenset({"dan", "&"})  # between the fields of one unit ("Pemuda dan Olahraga")
LIST_MARKS = {"&", "/", ",", "–", "—", "-"}  # between offices listed together ("Bupati – Wakil Bupati")
MINISTER_TITLES = ("menteri ", "wakil menteri ")  # a minister's title before the ministry's name, lower-cased
UNIT_MAX = 10  # words of a unit name between a head and its institution
NICK_MAX = 3  # words of the name a holder goes by ("yang akrab disapa Mbak Ita")
QUOTES = {'"', "“", "”", "'", "’", "‘"}
ROLE_BREAKS = {".", ";", "!", "?", "\n", "(", ")"}  # what a role joined by "sekaligus" never runs across
SPEECH_QUOTES = frozenset({'"', "“", "”"})  # the marks that open and close speech (not a name's apostrophe)
NAME_MARKS = re.compile("['’‘`-]")  # inside a name: "Mas’ud", "Safi'i", "Siti Nur-Azizah"


@dataclass
class OfficialRecord:
    name: str
    role: str | None
    agency: str | None  # agency key
    tokens: tuple[str, ...]  # lower-cased name tokens, honorifics removed
    nick: tuple[str, ...] = ()  # a short name given in brackets after the name ("Joko Widodo (Jokowi)")

    def matches(self, toks: tuple[str, ...]) -> bool:
        """Whether ``toks`` (in order) is part of this person's name, or the short name given for it."""
        return _in_order(toks, self.tokens) or toks == self.nick


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is in ``whole`` in order (with gaps): one name's words in another's. A plain loop: the
    generator under all() cost more than the search (asked some 100 times an article, of a handful of words)."""
    it = iter(whole)
    for t in part:  # noqa: SIM110 (all() over a generator: four times slower here)
        if t not in it:
            return False
    return True


def _office_head_titles(reg: Registry, listed: set[str]) -> dict[str, list[str]]:
    """The head of an office by "Kadis" and the rest of its "Dis-" acronym ("Kadis Nakertrans" for Disnakertrans), as
    offices.yaml lists a few by hand ("Kadis Perkim", "Kadis Perindag"); none a title already listed. Also "Ka" fused
    before the whole "Dis-"/"Din-" acronym ("Kadisperkimtan", "Kadinpora"), as the listed "Kadisdik", "Kadinkes",
    "Kadispora"; and before a Badan's whole "Ba-" acronym ("Kabappeda", "Kabapenda", "Kabakesbangpol"), or "Kaban"
    before its other one-word acronym ("Kabankesbangpol"), as the listed "Kakesbangpol", "Kakankesbangpol"."""
    out: dict[str, list[str]] = {}
    for t in reg.types.values():
        badan = bool(t.levels) and all(spec["name"].startswith("Badan ") for spec in t.levels.values())
        for text, _ in t.heads:
            if (rest := office_acronym_rest(text, t.levels)) is not None and f"Kadis {rest}" not in listed:
                out.setdefault(t.key, []).append(f"Kadis {rest}")
            word = " " not in text and len(text) >= 6 and text.isalpha() and text[1:].islower()
            if word and text[:3] in ("Dis", "Din"):
                fused = f"Kad{text[1:]}"
            elif word and badan:
                fused = f"Kab{text[1:]}" if text.startswith("Ba") else f"Kaban{text.lower()}"
            else:
                continue
            if fused not in listed:
                out.setdefault(t.key, []).append(fused)
    return out


class Officials:
    def __init__(self, nlp: Language) -> None:
        register()
        data = load("offices")
        self.reg = registry()
        self.matcher = TermMatcher(nlp, case_sensitive=True)
        # heads need an institution after them, so lower-case ones are safe ("kata anggota Bawaslu ...")
        for h in data["heads"]:
            self.matcher.add("head", h, [h, h.lower(), *_lede([h])])
        for r in data["regional"]:  # also in lower case, then only with a region written after them
            self.matcher.add("regional", f"{r['type']}|{r.get('level') or ''}",
                             r["titles"] + [t.lower() for t in r["titles"]] + _lede(r["titles"]))
        self.regional_titles = {t for r in data["regional"] for t in r["titles"]}
        # the first words of the regional government's own titles ("Bupati", "Sekda"): a section head named after
        # one serves that government, whatever election body his sentence named before
        self.government_title_words = {t.split()[0] for r in data["regional"] if r["type"] == "pemda"
                                       for t in r["titles"]}
        derived = _office_head_titles(self.reg, self.regional_titles)
        for type_key, titles in derived.items():  # "Kadis Nakertrans Halut": the head of the office "Disnakertrans"
            self.matcher.add("regional", f"{type_key}|", titles)
        self.regional_titles |= {t for titles in derived.values() for t in titles}
        for a in self.reg.agencies.values():
            if a.offices:
                self.matcher.add("office", a.key, [*a.offices, *_lede(a.offices), *_lowered_head(a.offices)])
        for kind, spec in self.reg.numbered.items():  # "Dandim 0415/Jambi": the title names its unit
            self.matcher.add("unit", kind, spec.get("offices") or [])
        self.placed = {}
        # a numbered unit's head written with a place and no number ("Danramil Sayung") heads that place's unit
        self.placed_units: dict[str, str] = {}
        for k, spec in enumerate(data.get("placed") or []):
            self.matcher.add("placed", str(k), spec["titles"])
            self.placed[str(k)] = spec
            self.placed_units.update(dict.fromkeys(spec["titles"], str(k)))
        self.placed_words = data.get("placed_words", 3)
        self.matcher.add("rank", "rank", data["ranks"] + data["honorifics"])
        self.modifiers = {tuple(_fold(w) for w in m.split()) for m in data["modifiers"]}
        self.modifier_lengths = sorted({len(m) for m in self.modifiers}, reverse=True)
        self.modifier_ends = {m[-1] for m in self.modifiers}
        self.rank_words = set(data["ranks"])
        degrees = data["degrees"] + data["split_degrees"]
        self.drop = {_fold(h) for h in data["ranks"] + data["honorifics"] + degrees}
        self.degrees = {_fold(d) for d in degrees}
        self.dotless_degrees = {d.replace(".", "") for d in self.degrees}  # "S.I.P." is S.IP, "S.Sos.I." S.Sos.I
        self.degree_shape = re.compile(data["degree_shape"])
        self.rank_suffixes = {_fold(s) for s in data["rank_suffixes"]}
        self.bracketed_suffixes = set(data["bracketed_suffixes"])
        titles = data["heads"] + [t for r in data["regional"] for t in r["titles"]] + data["modifiers"]
        self.place_words = {w.casefold() for w in data["place_words"]}
        self.place_firsts = {w.casefold() for w in data["place_firsts"]}
        self.month_names = set(data["month_names"])
        self.month_times = set(data["month_times"])
        self.placed_levels = set(data["placed_levels"])
        self.district_levels = set(data["district_levels"])
        self.district_bodies = set(data["district_bodies"])
        self.scope_words = set(data["scope_words"])
        self.not_name = {w.casefold() for w in data["not_name"]} | self.place_words | {
            t.casefold() for t in titles + data["ranks"] if " " not in t}
        # national offices of one word are no one's name either ("Staf Ahli Menaker RI ini ...": the minister's)
        self.not_name |= {o.casefold() for a in self.reg.agencies.values() if a.region is None
                          for o in a.offices if " " not in o}
        # the longest form first: "yang menjabat sebagai" before "sebagai"
        self.apposition = sorted((tuple(a.split()) for a in data["apposition"]), key=len, reverse=True)
        self.term_words = [tuple(w.casefold().split()) for w in data.get("term_words") or []]
        self.holds_verbs = {w.casefold() for w in data.get("holds_verbs") or []}
        self.name_starts = [tuple(w.split()) for w in data.get("name_starts") or []]
        self.hyphen_firsts = {w.casefold() for w in data.get("hyphen_firsts") or []}
        self.name_particles = {w.casefold() for w in data["name_particles"]}
        self.name_abbreviations = {w.casefold() for w in data["name_abbreviations"]}
        self.adat_titles = set(data["adat_titles"])
        self.adverbs = {w.casefold() for w in data.get("holds_adverbs") or []}
        self.factions = sorted((tuple(w.casefold().split()) for w in data.get("faction_words") or []),
                               key=len, reverse=True)  # longest first
        self._openers = {w[0] for w in (*self.term_words, *self.factions)}  # first words, to skip early
        self._faction_first = {w[0] for w in self.factions}  # "fraksi" in lower case inside a title
        seat = data["constituency"]
        self.constituency_links = {w.casefold() for w in seat["links"]}
        self.constituency_words = by_first([tuple(w.casefold().split()) for w in seat["words"]])
        self.venue = {w.casefold() for w in data["venue"]}
        self.associations = {w.casefold() for w in data["associations"]}
        self.documents = set(data["documents"])
        # a minister's title in lower case right after one of these names the regulation the minister issues
        # ("peraturan menteri dalam negeri"), as a body's name after them does (agencies.yaml `regulation_words`)
        self.regulation_words = set(load("agencies")["regulation_words"])
        self.contest = {w.casefold() for w in data["contest"]}
        self.incumbent = set(data["incumbent"]["words"])  # "calon bupati petahana Budi": the holder runs again
        self.incumbent_links = set(data["incumbent"]["links"])  # "calon Bupati X dari petahana Budi"
        self.contest_verbs = {w.casefold() for w in data.get("contest_verbs") or [] if " " not in w}
        self.contest_joiners = {w.casefold() for w in data.get("contest_joiners") or []}
        self.contest_fillers = sorted((tuple(w.casefold().split()) for w in data["contest_fillers"]), key=len,
                                      reverse=True)
        backing = data["backing"]
        self.backing_verbs = {w.casefold() for w in backing["verbs"]}
        self.backing_seats = {w.casefold() for w in backing["seats"]}
        self.backing_fillers = {w.casefold() for w in backing["fillers"]}
        self.backing_reach = backing["reach"]
        self.staff = {s.casefold() for s in data["regional_staff"]}
        self.province_staff = {s.casefold() for s in data["province_staff"]}
        self.story_offices = frozenset(data["story_offices"])
        self.unit_links = set(data["unit_links"])
        self.unit_titles = set(data["unit_titles"])  # "Kasi di Dinas Sosial": the title holds its unit's word
        posts = data["ministry_unit_posts"]
        self.ministry_unit_names = tuple(posts["units"])
        self.ministry_names = tuple(posts["parents"])
        self.chain = {w.casefold() for w in data["chain"]}
        self.former = {w.casefold() for w in data["former"]}
        self.chain_deeds = tuple(w.casefold() for w in data["chain_deeds"])
        self.chain_role_max: int = data["chain_role_max"]
        self.chain_links = [tuple(w.casefold().split()) for w in data["chain_links"]]
        self.units = set(data["unit_words"]) | {w.lower() for w in data["lower_unit_words"]}
        self.after_office = sorted((tuple(w.casefold().split()) for w in data["after_office"]), key=len,
                                   reverse=True)  # longest first: "yang baru dilantik" before "yang baru"
        self._after_first = {w[0] for w in self.after_office}
        self._after_by_first = by_first(self.after_office)
        clause = data["office_clause"]
        self.clause_openers = {w.casefold() for w in clause["openers"]}
        self.clause_words = clause["words"]
        self.clause_fields = {w.casefold() for w in clause["fields"]}
        self.field_reach = clause["field_words"]
        self.inside_office = {w.casefold() for w in data["inside_office"]}
        self.inside_head = set(data["inside_head"])  # "Ketua sementara DPRD X": an interim chair
        self.national_words = [tuple(w.split()) for w in data["national_words"]]
        self.national_first = {w[0] for w in self.national_words}  # looked up first: most titles have none
        self.seat_words = set(data.get("seat_words") or [])
        self.seated_units = set(data["seated_units"])
        self.list_words = {w.casefold() for w in data["list_words"]}
        self.shared_titles = set(data["shared_titles"])
        self.regions = gazetteer().regions
        self.attribution = {w.casefold() for w in data["attribution"]}
        self.attribution_agents = set(data["attribution_agents"])  # "dikatakan oleh Budi, Ketua ..."
        self.reported_openers = set(data["reported_openers"])
        self.reported_predicates = set(data["reported_predicates"])
        self.reported_prefixes = tuple(data["reported_prefixes"])
        self.reported_not_verbs = set(data["reported_not_verbs"])
        self.bare_name_openers = set(data["bare_name_openers"])  # "dibuka oleh Budi Santoso Ketua ..."
        self.apposed_speech = set(data["apposed_speech"])
        self.recipients = set(data["recipients"])
        self.signers = set(data["signers"])
        self.signer_links = set(data["signer_links"])
        self.by_initials = {w.casefold() for w in data["by_initials"]}
        self.weekdays = set(grammar().weekdays)  # "Senin", "Jum'at", lower-cased
        # the appositions that appoint ("sebagai", "yang ditetapkan menjadi"), not those of an office also held
        self.appointing = [w for w in self.apposition
                           if w[-1] in {"sebagai", "menjadi"} and not self.holds_verbs & set(w)]
        self.apposition_alone = set(data["apposition_alone"])
        self.apposition_alone_proper = set(data["apposition_alone_proper"])
        commissions = data["commissions"]  # "Ketua Komisi I Budi": a commission of the house named before
        self.commission_ids = numpy.unique(numpy.array([nlp.vocab.strings.add(w) for w in commissions["units"]],
                                                       dtype="uint64"))  # sorted, for _positions
        self.commission_officers = sorted((tuple(w.casefold().split()) for w in commissions["officers"]), key=len,
                                          reverse=True)  # longest first: "Wakil Ketua" before "Ketua"
        self.commission_members = {w.casefold() for w in commissions["members"]}
        self.commission_letters = set(commissions["letters"])
        self.houses = set(commissions["houses"])
        loose = data["loose_offices"]
        self.unit_heads = set(loose["unit_heads"])  # heads only of a unit named after them ("Koordinator Divisi")
        self.opening_heads = set(loose["opening_heads"])  # heads only after a lower-case word or a mark ("Divisi")
        self.opening_after = set(loose["opening_after"])  # ... or after these ("Ketua Divisi Hukum, Nama")
        coordinators = loose["division_coordinators"]  # an election body's division coordinators ("Kordiv Hukum")
        self.coordinator_heads = set(coordinators["heads"])
        self.coordinator_before = {h: set(units) for h, units in coordinators["before"].items()}
        self.election_bodies = set(coordinators["bodies"])  # types whose divisions have coordinators
        self.supervisors = set(coordinators["supervisors"])  # ... and of those, the election supervisors
        self.loose_heads = {nlp.vocab.strings.add(h)  # as hashes
                            for h in loose["heads"] + loose["unit_heads"] + loose["lower_heads"]}
        self.loose_head_ids = numpy.array(sorted(self.loose_heads), dtype="uint64")  # for _positions
        self.loose_words = set(loose["words"])  # the words of units' names, without the registry's
        self.lower_coined_heads = set(loose["lower_heads"])  # "kadis pendidikan": the unit in lower case too
        self.unit_vocabulary = self.loose_words | {
            w for a in self.reg.agencies.values() if a.region is None and not a.key.endswith("@")
            for w in a.name.split() if w[:1].isupper() and w.isalpha()} - set(loose["given_names"])
        self.not_public = set(loose["not_public"])
        # offices' short names in one word ("Disdik", "Dinkes", "Bappeda"): more of a unit, never a holder's name
        self.office_short_names = {h for t in self.reg.types.values() for h, _ in t.heads
                                   if h.isalpha() and h[:1].isupper()}
        # the one-word short names of bodies and units ("Lantamal", "Kodim", "Lapas", "KPPN"): glossed in brackets after
        # a title spelled out ("Komandan Pangkalan Utama TNI Angkatan Laut VI (Lantamal)"), never its holder's name
        self.bracketed_short_names = self.office_short_names | {
            h for spec in self.reg.numbered.values() for h in spec["heads"] if h.isalpha() and h[:1].isupper()}
        self.generic_units = set(loose["generic_units"])
        self.office_heads = set(loose["office_heads"])
        self.implied_heads = loose["implied_heads"]
        stand_in = data["stand_in"]
        self.stand_in = [tuple(w.casefold().split()) for w in stand_in["words"]]
        self.stand_in_last = numpy.unique(numpy.array([nlp.vocab.strings.add(w[-1]) for w in self.stand_in],
                                                      dtype="uint64"))  # sorted, for _positions
        self.stand_in_after = {w.casefold() for w in stand_in["after"]}
        self.stand_in_reach = stand_in["reach"]
        self.through_words = set(data["through"]["words"])
        self.through_members = set(data["through"]["members"])
        accompanied = data["accompanied"]
        self.accompanied_words = set(accompanied["words"])
        self.accompanied_after = set(accompanied["after"])
        self.accompanied_members = set(accompanied["members"])
        self.accompanied_bodies = set(accompanied["bodies"])
        self.list_members = {w.casefold() for w in data["members_listed"]["members"]}
        openers = data["members_listed"]["openers"]
        # words that name whom a title is about, longest first ("kepala Bappeda yakni Khaidarmansah", "Sekda X yang
        # dijabat oleh Budi")
        self.naming = sorted({tuple(w.casefold().split()) for w in openers + data["naming"]}, key=len, reverse=True)
        self.called = sorted((tuple(w.casefold().split()) for w in data["called"]), key=len, reverse=True)
        self._called_first = {w[0] for w in self.called}
        self._naming_by_first = by_first(self.naming)
        self._called_by_first = by_first(self.called)
        self._called_last = {w[-1] for w in self.called}  # "disapa": found back from the nickname after it
        # an opener of one or more words, found by its last one
        self.list_opening: dict[str, list[tuple[str, ...]]] = {}
        for w in openers + data["members_listed"]["list_openers"]:
            words = tuple(w.casefold().split())
            self.list_opening.setdefault(words[-1], []).append(words)
        self.list_openers = numpy.unique(numpy.array([nlp.vocab.strings.add(w) for w in self.list_opening],
                                                     dtype="uint64"))  # sorted, for _positions
        self.list_reach = data["members_listed"]["reach"]
        members = data["regional_members"]
        self.bare_bodies = {b.casefold() for b in members["bodies"]}
        from .holders import known_holders  # here: that module builds on this one

        # the national office holders' names' words, and the bodies they served
        self.national_holders = [(frozenset(_unquoted(w) for w in n.split()), {t.agency for t in h.terms})
                                 for h in known_holders() for n in (h.name, *h.aliases)]
        self.national_holders += [(frozenset({_unquoted(n)}), {key}) for n, key in members["national_names"].items()]
        self.bare_kinds = {text.casefold(): t.key for t in self.reg.types.values() for text, _ in t.heads
                           if text.casefold() in self.bare_bodies}
        # ... and every name of those bodies: "Ketua Badan Pengawas Pemilu (Bawaslu), Budi" is the bare "Ketua Bawaslu"
        self.member_bodies = {text.casefold(): t.key for t in self.reg.types.values()
                              if t.key in self.bare_kinds.values() for text, _ in t.heads}
        self.member_ends = {name.split()[-1] for name in self.member_bodies}
        # the offices named by their seat town: their heads and short names ("Pengadilan Negeri", "PN", "Kejari"),
        # and their holders' own titles ("Kajari")
        self.seat_town_types = set(data["seat_town_types"])
        seated = [self.reg.types[key] for key in self.seat_town_types]
        self.seat_town_heads = {text for t in seated for text, _ in t.heads} | {
            form["acronym"].split("{")[0].strip() for t in seated for form in t.levels.values()} | {
            title for r in data["regional"] if r["type"] in self.seat_town_types for title in r["titles"]}
        self.seat_town_ends = {head.split()[-1] for head in self.seat_town_heads}
        self.government_offices = set(loose["government_offices"])
        self.government_type = loose["government"]
        self.election_sections = set(loose["election_sections"])
        nxt = data["next_sentence"]
        self.pointers = {w.casefold() for w in nxt["pointers"]}
        self.next_openers = {w.casefold() for w in nxt["openers"]}
        self.persons = {w.casefold() for w in nxt["persons"]}
        self.pronouns = {w.casefold() for w in nxt["pronouns"]}
        self.copulas = {w.casefold() for w in nxt["copulas"]}
        self.copula_joiners = {w.casefold() for w in nxt["copula_joiners"]}
        self.passives = {w.casefold() for w in nxt["passives"]}
        self.agents = {w.casefold() for w in nxt["agents"]}
        self.capacities = {w.casefold() for w in nxt["capacities"]}
        self.connective_words = nxt["connective_words"]
        self.both = sorted((tuple(w.casefold().split()) for w in nxt["both"]), key=len, reverse=True)
        self._name_like_words: dict[int, bool] = {}  # _name_like by word (orth hash), filled as words are met

    # ------------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        all_ents = doc.ents  # each read of doc.ents builds every entity's Span again
        ents = {e.start: e for e in all_ents if e.label_ == "ORG"}
        inside = {i for e in all_ents for i in range(e.start, e.end)}
        places = {s.start: s for s in doc.spans.get("places", [])}
        terms = self.matcher.spans(doc)
        headline = (doc._.headline_tokens or set()) - (doc._.caption_tokens or set())
        name_lines = doc._.name_line_tokens or set()
        line_agencies: set[str | None] = set()  # of the holders read from such lines
        prose_or_named = headline - name_lines if name_lines else headline
        titles = {t.start: t for t in terms if t.label_ != "rank"}
        titled = {i for t in titles.values() for i in range(t.start, t.end)}
        extras = {s.start: s for s in terms if s.label_ == "rank"}
        ctx = _Context(doc, ents, places, extras, inside | titled, set(titles),
                       {t.end: t.start for t in titles.values() if t.label_ == "head"})
        inner = {i for e in ents.values() for i in range(e.start + 1, e.end)}
        officials: list[OfficialRecord] = []
        name_spans: list[Span] = []
        latest = _Latest(doc)
        roles: list[Span] = []
        for term in titles.values():
            if term.label_ == "unit" and term.start not in ents and term.text in self.placed_units:
                term = Span(doc, term.start, term.end, label="placed", span_id=self.placed_units[term.text])
            if not self._introduces(doc, term, inner, prose_or_named, titles, places):
                continue
            if term.label_ == "placed":  # "Camat Sukamaju, Rina ...": a named holder, an office closed, or nothing
                found = self._placed(ctx, term)
                if term.start in name_lines and (found is None or found[0] is None or len(found[0]) < 2 or any(
                        t.lower in ctx.lowered for t in found[0][1:]) or not _alone_on_line(
                        doc, term.start, found[1], found[0])):
                    continue  # "Camat X Budi Santoso" alone on its line; not "Camat dan Lurah Diminta Netral"
                if found is not None and found[0] is None:
                    roles.append(Span(doc, term.start, found[1], label="OFFICE", span_id=found[2]))
                elif found is not None:
                    name, role_end, agency = found
                    self._named(ctx, officials, name_spans, name,
                                _role(doc[self._modifiers_before(doc, term.start):role_end]), agency)
                    roles.append(Span(doc, term.start, role_end, label="ROLE", span_id=agency))
                continue
            parsed = self._title(ctx, term)
            if parsed is None:
                continue
            role_start, title_end, agency, guessed = parsed
            if self._past_term(doc, title_end, latest):  # "Gubernur Bali periode 2018-2023" in a 2024 story
                continue
            if role_start > 0 and doc[role_start - 1].text in self.documents:  # "Surat Edaran Menpan RB"
                name, role_end = None, title_end
            else:
                spoken = role_start > 0 and doc[role_start - 1].lower_ in self.attribution
                name, role_end = self._holder(ctx, title_end, titles, spoken)
                if name is None and _opens_line(doc, role_start):
                    name = self._next_line_holder(ctx, role_end) or self._previous_line_holder(ctx, role_start,
                                                                                               role_end)
                if name is not None and self._each_selaku(doc, role_start, name):
                    name = self._name_before(ctx, role_start)  # "A selaku Sekda X, B selaku Kepala BKD X": A's
                elif name is not None and self._each_comma(ctx, titles, role_start, role_end, name):
                    name = self._listed_before(ctx, role_start, roles) or name  # "A, Sekda X, B, Kepala BKD X": A's
                if name is None:
                    closed = role_end < len(doc) and (doc[role_end].text == "," or
                                                      doc[role_end].lower_ in self.apposed_speech)
                    name = self._name_before(ctx, self._aliased(doc, titles, self._outer_head(ctx, role_start)), closed)
                    if name is not None and self._reported_subject(doc, name, role_end):
                        # "Dikatakan Budi, Mendagri minta ...": the speaker reports the minister's words; he holds
                        # the office that spoke at the end of the sentence before ('..." kata Pj Bupati X.'), if any
                        if (spoke := self._speaking_office(doc, roles, name)) is not None:
                            self._named(ctx, officials, name_spans, name, _role(roles[spoke]), roles[spoke].id_)
                            roles[spoke] = Span(doc, roles[spoke].start, roles[spoke].end, label="ROLE",
                                                span_id=roles[spoke].id_)
                        name = None
                if name is None and (role_start == 0 or doc[role_start - 1].text != ",") and \
                        (called := self._called_end(doc, role_end)) is not None:
                    # "Pj Bupati X yang biasa dipanggil Yuyun"; not "Sugiono, Sekda X yang akrab disapa Pak Gik"
                    name = self._apposed(ctx, called, spoken, declared=True)
            if term.start in name_lines:
                if name is None:  # "Budi Santoso - Kepala BKD X": a list's line
                    name = self._dashed_line_holder(ctx, role_start)
                name = self._line_holder(ctx, role_start, role_end, name)
                if name is None:  # "Bupati X Minta ASN Netral", "Kapolres X Dimutasi": a headline
                    continue
                line_agencies.add(agency)
            if name is None and (each := self._names_each(ctx, roles, role_start)) is not None:
                office, first, name = each  # "Budi dan Rina, masing-masing Ketua Bawaslu X dan Ketua KPU X"
                self._named(ctx, officials, name_spans, first, _role(office), office.id_)
                roles[-1] = Span(doc, office.start, office.end, label="ROLE", span_id=office.id_)
            if name is None:  # "Bupati Gowa mengingatkan ...": the office speaks, its holder unnamed
                # "anggota Korpri": members; "Bupati": any regent. A minister's fused title in lower case, which
                # agencies.yaml lists only where outlets write it so ("edaran menpan"), still names the ministry, and
                # so does one spelt out with the ministry's name ("edaran menteri dalam negeri"), but for a
                # regulation's name written in lower case ("peraturan menteri dalam negeri"). A region guessed from
                # the story names the office only for a dinas or badan head standing alone (`_office_alone`)
                minister = term.text.startswith(MINISTER_TITLES) and not (
                    role_start > 0 and doc[role_start - 1].lower_ in self.regulation_words)
                if term.text[:1].islower() and not (term.label_ == "office" and (len(term) == 1 or minister)) \
                        or guessed and not self._office_alone(ctx, agency, role_end):
                    continue
                roles.append(Span(doc, role_start, role_end, label="OFFICE", span_id=agency))
                continue
            agency = self._regional_member(ctx, role_end, agency, name)
            paired = self._paired(ctx, titles, role_start, name)
            offices = self._paired_offices(ctx, roles, role_start, role_end, name) if paired is None else None
            if offices is not None:  # "Ketua Bawaslu X dan Ketua KPU X, masing-masing Budi dan Rina"
                office, second = offices
                first_agency = self._shared_region(ctx, office, agency)
                self._named(ctx, officials, name_spans, name, _role(office), first_agency)
                roles[-1] = Span(doc, office.start, office.end, label="ROLE", span_id=first_agency)
                self._named(ctx, officials, name_spans, second, _role(doc[role_start:role_end]), agency)
            elif paired is None:
                self._named(ctx, officials, name_spans, name, _role(doc[role_start:role_end]), agency)
                for other in self._co_members(ctx, term, name):  # "Anggota Bawaslu RI Lolly Suhenti dan ..."
                    self._named(ctx, officials, name_spans, other, _role(doc[role_start:role_end]), agency)
            else:  # "Kepala dan Sekretaris Disdikbud, Eka Afriana dan Weka Tri Rakhmad": one name per office
                first, second = paired
                unit = doc[term.end:role_end].text
                self._named(ctx, officials, name_spans, name, _role(doc[first.start:first.end]) + " " + unit, agency)
                self._named(ctx, officials, name_spans, second, _role(doc[role_start:role_end]), agency)
            roles.append(Span(doc, role_start, role_end, label="ROLE", span_id=agency))
        self._appointed(ctx, roles, name_spans)
        for role in roles:
            if role.label_ == "OFFICE" and (found := self._quoted_holder(ctx, role)) is not None:
                self._named(ctx, officials, name_spans, found, _role(role), role.id_)
        for start, ent, name, role_end in self._acting(ctx, titles, roles, headline):
            self._named(ctx, officials, name_spans, name, _role(doc[start:role_end]), ent.id_)
            roles.append(Span(doc, start, role_end, label="ROLE", span_id=ent.id_))
        for member, ent, name in self._through(ctx, headline):
            title = member.text[:-3] if member.lower_.endswith("nya") else member.text  # "anggotanya": its member
            self._named(ctx, officials, name_spans, name, f"{title} {ent.text}", ent.id_)
            roles.append(Span(doc, member.i, member.i + 1, label="ROLE", span_id=ent.id_))
        for member, ent, name in self._listed(ctx, headline):
            self._named(ctx, officials, name_spans, name, f"{member.text.capitalize()} {ent.text}", ent.id_)
            roles.append(Span(doc, member.i, member.i + 1, label="ROLE", span_id=ent.id_))
        for member, name, role, agency in self._accompanied(ctx, name_spans):
            self._named(ctx, officials, name_spans, name, f"{member.text.capitalize()} {role}", agency)
            roles.append(Span(doc, member.i, member.i + 1, label="ROLE", span_id=agency))
        covered = {i for r in roles for i in range(r.start, r.end)} | ctx.named | headline
        for start, head, end, name in self._loose(ctx, covered):
            agency = self._loose_agency(ctx, head, end)
            if agency is None and doc[head].text in self.opening_heads:
                continue  # "Tim pemenangan didampingi Divisi Hukum Rudi": a division of no body named before it
            self._named(ctx, officials, name_spans, name, _role(doc[start:end]), agency)
            roles.append(Span(doc, start, end, label="ROLE"))
        for start, end, name, house in self._commissioned(ctx, covered):
            self._named(ctx, officials, name_spans, name, _role(doc[start:end]), house)
            roles.append(Span(doc, start, end, label="ROLE", span_id=house))
        for ent, name in self._ranked(ctx, headline):
            self._named(ctx, officials, name_spans, name, ent.text, ent.id_)
            roles.append(Span(doc, ent.start, ent.end, label="ROLE", span_id=ent.id_))
        for start, end, name, agency in self._stand_ins(ctx, roles, name_spans):
            self._named(ctx, officials, name_spans, name, _role(doc[start:end]), agency)
            roles.append(Span(doc, start, end, label="ROLE", span_id=agency))
        for k, name in self._next_sentence(ctx, roles, officials) + self._both_named(ctx, roles):
            self._named(ctx, officials, name_spans, name, _role(roles[k]), roles[k].id_)
            roles[k] = Span(doc, roles[k].start, roles[k].end, label="ROLE", span_id=roles[k].id_)
        if name_lines:  # the institutions of a headline that names no holder, kept for this reading, go again
            doc.ents = [e for e in doc.ents if e.start not in name_lines or e.id_ in line_agencies]
        if ctx.swallowed:
            doc.ents = [e for e in doc.ents if e.start not in ctx.swallowed]
        doc._.officials = officials
        doc.spans["roles"] = roles
        doc.spans["persons"] = sorted(name_spans + self._references(ctx, officials, name_spans),
                                      key=lambda s: s.start)
        return doc

    def _next_sentence(self, ctx: _Context, roles: list[Span],
                       officials: list[OfficialRecord]) -> list[tuple[int, Span]]:
        """(index of the office, its holder) for an office without a holder that opens a sentence pointing back
        to the bare name that is the subject or speaker of the sentence right before ("Budi Santoso menegaskan
        ... . Kepala BKD X itu menambahkan ...", "... disampaikan Budi Santoso. Ia merupakan Kepala BKD X."):
        reporters name a person first and their office in the next sentence. Only that one sentence is looked
        at, and only for holderless offices whose sentence opens so."""
        doc, out = ctx.doc, []
        held = {(o.agency, self._title_head(o.role)) for o in officials}
        for k, role in enumerate(roles):
            if role.label_ != "OFFICE" or not role.id_ or (role.id_, self._title_head(role.text)) in held:
                continue
            sent = doc[role.start].sent
            if sent.start == 0 or not self._points_back(doc, sent.start, role):
                continue
            name = self._bare_subject(ctx, doc[sent.start - 1].sent)
            if name is None:
                continue
            toks = tuple(t.lower_ for t in name if _fold(t.text) not in self.drop)
            if any(r.matches(toks) or _in_order(r.tokens, toks) for r in officials):
                continue  # the name already has an office
            out.append((k, name))
            held.add((role.id_, self._title_head(role.text)))
        return out

    def _both_named(self, ctx: _Context, roles: list[Span]) -> list[tuple[int, Span]]:
        """(index of the office, its holder) for two holderless offices joined by "dan" when the next sentence
        opens with both and names them in order ("... Kepala BKD X dan Inspektur X. Kedua pejabat itu, Budi
        dan Rina, meminta ...")."""
        doc, out = ctx.doc, []
        for k in range(len(roles) - 1):
            first, second = roles[k], roles[k + 1]
            if first.label_ != "OFFICE" or second.label_ != "OFFICE" or not first.id_ or not second.id_ or \
                    second.start != first.end + 1 or doc[first.end].lower_ != "dan":
                continue
            i = doc[first.start].sent.end
            if i >= len(doc) or not doc[i - 1].is_punct:
                continue
            words = next((w for w in self.both if _ends_with(doc, i + len(w), w)), None)
            if words is None:
                continue
            i += len(words) + (i + len(words) < len(doc) and doc[i + len(words)].text == ",")
            one = self._name_after(ctx, i) if i < len(doc) else None
            if one is None or one.end + 1 >= len(doc) or doc[one.end].lower_ != "dan":
                continue
            two = self._name_after(ctx, one.end + 1)
            if two is not None and (two.end == len(doc) or doc[two.end].is_punct or doc[two.end].is_lower) and \
                    not any(j in ctx.taken | ctx.named for j in (*range(one.start, one.end),
                                                                 *range(two.start, two.end))):
                out += [(k, one), (k + 1, two)]
        return out

    def _title_head(self, role: str | None) -> str:
        """An office's first word after its interim modifiers ("Pj Bupati Kebumen" -> "bupati")."""
        words = [_fold(w) for w in (role or "").split()]
        while words and (words[0],) in self.modifiers:
            words = words[1:]
        return words[0] if words else ""

    def _points_back(self, doc: Doc, start: int, role: Span) -> bool:
        """Whether the words from the sentence's start to the office refer to someone named before: nothing or
        "Menurut", with a person who holds it ("pria yang (juga) menjabat"), and a pointer after the office; a
        pronoun and a copula or none ("Ia (kini) merupakan", "Dia menjabat sebagai", "Ia Ketua ..."), or "yang"
        ("Ia yang (kini) menjabat ..."); or the capacity one speaks in, a pronoun after its comma ("Sebagai Kepala
        BKD X, ia ...")."""
        words = [t.lower_ for t in doc[start:role.start]]
        if " ".join(words) in self.capacities:  # "Sebagai Kepala BKD X, ia ...", "Dalam kapasitasnya sebagai ..."
            return role.end + 1 < len(doc) and doc[role.end].text == "," and doc[role.end + 1].lower_ in self.pronouns
        if words[:1] and words[0] in self.pronouns:
            if words[1:2] == ["yang"]:  # "Ia yang (kini) menjabat Inspektur X meminta ...", "Dia yang juga Sekda X"
                return self._copular(words[2:]) or bool(words[2:]) and all(w in self.adverbs for w in words[2:])
            return not words[1:] or self._copular(words[1:])  # "Ia anggota Bawaslu X.": the copula left out
        if role.end >= len(doc) or doc[role.end].lower_ not in self.pointers:
            return False
        if words[:1] and words[0] in self.next_openers:
            words = words[1:]
        if not words:
            return True
        return words[0] in self.persons and words[1:2] == ["yang"] and self._copular(words[2:])

    def _copular(self, words: list[str]) -> bool:
        """Whether ``words`` are one copula past adverbs, perhaps with its joiner ("kini merupakan", "menjabat
        sebagai")."""
        rest = [w for w in words if w not in self.adverbs]
        if rest[-1:] and rest[-1] in self.copula_joiners:
            rest = rest[:-1]
        return len(rest) == 1 and rest[0] in self.copulas

    def _bare_subject(self, ctx: _Context, sent: Span) -> Span | None:
        """The name of two words or more, given without an office, that opens ``sent`` (after a connective and
        its comma, honorifics before it, degrees after it) before a lower-case word ("Budi Santoso menegaskan ...",
        "Sementara itu, Drs. Budi Santoso, M.Si menegaskan ...") or follows a speech verb in it ('... kata Budi
        Santoso.', "Hal itu disampaikan (oleh) Budi Santoso di ...")."""
        doc, taken = ctx.doc, ctx.taken | ctx.named
        comma = next((t.i + 1 for t in sent[:self.connective_words + 1] if t.text == ","), None)
        spoken = [t.i + 1 for t in sent if t.lower_ in self.attribution or t.lower_ in self.passives]
        for i in [sent.start, *([comma] if comma else []), *spoken]:
            opening = i not in spoken  # a subject goes on with its verb; a speaker may close the sentence
            i += i < sent.end and doc[i].lower_ in self.agents
            i = self._skip_extras(doc, i, ctx.extras) if i in ctx.extras else i
            if i >= sent.end or i in taken:
                continue
            name = self._name_after(ctx, i)
            if name is None or len(name) < 2 or any(j in taken for j in range(name.start, name.end)):
                continue
            k = name.end
            while k < sent.end and (doc[k].text == "," or self._degree(doc[k].text)) and \
                    any(self._degree(t.text) for t in doc[k:min(k + 2, sent.end)]):
                k += 1  # "Budi Santoso, M.Si menegaskan"
            after = doc[k] if k < sent.end else None
            if after is not None and after.is_lower or not opening and (after is None or after.is_punct):
                return name
        return None

    def _paired(self, ctx: _Context, titles: dict[int, Span], role_start: int,
                name: Span) -> tuple[Span, Span] | None:
        """(the first office, the second name) when two offices of one institution are joined by "dan"
        and so are their holders' names, in the same order: two heads ("Ketua dan Sekretaris Bawaslu X"), or
        an office and its deputy ("Bupati dan Wakil Bupati Pati, Budi dan Rina")."""
        doc = ctx.doc
        if role_start < 2 or doc[role_start - 1].lower_ != "dan" or name.end + 2 >= len(doc) \
                or doc[name.end].lower_ != "dan":
            return None
        own = titles.get(role_start)
        first = next((t for t in titles.values() if t.end == role_start - 1 and (t.label_ == "head" or (
            own is not None and len(own) > len(t) and own.text.lower().endswith(" " + t.text.lower())))), None)
        second = self._name_after(ctx, name.end + 1)
        if first is None or second is None or len(second) < 2 or not ctx.free(second):
            return None
        return first, second

    def _paired_offices(self, ctx: _Context, roles: list[Span], role_start: int, role_end: int,
                        name: Span) -> tuple[Span, Span] | None:
        """(the first office, the second name) when two whole offices are joined by "dan", then a naming word
        and two names joined the same way ("Ketua Bawaslu X dan Ketua KPU X, masing-masing/yakni Budi dan
        Rina"): one name per office, in order; the second office had been given the first name."""
        doc = ctx.doc
        office = roles[-1] if roles else None
        if office is None or office.label_ != "OFFICE" or office.end != role_start - 1 \
                or doc[role_start - 1].lower_ != "dan" or name.end + 2 >= len(doc) or doc[name.end].lower_ != "dan":
            return None
        k = role_end + (doc[role_end].text in APPOSING)
        if self._naming_end(doc, k) != name.start:
            return None
        second = self._name_after(ctx, name.end + 1)
        if second is None or len(second) < 2 or not ctx.free(second):
            return None
        return office, second

    def _shared_region(self, ctx: _Context, office: Span, agency: str) -> str:
        """The body of the first of two offices joined by "dan" whose election body is written bare before the
        second's region ("Ketua Bawaslu dan Ketua KPU Kabupaten Batang"): that body of the second's region."""
        bare = ctx.doc[office.end - 1].lower_
        body = self.reg.agencies.get(agency)
        if bare not in self.bare_kinds or body is None or body.region is None:
            return office.id_
        local = self.reg.regional(self.bare_kinds[bare], body.region)
        return office.id_ if local is None else local.key

    def _names_each(self, ctx: _Context, roles: list[Span], role_start: int) -> tuple[Span, Span, Span] | None:
        """(the first office, its holder, this office's holder) when two names joined by "dan" come before
        "masing-masing" and two offices joined the same way ("Budi Santoso dan Rina Wati, masing-masing (selaku)
        Ketua Bawaslu X dan Ketua KPU X"): one name per office, in order."""
        doc = ctx.doc
        office = roles[-1] if roles else None
        if office is None or office.label_ != "OFFICE" or office.end != role_start - 1 \
                or doc[role_start - 1].lower_ != "dan":
            return None
        k = office.start
        if k > 0 and (doc[k - 1].lower_,) in self.apposition:
            k -= 1  # "masing-masing selaku ..."
        if k < 1 or (doc[k - 1].lower_,) not in self.naming:
            return None
        k -= 1 + (k > 1 and doc[k - 2].text == ",")
        second = self._name_ending(ctx, self._past_degrees(doc, k)[0])  # "Siti Aminah, S.H., masing-masing"
        if second is None or second.start < 1 or doc[second.start - 1].lower_ != "dan":
            return None
        first = self._name_ending(ctx, self._past_degrees(doc, second.start - 1)[0])
        return None if first is None else (office, first, second)

    def _name_ending(self, ctx: _Context, end: int) -> Span | None:
        """A name of two words or more ending right before ``end``, in no institution, title or name given."""
        doc, j = ctx.doc, end
        while j > 0 and end - j < NAME_MAX and self._name_like(doc[j - 1]) and ctx.free(doc[j - 1:j]):
            j -= 1
        return self._personal(doc[j:end]) if end - j >= 2 else None

    def _regional_member(self, ctx: _Context, end: int, agency: str, name: Span) -> str:
        """The body a member of an election body written bare belongs to: "Komisioner Bawaslu Zulfadli" in a
        story on Siak (its dateline, its places or its bodies) is of Bawaslu Kabupaten Siak, "Ketua Bawaslu Rahmat
        Bagja" of the national Bawaslu wherever the story is (see `regional_members` in offices.yaml)."""
        doc = ctx.doc
        if doc[end - 1].text == ")":
            end -= 1  # "Ketua Badan Pengawas Pemilu (Bawaslu), Budi": the body glossed by its acronym
        if doc[end - 1].lower_ not in self.member_ends or (body := self.reg.agencies.get(agency)) is None:
            return agency
        ent = next((e for e in ctx.ents.values() if e.end == end), None)
        if ent is None or ent.text.casefold() not in self.member_bodies:
            return agency
        glossed = ent.start > 0 and doc[ent.start - 1].text == "("  # the name before the bracket is the same body
        own = {ent.start} | {e.start for e in ctx.ents.values() if glossed and e.end == ent.start - 1}
        kind = self.reg.types[self.member_bodies[ent.text.casefold()]]
        words = {_unquoted(t.text) for t in name}
        if any(len(words & h) >= min(2, len(words)) and kind.national in held for h, held in self.national_holders):
            return kind.national  # a national office holder
        if body.region is None and (written := next((p for k, p in ctx.places.items() if end <= k < name.start
                                                     and p.label_ == "explicit"), None)) is not None:
            # "Komisioner Bawaslu Kordiv Penindakan Provinsi Jawa Tengah, Budi": the region after the division
            local = self.reg.regional(kind.key, self.regions[written.id_])
            return local.key if local is not None else agency
        region = ctx.story_region
        if body.region is not None or region is None:
            return agency
        if any(e.id_ == agency and e.start not in own and e.text.casefold() not in self.bare_bodies
               for e in ctx.ents.values()):
            return agency  # "Bawaslu RI" written out: a bare "Bawaslu" may be it
        local = self.reg.regional(kind.key, region)
        return local.key if local is not None else agency

    def _acting(self, ctx: _Context, titles: dict[int, Span], roles: list[Span],
                headline: set[int]) -> list[tuple[int, Span, Span, int]]:
        """(role start, institution, name, role end) of an interim head written as the interim word and
        the institution, without the head's title: "ungkap Plt Kesbangpol Bungo, Zainadi"."""
        doc, out = ctx.doc, []
        in_roles = {i for r in roles for i in range(r.start, r.end)}
        for ent in ctx.ents.values():
            start = self._modifiers_before(doc, ent.start)
            if start == ent.start or ent.start in headline or ent.start in in_roles or (
                    start > 0 and doc[start - 1].lower_ in self.former):
                continue  # "mantan Plt Dinas Pertanian, Khoiri": an interim office no longer held
            name, role_end = self._holder(ctx, ent.end, titles)
            if name is None or any(k in ctx.named for k in range(name.start, name.end)):
                continue
            out.append((start, ent, name, role_end))
        return out

    def _through(self, ctx: _Context, headline: set[int]) -> list[tuple[Token, Span, Span]]:
        """(member word, institution, name) of a member an institution speaks through: "Bawaslu Kaltim,
        melalui anggotanya Galeh Akbar Tanjung, menegaskan ...", "Bawaslu Jambi melalui Komisioner Fahrul
        Rozi" (see `through` in offices.yaml)."""
        doc, out = ctx.doc, []
        for ent in ctx.ents.values():
            i = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
            if ent.start in headline or i + 2 >= len(doc) or doc[i].lower_ not in self.through_words:
                continue
            member = i + 1
            if doc[member].lower_ not in self.through_members:
                continue
            name = self._name_after(ctx, member + 1)
            if name is None or len(name) < 2:
                continue
            if not ctx.free(name):
                continue  # the name was already given to a title
            out.append((doc[member], ent, name))
        return out

    def _accompanied(self, ctx: _Context, name_spans: list[Span]) -> list[tuple[Token, Span, str, str]]:
        """(member word, name, the body's words, institution) of members named bare after the head of their body
        who is accompanied by them: "Ketua Bawaslu X, Budi didampingi Komisioner Rina Wati dan Dedi Kurnia" (see
        `accompanied` in offices.yaml); the head's title says which body."""
        doc, out = ctx.doc, []
        for head in list(name_spans):
            # the words after the name first: reading the name's record from its span costs more
            i = head.end + (head.end < len(doc) and doc[head.end].text == ",")
            if i + 2 >= len(doc) or doc[i].lower_ not in self.accompanied_words:
                continue
            record = head._.official
            role = (record.role or "").split() if record is not None else []
            body = next((w for w in role if w in self.accompanied_bodies), None)
            if body is None or record.agency is None:
                continue
            i += 1 + (doc[i + 1].lower_ in self.accompanied_after)
            if i + 1 >= len(doc) or doc[i].lower_ not in self.accompanied_members:
                continue
            first = self._name_after(ctx, i + 1)
            for name in [first, *self._joined_names(ctx, first.end)] if first is not None else []:
                if len(name) < 2 or not ctx.free(name):
                    break
                out.append((doc[i], name, body, record.agency))
        return out

    def _ranked(self, ctx: _Context, headline: set[int]) -> list[tuple[Span, Span]]:
        """(institution, name) of a person named by rank right after an institution: "Kodim 1310 Bitung Letkol
        CZI Hanif Tupen", "Pamen Ahli Bidang Sishaneg Kodam II/Swj Kolonel Inf Dadang Lesmana": an officer
        of that unit, whatever post the words before it name; a comma may part them, its space often lost on
        government pages ("Pasi Intel Kodim 0424/Tanggamus,Letda Inf Yudi")."""
        doc, out = ctx.doc, []
        for ent in ctx.ents.values():
            at = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
            rank = ctx.extras.get(at)
            if rank is None or rank.text not in self.rank_words or ent.start in headline or not ent.id_ or any(
                    t.lower_ in self.former for t in doc[max(0, ent.start - 2):ent.start]):
                continue  # "mantan Panglima TNI Jenderal Gatot ...": no longer in that unit
            name = self._name_after(ctx, self._skip_extras(doc, at, ctx.extras))
            if name is not None and (len(name) > 1 or self._proper(ctx, name[0])) and ctx.free(name):
                out.append((ent, name))
        return out

    def _stand_ins(self, ctx: _Context, roles: list[Span],
                   name_spans: list[Span]) -> list[tuple[int, int, Span, str]]:
        """(title start, title end, name, institution) of someone standing in for an office holder: "Kajari Aru
        diwakili Kasi Intel, Manatje Situmorang". A stand-in's title often names no institution; the one of the
        office it stands in for is theirs (see `stand_in` in offices.yaml)."""
        doc, out = ctx.doc, []
        for k in _positions(ctx.lower_ids, self.stand_in_last):
            words = next((w for w in self.stand_in if _ends_with(doc, k + 1, w)), None)
            if words is None or (agency := self._stood_for(ctx, k + 1 - len(words), roles, name_spans)) is None:
                continue
            start = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in self.stand_in_after)
            if (found := self._stand_in(ctx, start)) is not None:
                out.append((start, found[0], found[1], agency))
        return out

    @staticmethod
    def _stood_for(ctx: _Context, i: int, roles: list[Span], name_spans: list[Span]) -> str | None:
        """The institution of what is written right before ``i`` (past "yang" and a comma): a holder named
        ("Danlanal Palembang ... Sandy Kurniawan diwakili"), an office ("Bupati Sumbawa, diwakili") or a body
        ("KPU Kota Batam diwakili")."""
        doc, k = ctx.doc, i
        while k > 0 and (doc[k - 1].lower_ == "yang" or doc[k - 1].text == ","):
            k -= 1
        if (span := next((s for s in name_spans if s.end == k), None)) is not None:
            return span._.official.agency
        if (role := next((r for r in roles if r.end == k and r.id_), None)) is not None:
            return role.id_
        ent = next((e for e in ctx.ents.values() if e.end == k and e.id_), None)
        return ent.id_ if ent is not None else None

    def _stand_in(self, ctx: _Context, start: int) -> tuple[int, Span] | None:
        """(where the title ends, name) of a stand-in whose title opens at ``start``: the title goes up to a
        comma ("Komisioner Divisi Hukum, Martius.") or a rank ("Perwira Staf ... (Pasminlog) Mayor Laut (P)
        Firman Patriadi") within its sentence."""
        doc = ctx.doc
        if start >= len(doc) or not doc[start].is_title or start in ctx.extras:
            return None
        j, last = start + 1, min(start + self.stand_in_reach, doc[start].sent.end)
        while j < last:
            if j in ctx.extras:
                name = self._name_after(ctx, self._skip_extras(doc, j, ctx.extras))
                ok = name is not None and (len(name) > 1 or self._proper(ctx, name[0]))
                return (j, name) if ok and ctx.free(name) else None
            if doc[j].text == ",":
                name = self._apposed(ctx, j + 1)
                return (j, name) if name is not None and ctx.free(name) else None
            j = max(skip_paren(doc, j), j + 1)  # past a bracketed acronym whole
        return None

    def _co_members(self, ctx: _Context, term: Span, name: Span) -> list[Span]:
        """The other members a member's title names after the first, joined by commas and "dan": "Anggota
        Bawaslu RI Lolly Suhenti dan Puadi", "Anggota DPRD X Budi, Rina, Dedi Santoso". Each closed by a word
        that is no name; a name of one word only as `_listed` takes it, one the story never writes in lower case."""
        doc, out = ctx.doc, []
        if term.text.casefold() not in self.list_members:
            return out
        for other in self._joined_names(ctx, name.end):
            if len(other) < 2 and not self._proper(ctx, other[0]) or not ctx.free(other) or \
                    other.end < len(doc) and self._name_like(doc[other.end]):
                break
            out.append(other)
        return out

    def _listed(self, ctx: _Context, headline: set[int]) -> list[tuple[Token, Span, Span]]:
        """(member word, institution, name) of members an institution names in a list: "dua anggota Bawaslu
        yakni Muhamad Fathuda, dan Leonaedus Liwun" (see `members_listed` in offices.yaml)."""
        doc, out = ctx.doc, []
        for k in _positions(ctx.lower_ids, self.list_openers):
            if k in headline:
                continue
            if not self._opens_list(doc, k):
                continue  # "dari" alone opens no list
            sent = doc[k].sent
            member = next((doc[m] for m in range(k - 1, max(sent.start, k - self.list_reach) - 1, -1)
                           if doc[m].lower_ in self.list_members), None)
            if member is None:
                continue
            ent = max((e for e in ctx.ents.values() if sent.start <= e.start and e.end <= k
                       and (e.start > member.i or e.end <= member.i)), key=lambda e: e.start, default=None)
            if ent is None:
                continue
            first = self._name_after(ctx, k + 1 + (k + 1 < len(doc) and doc[k + 1].text == ":"))
            for name in [first, *self._joined_names(ctx, first.end)] if first is not None else []:
                if not ctx.free(name) or len(name) == 1 and not self._proper(ctx, name[0]):
                    break
                out.append((member, ent, name))
        return out

    def _opens_list(self, doc: Doc, k: int) -> bool:
        """Whether a list opener ("yakni", "terdiri dari") ends at ``k``."""
        return any(len(w) == 1 or _ends_with(doc, k + 1, w) for w in self.list_opening.get(doc[k].lower_, ()))

    def _joined_names(self, ctx: _Context, j: int) -> Iterator[Span]:
        """The names that go on a list at ``j``, each after a comma or a semicolon, "dan" or both: ", Puadi, dan
        Herwyn", "Junaidi; Iwan Ardiansyah; dan Syamsul Alwi"; a name's degrees are passed ("Nurafni, S.Sos dan")."""
        doc = ctx.doc
        while True:
            while j + 1 < len(doc) and doc[j].text == "," and self._degree(doc[j + 1].text):
                j += 2
            k = j + (j < len(doc) and doc[j].text in {",", ";"})
            k += k < len(doc) and doc[k].lower_ in self.list_words
            if k == j or (name := self._name_after(ctx, k)) is None:
                return
            yield name
            j = name.end

    def _loose(self, ctx: _Context, covered: set[int]) -> list[tuple[int, int, int, Span]]:
        """(role start, head, role end, name) of offices the registry cannot name: "Kepala Dinas Pertanian Agus
        Tauchid (AT)", "Asisten Administrasi Umum Musti," (see `loose_offices` in offices.yaml); the name may also
        stand before the title, set off by a comma, "selaku" or a bracket ("Agus Tauchid, Kepala Dinas Pertanian,
        ...")."""
        doc, out = ctx.doc, []
        for i in _positions(ctx.orth_ids, self.loose_head_ids):
            if i in covered or i + 1 >= len(doc) or (
                    doc[i].text in self.unit_heads and doc[i + 1].text not in self.units) or (
                    doc[i].text in self.opening_heads and i > 0 and not (doc[i - 1].is_lower or doc[i - 1].is_punct)
                    and doc[i - 1].text not in self.opening_after):
                continue
            end = self._loose_unit(ctx, i + 1)
            if end is None or (end == i + 2 and doc[i + 1].text in self.generic_units):
                continue  # "Kepala Daerah Menjaga Netralitas": no unit of its own
            start_name = end + 1 if end < len(doc) and doc[end].text == "," else end
            start = self._modifiers_before(doc, i)
            name = self._name_after(ctx, self._skip_extras(doc, start_name, ctx.extras))
            after = doc[name.end].text if name is not None and name.end < len(doc) else ""
            if name is not None and len(name) < 2 and after not in {"(", ","} | self.adat_titles and not (
                    after[:1].isupper() and self._degrees_after(doc, name.end) > name.end) and not (
                    start_name > end and self._apposed(ctx, start_name) == name) and not (
                    start_name == end and self._speaks_alone(doc, start, name)):
                # one word stands for a name only with initials, degrees ("Musti SE MSi"), an adat title ("Amriul
                # Dt. Karayiang") or a comma after it, or set off by the title's comma with the sentence going on
                # ("Kabid Mutasi, Naheson mengatakan"), or as the speaker (see _speaks_alone)
                continue
            if start > 0 and doc[start - 1].is_alpha and doc[start - 1].lower_ in self.apposition_alone and (
                    before := self._name_before(ctx, start)) is not None and self._takeable(ctx, before, covered):
                # "Joko selaku Kordiv SDM, Rina selaku Kordiv Hukum", "Joko selaku Kabid Mutasi, Rina dan Dedi": the
                # name before "selaku" holds the office; one after its comma is the next entry of a list
                name = before
            if not self._takeable(ctx, name, covered) and start > 0 and (
                    doc[start - 1].text in CLAUSE_MARKS or doc[start - 1].text == "(" or doc[start - 1].is_lower):
                # "Agus Tauchid, Kepala Dinas Pertanian, ...", "Musti selaku Asisten Administrasi": set off from
                # the name; not '"...," kata Ahmad Kabid Sosial KSIC X', where a group's unit may follow a speaker;
                # also when the name after holds the next office ("A selaku Kadis Tenaga Kerja, B selaku Sekda")
                name = self._name_before(ctx, start)
            if not self._takeable(ctx, name, covered) or self._spelt_body(doc, i + 1, name):
                continue
            if len(name) == 1 and start_name > end and district_end(doc, name.start) == name.end and any(
                    doc[k].text in self.placed_levels for k in range(i + 1, end)):
                continue  # "Kasi Ekbang Kelurahan Harjamukti, Cimanggis, ...": the ward's district, not a holder
            lowered = ctx.lowered  # the words the story also writes in lower case: words, not names
            # a Balinese name's opening 'I' ("I Made Suardana") is no unit number
            words = name[1:] if self._name_opens(doc, name.start) else name
            if any(t.text in self.unit_vocabulary or t.text in self.not_public or t.lower in lowered for t in words):
                continue  # "Kepala KUA, Penyuluh Agama Islam": more of the unit; "Setara Institute Halili": a group's
            if len(name) == 1 and any(ctx.doc[e.start].text == name.text for e in ctx.ents.values()):
                continue  # "Divisi Hukum (P3S) Panwascam, yaitu ...": the body the story names ("Panwascam X")
            if start > 0 and doc[start - 1].lower_ in self.former:
                continue  # "mantan Plt Kadis Pertanian, Khoiri": an office no longer held
            if start > 0 and doc[start - 1].lower_ in self.contest and not (
                    start > 1 and doc[start - 2].is_title and not doc[start - 2].is_sent_start):
                # "tahapan Pemilihan Kepala Daerah (Pilkada) Serentak Tahap II": a contest, as for registry titles;
                # not inside a capitalised body's name ("Ketua Desk Pemilihan Kepala Daerah Sumut, Budi")
                continue
            out.append((start, i, end, name))
            covered.update(range(min(i, name.start), max(end, name.end)))
        return out

    def _speaks_alone(self, doc: Doc, start: int, name: Span) -> bool:
        """Whether one word right after a unit's title (no comma) names its holder as the speaker: a verb of saying
        follows it ("Kabag Humas Sutrisno mengatakan ...") or an attribution word opens the title and the sentence
        ends with it ('..., kata Asisten Pemerintahan Sutrisno.')."""
        after = doc[name.end] if name.end < len(doc) else None
        if after is not None and after.lower_ in self.apposed_speech:
            return True
        return start > 0 and doc[start - 1].lower_ in self.attribution and (
            after is None or after.text in {".", "!", "?"})

    def _commissioned(self, ctx: _Context, covered: set[int]) -> list[tuple[int, int, Span, str]]:
        """(role start, role end, name, house) of a legislature's commission's officers and members named by the
        commission's number or letter alone ("Ketua Komisi I Budi mengatakan", "anggota Komisi B Dedi, Sari dan
        Joko"): each sits in the house the story named last before them (see `commissions` in offices.yaml)."""
        doc, out = ctx.doc, []
        for k in _positions(ctx.orth_ids, self.commission_ids):
            n = k + 1
            if k in covered or n + 1 >= len(doc) or n + 1 in ctx.ents or not (
                    _ROMAN.fullmatch(doc[n].text) or doc[n].is_digit and len(doc[n]) <= 2
                    or doc[n].text in self.commission_letters):
                continue  # "Ketua Komisi I DPRD X Budi": the house is in the title, read with it
            officer = next((w for w in self.commission_officers
                            if k >= len(w) and tuple(t.lower_ for t in doc[k - len(w):k]) == w), None)
            if officer is None:
                continue
            start = k - len(officer)
            house = max((e for e in ctx.ents.values() if e.end <= start and self._of_types(e.id_, self.houses)),
                        key=lambda e: e.start, default=None)
            if house is None:
                continue  # no house named before: whose commission is unknown
            first = self._name_after(ctx, self._skip_extras(doc, n + 1 + (doc[n + 1].text == ","), ctx.extras))
            if first is None:
                continue
            names = [first, *self._joined_names(ctx, first.end)] if officer[-1] in self.commission_members else [first]
            for name in names:
                if not self._takeable(ctx, name, covered) or any(
                        t.text in self.unit_vocabulary or t.lower in ctx.lowered for t in name):
                    break  # "Ketua Komisi I Bidang Hukum": more of the unit; a listed name the story writes lower
                out.append((start, n + 1, name, house.id_))
        return out

    @staticmethod
    def _spelt_body(doc: Doc, unit: int, name: Span) -> bool:
        """Whether the words read as a name go on, past more title-case words, to a bracketed acronym that spells
        them from a word of the unit before them ("Direktur Lembaga Independen Pemantau Pemilu (LIPP)"): the rest of
        a body's name, not a person, whose initials ("Kepala Dinas Pertanian Agus Tauchid (AT)") start at the name."""
        k = name.end
        while k < min(name.end + NAME_MAX, len(doc)) and doc[k].is_title:
            k += 1
        if not (k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and _acronym(doc[k + 1].text)):
            return False
        short = doc[k + 1].lower_
        if len(short) <= len(name):  # a person's initials have a letter a word at most
            return False
        first = next((w for w in range(unit, name.start) if doc[w].lower_[:1] == short[:1]), None)
        return first is not None and _abbreviates(short, [t.lower_ for t in doc[first:k]])

    @staticmethod
    def _takeable(ctx: _Context, name: Span | None, covered: set[int]) -> bool:
        """Whether a loose office may take ``name``: one found, of no institution, place, title or other holder."""
        return name is not None and ctx.free(name) and name.start not in covered

    def _loose_agency(self, ctx: _Context, head: int, end: int) -> str | None:
        """The institution of an office the registry cannot name, in the region written in it or else
        the region the story is about: "Kepala Dinas Pertanian Agus" in a story on Banten heads Dinas
        Pertanian Provinsi Banten; "Asisten Administrasi Umum Musti" in one on Langkat serves Pemkab Langkat."""
        doc, first = ctx.doc, head + 1
        lower = doc[head].text in self.lower_coined_heads  # "kadis pendidikan": read as written in capitals
        title = doc[head].text.capitalize() if lower else doc[head].text
        implied = self.implied_heads.get(title)  # "Kadis UMKM dan Koperasi": the Dinas is in the title
        own = implied is not None or doc[first].text in self.reg.named_offices["heads"] and title in \
            self.office_heads
        government = title in self.government_offices or doc[first].text in self.government_offices
        if doc[head].text in self.opening_heads:
            # "Ketua KPU X Budi didampingi Divisi Teknis Rina": a division alone serves the body named before it
            return self._nearest(ctx, head, before_only=True)
        if not (own or government):
            # "Kepala Divisi Administrasi ...": a unit of the body the sentence names, else the story
            nearest = self._nearest(ctx, head)
            if self._coordinates_division(doc, head) and not self._of_types(nearest, self.election_bodies):
                # "... ke LO bakal calon DPD, ujar Budi selaku Koordinator Divisi Penanganan Pelanggaran": an
                # election body's member, whichever body his sentence names
                return self._story_election_body(ctx, head, end) or nearest or ctx.main_institution
            return nearest or ctx.main_institution
        written, k = [], first
        while k < end:  # a place's whole span: "Kabupaten Bima" holds "Bima", which alone is the city
            if k in ctx.places:
                written.append(ctx.places[k])
                k = ctx.places[k].end
            else:
                k += 1
        if (title in self.election_sections or doc[first].text in self.election_sections) and not written and \
                self._of_types(body := self._nearest(ctx, head, before_only=True), self.election_bodies) and \
                not any(t.text in self.government_title_words for t in doc[doc[head].sent.start:head]):
            # "Ketua KPU Kabupaten X Budi didampingi Kabag Teknis dan Hupmas Rina": a section of the election body's
            # own secretariat, not of the regional government (unless its head is named there too: "menemui Bupati
            # X dan Kabag Hukum Rina")
            return body
        place = self.regions[written[-1].id_] if written else ctx.story_region
        if place is None:
            return None
        if government:
            agency = self.reg.regional(self.government_type, place)
            return agency.key if agency else None
        words, acronym, i = [], None, first if implied else first + 1
        while i < end and i not in ctx.places:
            if doc[i].text == "(":
                after = skip_paren(doc, i)
                acronym = doc[i + 1].text if after == i + 3 else acronym
                i = after
                continue
            words.append(doc[i].text.capitalize() if lower and doc[i].lower_ not in UNIT_JOINERS else doc[i].text)
            i += 1
        return self.reg.named_office(implied or doc[first].text, words, acronym, place).key if words else None

    def _coordinates_division(self, doc: Doc, head: int) -> bool:
        """Whether the title at ``head`` is a division's coordinator's ("Kordiv ...", "Koordinator Divisi ...")."""
        word = doc[head].text
        return word in self.coordinator_heads or head + 1 < len(doc) and doc[head + 1].text in \
            self.coordinator_before.get(word, ())

    def _of_types(self, key: str | None, types: set[str]) -> bool:
        """Whether the institution ``key`` is of one of ``types``."""
        agency = self.reg.agencies.get(key) if key else None
        return agency is not None and agency.type in types

    def _story_election_body(self, ctx: _Context, head: int, end: int) -> str | None:
        """The election supervisor a division's coordinator at ``head`` serves when his sentence names no election
        body: of those the story names, the one named last before him, else first after; in the region his title
        writes, if any ("Koordinator Divisi Hukum Provinsi Lampung Budi" in a story on a regency's)."""
        bodies = [e for e in ctx.ents.values() if self._of_types(e.id_, self.supervisors)]
        if not bodies:
            return None
        # a national body written bare ("Bawaslu") in a story that also names a region's stands for the region's
        # ("komisioner Bawaslu Banyuwangi yaitu Ketua Bawaslu, Budi. Kemudian Rina, selaku Koordinator Divisi ...")
        regional = [e for e in bodies if self.reg.agencies[e.id_].region is not None]
        if regional:
            bodies = [e for e in bodies if e in regional or e.text.casefold() not in self.bare_bodies]
        before = [e for e in bodies if e.start < head]
        body = self.reg.agencies[(max(before, key=lambda e: e.start) if before
                                  else min(bodies, key=lambda e: e.start)).id_]
        written = [ctx.places[k] for k in range(head + 1, end) if k in ctx.places]
        placed = self.reg.regional(body.type, self.regions[written[-1].id_]) if written else None
        return (placed or body).key

    @staticmethod
    def _nearest(ctx: _Context, head: int, before_only: bool = False) -> str | None:
        """The institution a unit's head at ``head`` serves when the sentence names one: the last named before
        the head, else (unless ``before_only``) the first after it ("menyambangi Dinas Kominfo ... diterima Kepala
        Bidang Persandian Putu", "Kepala Divisi Administrasi Rakhmat hadir mewakili Kepala Kanwil Kemenkumham NTT")."""
        sent = ctx.doc[head].sent
        before = [e for e in ctx.ents.values() if sent.start <= e.start and e.end <= head and e.id_]
        if before:
            return max(before, key=lambda e: e.start).id_
        if before_only:
            return None
        after = [e for e in ctx.ents.values() if head < e.start < sent.end and e.id_]
        return min(after, key=lambda e: e.start).id_ if after else None

    def _loose_unit(self, ctx: _Context, i: int) -> int | None:
        """Where a unit the registry cannot name ends (None: no such unit starts at ``i``)."""
        doc, j, words = ctx.doc, i, 0
        # "kadis pendidikan dan kebudayaan Dr.H.Asep ...": after a coined head in lower case its unit is too; so is
        # a unit whose own word is written in lower case ("Koordinator divisi hukum, pencegahan ...")
        lower = doc[i - 1].text in self.lower_coined_heads or doc[i].is_lower and doc[i].text in self.units
        while j < len(doc) and j - i < LOOSE_MAX:
            t = doc[j]
            if j in ctx.ents or t.text in self.not_public or lower and t.text.capitalize() in self.not_public:
                return None  # a unit the registry names, or a party's ("divisi hukum tim pemenangan")
            if j > i and self._name_opens(doc, j):
                break  # "Kepala Bidang Kewaspadaan I Nyoman X": a Balinese name opens, its 'I' no unit number
            if j in ctx.places:
                j = ctx.places[j].end
                continue
            if t.text == "(" and words and (after := skip_paren(doc, j)) > j:
                j = after  # "Kasubag TU Kantor Cabang Dinas (KCD) Pendidikan ..."
                continue
            if words and t.text in self.placed_levels and j + 1 < len(doc) and doc[j + 1].is_title:
                j = self._level_name_end(doc, j + 1)  # "Kepala UPT Kecamatan Saketi, ...": the district's name
                continue
            # "Kordiv Penanganan pelanggaran dan penyelesaian sengketa (P3S) Sarmin ...": past its first word, a
            # unit's words may drop to lower case
            if t.text in self.unit_vocabulary or _acronym(t.text) or t.text in self.office_short_names or (
                    (lower or words) and t.is_lower and t.text.capitalize() in self.unit_vocabulary):
                words += 1
            elif not (_ROMAN.fullmatch(t.text) or t.is_digit and len(t) <= 2 or words and (
                    t.lower_ in UNIT_JOINERS or t.text == "," and self._unit_goes_on(doc, j + 1))):
                # "Dinas Kepemudaan, Olahraga, dan Pariwisata": a list of fields, its last after ", dan"
                break
            j += 1
        while doc[j - 1].lower_ in UNIT_JOINERS:
            j -= 1  # "Budi selaku Kadis Tenaga Kerja dan Rina selaku ...": the list goes on, not the unit's name
        return j if words else None

    def _level_name_end(self, doc: Doc, k: int) -> int:
        """Where the name of a district or village opening at ``k`` after its level word ends: one word, two after a
        word of the land ("Tanjung Priok"), and the compass or size words closing it ("Ungaran Timur")."""
        k += 2 if doc[k].lower_ in self.place_firsts and k + 1 < len(doc) and doc[k + 1].is_title else 1
        while k < len(doc) and doc[k].lower_ in self.place_words and doc[k].is_title:
            k += 1
        return k

    def _named(self, ctx: _Context, officials: list[OfficialRecord], name_spans: list[Span], name: Span,
               role: str, agency: str | None) -> None:
        """Record the holder of an office and mark their name (it is taken for later titles). Words the
        story mostly also writes in lower case are a phrase in title case, not a name ("Bupati Bener
        Meriah Menjalankan Arahan Mendagri Terkait Netralitas", "Sekda, Bagian Hukum"). A one-word name the story
        writes so again is kept: a caption or headline in lower case repeats it ("pj wali kota kediri zanariah"),
        not "Kapolres Klaten Dimutasi" over "... dimutasi ke Polda"."""
        lowered = ctx.lowered
        if 2 * sum(t.lower in lowered for t in name) > len(name) and (
                len(name) > 1 or (ctx.doc._.text or ctx.doc.text).count(name.text) < 2):
            return
        end = name.end
        while end - name.start > 2 and ctx.doc[end - 1].lower in lowered:
            end -= 1  # "Leka Yunita Sari Kegiatan kegiatan ...": a sentence that lost its full stop
        span = Span(ctx.doc, name.start, end, label="PER")
        span._.official = self._record(officials, span, role, agency)
        name_spans.append(span)
        ctx.named.update(range(span.start, span.end))

    def _appointed(self, ctx: _Context, roles: list[Span], name_spans: list[Span]) -> None:
        """A holder named after one title, then given another office by an apposition ("Kabiro Hukum Kemendagri,
        Budi yang ditetapkan menjadi Pjs Bupati Sukabumi", "Pjs Bupati SBT, Hadi sebagai Pjs Bupati Kepulauan Aru"):
        the name was taken by the first title, so the second found no holder; the story names them for the
        office they are appointed to, which its institution then gives them."""
        doc, ends = ctx.doc, {s.end: s for s in name_spans}
        for role in roles:
            if role.label_ != "OFFICE" or not role.id_:
                continue
            for words in self.appointing:
                k = role.start - len(words)
                if k > 0 and _ends_with(doc, role.start, words):
                    name = ends.get(k - 1 if doc[k - 1].text == "," else k)
                    if name is not None and name._.official is not None:
                        name._.official.role, name._.official.agency = _role(role), role.id_
                    break

    def _quoted_holder(self, ctx: _Context, role: Span) -> Span | None:
        """ "Hal ini disampaikan oleh Pj Gubernur Jawa Tengah ... kata Nana Sudjana": the person quoted
        by full name without a title, in the office's paragraph or the next, holds the office."""
        doc = ctx.doc
        if doc[role.start].text in self.shared_titles:
            return None
        if role.start > 0 and doc[role.start - 1].lower_ in self.recipients:
            return None  # "Laporan diteruskan kepada Bupati. ... kata Robby": the office is told, not speaking
        k = role.start - 1 - (role.start > 1 and doc[role.start - 1].lower_ in self.signer_links)
        if k >= 0 and doc[k].lower_ in self.signers:
            return None  # "PP itu ditandatangani oleh Presiden. ... ujar Budi": the office signed, not speaking
        paras = doc._.paragraphs
        last = paras[role.start] + 1 if paras else 0  # the office's paragraph and the next
        k = role.start
        while k > 0 and (not paras or paras[k - 1] == paras[role.start]):
            k -= 1
        if sum(t.text in SPEECH_QUOTES for t in doc[k:role.start]) % 2:
            return None  # '"Kami menunggu arahan Bupati," kata Robby': an office the speaker names in his words
        for i in range(role.end, len(doc) - 1):
            if paras and paras[i] > last:
                return None
            if i in ctx.title_starts:
                return None  # someone else's title comes first
            if doc[i].lower_ not in self.attribution:
                continue
            name = self._name_after(ctx, i + 1)
            if name is None:
                continue  # "jelas bahwa ...": the word in another use
            if len(name) < 2 or not ctx.free(name):
                return None
            if name.end < len(doc) and doc[name.end].text == ",":
                return None  # "kata Ahmad Yani, warga ...": introduced by something else
            return name
        return None

    def _introduces(self, doc: Doc, term: Span, inner: set[int], headline: set[int],
                    titles: dict[int, Span], places: dict[int, Span]) -> bool:
        """Whether this title term can introduce an office holder where it stands."""
        if term.start in headline or term.start in inner:  # inner: a word inside an institution's name
            return False
        start = self._modifiers_before(doc, term.start)
        if start > 0 and doc[start - 1].lower_ in self.venue:  # "Kantor Gubernur Sulsel", "kantor Camat ..."
            return False
        if start > 0 and doc[start - 1].lower_ in self.associations:  # "Paguyuban Kepala Desa Kabupaten X"
            return False
        held = self._incumbent(doc, term, places)  # "calon bupati petahana Budi": the seat he runs for is his
        if term.label_ == "regional" and not held and self._in_contest(doc, start, titles, places, inner):
            return False  # "pemilihan Gubernur Sumbar": a contest, not its office holder
        if start > 0 and doc[start - 1].lower_ in self.contest and not held:
            return False  # "calon anggota DPRD Kota X, Budi": a candidate for the seat, who holds none
        if term.label_ == "office" and start > 1 and doc[start - 1].lower_ in self.backing_seats \
                and self._backed(doc, start - 1):
            return False  # "mendukung Ganjar sebagai Presiden RI": the seat he is backed for, as a regional one's
        if start > 0 and doc[start - 1].lower_ in self.former:
            return False  # "mantan Bupati Buleleng": an office no longer held
        # "Sekretaris Daerah atau Sekda Kulon Progo": the second form carries the region and the name
        nxt = term.end + 1
        return not (term.end < len(doc) and doc[term.end].lower_ == "atau" and nxt in titles
                    and titles[nxt].label_ in ("regional", "office"))

    def _incumbent(self, doc: Doc, term: Span, places: dict[int, Span]) -> bool:
        """Whether the office ``term`` (with its region) is followed by a word saying its holder runs again
        ("calon bupati petahana Budi", "Calon Bupati Sleman dari petahana Budi")."""
        k = places[term.end].end if term.end in places else term.end
        if k < len(doc) and doc[k].lower_ in self.incumbent_links:
            k += 1
        return k < len(doc) and doc[k].lower_ in self.incumbent

    def _in_contest(self, doc: Doc, start: int, titles: dict[int, Span], places: dict[int, Span],
                    inner: set[int]) -> bool:
        """Whether the title at ``start`` names a contested office: "pemilihan Gubernur", also further
        along a list of offices ("Pemilihan Bupati dan Wakil Bupati Kotim", "Pilkada Gubernur serta Wali Kota"),
        past the region of an earlier ticket ("pemilihan Bupati dan Wakil Bupati Dompu serta Gubernur dan Wakil
        Gubernur NTB") or after a candidate's short title ("Cagub dan Wagub Riau"), a ticket written as one word
        ("calon Bupati-Wakil Bupati Bogor") or its deputy in lower case ("calon wakil Gubernur"); a contest word
        inside an institution's name (``inner``: "Badan Pengawas Pemilu (Bawaslu) dan Pj Bupati X") is none."""
        # "maju sebagai wakil Bupati Lebong": the deputy in lower case, as after a contest word below
        seat = start - 1 if start > 1 and doc[start - 1].text == "wakil" else start
        k = seat
        while k > 0 and seat - k < 3 and doc[k - 1].lower_ in self.contest_joiners:
            k -= 1
        named = k
        while k < seat and k - named < NAME_MAX and named > 1 and doc[named - 1].is_title and \
                doc[named - 1].lower_ not in self.contest_verbs:
            named -= 1  # "pencalonan Benyamin Davnie sebagai Wali Kota X": past the candidate's name
        if k < seat and any(j > 0 and doc[j - 1].lower_ in self.contest_verbs for j in (k, named)):
            return True  # "mencalonkan diri sebagai Bupati Lebak"
        i = start
        if i > 1 and doc[i - 1].lower_ == "wakil":  # "bakal calon wakil Gubernur Banten": the deputy in lower case
            i -= 1
        while i > 0:
            prev = doc[i - 1]
            if prev.text == ")" and (k := _before_brackets(doc, i)) < i:
                i = k  # "pasangan calon (Paslon) Gubernur": past the contest's short form in brackets
                continue
            if prev.lower_ in self.contest and i - 1 not in inner:
                return True
            filler = next((f for f in self.contest_fillers if i > len(f) and f[-1] == prev.lower_
                           and tuple(t.lower_ for t in doc[i - len(f):i]) == f), None)
            if filler and doc[i - len(filler) - 1].lower_ in self.contest:
                return True  # "pemilihan Kepala Daerah Bupati dan Wakil Bupati X", "Pilkada Serentak Gubernur X"
            if prev.lower_ in self.backing_seats and not any(m[0] == _fold(doc[i].text) for m in self.modifiers) \
                    and self._backed(doc, i - 1):
                return True  # "mendukung pasangan nomor urut satu sebagai Gubernur X": the seat they are backed for;
                # an acting head is appointed, not backed ("memilih Budi sebagai Pj Bupati X")
            if len(prev) > 6 and prev.lower_.endswith("-wakil"):  # "calon Bupati-Wakil Bupati Bogor": one token
                i -= 1
                continue
            if prev.lower_ not in self.list_words and prev.text not in LIST_MARKS:
                return False
            # step over the joining words ("Bupati, serta Gubernur", "Bupati – Wakil Bupati"), a short form in
            # brackets ("Pemilihan Gubernur (Pilgub) dan Wakil Gubernur") and the title before them
            j = i - 1
            while j > 0 and (doc[j - 1].lower_ in self.list_words or doc[j - 1].text in LIST_MARKS):
                j -= 1
            # a word joins them, not a comma alone ("pilkada, Gubernur Kaltara Zainal"; "... Kalbar, Pj Wali Kota")
            joined = any(doc[m].lower_ in self.list_words or doc[m].text == "/" for m in range(j, i))
            j = _before_brackets(doc, j)
            if joined and j > 0 and doc[j - 1].lower_ in self.contest and j - 1 not in inner:
                return True  # "Cagub dan Wagub Riau": the candidates' short title opens the list
            if joined:
                j = _before_region(doc, j, places)
                if j > 0 and doc[j - 1].text in self.reg.level_words and \
                        not any(t.end == j for t in titles.values()):
                    j -= 1  # "Bupati Kabupaten Gresik": the level word ("Wali Kota Bogor": part of the title)
            k = next((t.start for t in titles.values() if t.end == j and t.label_ == "regional"), None)
            if k is None:
                return False
            i = self._modifiers_before(doc, k)
        return False

    def _backed(self, doc: Doc, seat: int) -> bool:
        """Whether a verb of backing a candidate ("mendukung", "memenangkan", "mendeklarasikan") or its noun
        ("dukungan kepada") stands before the word naming the seat (``seat``: "sebagai", "menjadi"), past its object:
        names and the words and marks of a ticket ("pasangan itu", "Budi dan Rina nomor urut satu", "Budi-Rina"), no
        other word in lower case ("mendukung netralitas ASN sebagai Bupati X": the holder's own act) and no other
        punctuation."""
        i = seat - 1
        while i >= 0 and seat - i <= self.backing_reach:
            t = doc[i]
            if t.lower_ in self.backing_verbs:
                return i < seat - 1
            if t.lower_ not in self.backing_fillers and (t.is_punct or not (t.is_title or t.is_upper or t.like_num)):
                return False  # a ticket's marks are fillers ("Prabowo-Gibran"), any other mark ends the object
            i -= 1
        return False

    # ------------------------------------------------------------------ titles
    def _title(self, ctx: _Context, term: Span) -> tuple[int, int, str, bool] | None:
        """(role start, end of title incl. institution, agency key, whether the region was guessed) or None.

        The end stops before a bracket that follows the title: it may hold an acronym or a name."""
        doc, ents, places = ctx.doc, ctx.ents, ctx.places
        start = self._modifiers_before(doc, term.start)
        i = term.end
        cut = next((k for k in range(term.start + 1, term.end) if k in ents), None)
        if cut is not None and term.label_ == "head":  # "Kepala Dinas" + "Dinas Pendidikan Jatim"
            ent = _alternative(doc, ents[cut], ents)
            return start, ent.end, ent.id_, False
        if term.label_ == "office":
            if i + 1 < len(doc) and doc[i].text == "," and (ent := ents.get(i + 1)) is not None \
                    and ent.id_ == term.id_ and ent.end < len(doc) and doc[ent.end].text == ",":
                # "Direktur Jenderal Otonomi Daerah, Kementerian Dalam Negeri, Budi": its own institution apposed
                return start, ent.end, term.id_, False
            if cut is not None and ents[cut].end > i:
                # "Dirjen Dukcapil Kemendagri Budi": an institution read from inside the title on over the ministry's
                # word ("Dukcapil Kemendagri") ends the role there; the title names the office's own institution, as
                # it does spelt out ("Dirjen Kependudukan dan Pencatatan Sipil Kemendagri"), not a second one
                ctx.swallowed.add(cut)
                return start, ents[cut].end, term.id_, False
            return start, i, term.id_, False
        if term.label_ == "unit":  # the agencies component read the unit from the title onwards
            ent = ents.get(term.start)
            return (start, ent.end, ent.id_, False) if ent is not None else None
        if term.label_ == "regional":
            type_key, level = term.id_.split("|")
            bare, i = i, skip_paren(doc, i)
            if i + 1 < len(doc) and doc[i].lower_ in self.inside_office and \
                    find_region(doc, i + 1, level or None, places)[0] is not None:
                i += 1  # "Sekda definitif Kabupaten Kendal": the region after the word
            if (ent := ents.get(term.end - 1)) is not None and ent.end > term.end and \
                    ent.id_.partition(":")[0] in self.seat_town_types:
                return start, ent.end, ent.id_, False  # "Ketua PN Sei Rampah Budi": the court named on by its seat
            if i in ents:  # "Sekda Pemprov Kaltim": the institution is written out
                ent = _alternative(doc, ents[i], ents)
                held = self.reg.agencies.get(ent.id_)
                if held is not None and held.type == self.government_type and held.region is not None \
                        and (own := self.reg.regional(type_key, held.region)) is not None:
                    return start, ent.end, own.key, False  # "Kepala Bappeda Pemkot Bandarlampung": its Bappeda
                return start, ent.end, ent.id_, False
            region, end = find_region(doc, i, level or None, places)
            if region is None and term.text not in self.regional_titles and not self._incumbent(doc, term, places):
                return None  # "para bupati": any regent; not "calon bupati petahana Budi", the sitting one
            written = self.reg.level_words.get(doc[i].text) if i < len(doc) else None
            if region is None and written and (not level or level == written):
                # "Sekretaris Daerah Kota Hendra ...": the level is written, the region left to the story
                level, end = written, i + 1
            if region is None and (inside := self._in_body(ctx, term, start, i, units_only=True)) is not None:
                return inside  # "Inspektur Wilayah II Bawaslu RI": an office of a national body
            agency = regional_body(type_key, region, bool(level or written)) if region \
                else self._only(ctx, type_key, level, term.start)
            if agency is None:
                return None
            if region is None and not written:
                end = bare  # "Sekda (Ahmad Hadi)": a bracket after a title left to the story's region may hold the name
            return start, end if region else max(end, term.end), agency.key, region is None
        return self._in_body(ctx, term, start, i)

    def _in_body(self, ctx: _Context, term: Span, start: int, i: int,
                 units_only: bool = False) -> tuple[int, int, str, bool] | None:
        """The title read on over a unit's name to the institution it belongs to ("Kepala Bidang Ideologi
        Kesbangpol Jatim", "Direktur pengawasan BKN"); ``units_only``: over a unit's words alone, no name
        ("Inspektur Wilayah II Bawaslu RI")."""
        doc, ents, places = ctx.doc, ctx.ents, ctx.places
        j, steps = i, 0
        while j < len(doc) and j not in ents and steps < UNIT_MAX:
            t = doc[j]
            if units_only and not (t.text in self.unit_vocabulary or _ROMAN.fullmatch(t.text)):
                return None
            if t.is_space:  # a line break inside the title ("Anggota Komisi A\nDPRD Sumut")
                j += 1
                continue
            if j in ctx.title_starts:  # "Kepala DP3AKB Alwiati, dan Kepala BKPSDM ...": another's title
                return None
            if t.text == "(":  # "Direktur Jenderal Otonomi Daerah (Otda) Kemendagri", "Sekjen (Sekjen) ..."
                j, steps = skip_paren(doc, j), steps + 1
                continue
            place = places.get(j)
            if place is not None and place.label_ == "explicit" and term.text.casefold() in self.staff:
                # "Asisten Pemerintahan Provinsi Jawa Tengah": a post of the regional secretariat
                region, end = find_region(doc, j, None, places)
                agency = self.reg.regional("pemda", region) if region else None
                return (start, end, agency.key, False) if agency else None
            if place is not None and term.text.casefold() in self.province_staff:
                # "Kepala Biro Kesejahteraan Rakyat Sultra": only a province's secretariat has bureaus
                region, end = find_region(doc, j, None, places)
                if region is not None and region.level == "provinsi" \
                        and (agency := self.reg.regional("pemda", region)) is not None:
                    return start, end, agency.key, False
            joiner = t.lower_ in {"dan", "&", "atau"} or (t.text == "," and j + 1 < len(doc)
                                                           and (doc[j + 1].is_title or doc[j + 1].lower_ == "dan"))
            # "Kepala Bidang di Dinas Pendidikan", "Kabid Mutasi pada BKPSDM Blora": a unit's post, then the
            # institution it serves, by its name or its acronym
            # ("Kasi di Dinas Sosial": the short title holds its unit's word)
            linked = (steps or len(term) > 1 or term.text in self.unit_titles) and t.text in self.unit_links \
                and j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].is_upper)
            if not (t.is_title or t.is_upper or joiner or linked or t.is_digit and len(t) <= 2
                    or t.is_lower and t.text.capitalize() in self.unit_vocabulary  # "Direktur pengawasan BKN"
                    or t.lower_ in self._faction_first  # "Anggota fraksi PDIP DPRD DKI Jakarta"
                    or t.text in self.inside_head):  # "Ketua sementara DPRD Merangin"
                break  # "Kepala Biro Hubungan Masyarakat, Hukum, dan ...", "Kepala Kanreg 1 BKN"
            j, steps = j + 1, steps + 1
        ent = ents.get(j)
        if ent is None:
            return None
        ent = _alternative(doc, ent, ents)
        return start, *self._ministry_over_unit(ctx, ent), False

    def _ministry_over_unit(self, ctx: _Context, ent: Span) -> tuple[int, str]:
        """(end, agency key) of the institution a post in ``ent`` belongs to: the ministry named right after its
        unit ("Sekretaris Ditjen Polpum Kemendagri", also after the unit's bracket or 'pada'), else ``ent``."""
        unit = self.reg.agencies.get(ent.id_)
        if unit is None or not unit.name.startswith(self.ministry_unit_names):
            return ent.end, ent.id_
        k = skip_paren(ctx.doc, ent.end)
        if k < len(ctx.doc) and ctx.doc[k].text in self.unit_links:
            k += 1
        parent = ctx.ents.get(k)
        held = self.reg.agencies.get(parent.id_) if parent is not None else None
        if held is None or not held.name.startswith(self.ministry_names):
            return ent.end, ent.id_
        return parent.end, parent.id_

    def _placed(self, ctx: _Context, term: Span) -> tuple[Span | None, int, str] | None:
        """(name, end of the role, agency key) for "Camat Sukamaju, Rina Marlina", "Lurah Mekarsari Budi";
        no name for an office in a list of offices ("Camat Kaliwates dan Lurah ...", see _listed_office)."""
        doc = ctx.doc
        # "Panwascam Mancak ... Ketua Panwascam Asep Ismatulloh": where the institution reader took the word after
        # the title for its holder's name, giving the body the story names at a listed district, so does the office
        body = next((e for k in range(term.start + 1, term.end) if (e := ctx.ents.get(k)) is not None), None)
        if body is not None and body.end > term.end and self.placed[term.id_].get("district") \
                and (seat := body.id_.partition("@")[2]) and seat not in body.text:
            name = self._name_after(ctx, term.end)
            return (name, term.end, body.id_) if name is not None else None
        i = skip_paren(doc, term.end)
        if i + 1 < len(doc) and self.reg.level_words.get(doc[i].text) in WIDE_LEVELS and i + 1 in ctx.place_tokens:
            return None  # "Ketua Forum Kepala Desa Kabupaten Tuban, Budi": the regency's village heads, no village
        if i < len(doc) and doc[i].lower_ in self.scope_words:
            return None  # "Ketua Paguyuban Kepala Desa Se-Kabupaten X, Budi": every village there, none named
        # "Camat Pasar Minggu Budi", "Ketua Panwascam Bandar Sribhawono Rudi": a listed district is the place whole
        # a village's or a ward's office: its place whole where it is named as a district of the story's regency
        # ("Lurah Sayur Matinggi"), the seat of the district bearing its name
        district = district_end(doc, i) if self.placed[term.id_].get("district") else self._home_district(ctx, i)
        # "Camat Banyuasin I Nyoman Sudira": a Balinese name's opening is his, though a district's numeral too
        district = next((k for k in range(i + 1, district) if self._name_opens(doc, k)), district)
        j, limit = i, max(self.placed_words, district - i)
        while j < len(doc) and j - i < limit and j not in ctx.extras and j not in ctx.ents \
                and (j < district or doc[j].is_alpha and doc[j].is_title and (doc[j].lower_ not in self.not_name
                                                              or doc[j].lower_ in self.place_words and j > i
                                                              or doc[j].text in self.reg.level_words)
                     or j > i and self._numeral(doc, j)
                     or j > i and _hyphen_joined(doc, j)
                     or j > i and doc[j].text in self.placed_levels and self._title_past_stop(doc, j + 1)
                     # "Kades Sukamaju Kec. Cibadak Budi": the stop of a level word's abbreviation
                     or j > i + 1 and doc[j].text == "." and doc[j - 1].text in self.placed_levels):
            if j > i and doc[j].text in self.placed_levels:
                limit = j - i + 3  # "Kepala Desa Tanjung Baru Kecamatan Suka Raja, Budi": the district it lies in
                if doc[j].text in self.district_levels:
                    limit = max(limit, district_end(doc, j + 1) - i)  # a listed one of more words, whole
            j += 1
        if j == i and self.placed[term.id_].get("district") and (
                i in ctx.extras or i + 1 < len(doc) and doc[i].text == ","):
            # "Kapolsek AKP Budi", "Danramil, Kapten Inf Joko", "Ketua Panwascam, Budi, ...": no place, the holder
            # (with his rank) right after
            rank = i + (i not in ctx.extras)
            return self._placed_by_rank(ctx, term, rank, rank not in ctx.extras)
        if j == i or j >= len(doc):
            return None
        shut = j  # where the place's words end
        pointed = doc[j].lower_ in self.pointers  # "Kepala Desa Sukamaju itu": its holder named before
        if doc[j].lower_ in self._after_first:  # "Kepala Desa Sukamaju nonaktif, Asep ...": the office goes on
            j = _phrase_end(doc, j, self._after_by_first) or j
            if j >= len(doc):
                return None
        if doc[j].text == "(" and (k := skip_paren(doc, j)) < len(doc) and doc[k].text == ",":
            j = k  # "Camat Bayan Barat (Baybar), Lalu Sapri": the place's short form in brackets before the comma
        numeral = next((k for k in range(i + 1, j) if self._numeral(doc, k)), None)
        unnamed = False  # the office's holder given by initials only: the office stands without a name
        short = i + 1  # one word of place, the name after it
        if short < j and doc[i].lower_ in self.place_firsts:
            short += 1  # "Camat Sungai Mandau Yudha Rajasa": a river's, a cape's ... name, two words
        short = max(short, district)
        while short + 1 < j and _hyphen_joined(doc, short):
            short += 2  # "Lurah Jua-jua Abdullah": a place written with a hyphen is one word
        # "Lurah Mekarsari Kecamatan Pasar Minggu Budi": the listed district the place lies in, whole
        if short < j and doc[short].text in self.district_levels:
            at = short + 1 + (short + 1 < j and doc[short + 1].text == ".")  # "Kec. Pasar Minggu": past the stop
            short = seat if (seat := district_end(doc, at)) > at else short
        # "Lurah Jember Kidul Sutrisno": with the place's last word; "Camat Kudus Kota Budi": the town's central
        # district, unless the level word opens a region ("Lurah Mekarsari Kota Depok Budi")
        while short < j and self._place_last(ctx, short):
            short += 1
        # "Lurah Sido Mulyo Permai Suryadi": a place of three words closed by its last word
        if short + 1 < j and self._place_last(ctx, short + 1):
            short += 2
        bound = None  # where the place ends when a region written after it closes the office
        if (seat := self._seat_end(ctx, short, district > i)) is not None:
            bound, short, j, shut = short, seat, seat, seat  # "Camat Cibinong Kabupaten Bogor Budi": Budi holds it
        elif short < j and (seat := self._home_district(ctx, short)) > short:
            bound, short = short, seat  # "Kades Sekapuk Ujungpangkah Abdul Halim": the village's district after it
        # "Kepala Desa Sukamaju Dadang Suherman, Kepala Desa Cibodas ...": in a list of officials the comma
        # closes the holder's name, not the place, when another title follows it (", dan Camat ...") and two
        # words are left
        nxt = j + 2 if j + 2 < len(doc) and doc[j + 1].lower_ in self.list_words else j + 1
        listed = j == shut and doc[j].text == "," and j - short >= 2 and nxt in ctx.title_starts and numeral is None
        # "Camat Sukamaju Rudi Lokes,ST": a degree after the comma closes the holder's name, not the place
        degreed = j == shut and doc[j].text == "," and j > short and j + 1 < len(doc) and self._degree(doc[j + 1].text)
        # "Ketua Panwascam Kutawaluya Haerudin, ...": one word between a listed district and the comma is its holder
        # and so are two or more ("Camat Tempuran Yusuf Lado, Ka Puskesmas ..."): a list of those present goes on
        held = j == shut and doc[j].text == "," and i < district < j and j - district <= 4 and all(
            self._name_like(t) and t.lower_ not in self.place_words for t in doc[district:j])
        # the place ends at a comma (or a mark that stands for it: "Camat X: Budi", "Lurah X – Budi") or a rank
        if doc[j].text in APPOSING and not (listed or degreed or held) or j in ctx.extras:
            end = j
        elif numeral is not None:  # or at its number: "Camat Ilir Timur II Susanto Umar"
            end = numeral + 1
        else:
            end = short if j == shut and not pointed else j  # "Camat Weleri nonaktif Sugiono": the name after them
        before = self._named_first(ctx, term) if doc[j].text in PLACE_CLOSERS else None
        named = self._naming_end(doc, j + (doc[j].text == ",")) if end == j else None
        if before is not None:  # "Rina Marlina (Ketua Panwascam Suka Maju)": the holder named first, the place whole
            name, end = before, j
        elif named is not None:  # "Camat Bayan bernama Lalu Sapri", "Lurah Mekarsari, yakni Budi"
            name = self._apposed(ctx, named, declared=True)
        elif end == j and doc[j].text in APPOSING:  # "Camat X, Budi", "Camat X: Budi", "Lurah X – Budi"
            opening = self._past_seats(ctx, j) + 1
            name = self._apposed(ctx, opening)
            # what follows the name and its degrees ("Camat X, Budi S.STP, mengatakan")
            k = self._degrees_after(doc, name.end) if name is not None else len(doc)
            k = name.end if name is not None and k == len(doc) else k  # degrees closing the text close the name
            after = doc[k] if k < len(doc) else None
            aged = after is not None and after.text == "(" and k + 1 < len(doc) and doc[k + 1].like_num
            if after is not None and after.text == "(" and (m := skip_paren(doc, k)) == k + 3 and m < len(doc) \
                    and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper():
                after = doc[m]  # "Camat X, Budi Santoso (BS), mengatakan": his initials or nickname in brackets
            # "Camat X, Budi (52), ..."; a sentence closed by one word after the comma ("... orang tua Kepala Desa
            # Ngemplak, Parmin.") names the holder when _apposed took the word as a name
            # a list word after the holder's degrees, or after a name opened by a rank ("Kapolsek X, AKP Budi dan
            # Camat Y ..."), lists no places
            graduate = name is not None and (k > name.end or opening in ctx.extras)
            if after is None or not (after.text in CLAUSE_MARKS | {";"} or after.is_lower
                                     and (after.lower_ not in self.list_words or graduate)
                                     or after.text in {".", "!", "?"} or aged):
                name = None  # "Camat Sukamaju, Unit Pelaksana Teknis (UPT) ...": a list of those present
            elif after.text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in self.by_initials:
                name, unnamed = None, True  # "Lurah Sei Pelunggut, Sagulung, berinisial RA": more of the place
            if name is None and opening > j + 1 and opening < len(doc) and doc[opening].lower_ in self.by_initials:
                unnamed = True  # "Lurah Sei Pelunggut, Sagulung, berinisial RA": the district passed, initials only
            if name is None and not unnamed and (holder := self._holder_before_comma(ctx, short, j)) is not None:
                name, end = holder, short  # "kata Kades Sukamaju Budi Santoso, Senin": the holder closes the run
        else:
            name = self._name_after(ctx, self._skip_extras(doc, end, ctx.extras))
        if name is not None and any(k in ctx.place_tokens for k in range(name.start, name.end)):
            name = None  # "Camat Kota Tangsel": the region the districts are in, no name
        if name is None and not unnamed and doc[j].text not in PLACE_CLOSERS:
            # "Sutrisno, Kepala Desa Sukamaju, ...", "Budi selaku Camat Bayan"
            name = self._named_first(ctx, term, doc[j].text == ",")
        if name is None and not unnamed and not pointed and not (self._listed_office(ctx, end, j) and
                                                                 term.text[:1].isupper() and
                                                                 doc[i].text not in self.reg.level_words):
            return None  # "para Lurah dan Camat Kota Tangsel": the district heads of a region
        spec = self.placed[term.id_]
        # "Ketua Panwaslu Kecamatan Pringkuku Kabupaten Pacitan, ...": the regency after the place qualifies it; a
        # level word closing the place is its own ("Lurah Bagan Kota, Wais": the town's central ward)
        last = min(end, shut) if bound is None else bound
        place = doc[i:next((k for k in range(i + 1, end) if (doc[k].text in self.reg.level_words and k + 1 < last
                                                              or doc[k].text in self.placed_levels)), last)].text
        # the first level word after the place, past a comma closing it ("Lurah X, Kapanewon Y"), may make the office
        # another one (offices.yaml `within`)
        level = next((doc[k].text for k in range(i + 1, min(j + 2, len(doc)))
                      if doc[k].text in self.placed_levels and (k < j or doc[j].text == ",")), None)
        if (other := spec.get("within", {}).get(level)) is not None:
            spec = self.placed[self.placed_units[other]]
        return name, end, self._placed_unit(spec, place)

    def _holder_before_comma(self, ctx: _Context, short: int, j: int) -> Span | None:
        """The holder's name of two or three words between a one-word place and the comma at ``j`` when no name
        follows the comma but the day he spoke or the clause goes on ("kata Kepala Desa Sukamaju Budi Santoso,
        Senin (5/8)", "Menurut Lurah Cempaka Rudi Hartono, pihaknya ..."); none where the words may still be the
        place's ("Kepala Desa Tanjung Sari Indah, Senin") or a list goes on after the comma."""
        doc = ctx.doc
        if doc[j].text != "," or not 2 <= j - short <= 3 or j + 1 >= len(doc):
            return None
        if not all(self._name_like(t) and t.lower_ not in self.place_words for t in doc[short:j]):
            return None
        after = doc[j + 1]
        if not (after.lower_ in self.weekdays or after.is_alpha and after.is_lower
                and after.lower_ not in self.list_words):
            return None
        name = self._name_after(ctx, short)
        return name if name is not None and name.end == j else None

    @staticmethod
    def _title_past_stop(doc: Doc, k: int) -> bool:
        """Whether a capitalised word stands at ``k``, or after an abbreviation's stop there ("Kec. Cibadak")."""
        k += k < len(doc) and doc[k].text == "."
        return k < len(doc) and doc[k].is_title

    def _home_district(self, ctx: _Context, k: int) -> int:
        """The end of a district of the story's regency written at ``k`` without its level word after a village's
        name ("Kades Sekapuk Ujungpangkah Abdul Halim" in a story on Gresik), else ``k``: the place the village lies
        in, not its head's name. Only the story's own districts: many districts share a word with given names."""
        end = district_end(ctx.doc, k)
        if end == k or (home := ctx.story_region) is None:
            return k
        return end if district_regency(ctx.doc[k:end].text) == home.key else k

    def _placed_unit(self, spec: dict, place: str) -> str:
        """Register the office ``spec`` names at ``place`` (a district or village) as a unit; its key."""
        name = spec["name"].format(place=place)
        key = f"placed:{name}"
        self.reg.unit(key, name, spec["acronym"].format(place=place), (), "placed", None)
        return key

    def _placed_by_rank(self, ctx: _Context, term: Span, rank: int,
                        bare: bool = False) -> tuple[Span | None, int, str] | None:
        """(name, end of the role, agency key) for a district's office written with its holder's rank (at ``rank``)
        and no place ("Kapolsek AKP Budi", "Danramil, Kapten Inf Joko"): reporters drop the place the story is set
        in, so the office is the one district the story names after its level word ("di Kecamatan Sukamaju") or by
        a body of that district ("Polsek Sukamaju", "Panwascam Sukamaju"); none where it names none or two.
        A ``bare`` holder set off by a comma with no rank ("Ketua Panwascam, Budi, meminta") must go on to the
        clause, not to a list of more titles ("Kapolsek, Ndanramil, Ketua DMI": those present)."""
        doc = ctx.doc
        name = self._name_after(ctx, self._skip_extras(doc, rank, ctx.extras))
        if name is None or bare and not self._clause_after(doc, name.end):
            return None  # no holder: the story's districts are not scanned for
        places = {doc[k + 1:end].text for k, t in enumerate(doc) if t.text in self.district_levels
                  and (end := district_end(doc, k + 1)) > k + 1}
        places.update(seat for e in ctx.ents.values() if e.id_.partition(":")[0] in self.district_bodies
                      and (seat := e.id_.partition("@")[2]))
        if len(places) != 1:
            return None
        return name, term.end, self._placed_unit(self.placed[term.id_], places.pop())

    def _clause_after(self, doc: Doc, k: int) -> bool:
        """Whether a lower-case word that lists nothing goes on after a name ending at ``k`` (and its degrees and a
        comma), or the sentence ends there: the holder's clause, not a list of those present."""
        k = self._degrees_after(doc, k)
        k += k < len(doc) and doc[k].text == ","
        return k >= len(doc) or doc[k].text in {".", "!", "?"} \
            or doc[k].is_lower and doc[k].lower_ not in self.list_words

    def _seat_end(self, ctx: _Context, k: int, listed: bool) -> int | None:
        """The end of the regency or city written right after a small place at ``k``, before its holder ("Camat
        Cibinong Kabupaten Bogor Budi", "Camat Pasar Minggu Jakarta Selatan, Budi"): with its level word, or after a
        listed district without it; None if none follows, or nothing after it."""
        doc = ctx.doc
        level = k < len(doc) and doc[k].text in self.reg.level_words
        at = k + 1 if level else k
        if (level or listed) and at in ctx.places and ctx.places[at].end < len(doc):
            return ctx.places[at].end
        return None

    def _place_last(self, ctx: _Context, k: int) -> bool:
        """Whether the word at ``k`` closes a small place's name ("Jember Kidul", "Kudus Kota"), not a level word
        opening a region ("Lurah Mekarsari Kota Depok")."""
        doc = ctx.doc
        return doc[k].lower_ in self.place_words and not (
            doc[k].text in self.reg.level_words and (k in ctx.places or k + 1 in ctx.places))

    def _named_first(self, ctx: _Context, term: Span, closed: bool = False) -> Span | None:
        """The holder of an office of a small place named before it, not the place of an office listed before
        ("Lurah Sukamaju, Lurah Tanjung Harapan, Lurah Sungai Bambu"): no title or institution just before it;
        one word between commas names it when a comma closes the place ("..., Sahrul, Kepala Desa Jeringo, ...")."""
        name = self._name_before(ctx, self._outer_head(ctx, self._modifiers_before(ctx.doc, term.start)), closed)
        return None if name is None or name.start > 0 and name.start - 1 in ctx.taken else name

    def _past_seats(self, ctx: _Context, comma: int) -> int:
        """The comma after the places that say where a small place lies, between commas after it ("Lurah
        Bungin, Kecamatan Luwuk, Kabupaten Banggai, Kadarusman", "Ketua Panwaslu Kecamatan Batuputih, Sumenep,
        Hartono"): a district opened by its level word or not ("Lurah Way Halim, Kedaton, Budi"), or a region of the
        gazetteer, at most two; else ``comma``."""
        doc = ctx.doc
        for _ in range(2):
            k = comma + 1
            if k < len(doc) and doc[k].text in self.placed_levels:
                k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ".")  # "Lurah X, Kec. Y, Budi"
                while k < len(doc) and doc[k].is_title and doc[k].is_alpha and k not in ctx.ents:
                    k += 1
            else:
                if k < len(doc) and doc[k].text in self.reg.level_words:
                    k += 1  # "Kabupaten Banggai"
                if k in ctx.places:
                    k = ctx.places[k].end
                elif k == comma + 1 and (seat := district_end(doc, k)) > k:
                    k = seat  # "Lurah Kemiling Permai, Kemiling, Wanjaya": a listed district without its level word
                else:
                    break
            if k == comma + 1 or k >= len(doc) or doc[k].text != "," or not doc[k - 1].is_title:
                break
            comma = k
        return comma

    def _listed_office(self, ctx: _Context, end: int, j: int) -> bool:
        """Whether a place read up to ``j`` closes an office in a list of offices or places: a list word or a
        comma and then another title or a level word, or a comma and a list word ("Camat Kaliwates, Lurah ...",
        "Camat Kaliwates dan Lurah ...", "Kepala Desa Duren, Kecamatan Klari"); "ujar Camat Ahmad, Senin" names a
        person, "Camat Batuampar dan empat lurah" the district's head among heads of no named place."""
        doc = ctx.doc
        if end != j:
            return False
        if doc[j].text != "," and doc[j].lower_ not in self.list_words or j + 1 >= len(doc):
            return False
        after = doc[j + 1]
        if doc[j].lower_ in self.list_words:  # "Camat Batuampar dan empat lurah": no list of offices of places
            return j + 1 in ctx.title_starts or after.text in self.reg.level_words or after.text in self.placed_levels
        return j + 1 in ctx.title_starts or after.text in self.reg.level_words or after.text in self.placed_levels \
            or after.lower_ in self.list_words

    def _numeral(self, doc: Doc, j: int) -> bool:
        """A Roman numeral numbering a place ("Camat Ilir Timur II"), not a name's opening ("I Nyoman")."""
        return bool(_ROMAN.fullmatch(doc[j].text)) and not self._name_opens(doc, j)

    def _name_opens(self, doc: Doc, j: int) -> bool:
        """Whether one of the openings names often have stands at ``j`` ("I Nyoman", "La Ode", "Teuku")."""
        return any(tuple(t.text for t in doc[j:j + len(w)]) == w for w in self.name_starts)

    def _office_alone(self, ctx: _Context, agency: str, end: int) -> bool:
        """Whether an unnamed head of a regional office, its region left to the story, names that office: a dinas or
        badan by its head's short title standing alone ("Kadispora", "Kepala Bappeda, Kadis Kominfotik dan Kabag
        X"), as "Kepala Bappeda" names the story's Bappeda; not a title whose office name goes on ("Kadis Kominfo
        dan Statistik Provinsi X"), nor other bodies (police, prosecutors, the inspectorate), which the story
        names elsewhere when it means its own."""
        doc = ctx.doc
        if self.reg.agencies[agency].name.split()[0] not in self.story_offices:
            return False
        if end < len(doc) and doc[end].lower_ in self.list_words:
            return end + 1 < len(doc) and end + 1 in ctx.title_starts
        return end >= len(doc) or not (doc[end].is_title or doc[end].is_upper)

    def _only(self, ctx: _Context, type_key: str, level: str, at: int):
        """The institution of this kind in the one region (of this level) the article's regional
        institutions name: "kata Bupati Tiwi" in a story on Pemkab Purbalingga; where they name none, in the
        region the story is about (its dateline, the place of its event: "PURWOREJO - Bupati Agus ...", "Sekda
        Budi" in a story on Kendal), or that region's province for a governor; in a story on several regions
        ("Kendal dan Batang ... Bupati Wihaji"), the one named last before the title at ``at``, in its sentence or
        the one before (``_last_region``)."""
        regions = {a.region for e in ctx.doc.ents if (a := self.reg.agencies.get(e.id_)) is not None
                   and a.region is not None and (not level or a.region.level == level)}
        if not regions and (region := ctx.story_region) is not None:
            if level == "provinsi":
                region = self.regions.get(f"provinsi:{region.province}")
            if region is not None and (not level or region.level == level):
                regions = {region}
        if len(regions) != 1 and level and level != "provinsi" and (near := self._last_region(ctx, level, at)):
            regions = {near}
        if len(regions) > 1 and ctx.story_region in regions:
            regions = {ctx.story_region}
        return self.reg.regional(type_key, regions.pop()) if len(regions) == 1 else None

    def _last_region(self, ctx: _Context, level: str, at: int) -> Region | None:
        """The one regency or city of ``level`` named before ``at`` (as a place or in an institution) in the
        sentence of ``at``, else the one named in the sentence before it; None where that sentence names two
        ("Pemkab Banyumas dan Pemkab Cilacap ... kata Bupati Husein": either)."""
        starts = ctx.doc._.sentence_starts or [0]
        n = bisect_right(starts, at) - 1
        spans = [(s, self.regions.get(span.id_)) for s, span in ctx.places.items()]
        spans += [(s, a.region) for s, e in ctx.ents.items() if (a := self.reg.agencies.get(e.id_)) is not None]
        for lo, hi in ((starts[n], at), (starts[n - 1], starts[n]) if n > 0 else (0, 0)):
            named = {r for s, r in spans if lo <= s < hi and r is not None and r.level == level}
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _modifiers_before(self, doc: Doc, start: int) -> int:
        """Extend a title left over "Penjabat (Pj)", "PJ", "Pejabat Sementara (Pjs)", "Plt."."""
        if start == 0:
            return start
        i, before = start, doc[start - 1].text  # the word before, read once: most titles have no modifier
        if i >= 3 and before == ")" and doc[i - 3].text == "(" and (_fold(doc[i - 2].text),) in self.modifiers:
            i -= 3
            if i == 0:
                return i
            before = doc[i - 1].text
        if _fold(before) not in self.modifier_ends:
            return i
        for n in self.modifier_lengths:  # the longest form wins: "Pejabat Pelaksana Tugas", not "Pelaksana Tugas"
            if i >= n and tuple(_fold(doc[k].text) for k in range(i - n, i)) in self.modifiers:
                return i - n
        return i

    # ------------------------------------------------------------------ names
    def _holder(self, ctx: _Context, end: int, titles: dict[int, Span],
                spoken: bool = False) -> tuple[Span | None, int]:
        """The name written after a title ending at ``end`` (``spoken``: right after an attribution
        word), and where the role ends."""
        doc = ctx.doc
        if end < len(doc) and doc[end].text == "(":
            name = self._bracketed(ctx, end)
            if name is not None:  # "Gubernur Riau (Arsyadjuliandi Rachman)"
                return name, end
            paren, end = end, skip_paren(doc, end)
            if (place := ctx.places.get(end)) is not None and any(
                    k in ctx.places and ctx.places[k].id_ == place.id_ for k in range(max(0, paren - 4), paren)):
                # "Kepala Kejaksaan Tinggi Sulawesi Utara (Kajati) Sulut Andi ...": the title's region restated
                # after its short form, not "Kepala BKN (BKN) Bima Haria Wibisana"
                end = place.end
        if end in ctx.ents:
            end = ctx.ents[end].end  # "Kepala BKD (BKD) Setda Maluku, Femmy ...": the body it sits in
            if end < len(doc) and doc[end].text == "(" and self._bracketed(ctx, end) is None:
                # "Dirjen Otda Kementerian Dalam Negeri (Kemendagri) Budi": that body's acronym after it
                end = skip_paren(doc, end)
        role_end = end
        nxt = self._chained(ctx, end, titles)
        if nxt is not None:  # "Kepala BPBD Jabar sekaligus mantan Pj Bupati Bekasi, Dani Ramdan"
            end = nxt
            if end < len(doc) and doc[end].text == "(":
                end = skip_paren(doc, end)
        end = self._past_constituency(ctx, self._past_term_and_faction(doc, end))
        if (clause := self._past_clause(ctx, end)) > end:
            end = clause  # "Kepala BKD X yang baru dilantik pekan lalu, Budi, ...": before "yang baru dilantik" alone
        elif end < len(doc) and doc[end].lower_ in self._after_first:
            end = _phrase_end(doc, end, self._after_by_first) or end
        if end + 1 < len(doc) and doc[end].text == "," and (post := titles.get(end + 1)) is not None \
                and (doc[post.start].text in self.units or doc[post.end - 1].text in self.units):
            # "Pimpinan Bawaslu Boltim, Kordiv Hubal dan Humas, Soesanto Mamonto", "Pimpinan Bawaslu Sulsel,
            # Koordinator Divisi Penindakan, Azry Yusuf": the post between commas
            end += 1
        second = titles.get(end)
        if second is not None and second.label_ == "head" and (doc[second.end - 1].text in self.units or (
                second.end < len(doc) and doc[second.end].text in self.units)):
            # "Anggota Bawaslu Jambi Koordinator Divisi Hukum, Rahmat Hidayat": a post inside it
            end = self._past_unit(ctx, second.end - 1 if doc[second.end - 1].text in self.units else second.end)
            if end is None:
                return None, role_end
        elif end < len(doc) and doc[end].text in self.units or end + 1 < len(doc) \
                and doc[end].text in self.loose_words and doc[end + 1].text in self.units:
            # "... Kemenkopolhukam Bidang Ideologi, ...", "Asisten KASN Pengawasan Bidang ...": a field's word may
            # open the unit
            end = self._past_unit(ctx, end if doc[end].text in self.units else end + 1)
            if end is None:
                return None, role_end
        seat = end + 1 if end < len(doc) and doc[end].text in self.seat_words else end
        place = ctx.places.get(seat)
        region = self.regions.get(place.id_) if place is not None else None
        if region is not None and end - 1 in ctx.ents_end and (region.level == "provinsi" or any(
                t.text in self.seated_units for t in doc[max(0, end - 5):end]) or
                place.end < len(doc) and doc[place.end].text == ","):
            # "Kepala Kantor Regional I BKN Yogyakarta Ahmad ...": the unit's seat; a regency or city closed by a
            # comma is a seat too ("Kepala Basarnas Kendari, Muhammad ..."), while before a name it may open it
            # ("Kepala BKN Bima Haria ...")
            end = skip_paren(doc, place.end)
        national = next((w for w in self.national_words if tuple(t.text for t in doc[end:end + len(w)]) == w), None) \
            if end < len(doc) and doc[end].text in self.national_first else None
        if national is not None:
            # "Menteri Agama RI Gus Yaqut", "Kepala BKN Pusat, Bima ...": the national seat after the office,
            # with its acronym in brackets ("Anggota Bawaslu Republik Indonesia (Bawaslu RI), Fritz ...")
            end += len(national)
            if end < len(doc) and doc[end].text == "(":
                end = skip_paren(doc, end)
        start = self._skip_extras(doc, end, ctx.extras)
        province = ctx.places.get(start + 1) if start < len(doc) and doc[start].text == "," else None
        if province is None and (here := ctx.places.get(start)) is not None and here.label_ == "explicit":
            province = here  # "Pj Bupati Banjarnegara Provinsi Jawa Tengah Budi": the province by its level word
        if province is not None and province.end < len(doc) and self.regions[province.id_].level == "provinsi":
            shut = skip_paren(doc, province.end)  # "..., Provinsi Sulawesi Barat (Sulbar), Budi": its acronym
            if shut < len(doc) and doc[shut].text == ",":
                start = shut  # "Pj Bupati Probolinggo, Jawa Timur, Ugas Irwanto": the province apposed
            elif doc[province.end].is_title and (held := self._name_after(ctx, province.end)) is not None and \
                    len(held) > 1:
                start = province.end  # "Bupati Dompu, Nusa Tenggara Barat Bambang Yasin": no comma after it
        start = self._past_seat_town(ctx, end, start)
        name = self._name_after(ctx, start)
        if name is None and start + 1 < len(doc) and doc[start].text == "\n":
            # "Hal itu disampaikan Bupati Garut\nRudy Gunawan dalam ...": a title closing a line, its holder of two
            # words or more opening the next, the sentence going on after it
            name = self._name_after(ctx, self._skip_extras(doc, start + 1, ctx.extras))
            if name is not None and (len(name) < 2 or name.end == len(doc) or not (
                    doc[name.end].is_lower or doc[name.end].text in CLAUSE_MARKS | {".", "!", "?"})):
                name = None
        if name is not None and all(i in ctx.place_tokens for i in range(name.start, name.end)):
            name = None  # "Kepala Kantor Regional BKN Manado yang baru": the unit's seat, no name
        apposed = start + (start < len(doc) and doc[start].text in APPOSING)
        if name is None and (named := self._naming_end(doc, apposed)) is not None:
            name = self._apposed(ctx, named, spoken, declared=True)  # "kepala Bappeda yakni Khaidarmansah"
        elif name is None and start < len(doc) and doc[start].text in APPOSING:
            # "Wakil Bupati Sleman, Danang Maharsa mengatakan"
            name = self._apposed(ctx, start + 1, spoken)
        return name, role_end

    def _past_seat_town(self, ctx: _Context, end: int, start: int) -> int:
        """Where the holder's comma stands after the town an office sits in, written after its body named bare
        ("Ketua Pengadilan Negeri Sungguminasa, Budi Santoso", "Kepala Kejaksaan Negeri Stabat, Budi Santoso"):
        one or two title-case words that name no known place, then a comma and a name of two words or more, as
        such offices are named by their seat town rather than their regency (`seat_town_types`); else ``start``."""
        doc = ctx.doc
        if end != start:
            return start
        if end > 1 and doc[end - 1].text == ")":  # "Ketua Pengadilan Negeri (PN) Sungguminasa, Budi": past its acronym
            end = next((k for k in range(end - 2, max(0, end - 6), -1) if doc[k].text == "("), end)
        if end < 1 or doc[end - 1].text not in self.seat_town_ends:
            return start
        body = next((e for e in ctx.ents.values() if e.end == end), None)
        if (body.text if body is not None else doc[end - 1].text) not in self.seat_town_heads:
            return start  # "Ketua Pengadilan Negeri Sleman" read whole
        k = start
        while k < len(doc) and k - start < 2 and doc[k].is_title and doc[k].is_alpha and k not in ctx.places:
            k += 1
        if k == start or k + 1 >= len(doc) or doc[k].text != ",":
            return start
        name = self._name_after(ctx, k + 1)
        return k if name is not None and len(name) >= 2 and ctx.free(name) else start

    def _past_clause(self, ctx: _Context, end: int) -> int:
        """Where the holder's comma stands after a relative clause about the person between an office and its
        holder ("Ketua Bawaslu X yang juga mantan wartawan, Budi Santoso, ...", "Kepala BKPSDM X yang baru
        dilantik pekan lalu, Budi, ..."): a few lower-case words after "yang", then a name closed by a comma, as
        reporters set an apposition; else ``end``. A clause set off by commas on both sides ("Sekjen Bawaslu RI, yang
        membuka kegiatan sosialisasi netralitas ASN, Budi menyampaikan ...") may hold acronyms, and its name may go
        straight on to the verb."""
        doc = ctx.doc
        enclosed = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in self.clause_openers
        opener = end + enclosed
        if opener >= len(doc) or doc[opener].lower_ not in self.clause_openers:
            return end
        if not enclosed and end + 1 < len(doc) and doc[end + 1].lower_ in self.clause_fields and (
                fields := self._past_fields(ctx, end)) > end:
            return fields
        k = opener + 1
        while k < len(doc) and k - opener <= self.clause_words and doc[k].is_alpha and (
                doc[k].is_lower or enclosed and doc[k].is_upper and len(doc[k]) > 1):
            k += 1
        if k == opener + 1 or k >= len(doc) - 1 or doc[k].text != "," or k - opener > self.clause_words:
            return end
        name = self._name_after(ctx, k + 1)
        if name is None or name.end >= len(doc) or not ctx.free(name) or not (
                doc[name.end].text == "," or enclosed and doc[name.end].is_lower and doc[name.end].is_alpha):
            return end
        return k

    def _past_fields(self, ctx: _Context, end: int) -> int:
        """Where the holder's comma stands after the fields a member oversees, written between the office and the
        holder ("Anggota Bawaslu X yang membidangi Hukum, Pencegahan dan Humas (HPPH), Budi Santoso, ..."): the
        fields' words (those of units' names, in any case, acronyms), joined by commas and "dan", then a name
        closed by a comma; else ``end``. The fields' own commas are told from the holder's by the word after."""
        doc = ctx.doc
        k = end + 2
        while k < len(doc) and k - end <= self.field_reach:
            t = doc[k]
            if t.text == ",":
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is None or not self._field_word(nxt):
                    name = self._name_after(ctx, k + 1)
                    ok = name is not None and name.end < len(doc) and doc[name.end].text == "," and ctx.free(name)
                    return k if ok and k > end + 2 else end
            elif not (self._field_word(t) or t.lower_ in UNIT_JOINERS or t.text in {"(", ")"}):
                return end
            k += 1
        return end

    def _field_word(self, t: Token) -> bool:
        """Whether ``t`` may be a word of a field's name: a unit's word in any case, or an acronym."""
        return t.text.capitalize() in self.loose_words or t.text in self.loose_words or t.text in self.units or (
            t.is_upper and t.is_alpha and len(t) > 1)

    def _line_holder(self, ctx: _Context, start: int, end: int, name: Span | None) -> Span | None:
        """The holder a title names on a line of its own ("Bupati X Budi", "Kepala BKD X Budi Memberi Sambutan":
        words the story writes in lower case elsewhere follow a caption's holder), or None: a headline ("Bupati X
        Minta ASN Netral"), or a word of the name after its first the story writes in lower case ("Kapolres X
        Dimutasi")."""
        if name is None:
            return None
        lowered, k = ctx.lowered, name.end
        while k - name.start > 1 and ctx.doc[k - 1].lower in lowered:
            k -= 1
        name = name[:k - name.start]
        if any(t.lower in lowered for t in name[1:]) or not _alone_on_line(ctx.doc, start, end, name, lowered):
            return None
        return name

    def _dashed_line_holder(self, ctx: _Context, start: int) -> Span | None:
        """The name opening a short line set aside and joined to its title by a hyphen ("Budi Santoso - Kepala BKD
        X", "- Rina Wati - Sekda X"): a list of those present or a caption. Only on such a line, as a dateline's
        place stands so before a lead's title ("KLATEN - Bupati Klaten ...")."""
        doc = ctx.doc
        if start < 2 or doc[start - 1].text != "-":
            return None
        k = start - 2
        while k > 0 and "\n" not in doc[k - 1].text and start - k <= NAME_MAX + 2:
            k -= 1
        if k > 0 and "\n" not in doc[k - 1].text:
            return None
        while k < start - 1 and not doc[k].is_alpha:  # a list's mark or number ("- ", "2. ")
            k += 1
        name = self._name_after(ctx, self._skip_extras(doc, k, ctx.extras))
        return name if name is not None and name.start == k and name.end == start - 1 else None

    def _next_line_holder(self, ctx: _Context, end: int) -> Span | None:
        """A holder of two words or more alone on the line after a title alone on its own ("Kepala BKD X\nBudi
        Santoso\n", "- Sekda X\nBudi Santoso (kanan)"): a caption or a list of those present set in two lines."""
        doc = ctx.doc
        if end + 2 < len(doc) and doc[end].text == "," and "\n" in doc[end + 1].text:
            end += 1  # "Bupati X,\n": a signature's office closed by its comma
        if end + 1 >= len(doc) or "\n" not in doc[end].text:
            return None
        end = _signed_line_end(doc, end + 1) or end  # "Bupati X,\nttd\nBudi Santoso": a circular's signature
        name = self._name_after(ctx, self._skip_extras(doc, end + 1, ctx.extras))
        if name is None or len(name) < 2 or name[-1].lower in ctx.lowered:
            return None
        return name if _alone_on_line(doc, name.start, name.end, name) else None

    def _previous_line_holder(self, ctx: _Context, start: int, end: int) -> Span | None:
        """A holder of two words or more alone on the line before a title alone on its own ("Budi Santoso\nKepala
        BKD X\n"): a caption, a signature or a list of speakers set in two lines."""
        doc = ctx.doc
        if start < 3 or "\n" not in doc[start - 1].text or not _alone_on_line(doc, start, end, doc[start:end]):
            return None
        k = start - 1
        while k > 0 and "\n" not in doc[k - 1].text and start - k <= NAME_MAX + 1:
            k -= 1
        name = self._name_after(ctx, self._skip_extras(doc, k, ctx.extras))
        if name is None or len(name) < 2 or name.end != start - 1 or name[-1].lower in ctx.lowered:
            return None
        return name

    def _outer_head(self, ctx: _Context, start: int) -> int:
        """Where a head written right before a title's own head starts ("Budi, Ketua Divisi Hukum KPU X, ...",
        "Budi, Anggota Komisioner Bawaslu X, ...", "Budi, Sekretaris Camat X, ..."): the holder's name stands
        before both; else ``start``."""
        outer = ctx.head_ends.get(start)
        return start if outer is None else self._modifiers_before(ctx.doc, outer)

    def _aliased(self, doc: Doc, titles: dict[int, Span], start: int) -> int:
        """Where the other form of a title or of its modifier joined by "atau" before it starts ("Budi, Sekretaris
        Daerah atau Sekda Kebumen, ...", "Budi selaku Penjabat atau Pj Bupati ..."): its holder stands before both
        forms; else ``start``."""
        if start < 2 or doc[start - 1].lower_ != "atau":
            return start
        if (modified := self._modifiers_before(doc, start - 1)) < start - 1:
            return modified
        first = next((t.start for t in titles.values() if t.end == start - 1), None)
        if first is None:  # "Budi, Kabag Hukum atau Kepala Bagian Hukum Setda X": the short form with its unit
            first = next((k for k in range(start - 3, max(-1, start - 2 - UNIT_MAX // 2), -1) if k in titles
                          and all(doc[m].is_title for m in range(titles[k].end, start - 1))), None)
        return start if first is None else self._modifiers_before(doc, first)

    def _called_end(self, doc: Doc, i: int) -> int | None:
        """Where words at ``i`` (or after a comma there) before the name a holder goes by end ("yang akrab disapa")."""
        i += i < len(doc) and doc[i].text == ","
        if i >= len(doc) or doc[i].lower_ not in self._called_first:
            return None
        return _phrase_end(doc, i, self._called_by_first)

    def _past_called(self, doc: Doc, end: int) -> int:
        """Where a holder's name ends before the name he goes by, written between it and his title ("Budi Santoso,
        yang akrab disapa Pak Bud, selaku Kepala ...", "Siti Aminah atau yang biasa dipanggil Bu Siti selaku ..."):
        before the words of `called`, and an "atau" or a comma before them; else ``end``."""
        last = end - (end > 0 and doc[end - 1].text == ",")
        for k in range(last - 1, max(0, last - NICK_MAX - 1), -1):  # the nickname: title-case words
            if not (doc[k].is_alpha and doc[k].is_title):
                break
            if doc[k - 1].lower_ in self._called_last:
                start = next((k - len(w) for w in self.called if _ends_with(doc, k, w)), None)
                if start is None:
                    break
                start -= start > 0 and doc[start - 1].lower_ == "atau"
                return start - (start > 0 and doc[start - 1].text == ",")
        return end

    def _naming_end(self, doc: Doc, i: int) -> int | None:
        """Where words at ``i`` that name a title's holder end ("yakni", "bernama", "yang dijabat oleh"), if any."""
        return _phrase_end(doc, i, self._naming_by_first)

    def _degrees_after(self, doc: Doc, k: int) -> int:
        """Where the degrees after a name end, each perhaps after a comma ("Sudirman, SH, MH")."""
        while k < len(doc) and (self._degree(doc[k].text)
                                or doc[k].text == "," and k + 1 < len(doc) and self._degree(doc[k + 1].text)):
            k += 1
        return k

    def _each_selaku(self, doc: Doc, role_start: int, name: Span) -> bool:
        """Whether a title and the name after its comma each follow a name and "selaku", as a list of those
        present writes them ("Hendro selaku Sekda X, Sri Mulyani selaku Kepala BKD X"): the name after the
        comma holds the next office, the one before "selaku" this one."""
        k = role_start
        while k > 0 and role_start - k < 3 and doc[k - 1].is_title and doc[k - 1].lower_ not in self.apposition_alone:
            k -= 1  # "A selaku Tenaga Ahli Mendagri, B selaku ...": words of the post before the title
        return k > 0 and doc[k - 1].lower_ in self.apposition_alone and name.end < len(doc) \
            and doc[name.end].lower_ in self.apposition_alone

    def _each_comma(self, ctx: _Context, titles: dict[int, Span], role_start: int, role_end: int,
                    name: Span) -> bool:
        """Whether a title and the name after its comma each follow a comma, and that name is followed by a
        comma and the next title, as a list that writes each name before its office does ("Budi, Kepala Dinas
        Sosial X, Rina, Kepala Bappeda X, ..."), also one pair a line ("Budi, Kepala Dinas Sosial X\nRina, Kepala
        Bappeda X"): the name after the comma or the line break holds the next office."""
        doc = ctx.doc
        if role_start < 2 or doc[role_start - 1].text != "," \
                or not any(t.text == "," or "\n" in t.text for t in doc[role_end:name.start]):
            return False
        k = self._degrees_after(doc, name.end)  # "Rina Wati, M.Si, Kepala ..."
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        nxt = k + 1
        return any(t in titles and self._modifiers_before(doc, t) == nxt for t in range(nxt, min(nxt + 3, len(doc))))

    def _listed_before(self, ctx: _Context, role_start: int, roles: list[Span]) -> Span | None:
        """The name before a title's comma in a list that writes each name before its office. When that name
        follows an office and a comma itself, it is this office's only if the office before had its holder
        written before it too ("A, Sekda X, B, Kepala BKD X"); else it is that office's ("Sekda X, A., Manafe,
        Ketua ...")."""
        doc = ctx.doc
        name = self._name_before(ctx, role_start)
        k = name.start - 1 if name is not None else 0
        j = k - 1
        while j > 0 and k - j < 6 and (doc[j].text in {",", "."} or _INITIAL.match(doc[j].text)):
            j -= 1  # "Sekda X, A. D. E., Manafe": the office's holder cut by initials
        if k < 1 or doc[k].text != "," or j not in ctx.taken and not self._loose_ends(ctx, j):
            return name
        last = roles[-1] if roles else None
        if last is None or not k - 3 <= last.end <= k or last.start < 2 or doc[last.start - 1].text != ",":
            return None
        held = self._past_degrees(doc, last.start - 1)[0]  # "A, S.Sos, Sekda X, B, Kepala ...": A's degrees
        return name if held - 1 in ctx.named else None

    def _loose_ends(self, ctx: _Context, j: int) -> bool:
        """Whether an office the registry cannot name ends at ``j`` ("Kadis Tenaga Kerja, A, Kepala BPBD, B"): read
        later, it is no holder of the next office's yet, but a title all the same, so the name after its comma is
        its holder."""
        doc = ctx.doc
        return any(doc[k].orth in self.loose_heads and self._loose_unit(ctx, k + 1) == j + 1
                   for k in range(j - 1, max(j - LOOSE_MAX, -1), -1))

    def _chained(self, ctx: _Context, end: int, titles: dict[int, Span]) -> int | None:
        """End of a second office joined by "sekaligus" (the same person holds both), or, for a role the registry
        does not name, the comma closing it (`_described`)."""
        doc = ctx.doc
        if end >= len(doc) or doc[end].lower_ not in self.chain:
            return None
        i = end + 1
        if i < len(doc) and doc[i].lower_ in self.former:
            i += 1
        for k in range(i, min(i + 4, len(doc))):
            term = titles.get(k)
            if term is not None and self._modifiers_before(doc, k) == i:
                parsed = self._title(ctx, term)
                if parsed:
                    return parsed[1]
                # a head of no institution the registry names ("sekaligus Ketua Pokja Netralitas, Budi")
                return self._described(doc, i, titled=True)
        return self._described(doc, i, titled=False)

    def _described(self, doc: Doc, i: int, titled: bool) -> int | None:
        """The comma closing a role no registry names, joined by "sekaligus" to the office before it, its holder
        named after the comma ("Kepala Dinas PTSP Kota X sekaligus pembina pegawai kantor gabungan, Budi ...",
        "Ketua KPU Kabupaten X sekaligus Ketua Pokja Netralitas, Budi"); not a deed the holder does at once
        ("Bupati X sekaligus membuka acara, ..."), which a role ``titled`` with a head never is, whatever its first
        letters ("sekaligus direktur rumah singgah, Budi": not the prefix di-)."""
        if i >= len(doc) or not doc[i].is_alpha:
            return None
        if not titled and doc[i].is_lower and doc[i].lower_.startswith(self.chain_deeds):
            return None
        for k in range(i + 1, min(i + self.chain_role_max + 1, len(doc))):
            if doc[k].text == ",":
                return k
            if doc[k].is_sent_start or doc[k].text in QUOTES or doc[k].text in ROLE_BREAKS:
                return None
        return None

    def _after_term_words(self, doc: Doc, i: int) -> int | None:
        """Where the words opening a term ("periode", "masa jabatan") written at ``i`` end, if any."""
        for words in self.term_words:
            if tuple(t.lower_ for t in doc[i:i + len(words)]) == words:
                return i + len(words)
        return None

    def _past_term(self, doc: Doc, i: int, latest: _Latest) -> bool:
        """A term written after the office that ended before the latest year the story writes."""
        i = skip_paren(doc, i)
        if i >= len(doc) or doc[i].lower_ not in self._openers or (j := self._after_term_words(doc, i)) is None:
            return False
        years = [int(t.text) for t in doc[j:j + 4] if len(t.text) == 4 and t.text.isdigit()]
        return len(years) == 2 and latest.year is not None and years[1] < latest.year

    def _past_term_and_faction(self, doc: Doc, i: int) -> int:
        """Skip "periode 2023-2028" and "Fraksi PDIP" / "Fraksi Partai Golkar" written before the name."""
        if i + 1 < len(doc) and doc[i].lower_ == "dari" and doc[i + 1].lower_ in self._openers:
            i += 1  # "Anggota Komisi II DPR dari Fraksi PKS ..."
        if i >= len(doc) or doc[i].lower_ not in self._openers:
            return i
        if (after := self._after_term_words(doc, i)) is not None:
            j = after
            while j < len(doc) and (doc[j].like_num or doc[j].text in {"-", "–", "/"}):
                j += 1
            if j > after:
                i = j
        for words in self.factions:
            n = len(words)
            if tuple(t.lower_ for t in doc[i:i + n]) == words and i + n < len(doc) and \
                    (doc[i + n].is_upper or doc[i + n].is_title):
                bracket = next((k for k in range(i + n + 1, min(i + n + 5, len(doc))) if doc[k].text == "("), None)
                if bracket is not None and all(t.is_title for t in doc[i + n:bracket]):
                    return skip_paren(doc, bracket)  # "Fraksi Partai Keadilan Sejahtera (PKS)"
                return i + n + 1  # one word of party name: "PDIP", "Golkar", "Gerindra"
        return i

    def _past_constituency(self, ctx: _Context, i: int) -> int:
        """Skip the seat a legislator holds written before the name: a district up to a comma or its number
        ("dari Dapil Jawa Barat III, Budi", "Dapil Jabar III Budi"), a place after "asal" or "dari" ("Anggota DPD RI
        asal Bali, Budi"); else ``i``. A district with neither ("Dapil Kadia ini") is left: its end is unknown."""
        doc = ctx.doc
        k = i + 1 if i + 1 < len(doc) and doc[i].lower_ in self.constituency_links else i
        start = _phrase_end(doc, k, self.constituency_words)
        if start is None:
            return ctx.places[k].end if k > i and k in ctx.places else i
        j = start
        while j < len(doc) and j - start < UNIT_MAX and (doc[j].is_title or doc[j].is_upper or doc[j].is_digit
                                                          or doc[j].text in {"-", "/"}):
            j += 1
        if j > start and j < len(doc) and doc[j].text == ",":
            return j
        number = next((m for m in range(start + 1, j) if doc[m].is_digit or self._numeral(doc, m)), None)
        return number + 1 if number is not None and number + 1 < j else i

    def _past_unit(self, ctx: _Context, i: int) -> int | None:
        """Skip a unit name ("Bidang Ideologi dan Konstitusi") up to a rank, a comma or a region before the name."""
        doc = ctx.doc
        for j in range(i + 1, min(i + UNIT_MAX, len(doc))):
            if doc[j].text == "," and self._unit_goes_on(doc, j + 1):
                continue  # "Divisi Penanganan Pelanggaran, Data, dan Informasi, Heru ..."
            if doc[j].text == "," and j + 1 < len(doc) and j + 1 not in ctx.extras and not self._name_word(doc[j + 1]):
                return self._unit_then_name(ctx, i + 1, j)  # "Bidang Keistimewaan Alhudri, mengatakan"
            if j in ctx.extras or doc[j].text == ",":
                return j
            if doc[j].lower_ == "di" and j + 1 in ctx.places:  # "Kantor Regional II di Surabaya Susesti ..."
                return ctx.places[j + 1].end
            if j in ctx.places and ctx.places[j].label_ == "explicit":
                return ctx.places[j].end  # "Staf Ahli Bupati Bidang Hukum Kabupaten Kendal Budi": the region closes it
            if j > i + 1 and self._name_opens(doc, j):
                return j  # "... Divisi Hukum I Ketut Ariyani": a name opens here
            if not (doc[j].is_title or doc[j].is_upper or doc[j].lower_ in UNIT_JOINERS):
                return self._unit_then_name(ctx, i + 1, j)
        return None

    def _unit_goes_on(self, doc: Doc, k: int) -> bool:
        """Whether a unit's name goes on at ``k`` after a comma: a word of the unit vocabulary, maybe after "dan"."""
        if k < len(doc) and doc[k].lower_ in UNIT_JOINERS:
            k += 1
        # "Asisten Pemerintahan, I Made Suardana": a Balinese name's 'I' is no unit number after the comma
        return k < len(doc) and doc[k].text in self.unit_vocabulary and not self._name_opens(doc, k)

    def _unit_then_name(self, ctx: _Context, start: int, end: int) -> int | None:
        """Where a unit name ends when the holder's name follows it with no comma ("Deputi BKN Bidang
        Pengawasan dan Pengendalian Kepegawaian Otok Kuswandaru menegaskan"): after the last word of the
        unit vocabulary, or a word the story also writes in lower case, if a name of two words or more
        is left, or of one word closed by a comma or a bracket ("Staf Ahli Bidang Hukum Safrudin, ...")."""
        doc, lowered, k = ctx.doc, ctx.lowered, start
        while k < end and (doc[k].text in self.unit_vocabulary or doc[k].lower_ in UNIT_JOINERS
                           or doc[k].lower in lowered or doc[k].text == "," and self._unit_goes_on(doc, k + 1)):
            k += 1
        one_word = end - k == 1 and end < len(doc) and doc[end].text in {",", "("}
        if k == start or end - k < 2 and not one_word or end - k > NAME_MAX or doc[k - 1].lower_ in UNIT_JOINERS:
            return None
        return k if all(self._name_word(doc[n]) for n in range(k, end)) else None

    def _name_word(self, tok: Token) -> bool:
        """A word of a name after a unit: name-like, an initial or an abbreviated first name ("M.", "Moch.")."""
        return self._name_like(tok) or tok.lower_ in self.name_abbreviations or bool(_INITIAL.fullmatch(tok.text))

    def _skip_extras(self, doc: Doc, i: int, extras: dict[int, Span]) -> int:
        """Skip ranks and honorifics, with a rank's corps or retirement ("Letkol Inf", "(Purn)", "Laut (P)")."""
        while i in extras:
            i = _past_stray_stop(doc, extras[i].end)  # "Kolonel. Inf Riko", "Komjen Pol. (P)"
            if i < len(doc) and _fold(doc[i].text) in self.rank_suffixes:
                i = _past_stray_stop(doc, i + 1)  # "Kapten Inf. Legimin"
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and (
                    _fold(doc[i + 1].text) in self.rank_suffixes or doc[i + 1].text in self.bracketed_suffixes):
                i += 3  # "Mayjen (Purn)", "Komjen Pol (P)", "Dr. (H.C)"
            if i + 1 < len(doc) and doc[i].text == "," and (i + 1 in extras or self._name_like(doc[i + 1])):
                i += 1  # "DR, Drs, Muhammad Musa'ad": honorifics listed with commas
        return i

    def _name_like(self, tok: Token) -> bool:
        """Whether a word may be part of a name. It reads the word's text and lexeme flags only, so it is worked
        out once per distinct word (asked some 60 times an article, mostly of the same words)."""
        known = self._name_like_words.get(tok.orth)
        if known is None:
            known = self._name_like_words[tok.orth] = self._name_like_text(tok)
        return known

    def _name_like_text(self, tok: Token) -> bool:
        text = tok.text
        if _GLUED_INITIAL.fullmatch(text) and not self._degree(text):
            return True  # "M.Rizon", "A.Fajar": an initial run into the name by a lost space, no degree ("M.Si")
        if tok.lower_ in self.not_name or not tok.is_alpha and not NAME_MARKS.search(text):
            return False
        if _GLUED.search(text):  # "AdhySelain": two words run together by a lost space
            return False
        return tok.is_title or (text[:1].isupper() and len(text) > 1 and not tok.is_upper)

    def _degree(self, text: str) -> bool:
        """A degree, or degrees run together by a comma ("SE.,M.Si"), also with a stop after every letter ("S.I.P.")."""
        parts = [p for p in text.split(",") if p]
        return bool(parts) and all(_fold(p) in self.degrees or self.degree_shape.fullmatch(p.rstrip("."))
                                   or p.count(".") > 1 and _fold(p).replace(".", "") in self.dotless_degrees
                                   for p in parts)

    def _name_after(self, ctx: _Context, i: int) -> Span | None:
        doc, ents = ctx.doc, ctx.ents
        if i < len(doc) and doc[i].is_upper and (j := self._capitals_end(ctx, i)) > i:
            return self._personal(doc[i:j])
        j = counted = i  # a quoted nickname's tokens do not count towards NAME_MAX
        while j < len(doc) and j - counted < NAME_MAX and j not in ents:
            tok = doc[j]
            if j > i and self._title_case_degree(doc, j):
                break  # "Iwan Dedi Skom, melalui ...": a degree written in title case closes the name
            if j > i and tok.text in self.adat_titles:
                break  # "Amriul Dt. Karayiang": an adat title after the name closes it
            if self._name_like(tok):
                j += 1
                continue  # the most common case: the next word is read only for the others
            nxt = doc[self._past_initials(doc, j + 1)] if j + 1 < len(doc) else None
            # a degree after it is no name's word ("Budi Santoso SH MSi": "SH" no initial of his)
            nxt_name = nxt is not None and self._name_like(nxt) and not self._degree(nxt.text)
            initials = (tok.is_upper and tok.is_alpha and len(tok) <= 3 and tok.lower_ not in self.not_name) or \
                bool(_INITIAL.match(tok.text)) or j > i and bool(_INNER_INITIALS.match(tok.text))
            # a particle ("bin", "br", "van"; "al" before a hyphen: "Salim al-Jufri") or a name's hyphen ("Al-Habsyi")
            joins = j > i and (self._hyphened(doc, j) or tok.lower_ in self.name_particles and (
                nxt_name or j + 1 < len(doc) and self._hyphened(doc, j + 1) or self._particles_on(doc, j + 1)))
            # a month that is also a given name, inside the name before more of it ("Sigit Juli H", "Agus Juni
            # Santoso"); before a year, a comma or one of `month_times` it dates the sentence ("Budi Juli lalu",
            # "Budi Mei Lalu")
            inner = j > i and tok.text in self.month_names and nxt is not None and nxt.lower_ not in self.month_times \
                and (nxt_name or nxt.is_upper and nxt.is_alpha and len(nxt) == 1)
            if (initials and nxt_name) or joins or inner:
                j += 1
            elif j > i and (quoted := self._nickname(doc, j)):  # 'Moh. Ramdhan “Danny” Pomanto': a nickname
                j, counted = j + quoted, counted + quoted
            elif j > i and (k := self._trailing_initials(doc, j)) > j:  # "Mahfud MD", "Yayuk Dwi A. S."
                j = k
                break
            else:
                break
        if j == i + 1 and doc[i].lower_ == "dan" and j in ctx.title_starts:
            return None  # "pencalonan Bupati Dan Wakil Bupati": the conjunction capitalised between two titles
        return self._personal(doc[i:j]) if j > i else None

    def _particles_on(self, doc: Doc, j: int) -> bool:
        """A second particle at ``j`` before the rest of the name ("van der Berg": "van", then "der")."""
        return (j + 1 < len(doc) and doc[j].lower_ in self.name_particles and doc[j].is_lower
                and self._name_like(doc[j + 1]))

    @staticmethod
    def _past_initials(doc: Doc, j: int) -> int:
        """The first token at or after ``j`` that is not an initial with its stop, so that a run of initials
        spaced apart ("Y. M. R. Lerik", "Micler C. S. Lakat") leads on to the word that makes them a name."""
        k = j
        while k + 1 < len(doc) and k - j < NAME_MAX and _SPACED_INITIAL.match(doc[k].text):
            k += 1
        return min(k, len(doc) - 1)

    def _title_case_degree(self, doc: Doc, j: int) -> bool:
        """A degree of three letters or more written in title case or with its inner capital but no stop ("Skom",
        "Spd", "Msi", "MSi", "MPd") at ``j``, where a name ends: before punctuation, a lower-case word or another
        degree. Shorter ones ("Se", "Ma") are names too."""
        tok = doc[j]
        if not (tok.text[:1].isupper() and not tok.is_upper and len(tok) > 2 and _fold(tok.text) in self.degrees):
            return False
        return j + 1 == len(doc) or not doc[j + 1].is_alpha or doc[j + 1].is_lower or self._degree(doc[j + 1].text)

    def _hyphened(self, doc: Doc, j: int) -> bool:
        """A hyphen at ``j`` glued to both words, joining a name's first part to the rest ("Al-Habsyi",
        "Nur-Alam"); a hyphen after any other word joins two people ("Al Haris-Sani")."""
        return _glued_hyphen(doc, j) and doc[j - 1].lower_ in self.hyphen_firsts and self._name_like(doc[j + 1])

    def _nickname(self, doc: Doc, j: int) -> int:
        """How many tokens a nickname of one or two words in quotes at ``j`` takes inside a name, the name going
        on after it ('Rudy "Ucok" Gunawan', 'Helmi “Kang Helmi” Budiman'), else 0: the gold names the person
        without it."""
        if doc[j].text not in QUOTES:
            return 0
        for words in (1, 2):
            shut = j + words + 1
            if shut + 1 < len(doc) and doc[shut].text in QUOTES and self._name_like(doc[shut + 1]) and all(
                    doc[k].is_title and self._name_like(doc[k]) for k in range(j + 1, shut)):
                return words + 2
        return 0

    def _capitals_end(self, ctx: _Context, i: int) -> int:
        """The end of a name written in capitals, as government pages print it ("Bupati Sleman, KUSTINI SRI
        PURNOMO, meminta"), or ``i``. Two words at least, none an institution's, a degree, a word that is
        never a name or one the story writes in lower case elsewhere ("SANKSI TEGAS"), closed as running text
        closes a name (a comma, a degree, a lower-case word, a full stop): a headline or a slogan in capitals
        ("MINTA ASN NETRAL") runs on in capitals and gives none. Initials, abbreviated first names and apostrophes
        may be part of it ("I MADE SUARTA", "MOH. ARIFIN", "MA'RUF ..."), as long as one word is longer than two
        letters and does not end in a stop."""
        doc, j, long = ctx.doc, i, 0
        while (j < len(doc) and j - i < NAME_MAX and j not in ctx.ents and doc[j].is_upper
               and (doc[j].is_alpha or NAME_MARKS.search(doc[j].text) or _INITIAL.match(doc[j].text)
                    or doc[j].lower_ in self.name_abbreviations)
               and doc[j].lower_ not in self.not_name and not self._degree(doc[j].text)
               and doc[j].lower not in ctx.lowered):
            long += len(doc[j]) > 2 and doc[j].text[-1] != "."  # initials, short words ("I", "M.", "AL") go with one
            j += 1
        closed = j == len(doc) or doc[j].is_punct or doc[j].is_lower or self._degree(doc[j].text)
        # one word, no acronym's length, after an honorific or a degree that marks it a name ("Dra. NOVALINA,M.M.")
        alone = j - i == 1 and len(doc[i]) > 4 and doc[i].is_alpha and i in ctx.after_extras
        return j if (j - i > 1 or alone) and long and closed else i

    def _personal(self, name: Span) -> Span | None:
        """``name`` unless every word of it names units of institutions: the rest of a ministry's name after
        its short title ("Menpan-RB ... Reformasi Birokrasi"), a unit's field ("Pengawasan"), not a person."""
        for t in name:  # a plain loop: all() over a generator cost more, the first word mostly deciding
            if t.text not in self.unit_vocabulary:
                return name
        return None

    def _trailing_initials(self, doc: Doc, j: int) -> int:
        """The end of capital initials closing a name at ``j`` ("Mahfud MD"; a shortened surname "Yayuk Dwi A. S.",
        "Budi A.S."), not a degree ("Halid Saifullah MH"), before punctuation, a lower-case word or the holder's
        degrees ("Sri Puryono KS MP"); ``j`` where there are none."""
        tok, k = doc[j], j
        if tok.is_upper and tok.is_alpha and len(tok) <= 2 or _INNER_INITIALS.match(tok.text.rstrip(".")):
            k = j + 1
        else:
            while k < len(doc) and k - j < 3 and _SPACED_INITIAL.match(doc[k].text):
                k += 1
        if k == j or any(self._degree(t.text) or t.lower_ in self.not_name for t in doc[j:k]):
            return j
        closed = k == len(doc) or not doc[k].is_alpha or doc[k].is_lower or self._degree(doc[k].text)
        return k if closed else j

    def _apposed(self, ctx: _Context, i: int, spoken: bool = False, declared: bool = False) -> Span | None:
        """A name after the title's comma: ", Bey Machmudin menjelang ...", ", Tohar, menyampaikan".

        A single word needs the sentence to go on after it ("Alni kepada"), not a list ("Forkopimda, dan"),
        unless an honorific or a degree marks it as a name, the title follows an attribution word and
        the sentence ends with the name ('..., terang Ketua Panwaslu Lamteng, Harmono.'), or a naming word
        declared it (``declared``: "kepala Bappeda yakni Khaidarmansah, ...")."""
        doc = ctx.doc
        # "Ketua Bawaslu X,\nBudi Santoso, ...": the name on the line after the title's comma (a pipe or a colon
        # closing a line closes a caption or a label)
        i += i < len(doc) and doc[i].text == "\n" and doc[i - 1].text == ","
        name = self._name_after(ctx, self._skip_extras(doc, i, ctx.extras))
        if name is None or any(k in ctx.taken for k in range(self._past_place(ctx, name), name.end)):
            return None
        if name[0].text in self.loose_words and not self._name_opens(doc, name.start):
            return None  # "Penjabat Sekda, Bagian Hukum, ...": a list of units; not "Anak Agung Gde Agung"
        k = self._degrees_after(doc, name.end)  # "Sudirman, SH, MH"
        adat = k < len(doc) and doc[k].text in self.adat_titles  # "Afrizal Dt. Rajo Mudo": his adat title after it
        if len(name) > 1:
            return name if k == len(doc) or adat or not self._name_like(doc[k]) else None
        if k > name.end or name.start > i or declared or adat:
            return name  # a degree or adat title after it, an honorific before it ("H Sudirman, SH") or a naming word
        k = _age_after(doc, k)  # "Kepala Desa Ngemplak, Parmin (52), dilaporkan ...": the holder's age
        comma = k < len(doc) and doc[k].text in CLAUSE_MARKS  # "Kepala Dinas X – Muksin – mengatakan"
        k += comma
        after = doc[k] if k < len(doc) else None
        if comma and (k in ctx.title_starts or self._listed_body(ctx, k)) and self._proper(ctx, name[0]):
            return name  # "Kepala Desa X, Sarmin, Kepala Desa Y, ...": the next holder of a list follows
        ok = after is not None and after.is_alpha and after.is_lower and (
            after.lower_ not in self.list_words or self._proper(ctx, name[0]))
        # "..., Soetarmi, Rabu (10/7/2024)", "..., Iltarif, Rabu, (15/11)", "..., Iltarif, Rabu.": the day the words
        # were said, with its date or closing the sentence, closes the name
        dated = after is not None and after.lower_ in self.weekdays and k + 1 < len(doc) and (
            doc[k + 1].text in {"(", "."} or doc[k + 1].like_num
            or doc[k + 1].text == "," and k + 2 < len(doc) and (doc[k + 2].text == "(" or doc[k + 2].like_num))
        ends = after is None or after.text in {".", "!", "?"}
        return name if ok or dated or ends and (spoken or self._proper(ctx, name[0])) else None

    @staticmethod
    def _listed_body(ctx: _Context, k: int) -> bool:
        """Whether a body opens the next entry of a list of those present and a comma closes it, its member's
        name to follow: a body read as such ("Kades X, Sarmin, Panwaslu Kecamatan Y, Budi, ...") or an acronym
        and its place ("Kades X, Sarmin, PPK Kalianda, Budi, ..."): a list of officials goes on."""
        doc = ctx.doc
        if (body := ctx.ents.get(k)) is not None:
            end = body.end
        elif k + 1 < len(doc) and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) > 1 and k not in ctx.extras:
            end = k + 1
            while end < len(doc) and end - k <= 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end == k + 1:
                return False
        else:
            return False
        return end < len(doc) and doc[end].text == ","

    def _past_place(self, ctx: _Context, name: Span) -> int:
        """Where the part of ``name`` that must not be a place begins: after a place name that opens a
        name of two more words (", Bima Haria Wibisana"), or of one the sentence goes on or ends after (", Bima
        Arya, mengatakan", ", Bima Arya mengatakan", "kata ..., Bima Arya."; a list of places goes on with a place
        or 'dan', and a place's last word is no name's), else at its start."""
        place, doc = ctx.places.get(name.start), ctx.doc
        more = 1 if name.end == len(doc) or doc[name.end].text in {",", "."} or doc[name.end].is_lower else 2
        if place is None or name.end - place.end < more or self.regions[place.id_].level == "provinsi" or any(
                k in ctx.extras for k in range(place.end, name.end)):
            return name.start  # ", Sumatera Utara Dr. Sugeng Riyanta": the province apposed, then the holder
        return place.end

    def _proper(self, ctx: _Context, token) -> bool:
        """A word in title case the story never writes in lower case, nor as a unit's word: a name
        ("..., dipimpin Kepala Dinas PMD, Yuliswan.")."""
        return token.is_title and token.text not in self.unit_vocabulary and token.lower not in ctx.lowered

    def _bracketed(self, ctx: _Context, i: int) -> Span | None:
        """A name in brackets right after a title ("Sekda Provinsi Jambi (Sudirman)", "(Sudirman, SH)"),
        not an acronym."""
        doc = ctx.doc
        close = next((j for j in range(i + 1, min(i + NAME_MAX + 8, len(doc))) if doc[j].text == ")"), None)
        if close is None or close == i + 1:
            return None
        last = close
        while last > i + 2 and (self._degree(doc[last - 1].text) or doc[last - 1].text in {",", "."}):
            last -= 1  # "(Komang Aryandono, S.IP)", "(Haryomo Putranto. M.Hum)": the degrees after the name
        first = min(self._skip_extras(doc, i + 1, ctx.extras), last)  # "(Drs. H. Budi Santoso)": honorifics before it
        if first == last:
            return None
        inner = doc[first:last]
        # "(Bima Arya Sugiarto)": a regency's one-word name opening the person's, as after a comma
        opened = first + 1 if last - first >= 2 and self._place_opens_name(ctx, first + 1) else first
        if any(k in ctx.taken for k in range(opened, inner.end)):
            return None
        if not all(self._name_like(t) for t in inner):
            return None
        words = [t.lower_ for t in doc[max(0, i - 4):i] if t.is_alpha]
        if len(inner) == 1 and (_abbreviates(inner[0].lower_, words) or inner[0].text in self.bracketed_short_names):
            return None  # "Bupati Mahakam Ulu (Mahulu)", "Komandan Pangkalan Utama TNI Angkatan Laut VI (Lantamal)"
        if len(inner) == 1 and close == last and self._two_named_words(ctx, close + 1):
            return None  # "Wakil Menteri Dalam Negeri (Vamendagri) Bima Arya": the title's short form, misspelt
        return inner

    def _two_named_words(self, ctx: _Context, j: int) -> bool:
        """Whether a name of two title-case words opens at ``j``; three where a one-word place opens it ("Bima Arya
        Sugiarto"), as a place before a name belongs to the title ("(Sekdakot) Bima Mukhtar")."""
        doc = ctx.doc
        place = ctx.places.get(j)
        words = 2 if place is None else 3 if place.end == j + 1 else 0
        return words > 0 and j + words <= len(doc) and all(
            doc[k].is_title and doc[k].is_alpha and self._name_like(doc[k]) for k in range(j, j + words))

    def _name_before(self, ctx: _Context, title_start: int, closed: bool = False) -> Span | None:
        """The holder named before a title: right before it, else before a role no registry names that a link joins
        to it ("Budi, Ketua Panitia sekaligus Sekda X, ...": Budi's)."""
        name = self._name_right_before(ctx, title_start, closed)
        if name is None and (role := self._described_before(ctx.doc, title_start)) is not None:
            name = self._name_right_before(ctx, role, closed)
        return name

    def _name_right_before(self, ctx: _Context, title_start: int, closed: bool = False) -> Span | None:
        """"<Name> selaku <title>", "<Name>, <title>", "<Name> (<title>": the name stands just before.
        A sentence's first word joins it unless it is an attribution word: a reporter who lost a quote's
        comma opens the next sentence with it ('... kita jaga.” Ujar Agus Budi, Sekda ...')."""
        doc, inside = ctx.doc, ctx.taken | ctx.named
        end, degreed, alone, bare = title_start, False, False, False
        last = doc[end - 1].lower_ if end > 0 else ""
        for words in self.apposition:
            if words[-1] == last and _ends_with(doc, end, words):
                end -= len(words)
                if words[0] != "(" and end > 0 and doc[end - 1].text == ",":
                    end -= 1  # "Budi Santoso, selaku Kepala BKPSDM ...": a comma before the apposition
                if words[0] != "(":
                    end = _past_age(doc, end)  # "Budi Santoso (58) selaku ..."
                # "Ahmad Imran, S.Ag., M.H. selaku Ketua ...", "Wahyu Hidayat, M.Si (Kepala BKPSDM ...)"
                end, degreed = self._past_degrees(doc, end)
                # a sentence's first word before a bare "sebagai" is rather a noun ("Peran sebagai Kepala Dinas ...")
                alone = " ".join(words) in self.apposition_alone or " ".join(words) in self.apposition_alone_proper \
                    and end > 0 and self._proper(ctx, doc[end - 1]) \
                    and (words[0] == "yang" or not doc[end - 1].is_sent_start)
                if alone and words[0] == "(" and end > 0 and _abbreviates(
                        doc[end - 1].lower_, [t.lower_ for t in doc[title_start:title_start + NAME_MAX] if t.is_alpha]):
                    alone = False  # "Kapengti (Kepala Pengadilan Tinggi)": a short title spelt out, no name
                if words[-1] in self.holds_verbs or words[-2:-1] and words[-2] in self.holds_verbs:
                    # "Andi Saputra hingga kini masih menjabat sebagai Bupati ..."
                    adverbs = end
                    while end > 0 and title_start - end < 12 and doc[end - 1].lower_ in self.adverbs:
                        end -= 1
                    if end > 1 and doc[end - 1].lower_ == "yang" and words[0] != "yang":
                        end -= 1 + (doc[end - 2].text == ",")  # "Siti, yang kini dipercaya menjadi Ketua ..."
                    elif end < adverbs and end > 1 and doc[end - 1].text == ",":
                        end -= 1  # "Budi, saat ini menjabat Inspektur X, ...": adverbs after the name's comma
                break
        else:
            end, degreed = self._past_degrees(doc, end)  # "Masrukin, S.Sos., M.Si Penjabat Bupati ..."
            if not degreed and end - 1 >= 0 and doc[end - 1].text in CLAUSE_MARKS:
                end = _past_age(doc, end - 1)  # "Sutrisno (54), Kepala Desa ...", "Sutrisno – Kepala Desa ... –"
            elif not degreed:
                bare = True  # right before the title: only a speaker ("ujar Asnawi Ketua ...")
        if not bare:
            end = self._past_called(doc, end)  # "Budi Santoso, yang akrab disapa Pak Bud, selaku ..."
        j = end

        def ok(k: int) -> bool:
            return k not in inside and self._name_like(doc[k])

        def initial(k: int) -> bool:  # "Katma F. Dirun": a middle initial between two words of the name
            return k > 0 and k < end - 1 and bool(_MIDDLE_INITIAL.match(doc[k].text)) and ok(k - 1)

        quoted = 0  # the tokens of a nickname in quotes inside the name ('Rudy "Ucok" Gunawan selaku ...')
        while j > 0 and end - j - quoted < NAME_MAX and not doc[j - 1].is_sent_start:
            if ok(j - 1) or initial(j - 1) or j > 1 and j < end and self._hyphened(doc, j - 1):  # "Nur-Alam Syah, ..."
                j -= 1
            elif j < end and (opening := next((k for k in (j - 3, j - 4) if k > 0 and self._nickname(doc, k) == j - k
                                               and ok(k - 1)), None)) is not None:
                j, quoted = opening, quoted + end - opening
            else:
                break
        if j > 0 and doc[j - 1].is_sent_start and ok(j - 1) and doc[j - 1].lower_ not in self.attribution:
            j -= 1
        if j < end and j > 0 and j - 1 not in inside and j - 1 not in ctx.extras and _INITIAL.match(doc[j - 1].text):
            j -= 1  # "Muh. Husni Ibrahim selaku ...", "A. Rahman, Ketua ...": an abbreviated first name opens it
        if j < end and (rank := next((ctx.extras[k] for k in range(max(0, j - 2), j)
                                      if k in ctx.extras and ctx.extras[k].end > j), None)) is not None:
            j = min(rank.end, end)  # "Irjen Pol Ahmad Luthfi selaku ...": a rank of two words, its second name-like
        if j < end and _fold(doc[j].text) in self.rank_suffixes and any(
                ctx.extras[k].end == j for k in range(max(0, j - 4), j) if k in ctx.extras):
            j += 1  # "Kolonel Inf Hendra Wahyudi selaku ...": the rank's corps, the rank opening the sentence
        honoured = j < end and j in ctx.extras
        if honoured:  # "Drs H Budi Santoso MM selaku ...", "Kolonel Inf Hendra ...": ranks and honorifics open it
            j = min(self._skip_extras(doc, j, ctx.extras), end)
        # "H. Amiruddin, Kepala Desa X", "oleh Hj. Rosmiati Kepala Desa X": an honorific or rank the loop stopped at
        # opens the name, which may then be one word (as the name of many Bugis and Makassar holders is)
        led = next((k for k in range(max(0, j - 3), j) if k in ctx.extras and ctx.extras[k].end == j), None) \
            if j < end and not honoured else None
        if end - j >= 2 and self._place_opens_name(ctx, j):
            j -= 1  # ", Bima Haria Wibisana (Plt. Kepala BKN)": a regency's name opens the person's, as after a title
        if end > j and j > 0 and (doc[j - 1].lower_ in self.attribution or j > 1 and doc[j - 1].lower_ in
                                  self.attribution_agents and doc[j - 2].lower_ in self.attribution):
            # '"...," ujar Asnawi Ketua Bawaslu Jambi', 'dikatakan oleh Harmono, Ketua ...': speaker, then office
            return self._personal(doc[j:end])
        if bare and end - j >= 2 and self._numbered_item(doc, j):
            return self._personal(doc[j:end])  # "10. Syahri Mulyo Bupati Tulungagung yang ...": a numbered item
        if bare:
            return self._personal(doc[j:end]) if self._bare_holder(ctx, j, end, led) else None
        # "Pak Arief (Ketua ...)": an honorific marks one word; so does a numbered list's item ("3. Kusnandir – ...")
        # "..., Nurhasni, Kepala BKD X, mengatakan": one word between commas before a title closed by one
        # ... or after a list's ", dan"/", serta" ("Budi, Kepala Dinas X, dan Nurhasni, Kepala BKD X, ..."); not a
        # place set off so ("Di Lombok Barat, Sekotong, Camat Gerung, mengatakan")
        listed = j > 1 and doc[j - 1].lower_ in {"dan", "serta"} and doc[j - 2].text == ","
        between = closed and not degreed and end > j and doc[end].text == "," and j > 0 and (
            doc[j - 1].text == "," or listed) and j not in ctx.place_tokens and district_end(doc, j) == j
        return self._personal(doc[j:end]) if end - j >= 2 or end > j and end < title_start and (
            degreed or alone or honoured or led is not None or between or self._numbered_item(doc, j)) else None

    def _reported_subject(self, doc: Doc, name: Span, role_end: int) -> bool:
        """Whether ``name``, set off by a comma after a sentence's opening attribution word ("Dikatakan Budi, ...",
        "Menurut Rina, ..."), is followed by an office running on into a predicate: the subject of what is
        reported ("Mendagri minta ...", "Gubernur juga meminta ..."), not the speaker's office."""
        k = name.start - 1
        if k > 0 and doc[k].lower_ in self.attribution_agents:
            k -= 1  # "Dikatakan oleh Budi, ..."
        if k < 0 or not doc[k].is_sent_start or doc[k].lower_ not in self.reported_openers or \
                doc[name.end].text != "," or role_end >= len(doc):
            return False
        after = doc[role_end]
        return after.is_lower and after.is_alpha and (after.text in self.reported_predicates or (
            after.text.startswith(self.reported_prefixes) and after.text not in self.reported_not_verbs))

    def _speaking_office(self, doc: Doc, roles: list[Span], name: Span) -> int | None:
        """The index of the holderless office that closes, after a speech verb, the sentence right before the one
        ``name`` opens as a speaker ('"...," kata Pj Bupati X. Dikatakan Budi, ...'): Budi is that office's holder."""
        sent = doc[name.start].sent
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        for k in range(len(roles) - 1, -1, -1):
            role = roles[k]
            if role.start < before.start:
                return None
            if role.label_ == "OFFICE" and role.id_ and role.end < sent.start and role.start > 0 and \
                    doc[role.start - 1].lower_ in self.attribution and \
                    all(t.is_punct or t.is_space for t in doc[role.end:sent.start]):
                return k
        return None

    def _described_before(self, doc: Doc, title_start: int) -> int | None:
        """Where a role no registry names opens, joined by one of `chain_links` to the office at ``title_start``,
        after the comma or apposition word that follows its holder ("Budi, Ketua Panitia sekaligus Sekda X", "Budi
        selaku Pengawas Forum X yang juga Sekda Y"); not a deed done at once ("Budi, membuka acara sekaligus ...")."""
        link = next((len(w) for w in self.chain_links if _ends_with(doc, title_start, w)), 0)
        if not link or doc[title_start - link - 1].text == ",":
            return None  # "Ketua Relawan X, Sahril, yang juga Kepala Desa Y": the holder is apposed right before
        for k in range(title_start - link - 1, max(title_start - link - 1 - self.chain_role_max, 0), -1):
            if doc[k].is_sent_start or doc[k].text in QUOTES or doc[k].text in ROLE_BREAKS:
                return None
            if doc[k - 1].text == "," or doc[k - 1].lower_ in self.apposition_alone:
                return None if doc[k].is_lower and doc[k].lower_.startswith(self.chain_deeds) else k
        return None

    def _bare_holder(self, ctx: _Context, j: int, end: int, led: int | None) -> bool:
        """Whether the words ``j:end`` right before a title with no comma name its holder ("dibuka oleh Budi Santoso
        Ketua Bawaslu X"): two words or more, after a sentence's start or one of `bare_name_openers`, each a proper
        name the story never lowers, no common word ("Padahal Budi Santoso Bupati ...") and no place's word
        (not "Kecamatan Cibinong Camat ..."). An honorific or rank opening them at ``led`` ("oleh H. Amiruddin
        Kepala Desa X") stands where the opener is looked for, and one word after it is enough."""
        doc = ctx.doc
        first = j if led is None else led
        if end - j < (2 if led is None else 1) or not (doc[first].is_sent_start
                                                       or doc[first - 1].text in self.bare_name_openers):
            return False
        return all(self._proper(ctx, doc[k]) and not doc[k].is_stop and k not in ctx.place_tokens
                   for k in range(j, end))

    def _past_degrees(self, doc: Doc, end: int) -> tuple[int, bool]:
        """Where a name ends before the degrees written after it ("Masrukin, S.Sos., M.Si"), and whether any."""
        k = end
        while k > 0 and (self._degree(doc[k - 1].text) or doc[k - 1].text in {",", "."}):
            k -= 1
        return (k, True) if any(self._degree(t.text) for t in doc[k:end]) else (end, False)

    def _place_opens_name(self, ctx: _Context, j: int) -> bool:
        """Whether the word before ``j``, a name going on from it, is a regency's or city's one-word name that
        opens the person's ("Bima Haria Wibisana"): a place alone, nothing name-like or an institution before it."""
        doc, k = ctx.doc, j - 1
        place = ctx.places.get(k)
        if place is None or place.end != j or k in ctx.ents or self.regions[place.id_].level == "provinsi" \
                or not self._name_like(doc[k]):
            return False
        return k == 0 or doc[k].is_sent_start or doc[k - 1].text in {",", ";", "(", "dan"} or doc[k - 1].is_lower

    @staticmethod
    def _numbered_item(doc: Doc, j: int) -> bool:
        """Whether ``j`` opens an item of a numbered list ("10. ", "2) "). Digits only, unlike a sentence's list
        label (segmenter.list_number): a letter and a full stop before a name are its initial ("A. Budi")."""
        return j >= 2 and doc[j - 1].text in {".", ")"} and doc[j - 2].text.isdigit() and len(doc[j - 2]) <= 2

    def _record(self, officials: list[OfficialRecord], name: Span, role: str, agency: str) -> OfficialRecord:
        words = list(name)
        if any(t.text in QUOTES for t in name):  # 'Rudy "Ucok" Gunawan' is Rudy Gunawan
            quoted = {k: self._nickname(name.doc, k) for k in range(name.start, name.end)}
            words = [t for t in name if not any(k <= t.i < k + n for k, n in quoted.items())]
        toks = tuple(t.lower_ for t in words if _fold(t.text) not in self.drop)
        text = name.text if len(words) == len(name) else "".join(t.text_with_ws for t in words[:-1]) + words[-1].text
        return record(officials, text, toks, role, agency, self._nick_after(name))

    def _nick_after(self, name: Span) -> tuple[str, ...]:
        """The short name a reporter gives in brackets right after a full one ("Presiden Joko Widodo (Jokowi)",
        "Hevearita Gunaryanti Rahayu (Mbak Ita)"): one or two title-case words, honorifics dropped, so that a later
        "Presiden Jokowi" is the same official. An acronym in capitals ("(GP)") is left alone."""
        doc, k = name.doc, name.end
        if k < len(doc) and doc[k].text != "(":
            return self._called_nick(doc, k)
        if k + 2 >= len(doc) or doc[k].text != "(":
            return ()
        shut = next((j for j in (k + 2, k + 3) if j < len(doc) and doc[j].text == ")"), None)
        if shut is None or not all(t.is_alpha and t.is_title for t in doc[k + 1:shut]):
            return ()
        return tuple(t.lower_ for t in doc[k + 1:shut] if _fold(t.text) not in self.drop)

    def _called_nick(self, doc: Doc, k: int) -> tuple[str, ...]:
        """The name a holder goes by, given by `called` right after his name ("Hevearita Gunaryanti Rahayu, yang akrab
        disapa Mbak Ita, ...", "Indah Wahyuni atau yang biasa dipanggil Yuyun ..."): its title-case words, lower-cased,
        so that a later "ujar Mbak Ita" is the same official."""
        k += k < len(doc) and doc[k].text == ","
        k += k < len(doc) and doc[k].lower_ == "atau"
        if k >= len(doc) or doc[k].lower_ not in self._called_first or (
                start := _phrase_end(doc, k, self._called_by_first)) is None:
            return ()
        end = start
        while end < len(doc) and end - start < NICK_MAX and doc[end].is_alpha and doc[end].is_title:
            end += 1
        return tuple(t.lower_ for t in doc[start:end] if _fold(t.text) not in self.drop)

    def _references(self, ctx: _Context, officials: list[OfficialRecord], named: list[Span]) -> list[Span]:
        """Short references ("kata Anas", "ujar Andi Ridwan") to officials already named."""
        if not officials:
            return []
        doc = ctx.doc
        strings = doc.vocab.strings
        # sorted and unique for _positions: a set of a few dozen hashes sorted in Python costs less than numpy.unique
        vocab = numpy.array(sorted({strings[t] for rec in officials for t in rec.tokens + rec.nick}), dtype="uint64")
        taken = {i for s in named for i in range(s.start, s.end)}
        lower_ids = ctx.lower_ids  # read once per document, shared with the other passes
        # the words of the officials' names written in title case outside the names given, found on the hashes
        hits = [k for k in _positions(lower_ids, vocab) if k not in taken and doc[k].is_title]
        out = []
        for i, j in _runs(hits):
            toks = tuple(strings[h] for h in lower_ids[i:j].tolist())
            rec = next((r for r in reversed(officials) if r.matches(toks)), None)
            if rec is not None:
                span = Span(doc, i, j, label="PER_REF")
                span._.official = rec
                out.append(span)
        return out


def _positions(words: numpy.ndarray, hashes: numpy.ndarray) -> list[int]:
    """Where ``words`` (hashes) are one of ``hashes`` (sorted, unique), ascending: as ``numpy.isin``, which is
    several times slower on a document and a few dozen hashes. A word past the last hash is compared with the last
    one (clipped in place: a boolean mask and its assignment cost more)."""
    if not len(hashes):
        return []
    at = numpy.searchsorted(hashes, words)
    numpy.minimum(at, len(hashes) - 1, out=at)
    return numpy.flatnonzero(hashes[at] == words).tolist()


def _runs(positions: list[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive ``positions`` (ascending)."""
    start = prev = None
    for k in positions:
        if prev is None or k != prev + 1:
            if start is not None:
                yield start, prev + 1
            start = k
        prev = k
    if start is not None:
        yield start, prev + 1


def record(officials: list[OfficialRecord], name: str, toks: tuple[str, ...], role: str | None,
           agency: str | None, nick: tuple[str, ...] = ()) -> OfficialRecord:
    """The official these name tokens belong to (added when new); the fuller name is kept. A fuller name adding a
    given name to an official of another institution is another person, each named with their own office ("Bupati
    Pati Haryanto" and "Kapolres Pati AKBP Budi Haryanto")."""
    for rec in officials:
        if agency and rec.agency and agency != rec.agency and _another_given_name(rec.tokens, toks):
            continue
        # "Joko Widodo (Jokowi)" after "Presiden Jokowi": the full name of the official known by the short one
        if rec.matches(toks) or _in_order(rec.tokens, toks) or nick and rec.tokens == nick:
            if len(toks) > len(rec.tokens):
                rec.name, rec.tokens = name, toks
            rec.nick = rec.nick or nick
            return rec
    for rec in officials:  # "Bupati Giri Prasata" after "I Nyoman Giri Prasta": one person, a typo
        if _misspelt(toks, rec.tokens) or _misspelt(rec.tokens, toks):
            if len(toks) > len(rec.tokens):
                rec.name, rec.tokens = name, toks
            return rec
    # "Pj Bupati M Arief" after "Mohamad Arief Irwanto": a given name cut to its initial; "Oder Maks" after "Odermaks
    # Sombu": one name written in two words
    for rec in officials:
        if not (agency and rec.agency and agency != rec.agency) and (
                _initialled(toks, rec.tokens) or _initialled(rec.tokens, toks) or _rejoined(toks, rec.tokens)):
            if len(toks) > len(rec.tokens) or len(toks) == len(rec.tokens) and len(name) > len(rec.name):
                rec.name, rec.tokens = name, toks
            return rec
    rec = OfficialRecord(name, role, agency, toks, nick)
    officials.append(rec)
    return rec


def _another_given_name(known: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """Whether ``toks`` is ``known`` with a whole given name before it ("budi haryanto" of "haryanto"), not an
    initial ("r. sabrina")."""
    extra = len(toks) - len(known)
    return extra > 0 and toks[extra:] == known and all(len(t) > 2 and t.isalpha() for t in toks[:extra])


def _misspelt(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is part of ``full`` in order with one word misspelt by one letter ("giri prasata" in "i nyoman
    giri prasta", "lijadnyana" in "ketut lihadnyana"): a reporter's typo, not another person. The misspelt word is
    long (five letters beside a word written the same, eight alone), so that "Rahmat" stays apart from "Rahman"."""
    if not short or len(short) > len(full):
        return False
    # cheap refusals first (most pairs are two people): a lone word must be the long misspelt one, and of several
    # words all but the misspelt one are in ``full`` as written
    if len(short) == 1:
        if len(short[0]) < 8:
            return False
    elif sum(word not in full for word in short) > 1:
        return False
    near, k = None, 0
    for word in short:
        while k < len(full) and full[k] != word and not (near is None and _one_letter(word, full[k])):
            k += 1
        if k == len(full):
            return False
        if full[k] != word:
            near = word
        k += 1
    return near is not None and len(near) >= (5 if len(short) > 1 else 8)


def _initialled(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is part of ``full`` in order with one or more words cut to their initial ("m arief" in
    "mohamad arief irwanto", "r. gani muhamad" of "raden gani muhamad"): reporters shorten a given name so on its
    second mention; an initial with or without its full stop is the same ("a." and "a"). At least one word is
    written out, so that two initials alone ("a h") match nobody."""
    if len(short) > len(full) or not any(len(word.rstrip(".")) > 1 for word in short):
        return False
    k, cut = 0, False
    for word in short:
        letter = word.rstrip(".")
        initial = len(letter) == 1 and letter.isalpha()
        while k < len(full) and full[k].rstrip(".") != letter and not (
                initial and len(full[k].rstrip(".")) > 1 and full[k][0] == letter):
            k += 1
        if k == len(full):
            return False
        cut = cut or full[k] != word
        k += 1
    return cut


def _rejoined(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether a run of words of one name, written together, is a run of the other's written apart ("oder maks" and
    "odermaks sombu", "nurhayati" and "nur hayati saleh"): compound given names are spelt both ways."""
    for short, full in ((a, b), (b, a)):
        joined = "".join(short)
        if len(joined) < 6:
            continue
        for start in range(len(full)):
            run = ""
            for end in range(start, len(full)):
                run += full[end]
                if len(run) >= len(joined):
                    if run == joined and end + 1 - start != len(short):
                        return True
                    break
    return False


def _one_letter(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter left out, added or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


class _Latest:
    """The latest year a story writes, read on first use (few stories write a term of office)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._year: int | None = None
        self._read = False

    @property
    def year(self) -> int | None:
        if not self._read:
            self._read = True
            years = [int(w) for w in _YEAR.findall(self.doc._.text)]
            self._year = max(years) if years else None
        return self._year


class _Context:
    """What the name finders of one document share."""

    def __init__(self, doc: Doc, ents: dict[int, Span], places: dict[int, Span], extras: dict[int, Span],
                 taken: set[int], title_starts: set[int], head_ends: dict[int, int]) -> None:
        self.doc = doc
        self.title_starts = title_starts  # where a title begins: a title's own name never runs into one
        self.ents = ents
        self.places = places
        self.extras = extras
        self.place_tokens = _place_tokens(places)
        self.taken = taken | self.place_tokens  # tokens of institutions, places and titles: never part of a name
        self.ents_end = {e.end - 1 for e in ents.values()}  # last tokens of institutions
        self.named: set[int] = set()  # tokens of names already given to a title
        self.swallowed: set[int] = set()  # starts of institutions read inside an office's title, which names its own
        self.head_ends = head_ends  # end -> start of each head title ("Sekretaris" of "Sekretaris Camat")

    def free(self, name: Span) -> bool:
        """Whether no word of ``name`` belongs to an institution, a place or a title, or to a name given."""
        words = range(name.start, name.end)
        return self.taken.isdisjoint(words) and self.named.isdisjoint(words)

    @cached_property
    def story_region(self) -> Region | None:
        """The region the story is about (found once, when an office needs it)."""
        return story_region([(e.start, e.end, e.id_) for e in self.doc.ents], self.places, self.doc._.link_tokens)

    @cached_property
    def main_institution(self) -> str | None:
        """The institution the story names most often (the first of equals): the one a unit's head serves
        when the story names the unit alone ("Kepala Divisi Administrasi Mutia ..." in a story on a Kanwil)."""
        counts = Counter(e.id_ for e in self.ents.values() if e.id_)
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def after_extras(self) -> set[int]:
        """Where a word follows a rank, an honorific or a degree (and its stop): a name's place (read once)."""
        return {_past_stray_stop(self.doc, e.end) for e in self.extras.values()}

    @cached_property
    def words(self) -> numpy.ndarray:
        """Every word's form, lower-case form (as hashes) and whether it is in lower case, one row each (read
        once for the passes below: reading the tokens costs, not the number of attributes read)."""
        return numpy.ascontiguousarray(self.doc.to_array([ORTH, LOWER, IS_LOWER]).T)

    @property
    def orth_ids(self) -> numpy.ndarray:
        """Every word as written, as hashes."""
        return self.words[0]

    @property
    def lower_ids(self) -> numpy.ndarray:
        """The lower-case form of every word, as hashes (for the passes that look words up)."""
        return self.words[1]

    @cached_property
    def lowered(self) -> set[int]:
        """The words the story writes in lower case somewhere, as hashes (read once, when a name needs it). The
        set is built from the hashes as they come: sorting them first with numpy.unique took twice as long."""
        orth, is_lower = self.words[0], self.words[2]
        return set(orth[is_lower != 0].tolist())


def _phrase_end(doc: Doc, i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int | None:
    """Where the first of the phrases (by first word, see `by_first`; kept longest first) that starts at ``i``
    ends, if one does."""
    if i >= len(doc):
        return None
    return next((i + len(w) for w in phrases.get(doc[i].lower_, ()) if _ends_with(doc, i + len(w), w)), None)


def _ends_with(doc: Doc, end: int, words: tuple[str, ...]) -> bool:
    """Whether the words right before ``end``, in lower case, are ``words``. Word by word, stopping at the first
    that differs: building the span and a tuple of its words cost more than the few words compared."""
    k = end - len(words)
    if k < 0:
        return False
    if end > len(doc):  # the words run past the document's end (a span there would stop short of them)
        return not words
    for word in words:
        if doc[k].lower_ != word:
            return False
        k += 1
    return True


def _past_age(doc: Doc, end: int) -> int:
    """Where a name ends before the holder's age in brackets after it ("Sutrisno (54), Kepala Desa ...")."""
    if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and doc[end - 2].is_digit \
            and len(doc[end - 2]) == 2:
        return end - 3
    return end


def _age_after(doc: Doc, k: int) -> int:
    """Where the words go on after the holder's age in brackets at ``k`` ("Parmin (52), ..."), else ``k``."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_digit \
            and len(doc[k + 1]) == 2:
        return k + 3
    return k


def _before_brackets(doc: Doc, i: int) -> int:
    """Where a short bracketed group ending right before ``i`` begins ("Gubernur (Pilgub) dan"), else ``i``."""
    if i >= 3 and doc[i - 1].text == ")":
        for k in range(i - 2, max(i - 5, 0), -1):
            if doc[k].text == "(":
                return k
    return i


def _before_region(doc: Doc, i: int, places: dict[int, Span]) -> int:
    """Where the shortest region of up to four words ending right before ``i`` begins ("Bupati Dompu serta"),
    else ``i``."""
    return next((k for k in range(i - 1, max(i - 5, -1), -1) if k in places and places[k].end == i), i)


def _past_stray_stop(doc: Doc, i: int) -> int:
    """Past a stray full stop after a rank or its corps, before what goes on ("Kapten Inf. Legimin")."""
    return i + 1 if i + 1 < len(doc) and doc[i].text == "." and (doc[i + 1].text[:1].isupper()
                                                                 or doc[i + 1].text == "(") else i


def _alternative(doc: Doc, ent: Span, ents: dict[int, Span]) -> Span:
    """The institution's other name after "atau", which often carries the region:
    "Badan Pengawas Pemilu atau Bawaslu Kabupaten Gunung Mas"."""
    while ent.end + 1 < len(doc) and doc[ent.end].lower_ == "atau" and ent.end + 1 in ents:
        ent = ents[ent.end + 1]
    return ent


def _lede(titles: Iterable[str]) -> list[str]:
    """Titles as a story's first words write them, the first word in capitals ("MENTERI Keuangan Sri ...",
    "BUPATI Tanjung Jabung Barat ..."), and as government pages print a title whole in capitals ("WALI KOTA
    BANDUNG", "KEPALA DINAS PENDIDIKAN")."""
    out = []
    for t in titles:
        first, _, rest = t.partition(" ")
        if first.istitle() and len(first) > 2:
            out.append(f"{first.upper()} {rest}".rstrip())
            if rest:
                out.append(t.upper())
    return out


def _lowered_head(titles: Iterable[str]) -> list[str]:
    """Titles with their first word in lower case and the rest as written ("menteri Agama RI Gus Yaqut",
    "menteri Dalam Negeri"): the capitals of the rest still name the one office. A minister's title spelt out
    with the ministry's name is also read all in lower case, as reporters write it inside a sentence ("edaran
    menteri dalam negeri"): after "menteri" the ministry's name can name nothing else."""
    out = []
    for t in titles:
        first, _, rest = t.partition(" ")
        if first.istitle() and rest and rest[:1].isupper():
            out.append(f"{first.lower()} {rest}")
            if t.lower().startswith(MINISTER_TITLES):
                out.append(t.lower())
    return out


def _place_tokens(places: dict[int, Span]) -> set[int]:
    return {i for s in places.values() for i in range(s.start, s.end)}


def _acronym(word: str) -> bool:
    """A unit's acronym, digits allowed ("BKPSDM", "DP3AKB", "P2TP2A")."""
    return 2 <= len(word) <= 8 and word.isalnum() and word.isupper() and sum(c.isalpha() for c in word) >= 2


def _fold(word: str) -> str:
    return word.casefold().rstrip(".")


def _unquoted(word: str) -> str:
    """A name's word folded without its apostrophes, as outlets drop them ("Hasyim Asyari", "Hasyim Asy'ari")."""
    return _fold(word).replace("'", "").replace("’", "")


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` spells letters of ``words`` in order from a word's start ("mahulu": Mahakam Ulu,
    "disdik": Dinas Pendidikan); a person's name rarely does."""
    for k, word in enumerate(words):
        if word[:1] != short[:1]:
            continue
        rest = iter("".join(words[k:]))
        if all(c in rest for c in short):
            return True
    return False


_PAREN = re.compile(r"\s*\([^)]*\)")
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")
_GLUED_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}[A-Z][a-z]{2,}")
_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
_INITIAL = re.compile(r"^(?:[A-Z][a-z]{0,3}\.|[A-Z]{2}\.|(?:[A-Z]\.){2,3})$")  # "A.", "Moch.", "K.A.", "RM."
# initials inside a name with no closing stop ("Iskandar H.S Pakaya"): only after the name's first word, so that
# "Bawaslu R.I" opens no name
_INNER_INITIALS = re.compile(r"^[A-Z](?:\.[A-Z]){1,2}$")
_MIDDLE_INITIAL = re.compile(r"^[A-Z]\.?$")  # "F.", "L"
_SPACED_INITIAL = re.compile(r"^[A-Z]\.$")  # one of initials spaced apart: "Y. M. R. Lerik"


def _role(span: Span) -> str:
    """The office as written, without bracketed acronyms: "Penjabat (Pj) Gubernur" -> "Penjabat Gubernur".
    Spaces are collapsed by split and join (the same whitespace as ``\\s``; the ends go with the strip), and the
    bracket pattern is tried only on a text with a bracket: most titles have none."""
    text = span.text
    if "(" in text:
        text = _PAREN.sub("", text)
    return " ".join(text.split()).strip(" ,")


@Language.factory("pantau_officials_v1", requires=["doc.ents", "doc.spans"], assigns=["doc.spans", "doc._.officials"])
def make_officials(nlp: Language, name: str) -> Officials:
    return Officials(nlp)


def _alone_on_line(doc: Doc, role_start: int, role_end: int, name: Span, ordinary: set[int] | None = None) -> bool:
    """Whether a title and its holder close their line but for marks and words in brackets ("Kepala BKD X Budi
    (kanan)", "Budi, Sekda X", "Sambutan Ketua KPU X Rina"), or before a joiner to the next pair ("... Budi dan
    Kapolres X Joko"), or the title closes its line and the holder opens the next ("Menurut Ketua Bawaslu
    X\nBudi, ..."): a caption or a list's line; a headline goes on after the holder with what was done ("Bupati X
    Budi Minta ASN Netral"). A pipe closes the line ("Bupati X Budi | Humas"). Words in ``ordinary`` (those the
    story writes in lower case) may follow the holder in title case ("Budi Memberi Sambutan")."""
    end = max(role_end, name.end)
    if name.start >= role_end and "\n" in doc[role_end:name.start].text:
        end = role_end
    k, depth = end, 0
    while k < len(doc) and "\n" not in doc[k].text and doc[k].text != "|":  # a pipe closes a caption before its credit
        depth += doc[k].text == "("
        depth -= doc[k].text == ")"
        if depth <= 0 and doc[k].is_alpha:
            if doc[k].lower_ in LINE_JOINERS:
                return True  # "Bupati X Budi dan Kapolres X Joko": the next pair follows
            if not (ordinary and doc[k].lower in ordinary):
                return False
        k += 1
    return True


def _signed_line_end(doc: Doc, start: int) -> int | None:
    """The line break closing a line that holds only a signature's mark ("ttd.", "(ttd)", "dto") from ``start``,
    the line between a circular's signing office and its holder's name; else None."""
    k, marked = start, False
    while k < len(doc) and k - start < 4 and "\n" not in doc[k].text:
        if any(c.isalpha() for c in doc[k].text):  # "ttd." may be one token
            if marked or doc[k].lower_.rstrip(".") not in SIGNED:
                return None
            marked = True
        k += 1
    return k if marked and k + 1 < len(doc) and "\n" in doc[k].text else None


def _opens_line(doc: Doc, start: int) -> bool:
    """Whether only marks, or a label closed by a colon ("Hadir:", "Foto:"), stand before ``start`` on its line."""
    k = start - 1
    while k >= 0 and "\n" not in doc[k].text:
        if doc[k].is_alpha:
            return k + 1 < start and doc[k + 1].text == ":"
        k -= 1
    return True


def _hyphen_joined(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is the hyphen of a word written twice ("Jua-jua", "Kuta-Kuta"), its last syllables
    repeated ("Manembo-Nembo"), or the word's second half: a place written so is one name, not a place and a name
    after a dash ("Lurah Sukamaju-Budi")."""
    k = j if doc[j].text == "-" else j - 1
    if not (_glued_hyphen(doc, k) and doc[k - 1].is_alpha):
        return False
    first, second = doc[k - 1].lower_, doc[k + 1].lower_
    return first == second or len(second) >= 3 and first.endswith(second)


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen glued to the words on both sides of it ("Al-Habsyi", "Jua-jua")."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
