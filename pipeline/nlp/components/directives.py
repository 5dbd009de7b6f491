"""Directives: sentences that instruct civil servants, by kind, with actor, target and content.

A cue word gives the kind ("dilarang", "wajib", "boleh", "diimbau", "sanksi"). The sentence is a
directive to civil servants when the cue's addressee is one: the object of an active verb
("meminta ASN", not "meminta masyarakat"), else the subject of the clause ("ASN dilarang", not
"Bawaslu diminta"). A cue with no addressee of its own ("Jangan like ...", "Sanksinya ...")
inherits one from its paragraph or the two sentences before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ...records import Directive
from ..extensions import register
from ..legal import legal_bases
from ..registry import registry
from ..resources import load
from ..termspans import TermGroups, TermMatcher, by_first
from .segmenter import CLOSERS, list_number, sentences

T = TypeVar("T")
ACCEPT, REJECT, UNKNOWN = "accept", "reject", "unknown"
NOBODY = "nobody"  # an event or a state heads the clause ("Pilkada harus damai"): no one addressed, no one else either
LOCAL = "local"  # no addressee of its own clause: accepted only with one named near the cue
VOTER = "voter"  # a voter's duty banned with no addressee ("Jangan golput"): accepted only after servants asked to vote
RANK = {ACCEPT: 3, UNKNOWN: 2, LOCAL: 1, VOTER: 1, REJECT: 0, NOBODY: 0}  # the best status of a kind's cues wins
ADDRESSEES = {"cs", "vcs"}  # civil servants; village heads where the article addresses civil servants
ACTING_HEADS = "Pj kepala daerah"  # the id_ (targets.yaml name) of the acting regional heads among civil servants
COORDINATORS = {"dan", "serta", "tetapi", "namun", "sedangkan", "sementara"}
LIST_JOINERS = {"dan", "serta", "maupun", "atau"}  # "TNI, Polri, maupun ASN"
CHAIN_LINKS = LIST_JOINERS | {",", "-", "/"}  # between addressees of a list ("TNI-Polri", "ASN/PNS")
STILL = {"tetap", "juga", "pun", "memang"}  # adverbs between a subject and its modal ("netralitas tetap harus")
CONTEXT_BACK = 2
LISTED_ACT_REACH = 16  # words back from a verb of asking to the listing word whose examples it may close
QUOTES = {"“", '"', "”", "‘", "’"}
CLOSING = {'"', "”", "’"}
SENTENCE_ENDS = {".", "!", "?"} | CLOSING
WORD_MARKS = {"(", ")", "/", "-"}  # marks inside or round a word ("pelanggaran-pelanggaran", "ASN/PNS"): no clause ends
CLAUSE_LINKS = {"bahwa", "agar", "supaya", "sehingga", "maka"}
HARD_BOUNDARIES = {";", ":", "“", "”", ".", "!", "?"}  # a full stop inside a sentence: "POLRI. mereka ..."


RULES = {"prohibition", "obligation", "permission"}  # the modal kinds: what may, must or must not be done
LISTED = {"cs", "co"}  # civil servants and the forces named with them ("ASN, TNI dan Polri"): one subject when listed
CONDUCT_RULES = {"prohibition", "obligation"}  # conduct forbidden or required; leave has its own possessor rule


class _Term(NamedTuple):
    """A matched phrase (a cue, a target, an opener ...) as the rules read it: a ``Span`` costs more to make than
    the matching, and the rules read only these four (its text through ``Directives._lower``)."""

    label_: str
    id_: str
    start: int
    end: int


class _Words(dict):
    """A word's text, lower case, punctuation flag and whether a per-document scan looks for it (its lower case
    in ``sought`` or opening with one of ``prefixes``), by its ORTH hash, read from its lexeme once (string and
    attribute lookups are slow when done per token)."""

    def __init__(self, vocab: Vocab, sought: frozenset[str], prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self._vocab = vocab
        self._sought = sought
        self._prefixes = prefixes

    def __missing__(self, orth: int) -> tuple[str, str, bool, bool]:
        lex = self._vocab[orth]
        low = lex.lower_
        value = self[orth] = (lex.orth_, low, lex.is_punct, low in self._sought or low.startswith(self._prefixes))
        return value


class Directives:
    def __init__(self, nlp: Language) -> None:
        register()
        cues = load("directives")
        targets = load("targets")
        self.reg = registry()
        self.cues = TermMatcher(nlp, exact_max=0)
        self.active: set[str] = set()
        for kind, spec in cues["kinds"].items():
            self.cues.add(kind, kind, spec["cues"])
            self.active |= {a.casefold() for a in spec.get("active") or []}
        spec = cues["leave_adverbs"]  # "ASN bisa langsung mengakses ...", "dapat pula hadir": the leave past an adverb
        leave = (c.partition(" ") for c in cues["kinds"]["permission"]["cues"])
        self.cues.add("permission", "permission", [f"{modal} {adverb} {rest}" for modal, _, rest in leave
                                                   if modal in spec["modals"] and rest for adverb in spec["adverbs"]])
        self.cues.add("sanction", "sanction", cues["hesitation"]["cues"])
        self.hesitation = set(cues["hesitation"]["cues"])
        spec = cues["forwarded_servants"]  # "Bawaslu melaporkan dua PNS ke BKN": a case sent for a penalty
        self.cues.add("sanction", "sanction", spec["verbs"])
        self.forwarding_verbs = set(spec["verbs"])
        self.forwarded_to = set(spec["to"])
        self.forwarded_bodies = set(spec["bodies"])
        self.forwarded_reach = int(spec["reach"])
        spec = cues["commission_recommendations"]  # "KASN telah merekomendasikan ...", "mendapat rekomendasi dari KASN"
        doers = spec["names"] + [f"{n} {a}" for n in spec["names"] for a in spec["adverbs"]]
        self.cues.add("sanction", "sanction", [f"{d} {v}" for d in doers for v in spec["verbs"]]
                      + [f"{r} {n}" for r in spec["receivers"] for n in spec["names"]])
        needless = [f"{n} {t}" for n in cues["needless"]["negators"] for t in cues["needless"]["tails"]]
        self.cues.add("prohibition", "prohibition", needless)
        self.needless = {c.casefold() for c in needless}
        refused = cues["refused_abilities"]  # "tidak bisa berkampanye", "tak dapat menjadi pengurus partai"
        refusals = {f"{n} {m} {c}": c in refused["loose"].get(m, ()) for n in refused["negators"]
                    for m in refused["modals"] for c in refused["conducts"]}
        self.cues.add("prohibition", "prohibition", list(refusals))
        spec = cues["refused_leave"]  # "tidak akan diizinkan", "tak akan mengizinkan ASN ...", "tidaklah boleh"
        negators = spec["negators"] + spec["spoken"]  # "gak akan diizinkan"; spoken ones also right before it
        openers = [f"{n} {a}" for n in negators for a in spec["adverbs"]] + spec["fused"] + spec["spoken"]
        granting = [f"{o} {c}" for o in openers for c in spec["granting"]]
        self.cues.add("prohibition", "prohibition", [f"{o} {c}" for o in openers for c in spec["leave"]] + granting)
        self.active |= {c.casefold() for c in granting}
        banning = [f"{o} {b}" for o in openers for b in spec["banning"]]  # "tidak akan melarang ASN hadir": leave
        self.cues.add("permission", "permission", [f"{o} {b}" for o in openers for b in spec["bans"]] + banning)
        self.active |= {c.casefold() for c in banning}
        spec = cues["ad_hoc_service"]  # "ASN dapat mendaftarkan diri sebagai anggota PPS", "PNS bisa menjadi KPPS"
        served = [f"{m} {v} {r}" for m in spec["modals"] for v in spec["verbs"] for r in spec["roles"]]
        registered = [f"{m} {v} {c}" for m in spec["modals"] for v in spec["registering"] for c in spec["candidacies"]]
        self.cues.add("permission", "permission", served + registered)
        spec = cues["held_chances"]  # "ASN punya kesempatan mendengar visi misi calon"
        self.cues.add("permission", "permission",
                      [f"{h} {k} {c}" for h in spec["holders"] for k in spec["links"] for c in spec["conducts"]])
        self.chances_for = {f"{e} {f}" for e in spec["existing"] for f in spec["for"]}  # "ada kesempatan bagi"
        self.cues.add("permission", "permission", sorted(self.chances_for))
        self.chance_conducts = set(spec["conducts"])
        self.chance_then = set(spec["then"])
        self.chance_skip = int(spec["skip"])
        spec = cues["denied_rule_pairs"]  # "tidak ada pasal yang melarang", "... regulasi atau aturan yang melarang"
        pairs = [f"{d} {a} {j} {b} yang melarang" for d in spec["denials"] for a in spec["paired"]
                 for j in spec["joiners"] for b in spec["paired"] if a != b] + \
            [f"{d} {a} yang melarang" for d in spec["denials"] for a in spec["nouns"]]
        self.cues.add("permission", "permission", pairs)
        self.active |= set(pairs)
        spec = cues["denied_incapacities"]  # "bukan berarti ASN tidak bisa memilih"
        self.incapacities = {f"{n} {m} {c}" for n in spec["negators"] for m in spec["modals"] for c in spec["conducts"]}
        self.cues.add("prohibition", "prohibition", sorted(self.incapacities))
        spec = cues["warning_only"]  # "jangan coba-coba jika tidak ingin disanksi": a threat, no ban
        self.bare_warning_words = set(spec["words"])
        self.bare_warning_openers = set(spec["openers"])
        spec = cues["ruled_by_law"]  # "Kalau aturan boleh, silakan": leave as the law has it, none given
        self.law_openers = set(spec["openers"])
        self.law_rules = set(spec["rules"])
        self.law_links = set(spec["links"])
        spec = cues["harmless_leave"]  # "kehadiran PNS di kampanye tidak melanggar aturan"
        self.harmless_leave = {f"{n} {v} {r}" for n in spec["negators"] for v in spec["verbs"] for r in spec["rules"]}
        self.cues.add("permission", "permission", sorted(self.harmless_leave))
        self.harmless_blockers = set(spec["blockers"])
        self.harmless_reach = spec["reach"]
        spec = cues["ballot_leave"]  # "hanya dapat dilakukan di bilik suara", "bisa disampaikan saat pencoblosan"
        self.cues.add("permission", "permission",
                      [f"{m} {v} {p}" for m in spec["modals"] for v in spec["voiced"] + spec["verbs"]
                       for p in spec["booths"]]
                      + [f"{m} {v} {p}" for m in spec["modals"] for v in spec["voiced"] for p in spec["moments"]])
        spec = cues["used_votes"]  # "hak pilih ASN tetap bisa digunakan di TPS"
        self.cues.add("permission", "permission", spec["cues"])
        self.used_votes = set(spec["cues"])
        self.votes = set(spec["votes"])
        self.vote_negators = set(spec["negators"])
        self.vote_reach = int(spec["reach"])
        self.hesitation_skip = set(cues["hesitation"]["skip"])
        conditional = cues["conditional_sanctions"]
        spec = cues["doer_penalties"]  # "saya akan tindak"; "kami langsung tindak lanjuti" follows up
        doers = [f"{d} {a}" for d in spec["doers"] for a in spec["adverbs"]]
        self.cues.add("sanction", "sanction", [f"{d} {s}" for d in doers for s in spec["stems"]]
                      + [f"{s} {p}" for s in spec["stems"] if s not in spec["unparticled"] for p in spec["particles"]])
        follow_ups = [f"{d} {f}" for d in doers for f in spec["follow_ups"]]
        conditional = {**conditional, "cues": conditional["cues"] + follow_ups}
        self.cues.add("sanction", "sanction", conditional["cues"])
        undoubting = conditional["undoubting"]
        self.cues.add("sanction", "sanction", undoubting["cues"])
        self.undoubting = {c.casefold() for c in undoubting["cues"]}
        self.undoubting_skip = set(undoubting["skip"])
        self.undoubting_reach = int(undoubting["reach"])
        self.undoubted_acts = set(undoubting["acts"])
        self.conditional = {c.casefold() for c in conditional["cues"]} | self.undoubting
        self.if_words = set(conditional["openers"])
        self.future = set(conditional["future"])
        self.future_before = set(conditional["future_before"])
        self.future_reach = int(conditional["future_reach"])
        self.fault_nouns = set(conditional["fault_nouns"])
        self.every = set(conditional["every"])
        self.every_skip = set(conditional["every_skip"])
        self.report_calls = set(conditional["calls"])
        self.firm_acts = set(cues["firm_acts"])
        self.enforcing_servants = set(cues["enforcing_servants"])
        self.borne_consequences = set(conditional["borne"])
        self.forwarded = set(conditional["forwarded"])
        self.borne_future = self.future | set(conditional["borne_modals"])
        self.even_handed = [tuple(p.split()) for p in cues["even_handed"]["words"]]
        self.even_handed_skip = set(cues["even_handed"]["skip"])
        self.strict_pronouns = set(cues["strict_pronouns"]["words"])
        self.strict_pronoun_skip = set(cues["strict_pronouns"]["skip"])
        self.strict_listeners = set(cues["strict_pronouns"]["listeners"])
        self.warnings = set(cues["warnings"]["cues"])
        self.warning_words = set(cues["warnings"]["words"])
        cases = cues["processed_cases"]
        self.processing_active = set(cases["active"])
        self.processing = set(cases["cues"]) | self.processing_active
        self.case_nouns = set(cases["words"])
        self.case_reach = int(cases["reach"])
        self.guilt = set(cues["guilt"]["words"])
        self.guilt_openers = set(cues["guilt"]["openers"])
        self.strict = set(cues["strict"]) | {r for r, loose in refusals.items() if not loose} | self.harmless_leave
        plain = {c.casefold() for spec in cues["kinds"].values() for c in spec["cues"]}
        self.conditional_only = self.conditional - plain  # "tindakan": a penalty only as a consequence
        self.negators = set(cues["negators"])
        self.listed_negations = set(cues["listed_negations"])
        self.pledges = set(cues["pledges"])
        self.listed_requests = set(cues["listed_requests"])
        self.occasions = set(cues["occasions"])
        self.alleged = set(cues["alleged"]["words"])
        self.paired_requests = set(cues["paired_requests"])
        self.inclusive = set(cues["inclusive"]["cues"])
        self.asking_anew = set(cues["asking_anew"])
        self.enforcement_joiners = set(cues["enforcement_joined"]["joiners"])
        self.enforcement_stances = set(cues["enforcement_joined"]["stances"])
        self.supervising_acts = set(cues["enforcement_joined"]["supervising"])
        self.requested_abilities = set(cues["requested_abilities"])
        self.provisos = set(cues["provisos"]["words"])
        self.free_provisos = set(cues["provisos"]["free"])
        self.proviso_heads = set(cues["provisos"]["heads"])
        self.proviso_reach = int(cues["provisos"]["reach"])
        self.proviso_not_before = set(cues["provisos"]["not_before"])
        self.proviso_approvals = set(cues["provisos"]["approvals"])
        self.approval_leads = set(cues["provisos"]["approval_leads"])
        self.approval_passives = set(cues["provisos"]["approval_passives"])
        self.purpose_adverbs = set(cues["purpose_adverbs"])
        self.purpose_links = set(cues["purpose_links"]["words"])
        self.purpose_reach = int(cues["purpose_links"]["reach"])
        self.condition_closers = set(cues["condition_closers"])
        self.relative_markers = set(cues["relative_markers"])
        self.outsider_threats = set(cues["outsider_penalties"]["threats"])
        self.outsiders_penalised = set(cues["outsider_penalties"]["who"])
        self.forces = set(cues["outsider_penalties"]["forces"])
        self.post_words = set(cues["penalty_posts"]["words"])
        self.post_links = set(cues["penalty_posts"]["links"])
        self.post_reach = int(cues["penalty_posts"]["reach"])
        self.relative_reach = cues["relative_reach"]
        self.relative_reach_closed = cues["relative_reach_closed"]
        self.described_reach = int(cues["asked_described"]["reach"])
        self.leave_contrasts = set(cues["leave_contrasts"])
        cleft = cues["cleft_holders"]  # "Yang boleh ... adalah kepala daerah": whose leave the copula names
        self.cleft_holder_words = set(cleft["only"])
        self.cleft_holder_skip = self.cleft_holder_words | set(cleft["skip"])  # "adalah hanya para calon"
        self.cleft_holder_reach = int(cleft["reach"])
        self.kin_words = set(cues["kin_words"])
        self.national_leave_holders = [tuple(w.split()) for w in cues["national_leave_holders"]["words"]]
        self.national_leave_reach = int(cues["national_leave_holders"]["reach"])
        self.national_leave_relative_reach = int(cues["national_leave_holders"]["relative_reach"])
        self.national_leave_contests = set(cues["national_leave_holders"]["not_after"])
        self.national_leave_joiners = set(cues["national_leave_holders"]["joiners"])
        self.national_leave_focus = set(cues["national_leave_holders"]["focus"])
        self.national_leave_company = set(cues["national_leave_holders"]["company"])
        self.condition_particles = set(cues["leave_on_condition"]["particles"])
        self.fronted_leave = set(cues["leave_on_condition"]["fronted"])
        self.furlough_heads = set(cues["leave_on_furlough"]["heads"])
        self.furlough_words = set(cues["leave_on_furlough"]["words"])
        self.joined_events = set(cues["joined_events"])
        self.material_acts = set(cues["material_acts"])
        self.stand_down_heads = set(cues["stand_down"]["heads"])
        self.stand_down_words = set(cues["stand_down"]["words"])
        self.stand_down_reach = int(cues["stand_down"]["reach"])
        self.stand_down_contest = set(cues["stand_down"]["contest"])
        self.fronting_adverbs = set(cues["fronting_adverbs"])
        self.perfect = set(cues["background_requests"]["perfect"])
        self.campaign_verbs = set(cues["campaigning"]["verbs"])
        self.candidates = set(cues["campaigning"]["candidates"])
        self.candidate_words = set(cues["campaigning"]["candidate_words"])
        self.partisan_verbs = set(cues["campaigning"]["partisan"])
        self.ballot_numbers = [tuple(p.split()) for p in cues["campaigning"]["ballot_numbers"]]
        self.ballot_heads = set(cues["campaigning"]["ballot_heads"])
        self.ballot_figures = set(cues["campaigning"]["ballot_figures"])
        self.ballot_places = set(cues["campaigning"]["ballot_places"])
        self.supervised = set(cues["supervised"]["verbs"])
        self.supervised_adverbs = set(cues["supervised"]["adverbs"])
        self.duties = set(cues["supervised"]["duties"])
        self.duty_verbs = set(cues["supervised"]["duty_verbs"])
        self.duty_nouns = set(cues["supervised"]["duty_nouns"])
        self.institution_leads = set(cues["institution_tasks"]["leads"])
        self.institution_adverbs = set(cues["institution_tasks"]["adverbs"])
        self.institution_states = set(cues["institution_tasks"]["states"])
        self.required_things = set(cues["required_things"])
        self.body_pronouns = set(cues["speakers_bodies"]["pronouns"])
        self.body_adverbs = set(cues["speakers_bodies"]["adverbs"])
        self.speaking_types = set(cues["speakers_bodies"]["bodies"])
        self.speaking_keys = set(cues["speakers_bodies"]["untyped"])
        self.speaker_agents = set(cues["speaker_agents"])
        self.subordinators = set(cues["background_requests"]["subordinators"])
        self.concessions = set(cues["background_requests"]["concessions"])
        self.relatives = set(cues["background_requests"]["relatives"])
        self.relative_adverbs = set(cues["background_requests"]["relative_adverbs"])
        self.restated_heads = set(cues["background_requests"]["restated_heads"])
        self.restated = set(cues["background_requests"]["restated"])
        self.restated_adverbs = set(cues["background_requests"]["restated_adverbs"])
        self.cleft_words = set(cues["background_requests"]["cleft_words"])
        self.hoping_cues = set(cues["background_requests"]["hoping_cues"])
        self.hoped_things = set(cues["background_requests"]["hoped_things"])
        self.hoped_outcomes = set(cues["background_requests"]["hoped_outcomes"])
        self.hoped_openers = set(cues["background_requests"]["hoped_openers"])
        self.hoped_pointers = set(cues["background_requests"]["hoped_pointers"])
        self.hoped_relatives = set(cues["background_requests"]["hoped_relatives"])
        self.hoped_relative_reach = int(cues["background_requests"]["hoped_relative_reach"])
        self.tag_agents = set(cues["background_requests"]["tag_agents"])
        self.inverted_tag_reach = int(cues["background_requests"]["tag_reach"])
        self.inclusive_skip = set(cues["inclusive"]["skip"])
        self.public_order = set(cues["inclusive"]["order"])
        self.shared_acts = set(cues["inclusive"]["shared_acts"])
        self.alleged_adverbs = set(cues["alleged"]["adverbs"])
        self.imperatives = set(cues["imperatives"])
        self.repeated_requests = set(cues["repeated_requests"]["cues"])
        self.repeated_skip = set(cues["repeated_requests"]["skip"])
        self.imperative_suffixes = tuple(cues["imperative_suffixes"])
        self.imperative_mark = cues["imperative_mark"]
        self.imperative_adverbs = set(cues["imperative_adverbs"])
        self.advice = set(cues["advice"]["words"])
        self.advice_own = set(cues["advice"]["own"])
        pleas = cues["attention_pleas"]
        self.attention_pleas = set(pleas["words"])
        self.attention_skip = set(pleas["skip"])
        self.attention_phrases = [tuple(p.split()) for p in pleas["attention"]]
        generic = cues["generic_imperatives"]
        self.generic_imperatives = set(generic["words"])
        self.imperative_conduct = tuple(generic["conduct"])
        self.generic_reach = int(generic["reach"])
        self.generic_focus = set(generic["focus"])
        self.tag_reach = int(cues["quote_tags"]["reach"])
        self.hopes = set(cues["hopes"])
        self.hoped_adjunct_reach = cues["hoped_adjunct"]["reach"]
        self.timed_markers = set(cues["timed_requests"]["markers"])
        self.timed_words = set(cues["timed_requests"]["words"])
        self.timed_reach = int(cues["timed_requests"]["reach"])
        topic_then_whom = cues["topic_then_whom"]
        self.topic_adverbs = set(topic_then_whom["adverbs"])
        self.topic_markers = set(topic_then_whom["topics"])
        self.topic_links = set(topic_then_whom["links"])
        self.topic_reach = int(topic_then_whom["reach"])
        self.hoped_denials = [tuple(w.split()) for w in cues["hoped_denials"]["words"]]
        self.hoped_again = set(cues["hoped_denials"]["again"])
        self.hoped_acts = set(cues["hoped_denials"]["acts"])
        self.taught = set(cues["told_directly"]["taught"]["nouns"])
        letters = cues["told_directly"]["letters"]
        self.letters = set(letters["verbs"])
        self.summons = set(letters["summons"])
        self.summons_reach = int(letters["summons_reach"])
        # teaching and letters tell too (see ``_tells``)
        self.told_verbs = set(cues["told_directly"]["verbs"]) | self.taught | self.letters
        self.told_links = set(cues["told_directly"]["links"])
        self.told_opening = set(cues["told_directly"]["opening"])
        aside = cues["told_directly"]["aside"]
        self.aside_opener: str = aside["opener"]
        self.aside_pairs = set(aside["pairs"])
        self.aside_reach = int(aside["reach"])
        self.told_skip = set(cues["told_directly"]["skip"])
        self.staff_placed = set(cues["told_directly"]["placed"])
        self.staff_placed_in = set(cues["told_directly"]["placed_in"])
        self.staff_placed_reach = int(cues["told_directly"]["placed_reach"])
        self.importance = set(cues["told_directly"]["importance"])
        self.told_to = set(cues["told_directly"]["to"])
        self.told_quantifiers = set(cues["told_directly"]["quantifiers"])
        self.forces_joined = set(cues["told_directly"]["forces_joined"])
        self.teaching_givers = set(cues["told_directly"]["taught"]["givers"])
        self.reminding = set(cues["reminded_importance"]["verbs"])
        self.reminding_skip = set(cues["reminded_importance"]["skip"])
        self.reminding_purposes = set(cues["reminded_importance"]["purposes"])
        self.reminding_adverbs = set(cues["reminded_importance"]["adverbs"])
        self.reminding_of = self.reminding | set(cues["reminded_importance"]["told_of"])
        self.reminded_reach = cues["reminded_importance"]["reach"]
        self.reminding_topics = set(cues["reminded_importance"]["topics"])
        self.reminded_facts = set(cues["reminded_importance"]["facts"])
        self.reminded_risks = set(cues["reminded_importance"]["risks"])
        self.risk_stops = set(cues["reminded_importance"]["risk_stops"])
        self.risk_copulas = set(cues["reminded_importance"]["risk_copulas"])
        self.watch_verbs = set(cues["watch_requests"]["verbs"])
        self.watch_topics = set(cues["watch_requests"]["topics"])
        self.conduct = set(cues["conduct_nouns"])
        self.work_duties = set(cues["other_business"]["duties"])
        self.mandate_words = set(cues["other_business"]["mandate"])
        self.allowances = set(cues["other_business"]["allowances"])
        self.besides = [tuple(p.split()) for p in cues["other_business"]["besides"]]
        self.work_arrangements = set(cues["other_business"]["arrangements"])
        self.other_business = set(cues["other_business"]["words"]) | self.work_duties | self.work_arrangements
        self.election_stems = tuple(cues["other_business"]["election"])
        self.health_rules = set(cues["other_business"]["health"])
        self.contests = tuple(cues["other_business"]["contests"])
        self.press = set(cues["audience"]["press"])
        self.presence = set(cues["audience"]["presence"])
        own_links = cues["request_nouns"]["own_links"]
        self.request_nouns = set(cues["request_nouns"]["nouns"]) | set(own_links)
        self.request_links = set(cues["request_nouns"]["links"])
        self.message_owners = self.request_nouns | set(cues["request_nouns"]["owners"])
        self.owner_titles = set(cues["request_nouns"]["owner_titles"])
        self.owner_reach = int(cues["request_nouns"]["owner_reach"])
        self.request_adjectives = set(cues["request_nouns"]["adjectives"])
        self.adjective_reach = int(cues["request_nouns"]["adjective_reach"])
        content_first = cues["request_nouns"]["content_first"]
        self.content_opener = content_first["opener"]
        self.content_whom = set(content_first["whom"])
        self.content_reach = int(content_first["reach"])
        self.asked_states = set(cues["asked_states"])
        self.order_blockers = self.conduct | self.asked_states  # conduct named beside order kept: an appeal
        self.hoped_conduct = self.conduct | self.asked_states  # what a hope naming no one asks to keep or do
        self.contrasts = {p.split()[0] for p in cues["but_not"]}
        self.content_links = {n: set(links) for n, links in own_links.items()}
        self.clause_cues = set(cues["clause_cues"])
        self.denying = [tuple(p.split()) for p in cues["denying_subjects"]]
        self.prohibition_denials = [tuple(p.split()) for p in cues["denied_prohibitions"]]
        self.permission_denials = [tuple(p.split()) for p in cues["denied_permissions"]]
        freedom = cues["granted_freedom"]
        self.freedom_grants = set(freedom["cues"])
        self.freedom_pledges = set(freedom["pledges"])
        self.freedom_reach = int(freedom["reach"])
        self.withdrawn_leave = set(cues["withdrawn_leave"]["words"])
        self.withdrawn_reach = int(cues["withdrawn_leave"]["reach"])
        self.withdrawn_since = set(cues["withdrawn_leave"]["since"])
        self.withdrawn_openers = set(cues["withdrawn_leave"]["openers"])
        denied = cues["denied_ban_nouns"]  # "tidak memberikan larangan": no ban given
        self.denied_ban_nouns = set(denied["nouns"])
        self.denied_ban_negators = set(denied["negators"])
        self.denied_ban_adverbs = set(denied["adverbs"])
        self.denied_ban_verbs = set(denied["verbs"])
        self.denied_ban_fillers = set(denied["fillers"])
        self.denied_ban_reach = int(denied["reach"])
        self.quote_switches = [tuple(p.split()) for p in cues["opening_quote"]["switches"]]
        superseded = cues["superseded_ban"]  # "Jika sebelumnya PNS tak boleh ..., kini diperbolehkan": the ban is past
        self.superseded_past = set(superseded["past"])
        self.superseded_now = set(superseded["now"])
        self.superseded_reach = int(superseded["reach"])
        self.supposed_bounds = set(cues["supposed_leave"]["bounds"])  # "Jika ASN dibolehkan berpolitik, ...": no leave
        self.clause_denial_openers = set(cues["denied_past_clause"]["openers"])
        self.clause_denial_reach = int(cues["denied_past_clause"]["reach"])
        stated = cues["denied_statements"]
        self.statement_denials = [tuple(p.split()) for p in stated["denials"]]
        self.statement_verbs = set(stated["verbs"])
        self.statement_lead = int(stated["lead"])
        self.statement_reach = int(stated["reach"])
        believed = cues["believed_leave"]
        self.believed_leave = set(believed["words"])
        self.belief_stops = set(believed["stops"])
        reported = cues["reported_leave"]  # "pemberitaan ... yang menyatakan bahwa ASN boleh ...": the report's words
        self.report_nouns = set(reported["nouns"])
        self.report_noun_reach = int(reported["reach"])
        self.careers = set(cues["barred_careers"]["words"])
        self.career_skip = set(cues["barred_careers"]["skip"])
        self.but_not = [tuple(p.split()) for p in cues["but_not"]]
        self._but_not_by_first = by_first(self.but_not)  # see ``_but_not``
        self.ban_exceptions = set(cues["ban_exceptions"])
        self.bare_conceded_skip = set(cues["bare_conceded_leave"]["skip"])
        self.existential = set(cues["but_not_existential"])
        self.facts = set(cues["fact_openers"])
        self.told_fact_reach = cues["told_fact_reach"]
        self.comma_facts = self.facts | set(cues["fact_openers_after_comma"])
        self.noun_cues = set(cues["noun_cues"])
        self.noun_anaphora = set(cues["noun_cue_anaphora"])
        self.penalised_persons = set(cues["penalised_persons"])
        self.rule_listing = [tuple(p.split()) for p in cues["noun_cue_listing"]]
        self.listing_firsts = {p[0] for p in self.rule_listing}  # a cheap test before the phrases
        self.applied_penalties = [tuple(p.split()) for p in cues["applied_penalties"]["verbs"]]
        self.applied_skip = set(cues["applied_penalties"]["skip"])
        self.clause_openers = set(cues["applied_penalties"]["clause_openers"])
        self.noun_content = set(cues["noun_cue_content"])
        self.noun_quantifiers = set(cues["noun_cue_quantifiers"])
        self.rule_counts = set(cues["noun_cue_counts"])
        self.rule_pairs = set(cues["noun_cue_pairs"])
        unrest = cues["denied_unrest"]
        self.unrest_cues = set(unrest["cues"])
        self.unrest_verbs = set(unrest["verbs"])
        self.unrest = set(unrest["unrest"])
        self.unrest_but = set(unrest["but"])
        self.rule_pair_links = set(cues["noun_cue_pair_links"])
        pointed = cues["pointed_rules"]
        self.pointed_verbs = set(pointed["verbs"])
        self.pointed_adverbs = set(pointed["adverbs"])
        self.pointed_reach = int(pointed["reach"])
        self.rule_pointers = self.noun_anaphora | set(pointed["pointers"])
        self.heading_max = int(cues["rule_headings"]["max_words"])
        self.heading_links = set(cues["rule_headings"]["links"])
        self.negatable = set(cues["negatable"])
        self.agent_stems = set(cues["agent_stems"]["stems"])
        self.stem_agents = set(cues["agent_stems"]["agents"])
        self.negated_through = set(cues["negated_through"])
        denied = cues["denied_penalties"]
        self.denied_through = set(denied["through"])
        self.waved_fears = set(denied["fears"])
        self.fear_deniers = set(denied["deniers"]) | self.negators
        self.fear_denier_reach = int(denied["denier_reach"])
        self.waved_reach = int(denied["reach"])
        self.waved_stops = set(denied["stops"])
        self.denial_verbs = set(cues["denied_acts"]["verbs"])
        self.denial_stops = set(cues["denied_acts"]["stops"])
        self.denied_act_reach = int(cues["denied_acts"]["reach"])
        self.unasked_through = set(cues["unasked_through"]["words"])
        self.unasked_reach = cues["unasked_through"]["reach"]
        self.unasked_content = cues["unasked_through"]["content"]
        self.absorbs = set(cues["sanction_absorbs"])
        self.borne_skip = set(cues["borne_sanctions"]["skip"])
        self.borne_verbs = set(cues["borne_sanctions"]["verbs"])
        self.not_after = {tuple(p.split()) for p in cues["sanction_not_after"]}
        self.potential_links = set(cues["potential_crimes"]["links"])
        self.potentials = [tuple(p.split()) for p in cues["potential_crimes"]["words"]]
        self.crime_categories = [tuple(p.split()) for p in cues["crime_categories"]]
        self.public_penalties = [tuple(p.split()) for p in cues["public_penalties"]]
        self.others_penalties = [tuple(p.split()) for p in cues["ethics_councils"] + cues["vote_buying"] +
                                 cues["ad_hoc_organisers"] + cues["organisers_at_fault"] +
                                 cues["voters_hindered"] + cues["party_discipline"] + cues["press_penalties"] +
                                 cues["health_protocols"]]
        self.other_offences = [tuple(p.split()) for p in cues["other_offences"]["offences"]]
        self.head_replacements = [tuple(p.split()) for p in cues["head_replacements"]]
        self.election_words = [tuple(p.split()) for p in cues["other_offences"]["elections"]]
        discharges = cues["honourable_discharges"]
        self.discharges = set(discharges["cues"])
        self.honours = [tuple(p.split()) for p in discharges["honour"]]
        self.not_requested = [tuple(p.split()) for p in discharges["not_requested"]]
        self.discharge_leaving = [tuple(p.split()) for p in discharges["leaving"]]
        self.discharge_breaches = [tuple(p.split()) for p in discharges["breaches"]]
        self.term_nouns = [tuple(p.split()) for p in discharges["term_nouns"]]
        self.term_ends = [tuple(p.split()) for p in discharges["term_ends"]]
        self.terms_cut = [("sebelum",) + n for n in self.term_nouns]
        self.penalised_speakers = set(cues["penalised_speakers"])
        self.reason_verbs = set(cues["penalty_reasons"]["verbs"])
        self.reason_words = set(cues["penalty_reasons"]["reasons"])
        self.reason_reach = int(cues["penalty_reasons"]["reach"])
        self.business_words = [tuple(p.split()) for p in cues["penalty_business"]["words"]]
        self.business_givers = set(cues["penalty_business"]["givers"])
        self.imposing = set(cues["imposed_penalties"]["givers"])
        self.papers = set(cues["penalty_papers"]["nouns"])
        self.paper_links = set(cues["penalty_papers"]["links"])
        self.procedures = set(cues["penalty_procedures"]["nouns"])
        self.procedure_links = set(cues["penalty_procedures"]["links"])
        self.procedure_future = set(cues["penalty_procedures"]["future"])
        self.imposed_reach = int(cues["imposed_penalties"]["reach"])
        self.imposed_modals = set(cues["imposed_penalties"]["modals"]) | set(cues["imposed_penalties"]["own"])
        self.imposed_breaches = tuple(cues["imposed_penalties"]["breaches"])
        reported_for = cues["reported_for"]
        self.report_purpose_skip = set(reported_for["skip"])
        self.report_verbs = set(reported_for["reports"])
        self.report_askers = set(reported_for["askers"])
        self.report_reach = int(reported_for["reach"])
        self.sanction_nouns = set(cues["sanction_nouns"])
        self.severe = set(cues["severe_penalties"])
        self.ordinals = set(cues["list_ordinals"])
        self.list_roles = set(cues["list_roles"])
        self.form_openers = set(cues["penalty_forms"]["openers"])
        self.varies_openers = self.form_openers | {"iya", "ya"}  # "Iya, sanksi yang diberikan tergantung ..."
        self.list_leads = [tuple(p.split()) for p in cues["list_leads"]]
        self.removing = set(cues["removed_things"]["verbs"])
        self.removed_things = set(cues["removed_things"]["things"])
        self.removal_doers = set(cues["removed_things"]["doers"])
        self.removal_prefixes = tuple(cues["removed_things"]["prefixes"])
        self.thing_counts = self.noun_quantifiers | self.rule_counts  # "mencopot puluhan spanduk"
        self.removal_light = set(cues["removed_things"]["light"])
        self.thing_links = self.thing_counts | set(cues["removed_things"]["links"])  # "... terhadap ruas jalan"
        self.appointing = set(cues["appointing"]["words"])
        self.appointing_links = set(cues["appointing"]["links"])
        self.dismissals = set(cues["appointing"]["dismissals"])
        self.candidate_penalties = [tuple(p.split()) for p in cues["candidate_penalties"]]
        self.retaliations = [tuple(p.split()) for p in cues["retaliations"]]
        self.undeterring = [tuple(p.split()) for p in cues["undeterring"]]
        spec = cues["replaced_for_bias"]  # "mengganti Pj kepala daerah yang tidak netral"
        self.cues.add("sanction", "sanction", spec["cues"])
        self.replacements = {c.casefold() for c in spec["cues"]}
        self.biases = [tuple(p.split()) for p in spec["bias"]]
        self.bias_reach = int(spec["reach"])
        self.bias_refused = set(spec["refused"])
        self.service_penalties = [tuple(p.split()) for p in cues["service_penalties"]]
        self.pointed_penalised = [tuple(p.split()) for p in cues["pointed_penalised"]]
        self.neutrality_breaches = [tuple(p.split()) for p in cues["neutrality_breaches"]]
        self.form_threats = set(cues["penalty_forms"]["threats"])
        self.forms = set(cues["penalty_forms"]["forms"])
        self.varies = set(cues["penalty_forms"]["varies"])
        self.reasons = set(cues["reasons"])
        self.penalty_links = set(cues["penalty_asked"]["links"])
        self.penalty_stops = set(cues["penalty_asked"]["stops"])
        self.passive = tuple(cues["penalty_asked"]["passive"])
        self.foretold_reach = cues["penalty_asked"]["foretold_reach"]
        self.reason_adverbs = set(cues["reason_adverbs"])
        self.restated_reasons = set(cues["restated_reasons"])
        self.condition_adverbs = set(cues["condition_adverbs"])
        self.condition_openers = set(cues["condition_openers"])
        self.question_words = set(cues["question_words"])
        self.voting_leave = set(cues["voting_leave"])
        self.voting_leave_reach = cues["voting_leave_reach"]
        self.leave_openers = set(cues["conceded_leave"]["openers"])
        self.leave_particles = set(cues["conceded_leave"]["particles"])
        self.pointed_leave = set(cues["conceded_leave"]["pointed"])
        self.closing_leave = {tuple(c.split()) for c in cues["conceded_leave"]["closing"]}
        conditioned = cues["conditioned_leave"]
        self.conditioned_leave = set(conditioned["cues"])
        self.leave_conditions = set(conditioned["conditions"])
        self.leave_purposes = set(conditioned["purposes"])
        self.leave_purpose_reach = conditioned["purpose_reach"]
        ruled = cues["ruled_answers"]
        self.ruled_verbs = set(ruled["verbs"])
        self.ruled_kinds = set(ruled["kinds"])
        short = cues["short_answers"]
        self.answer_leads = set(short["leads"])
        self.answer_modals = set(short["modals"])
        # the short phrase lists read once per document, in one matcher (none overlaps another)
        self.phrases = TermMatcher(nlp, exact_max=0)
        record = cues["record_denials"]
        self.phrases.add("denial", "denial", cues["sanction_denials"] + [
            f"{n} {a} {v}" for n in record["negations"] for a in record["aspects"] for v in record["verbs"]])
        self.denial_reach = int(cues["sanction_denial_reach"])
        self.close_denials = set(cues["close_denials"]["words"])
        self.denials_before = set(cues["close_denials"]["before_only"])
        self.phrases.add("voting", "voting", cues["voters_duties"])
        self.vote_phrases = [tuple(p.split()) for p in cues["vote_asked"]]
        wishes = cues["hoped_none"]["wishes"]  # "tidak ingin ada": a hope and a word of none at once
        self.none_penalised = [tuple(p.split()) for p in cues["none_penalised"] + wishes]
        self.hoped_none = [tuple(p.split()) for p in cues["hoped_none"]["hopes"] + wishes]
        self.hoped_stops = set(cues["hoped_none"]["stops"])
        self.fears = set(cues["feared_penalty"]["fears"])
        self.reluctance = set(cues["reluctant_penalty"]["words"])
        self.reluctance_reach = int(cues["reluctant_penalty"]["reach"])
        self.rule_denials = [tuple(p.split()) for p in cues["denied_rules"]["denials"]]
        self.denied_nouns = set(cues["denied_rules"]["nouns"])
        self.rule_denial_reach = int(cues["denied_rules"]["reach"])
        self.short_statement = int(cues["short_statement"])
        unstated = cues["unstated_rules"]
        self.unstated_negators = set(unstated["negators"])
        self.unstated_verbs = set(unstated["verbs"])
        self.unstated_links = set(unstated["links"])
        self.unstated_between = set(unstated["between"])
        self.fear_links = set(cues["feared_penalty"]["links"])
        self.felt_threats = set(cues["feared_penalty"]["felt"])
        upheld = cues["upheld_rules"]
        self.upheld_acts = set(upheld["acts"])
        self.upheld_keeping = set(upheld["keeping"])
        self.upheld_joiners = set(upheld["joiners"])
        self.upheld_reach = int(upheld["reach"])
        testified = cues["testified_penalty"]
        self.testifiers = set(testified["speakers"])
        self.testimony_assents = set(testified["assents"])
        self.testimony_skip = set(testified["skip"])
        self.testified_verbs = set(testified["verbs"])
        self.testimony_reach = int(testified["reach"])
        self.none_yet = [tuple(p.split()) for p in cues["none_yet"]["words"]]
        self.none_yet_reach = int(cues["none_yet"]["after_reach"])
        self.avoided = set(cues["avoided_penalty"])
        self.avoided_stated = set(cues["avoided_penalty_stated"])
        self.concession_links = set(cues["conceded_penalties"]["links"])
        self.concession_stops = set(cues["conceded_penalties"]["stops"]) | self.future | self.contrasts
        self.tasks = set(cues["supervision"]["tasks"])
        self.task_joiners = set(cues["supervision"]["joiners"])
        self.task_manners = set(cues["supervision"]["manners"])
        self.stage_nouns = set(cues["supervision"]["stage_nouns"])
        self.prevention = set(cues["supervision"]["prevention"])
        self.holders = set(cues["noun_cue_holders"])
        self.procedural = set(cues["procedural_objects"])
        self.procedural_links = set(cues["procedural_links"])
        self.withheld_nouns = set(cues["withheld_names"]["nouns"])
        self.withheld_verbs = set(cues["withheld_names"]["verbs"])
        self.withheld_reach = int(cues["withheld_names"]["reach"])
        self.invitations = set(cues["invited_to_report"]["cues"])
        self.reported_to = set(cues["invited_to_report"]["words"])
        self.invited_skip = set(cues["invited_to_report"]["skip"])
        self.source_marker = cues["source_marker"]
        self.source_reach = cues["source_reach"]
        self.markers = set(cues["addressee_markers"])
        self.reach = cues["addressee_reach"]
        self.penalty_agents = set(cues["penalty_agents"])
        self.destined_reports = set(cues["report_destinations"]["verbs"])
        self.report_destinations = set(cues["report_destinations"]["markers"])
        self.object_markers = set(cues["object_markers"])
        self.source_markers = set(cues["source_markers"])
        self.object_fillers = set(cues["object_fillers"])
        self.becoming = set(cues["becoming"]["verbs"])
        self.becoming_adverbs = set(cues["becoming"]["adverbs"])
        self.closing_pointers = set(cues["closing_pointers"])
        self.phrase_openers = set(cues["phrase_openers"])
        self.fronted_subject_skip = set(cues["fronted_subject"]["skip"])
        self.fronted_subject_nominal = (tuple(cues["fronted_subject"]["nominal"]["prefixes"]),
                                        tuple(cues["fronted_subject"]["nominal"]["suffixes"]))
        self.joined_acts = set(cues["joined_acts"])
        self.singling = set(cues["singling"]["words"])
        self.singling_reach = cues["singling"]["reach"]
        self.clause_addressees = set(cues["clause_addressees"])
        self.rule_addressees = self.clause_addressees | set(cues["rule_addressees"])
        self.uncommaed_fronting = set(cues["uncommaed_fronting"])
        self.adjuncts = set(cues["adjunct_markers"])
        self.adverb_makers = set(cues["adverb_makers"])
        self.fronted_means = set(cues["fronted_means"]["words"])
        self.fronted_reach = cues["fronted_means"]["reach"]
        self.fronted_cues = set(cues["fronted_means"]["cues"])
        self.fronted_asides = set(cues["fronted_means"]["asides"])
        self.agent_hopes = set(cues["hoped_agents"]["cues"])
        unnamed = cues["subjectless_hopes"]
        self.unnamed_hope_adverbs = set(unnamed["adverbs"])
        self.unnamed_hope_verbs = set(unnamed["verbs"])
        self.unnamed_hope_denied = set(unnamed["denied"])
        self.unnamed_hope_begging = set(unnamed["begging"])
        self.unnamed_hope_cues = self.hopes | set(unnamed["cues"]) | self.unnamed_hope_begging
        self.unnamed_hope_passives = set(unnamed["passives"])
        complying = unnamed["complying"]
        self.complying_pleas = set(complying["pleas"])
        self.complying_skip = set(complying["skip"])
        self.complying_verbs = set(complying["verbs"])
        self.complying_joiners = set(complying["joiners"])
        self.complying_reach = int(complying["reach"])
        pledged = cues["hoped_pledges"]
        self.pledge_hope_cues = self.hopes | set(unnamed["cues"])  # not begging ("mohon"), nor a wish ("semoga")
        self.hoped_pledge_words = self.pledges | set(pledged["words"])
        self.hoped_pledge_verbs = set(pledged["verbs"])
        self.hoped_pledge_conduct = set(pledged["conduct"])
        self.hoped_pledge_reach = int(pledged["reach"])
        self.unnamed_hope_links = set(unnamed["links"])
        self.object_agents = set(cues["fronted_objects"]["agents"])
        self.object_adverbs = set(cues["fronted_objects"]["adverbs"])
        self.agent_marker = cues["hoped_agents"]["marker"]
        self.agent_reach = int(cues["hoped_agents"]["reach"])
        self.hortative = set(cues["hortative"])
        self.sent_requests = set(cues["sent_requests"]["words"]) | self.letters  # "menyurati ... agar ASN ..."
        self.sent_reach = int(cues["sent_requests"]["reach"])
        self.subject_links = set(cues["subject_links"]["words"])
        self.reporting_only = set(cues["subject_links"]["reporting_only"])
        self.subject_joiners = set(cues["subject_links"]["joiners"])
        # words that make an appeal of their own beside the civil servants they ask (see ``_cues``)
        self.made_cues = self.hortative | self.subject_links | self.told_verbs
        cut = cues["cut_pay"]  # the pay named first, then cut or put off (see ``_cut_pay``)
        self.cut_pay = [tuple(p.split()) for p in cut["pay"]]
        self.cut_pay_first = {p[0] for p in self.cut_pay}
        self.cut_verbs = set(cut["passive"])
        self.cut_stems = set(cut["stems"])
        self.cut_doers = set(cut["doers"])
        self.cut_reach = int(cut["reach"])
        self.cut_wished = set(cut["wished"])
        self.cut_budget = set(cut["budget"])
        self.hortative_leads = [tuple(p.split()) for p in cues["hortative_leads"]]
        self.imperative_openers = set(cues["imperative_openers"])
        wish = cues["wish_conditions"]
        self.wish_openers = set(wish["openers"])
        self.wish_words = set(wish["wants"])
        self.wish_reach = int(wish["reach"])
        self._leads_by_first = by_first(self.hortative_leads)  # see ``_lead_length``
        self.bare_particles = set(cues["bare_bans"]["particles"])
        opening = cues["opening_acts"]
        self.opening_prefixes = tuple(opening["prefixes"])
        self.opening_split = set(opening["split_prefixes"])
        self.opening_leads = set(opening["leads"])
        self.opening_after = set(opening["after"])
        self.kept_ban_nouns = set(cues["kept_bans"]["nouns"])
        self.kept_ban_joiners = set(cues["kept_bans"]["joiners"])
        self.speech = set(cues["speech_verbs"])
        self.holders_pronoun = [tuple(w.split()) for w in cues["holders_pronoun"]]
        self.told_alone = set(cues["told_alone"])
        self.speech_adverbs = set(cues["speech_adverbs"])
        self.told_passed = self.told_skip | self.speech_adverbs  # "menyampaikan lagi kepada ASN ..." (see ``_tells``)
        self.told_markers = set(cues["told_markers"])
        self.told_spoken = set(cues["told_spoken"])
        self.linking = set(cues["linking_words"])
        self.staff_words = frozenset(targets["staff_words"])
        self.staff_appositives = set(targets["staff_apposition"]["words"])
        self.staff_apposition_reach = int(targets["staff_apposition"]["reach"])
        self.involving = set(cues["involving"])
        self.involving_doers = set(cues["involving_acts"]["doers"])
        self.involving_nouns = set(cues["involving_acts"]["nouns"])
        self.involving_held = set(cues["involving_held"])
        self.keeping = {tuple(p.split()) for p in cues["keeping"]}
        self.keeping_adverbs = set(cues["keeping_adverbs"])
        self.keeping_public = set(cues["keeping_public"])
        self.keeping_organisers = set(cues["keeping_organisers"])
        self.watching = set(cues["watching"]["verbs"])
        self.watched_nouns = set(cues["watching"]["nouns"])
        self.watching_public = self.keeping_public | set(cues["watching"]["supervisors"])
        self.verb_prefixes = tuple(cues["verb_prefixes"])
        self.not_verbs = set(cues["not_verbs"])
        self.non_verbs = self.object_markers | self.adjuncts | self.not_verbs  # words that look like verbs
        self.persons_words = set(targets["other_people"])
        self.phrases.add("disclaimer", "disclaimer", cues["disclaimers"] + cues["disclaimer_powers"])
        self.powers = set(cues["disclaimer_powers"])
        self.power_openers = set(cues["disclaimer_power_openers"])
        self.deciding = set(cues["disclaimers_for"]["words"])
        self.deciding_preps = set(cues["disclaimers_for"]["preps"])
        self.deciding_reach = int(cues["disclaimers_for"]["reach"])
        self.deciding_clefts = set(cues["disclaimers_for"]["clefts"])
        self.phrases.add("cleft", "cleft", cues["authority_clefts"])
        held = cues["held_penalties"]
        self.held_links, self.held_places = set(held["links"]), set(held["places"])
        self.held_laws, self.held_reach = set(held["laws"]), int(held["reach"])
        self.held_to_come = set(held["to_come"])
        self.phrases.add("enforcement", "enforcement", cues["enforcement"])
        self.phrases.add("reporting", "reporting", cues["reporting"])
        self.reported_cases = set(cues["reported_cases"])  # the reporting verbs among them keep their own label
        self.phrases.add("reported_case", "reported_case", sorted(self.reported_cases - set(cues["reporting"])))
        self.copulas = set(cues["copulas"])
        self.cleft_copula_reach = int(cues["cleft_copula_reach"])
        self.clefts = set(cues["cleft_pointers"])
        self.headless_penalised = set(cues["headless_penalised"])
        self.obeyed_nouns = set(cues["obeyed_rules"]["nouns"])
        self.obeyed_verbs = set(cues["obeyed_rules"]["verbs"])
        self.should_words = set(cues["fronted_should"]["words"])
        self.should_asides = set(cues["fronted_should"]["asides"])
        self.should_reach = int(cues["fronted_should"]["reach"])
        self.leave_interjections = set(cues["leave_interjections"])
        self.not_cues = TermMatcher(nlp, exact_max=0)
        improper = cues["improper_things"]  # "dukungan yang tidak semestinya,": a noun qualified, no ban
        calm = cues["reassurances"]  # "jangan khawatir": reassurance, no ban
        self.not_cues.add("not", "not", cues["not_cues"] + [
            f"{improper['relative']} {n} {o} {c}" for n in improper["negators"] for o in improper["oughts"]
            for c in improper["closers"]] + [f"{n} {f}" for n in calm["negators"] for f in calm["feelings"]])
        self.knowing = set(cues["knowing"])
        self.knowing_ends = set(cues["knowing_ends"])
        self.knowing_pointers = set(cues["knowing_pointers"])
        self.known_facts = set(cues["known_facts"]["words"])
        self.known_fact_leads = set(cues["known_facts"]["leads"])
        self.known_fact_skip = set(cues["known_facts"]["skip"])
        self.named_rules = [tuple(p.split()) for p in cues["named_rules"]]
        self.named_rule_joiners = set(cues["named_rule_joiners"])
        self.emphasis_max = cues["emphasis_max_words"]
        self.phrases.add("citation", "citation", cues["citation_verbs"])
        self.phrases.add("penalty_citation", "penalty_citation", cues["penalty_citations"]["verbs"])
        self.penalty_for_whom = set(cues["penalty_citations"]["for_whom"])
        self.targets = TermMatcher(nlp, exact_max=0)
        cs, co, village = targets["civil_servants"], targets["co_targets"], targets["village"]
        for p in cs["phrases"] + cs["addressed_only"]:
            self.targets.add("cs", cs["labels"].get(p, "ASN"), [p])
        for p, force in co.items():
            self.targets.add("co", force, [p])
        self.targets.add("village", village["label"], village["phrases"])
        listed = set(co) | set(village["phrases"])
        self.targets.add("other", "other", [p for p in targets["others"] if p not in listed])
        self.targets.add("other", "event", targets["events"])
        self.targets.add("none", "none", targets["not_persons"])  # "media sosial": no one addressed
        self._prefixes = tuple(cs["prefixes"])  # "pegawainya", "jajarannya"
        self.party_word = targets["party_units"]["word"]
        self.party_units = {tuple(u.split()) for u in targets["party_units"]["units"]}
        self.anaphora = set(targets["anaphora"])
        self.skip = set(targets["quantifiers"])
        self.skip_comma = self.skip | {","}
        self.inverted_skip = set(targets["subject_quantifiers"])
        self.inverted_to = set(targets["inverted_to"])
        self.self_pronouns = set(targets["self_named"]["pronouns"])
        self.self_as = set(targets["self_named"]["as"])
        self.openers = TermMatcher(nlp, exact_max=0)
        self.openers.add("opener", "opener", targets["clause_openers"])
        self.instruction_nouns = set(targets["instruction_nouns"])
        self.instruction_verbs = set(targets["instruction_verbs"])
        self.speaker_pronouns = set(targets["speaker_pronouns"])
        self.not_own_offices = frozenset(targets["not_own_offices"])
        self.member_titles = set(targets["member_titles"])
        self.body_after = set(targets["named_bodies"]["after"])
        self.own_bodies = set(targets["named_bodies"]["own"])
        self.behaviours = TermMatcher(nlp, exact_max=0)
        for key, spec in load("behaviours")["behaviours"].items():
            self.behaviours.add("behaviour", key, spec["phrases"])
        offices = load("offices")
        self.attribution = {a.casefold() for a in offices["attribution"] if " " not in a}
        # one-word titles of regional officials ("Wagub", "Sekda"), which may stand bare as a passive's agent
        self.regional_titles = {t.casefold() for spec in offices["regional"] for t in spec["titles"] if " " not in t}
        # ... and those of several words, bare as well ("Diharapkan Wakil Bupati, ...": no region names the holder)
        self.honorifics = {h.casefold() for h in offices["honorifics"] if " " not in h}
        self.regional_phrases = by_first(sorted(  # longest first: "Wali Kota Administrasi" whole
            {tuple(t.casefold().split()) for spec in offices["regional"] for t in spec["titles"] if " " in t},
            key=lambda p: (-len(p), p)))
        self.owner_skips = self.honorifics | self.owner_titles  # between a message noun and its owner's title
        self._attributions = tuple(sorted(self.attribution))  # also with a suffix: "menurutnya"
        # the words scanned for in every document: one pass finds them all (see ``_words``)
        self._lexemes = _Words(nlp.vocab, frozenset(self.made_cues | self.requested_abilities | self.attribution |
                                                    self.cut_pay_first),
                               self._prefixes)
        self._verbs: dict[str, bool] = {}  # see ``_verb``
        self._groups = TermGroups(nlp, {"targets": self.targets, "not_cues": self.not_cues, "cues": self.cues,
                                        "openers": self.openers, "phrases": self.phrases,
                                        "behaviours": self.behaviours})

    # ------------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        sents = sentences(doc)
        paras = doc._.paragraphs
        headline = doc._.headline_tokens or set()
        self._words(doc, sents)
        matched = self._groups.matches(doc)  # the phrase lists in one pass
        tspans = list(map(_Term._make, matched["targets"]))
        # words of an official's title ("Pj Gubernur Jateng") are not the addressee
        roles = list(doc.spans.get("roles", []))  # read once: each read of the group makes its spans anew
        # ... unless a member's title with no holder is the class addressed ("Anggota Polri yang tidak netral ...")
        forces = {t.start for t in tspans if t.label_ == "co"}
        roles = [r for r in roles if not self._member_class(r, forces)]
        in_roles = {i for r in roles for i in range(r.start, r.end)}
        # ... but they name whom a passive request asks when the title opens its clause (see ``_kinds``)
        self._titled = [t for t in tspans if t.start in in_roles and t.label_ != "none"]
        # ... and the heads of the regional government's own offices by title and region ("Kepala BPBD Sleman"), also
        # with the holder named ("Kepala BPBD Sleman, Joko,": a ROLE)
        self._office_heads = {r.start for r in roles if r.label_ in ("OFFICE", "ROLE") and r.id_.partition("@")[2] and
                              r.id_.partition("@")[0] not in self.not_own_offices}
        # words naming an official by title or by name ("Diharapkan Gubernur, seluruh ASN ...": see ``_past_agent``)
        self._officials = in_roles | {i for p in doc.spans.get("persons", []) for i in range(p.start, p.end)}
        # ... nor those inside an institution's name past its first word ("Komisi ASN", "Kementerian Pendayagunaan
        # Aparatur Negara ..."): the body, not the civil servants (targets.yaml `named_bodies`)
        in_names = {i for e in doc.ents if e.label_ == "ORG" and e.ent_id_.partition("@")[0] not in self.own_bodies
                    and (e.start == 0 or self._low[e.start - 1] not in self.body_after)
                    for i in range(e.start + 1, e.end)}
        tspans = [t for t in tspans if t.start not in in_roles and t.start not in in_names and t.label_ != "none" and
                  not (t.label_ in {"cs", "village"} and self._speaker_after(t.start))]
        tspans = [t for t in tspans if not self._party_of_unit(t)]  # "pihak kecamatan": the unit, not "semua pihak"
        covered = {i for s in tspans for i in range(s.start, s.end)} | in_roles | in_names
        for i in self._sought:
            if self._low[i].startswith(self._prefixes) and i not in covered:  # "pegawainya"
                tspans.append(_Term("cs", "pegawai", i, i + 1))
        # village heads are addressees of their own where the article addresses civil servants
        village = "vcs" if any(t.label_ == "cs" and t.start not in headline for t in tspans) else "co"
        tspans = [t._replace(label_=village) if t.label_ == "village" else t for t in tspans]
        tspans.sort(key=lambda s: s.start)
        ends = [s.end for s in sents]
        cues = _by_sentence(self._cues(doc, tspans, in_roles, matched), ends)
        targets = _by_sentence(tspans, ends)
        openers = {s.start: s for s in map(_Term._make, matched["openers"])}
        phrases = list(map(_Term._make, matched["phrases"]))
        # a power to punish disclaims the penalty when denied ("tidak memiliki kewenangan") or when it opens its
        # clause, also after a connective, to say who holds it ("Kewenangan menjatuhkan hukuman ada pada PPK", "jadi
        # kewenangan menjatuhkan sanksi ada di BKN"); a body said to hold it
        # ("Kemendagri memiliki kewenangan untuk memberikan sanksi") names the penalty that awaits; deciding the
        # penalty for someone named on ("menentukan sanksi bagi kepala desa itu") decides it on them
        self._disclaimed = {s.end for s in phrases if s.label_ == "disclaimer" and (
            self._lower(s) not in self.powers or s.start == 0 or self._punct[s.start - 1] or
            self._low[s.start - 1] in self.power_openers or
            any(self._low[i] in self.negators for i in range(max(s.start - 2, 0), s.start))) and not (
            self._lower(s) in self.deciding and (s.start == 0 or self._low[s.start - 1] not in self.deciding_clefts) and
            self.deciding_preps & set(self._low[s.end:s.end + self.deciding_reach]))}
        self._clefts = {s.end for s in phrases if s.label_ == "cleft"}
        self._cited = {s.start for s in phrases if s.label_ == "citation"}
        self._penalty_cited = {s.start for s in phrases if s.label_ == "penalty_citation"}
        self._enforcing = {s.start for s in phrases if s.label_ == "enforcement"}
        self._reporting = {s.start for s in phrases if s.label_ == "reporting"}
        self._reported_cases = {s.start for s in phrases if s.label_ == "reported_case"}
        self._denials = [s for s in phrases if s.label_ == "denial"]
        self._voting = [s for s in phrases if s.label_ == "voting"]
        conducts = list(map(_Term._make, matched["behaviours"]))
        self._conducts = {s.start for s in conducts}
        behaviours = _by_sentence(conducts, ends)
        speakers = Speakers(doc, sents, ends, self._org_spans, roles, self.attribution, self._low, self._texts,
                            self._sought)
        records, spans = [], []
        resolved: dict[int, list[str]] = {}  # sentence -> addressee of the directives it gave
        rejected: set[int] = set()  # sentences whose instructions address someone else
        given_kinds: dict[int, set[str]] = {}  # sentence -> kinds of the directives it gave
        owners: list[int] = []  # the sentence of each record
        joined: set[int] = set()  # sentences naming no one reported with the next one (`_statement_text`)
        for k, sent in enumerate(sents):
            if sent.start in headline or self._question(sent):  # headlines, links, captions; questions
                continue
            if any(self._lower(c) in self.replacements for c in cues[k]):  # replacing is a penalty only for bias
                cues[k] = [c for c in cues[k] if self._lower(c) not in self.replacements or self._for_bias(c, sent)]
            kinds = self._kinds(sent, cues[k], targets[k], openers)
            recent = given_kinds.get(k - 1, set()) | given_kinds.get(k - 2, set())
            if kinds and self._emphasis(sent) and (repeated := RULES.intersection(kinds, recent)):
                kinds = {kind: v for kind, v in kinds.items() if kind not in repeated}  # "Sangat dilarang."
            ordinal = numbered = False
            # "Kedua, penundaan pangkat ...", "(2) ...": a list goes on, also past the status its penalty ends
            # ("Ketiga, pemberhentian ... sebagai PNS": no addressee)
            if given_kinds.get(k - 1) and all(t.start > 0 and self._low[t.start - 1] in self.list_roles
                                              for t in targets[k]):
                ordinal = self._continues_list(sent)
                numbered = self._after_number(sent.start) is not None
            if ordinal or numbered:  # numbered items of distinct rules ("1. Tidak memasang ...") are rules of their own
                listed = {kind for kind in given_kinds[k - 1] if ordinal or kind == "sanction"}
                given_kinds[k] = listed  # "Ketiga, ..." goes on with the same list, past an item with no cue of its own
                kinds = {kind: v for kind, v in kinds.items() if kind not in listed}
            if "sanction" in kinds and "sanction" in recent and (
                    self._penalty_forms(sent, cues[k]) and not self._quoted_after_report(k, sents, paras, given_kinds)
                    or (not targets[k] and self._penalty_varies(sent, cues[k]))):
                del kinds["sanction"]  # "Adapun sanksi sedang berupa ...": the forms of the penalty just given
            if "sanction" in kinds and (penalties := [c for c in cues[k] if c.label_ == "sanction"]) and all(
                    self._appointing_power(c, sent) for c in penalties):
                del kinds["sanction"]  # "berwenang mengangkat dan memberhentikan PNS": a power, no penalty
            if "sanction" in kinds and self._things_removed(sent, cues[k], targets[k]):
                del kinds["sanction"]  # "Petugas mencopot baliho calon": a prop taken down, no one penalised
            if "sanction" in kinds and self._contestants_penalised(sent, targets[k]):
                del kinds["sanction"]  # "Sanksi tertinggi yaitu diskualifikasi": a contestant's penalty
            if "sanction" in kinds and self._names_any(sent, self.retaliations):
                del kinds["sanction"]  # "kades yang tak mau dukung petahana dipecat": retaliation, not for a breach
            if "sanction" in kinds and self._names_any(sent, self.undeterring):
                del kinds["sanction"]  # "sanksinya belum menimbulkan efek jera": a critique, no penalty threatened
            if "sanction" in kinds and not targets[k] and self._opens_penalty_list(sent, cues[k]):
                del kinds["sanction"]  # "Jenis hukuman disiplin sedang terdiri dari:": the list's own line ...
                given_kinds.setdefault(k, set()).add("sanction")  # ... its items ("1. ...") go on with it
            if not kinds and (item := self._listed_request(k, sents, targets, given_kinds)) is not None:
                kinds = {"appeal": (UNKNOWN, item)}  # "2. Menolak politik uang." under "... ditekankan kepada ASN:"
            if not kinds:
                if sent.start in self._reminders and (labels := _labels(targets[k]) or self._context(
                        k, sents, targets, paras, resolved, rejected)):
                    resolved[k] = labels  # a speaker reminding or stating still speaks to those addressed before
                continue
            own = _labels(targets[k])
            inherited = None
            if {UNKNOWN, VOTER} & {status for status, _ in kinds.values()}:  # the sentence's own, else the context's
                inherited = own or (None if self._holders_pronoun(k, sents, targets) else
                                    self._context(k, sents, targets, paras, resolved, rejected))
                if not inherited and self._opening_quote(k, sents, paras, headline):
                    inherited = self._next_paragraph(k, sents, targets, paras)  # a quote opening the story, its
                    # speaker and addressee named in the paragraph after it
            given = False
            heading = self._heading(sent)  # a section's heading restates what the paragraphs under it state
            text: str | None = None
            bases: tuple[str, ...] = ()
            for kind, (status, cue_start) in kinds.items():
                borrowed = inherited
                if not borrowed and kind == "sanction" and status == UNKNOWN and self._guilty(sent, targets[k]):
                    borrowed = self._article_addressee(tspans, headline)  # "Jika terbukti, akan ada sanksi"
                elif not borrowed and kind == "sanction" and status == UNKNOWN and k and k - 1 not in rejected and \
                        self._imposed(sent, cues[k]):  # "Sanksi akan diberikan"; an opening line is a deck
                    borrowed = self._article_addressee(tspans, headline)
                elif not borrowed and kind == "sanction" and status == UNKNOWN and (
                        self._service_penalty(sent) or k and self._pointed_penalty(sent)):
                    borrowed = self._article_addressee(tspans, headline)  # "sanksi disiplin berupa potong tukin"
                if status in (REJECT, NOBODY) or (status == UNKNOWN and not borrowed) or (
                        status == LOCAL and not _labels([t for t in targets[k] if self._near(cue_start, t)])) or (
                        status == VOTER and not (borrowed and self._asked_to_vote(k, sents, targets, resolved,
                                                                                   rejected))):
                    continue
                if kind in CONDUCT_RULES and self._bodys_own(sent, cue_start, speakers.agency(k, cue_start)):
                    continue  # "Kami harus bekerja sama ...," kata Ketua Bawaslu: the body's own task
                labels = own or borrowed
                if labels and sent.start not in self._heads_bound:
                    resolved[k] = labels
                given = True
                if heading:
                    continue  # "ASN Harus Netral" over a paragraph: whom it names stays the context, no directive
                if text is None:  # once per sentence, whatever the number of kinds it gives
                    text = self._statement_text(k, sents, paras)
                    bases = legal_bases(text, doc._.published)
                    if not own and self._joins_next(k, sents, paras):
                        joined.add(k)
                records.append(Directive(
                    kind=kind, sentence=text, actor=speakers.actor(k, cue_start),
                    target=", ".join(labels) if labels else None,
                    behaviours=tuple(dict.fromkeys(b.id_ for b in behaviours[k])),
                    legal_bases=bases,
                ))
                given_kinds.setdefault(k, set()).add(kind)
                owners.append(k)
                span = Span(doc, sent.start, sent.end, label=kind)
                span._.kind = kind
                spans.append(span)
            if not given and any(status == REJECT for status, _ in kinds.values()) or sent.start in self._heads_bound:
                rejected.add(k)
        if joined:  # a short quoted sentence naming no one is reported with the next one (`_statement_text`); where
            # the next one states the same kind itself ("Sanksi ada tingkatannya. Sampai sanksi berat kalau terbukti"),
            # the statement is reported once, by the joined text that holds both, rather than twice over the same
            # words; "ASN harus netral. Camat harus jadi teladan." names whom each binds: two statements
            stated = set(zip(owners, (r.kind for r in records)))
            keep = [i for i, (k, r) in enumerate(zip(owners, records))
                    if k - 1 not in joined or (k - 1, r.kind) not in stated]
            records, spans = [records[i] for i in keep], [spans[i] for i in keep]
        doc.spans["directives"] = spans
        doc._.directives = records
        return doc

    def _words(self, doc: Doc, sents: list[Span]) -> None:
        """Per-token views of the document the rules read many times (much cheaper than spaCy
        Token objects): text, lower case and punctuation by token index, and sentence starts.
        They hold for the document being processed (one at a time)."""
        columns = doc.to_array([ORTH, IDX]).T
        words = list(map(self._lexemes.__getitem__, columns[0].tolist()))
        self._idx = columns[1].tolist()  # as Token.idx
        # one column at a time: zip(*words) passes every word as an argument and costs twice as much
        self._texts = list(map(itemgetter(0), words))
        self._low = list(map(itemgetter(1), words))  # as Token.lower_
        self._punct = list(map(itemgetter(2), words))
        self._sought = list(compress(range(len(words)), map(itemgetter(3), words)))  # see ``_Words``
        self._text = doc._.text or doc.text  # read once: doc.text rebuilds it token by token
        # institutions named in the text (see ``_institution_subject``, ``Speakers``)
        self._org_spans = [e for e in doc.ents if e.label_ == "ORG"]
        self._orgs = {e.start: e.end for e in self._org_spans}
        self._named: set[int] | None = None  # see ``_named_words``
        self._forces: dict[int, int] = {}  # see ``_past_forces``
        self._sentence_sets: dict[tuple[int, int], set[str]] = {}  # see ``_sentence_words``
        self._numbers: dict[int, list[int] | None] = {}  # see ``_after_number``
        self._lowered: dict[tuple[int, int], str] = {}  # see ``_lower``
        self._starts = [s.start for s in sents] or [0]
        # sentences whose request verb only reminds of a value or reports a statement: no directive, but the speaker
        # still speaks to those addressed before (see ``_reminds_importance``, ``_reported_statement``)
        self._reminders: set[int] = set()
        # where an explainer's short answer to its own question opens ("? Silakan, ..."): leave whose addressee the
        # question names (see ``_short_answer``)
        self._answers: set[int] = set()
        # sentences binding a regional head or a candidate (see ``_heads_own_rule``): a rule given, but to
        # someone other than civil servants, so the pronouns after it ("mereka harus ...") do not reach past it
        self._heads_bound: set[int] = set()

    def _member_class(self, role: Span, forces: set[int]) -> bool:
        """A title with no holder (an OFFICE) that opens on a member word and on the forces' phrase (``forces``: the
        starts of `co_targets`: "Anggota Polri yang ...", "Anggota TNI dilarang ..."): the class a rule is for, not an
        official, unless a speech verb follows (a speaker)."""
        if role.label_ != "OFFICE" or role.start not in forces or self._low[role.start] not in self.member_titles:
            return False
        j = self._past(role.end, len(self._low), self.speech_adverbs)
        return j == len(self._low) or self._low[j] not in self.speech and self._low[j] not in self.attribution

    def _party_of_unit(self, term: _Term) -> bool:
        """The word "pihak" right before a unit of the government's own staff ("pihak pemdes", "pihak kecamatan"),
        which names that unit, not everyone."""
        return self._low[term.start] == self.party_word and term.end - term.start == 1 and any(
            tuple(self._low[term.end:term.end + len(u)]) == u for u in self.party_units)

    def _lower(self, term: _Term) -> str:
        """The phrase's text in lower case (its ``Span.text.lower()``), sliced from the document's text by its
        words' offsets; kept by position, as the rules ask it of the same cue many times."""
        key = (term.start, term.end)
        text = self._lowered.get(key)
        if text is None:
            last = term.end - 1
            end = self._idx[last] + len(self._texts[last])
            text = self._lowered[key] = self._text[self._idx[term.start]:end].lower()
        return text

    def _plain(self, i: int) -> bool:
        """A plain lower-case word (not a name, an acronym or a number): Token.is_alpha and is_lower."""
        return self._texts[i].isalpha() and self._texts[i].islower()

    def _verb(self, i: int) -> bool:
        """A lower-case word of more than four letters with a verb prefix ("menjaga", "diminta"), a reduplicated one
        by its first half ("berhati-hati", "bermain-main"). Kept by word (its lower case is its lexeme's): the rules ask
        about the same words many times."""
        text = self._texts[i]
        verb = self._verbs.get(text)
        if verb is None:
            low = self._low[i]
            head, _, tail = text.partition("-")
            verb = self._verbs[text] = len(head) > 4 and low.startswith(self.verb_prefixes) and head.isalpha() and \
                (not tail or tail.isalpha()) and text.islower() and \
                not {low, head} & self.non_verbs  # "bersama", "menjelang", "mendatang", "dilingkungannya"
        return verb

    def _person(self, i: int) -> bool:
        """A plain person noun outside the target lists ("anggota", "pendukung")."""
        return self._low[i] in self.persons_words and self._plain(i)

    def _status(self, targets: list[_Term]) -> str:
        """Civil servants addressed: accept; only others (or only soldiers, police...): reject; only a word
        for staff listed with others ("KPU, Bawaslu dan seluruh jajaran"): their staff, reject."""
        cs = [t for t in targets if t.label_ in ADDRESSEES]
        if cs and all(self._lower(t) in self.staff_words for t in cs) and any(t.label_ == "other" for t in targets):
            return REJECT
        if cs:
            return ACCEPT
        if any(t.label_ == "co" or t.label_ == "other" and t.id_ != "event" for t in targets):
            return REJECT
        if any(t.label_ == "other" for t in targets):
            return NOBODY  # "Pilkada harus berjalan damai": it does not end the search for an addressee either
        return UNKNOWN

    def _cues(self, doc: Doc, targets: list[_Term], in_roles: set[int],
              matched: dict[str, list[tuple[str, str, int, int]]]) -> list[_Term]:
        """The cue words, plus a reported request made with "agar"/"supaya" alone (see ``_hortative``), the civil
        servants opening a clause before "untuk" and their conduct (see ``_asked_subject``) and a speech verb
        telling the civil servants what to do (see ``_tells``). A word of an official's title is no cue
        ("Koordinator Divisi Penindakan Bawaslu ...")."""
        discourse = {i for _, _, start, end in matched["not_cues"] for i in range(start, end)}  # "Perlu ..."
        # ... unless the cue runs on past a not-cue opening with it: "boleh jadi PPS" is leave, "boleh jadi" a hedge
        outrun = {(start, end) for _, _, start, end in matched["not_cues"]}
        found = [_Term._make(c) for c in matched["cues"] if c[2] not in in_roles and
                 (c[2] not in discourse or any(start == c[2] and end < c[3] for start, end in outrun))]
        taken = {i for c in found for i in range(c.start, c.end)}
        told = {t.start: t.end for t in targets if t.label_ in ADDRESSEES}
        self._forces = {t.start: t.end for t in targets if t.label_ == "co"}  # see ``_past_forces``
        for i in self._sought:
            if i in taken or self._low[i] not in self.made_cues:
                continue
            low = self._low[i]
            if low in self.hortative and self._hortative(i, told, taken) or \
                    low in self.subject_links and self._asked_subject(doc, i, told, taken, targets) or \
                    low in self.told_verbs and self._tells(i, told):
                found.append(_Term("appeal", "", i, i + 1))
        for i in self._sought:
            if self._low[i] in self.requested_abilities and i not in taken and self._proviso_leave(i, taken):
                found.append(_Term("permission", "", i, i + 1))
            elif self._low[i] in self.cut_pay_first and (verb := self._cut_pay(i)) is not None and verb not in taken:
                found.append(_Term("sanction", "", verb, verb + 1))  # "TPP-nya dipotong", "Tukinnya kita potong"
        starts = doc._.sentence_starts or []
        for k in range(len(starts)):
            i = self._listed_rule(starts, k)
            if i is not None and i not in taken:
                found.append(_Term("prohibition", "", i, i + 1))
            if k and (answer := self._short_answer(doc, starts, k)) is not None:
                self._answers.add(answer.start)
                if answer.start not in taken:
                    found.append(answer)
        return sorted(found, key=lambda s: s.start)

    def _cut_pay(self, i: int) -> int | None:
        """Where the verb stands that cuts, withholds or puts off the pay or the rise named at ``i`` (`cut_pay`),
        within `reach` words of its clause: a passive ("TPP ASN yang berpihak akan dipotong", "Kenaikan pangkat
        mereka ditunda") or a bare stem after its doer ("tukinnya kita potong"); not the cut someone wants or would
        avoid ("bila tak ingin tunjangan kinerja dipotong"), nor the pay as a budget line ("Pencairan TPP ditunda").
        Else None."""
        low = self._low
        pay = next((p for p in self.cut_pay if tuple(low[i:i + len(p)]) == p), None)
        if pay is None or i and (low[i - 1] in self.cut_wished or low[i - 1] in self.cut_budget):
            return None
        for j in range(i + len(pay), min(len(low), i + len(pay) + self.cut_reach)):
            if self._punct[j] and not low[j].startswith("-"):
                return None
            if low[j] in self.cut_verbs or low[j] in self.cut_stems and low[j - 1] in self.cut_doers:
                return j
        return None

    def _proviso_leave(self, i: int, taken: set[int]) -> bool:
        """ "Bisa masuk ke forum partai, asalkan jangan di jam kerja": the modal of ability at ``i`` before an
        active conduct whose clause goes on to a proviso (`provisos`) is leave with its condition; a proviso of approval
        ("dapat dilakukan setelah mendapat persetujuan Mendagri") also past a passive."""
        j = i + 1
        if j >= len(self._low) or j in taken or not self._plain(j) or self._low[j] in self.proviso_not_before or \
                i and (self._low[i - 1] in self.negators or self._low[i - 1] in self.asking_anew or
                       self._low[i - 1] in self.speaker_agents):
            return False
        passive = self._verb(j) and self._low[j].startswith(("di", "ter"))
        for k in range(j + 1, min(len(self._low) - 1, j + self.proviso_reach)):
            low = self._low[k]
            if low in self.proviso_approvals and self._low[k - 1] in self.approval_leads:
                return not passive or self._low[j] in self.approval_passives
            if low in self.provisos and not passive:
                after = self._low[k + 1]
                return low in self.free_provisos or after in self.proviso_heads or after in self.negators or \
                    after in self.proviso_approvals or low == "asal" and self._low[k - 1] == ","
            if low in HARD_BOUNDARIES or low == "," and self._low[k + 1] not in self.provisos:
                return False
        return False

    def _listed_rule(self, starts: list[int], k: int) -> int | None:
        """Where the negation of the ``k``-th sentence stands when it is a numbered list item saying what
        not to do ("2. Tidak memasang spanduk ..."), under a lead that is no pledge; else None."""
        words = self._after_number(starts[k])
        if words is None or len(words) < 2 or self._low[words[0]] not in self.listed_negations \
                or not self._verb(words[1]):
            return None
        lead = k - 1
        while lead >= 0 and self._after_number(starts[lead]) is not None:
            lead -= 1
        end = starts[lead + 1] if lead >= 0 else 0
        if lead >= 0 and any(w in self.pledges for w in self._low[starts[lead]:end]):
            return None
        return words[0]

    def _listed_request(self, k: int, sents: list[Span], targets: list[list[_Term]],
                        given_kinds: dict[int, set[str]]) -> int | None:
        """Where the verb opening the ``k``-th sentence stands when it is a numbered list item asked of the civil
        servants ("1. Menjaga netralitas ..."): its lead, the sentence before the list ending with a colon, names them
        with a word of asking (`listed_requests`), no pledge, and gives no directive of its own. A sentence going on
        from an item ("3. Bijak bermedia sosial. Salah satunya ...") stays in the list. Else None."""
        words = self._after_number(sents[k].start)
        if not words or not self._listed_verb(words[0]):
            return None
        lead = k - 1
        while lead >= 0 and self._low[self._last_word(sents[lead])] != ":":
            if self._after_number(sents[lead].start) is None and (
                    lead == 0 or self._after_number(sents[lead - 1].start) is None):
                return None  # prose between the lead and the item: another list, or none
            lead -= 1
        if lead < 0 or given_kinds.get(lead):
            return None
        low = set(self._low[sents[lead].start:sents[lead].end])
        if low & self.pledges or not low & self.listed_requests or \
                not any(t.label_ in ADDRESSEES for t in targets[lead]):
            return None
        return words[0]

    def _listed_verb(self, i: int) -> bool:
        """A word with a verb prefix opening a list item, capitalised or not ("Menjaga", "menolak"); no negation."""
        low = self._low[i]
        return len(low) > 4 and low.isalpha() and low.startswith(self.verb_prefixes) and low not in self.non_verbs \
            and low not in self.listed_negations

    def _last_word(self, sent: Span) -> int:
        """The sentence's last token that is not white space."""
        i = sent.end - 1
        while i > sent.start and self._texts[i].isspace():
            i -= 1
        return i

    def _short_answer(self, doc: Doc, starts: list[int], k: int) -> _Term | None:
        """ "Bisakah ASN hadir di kampanye? Bisa, asal ...": an explainer answers its own question with the modal
        alone, which no cue phrase holds ("bisa" is leave only with what it allows); after a question, a sentence
        opening with "bisa"/"dapat"/"silakan" (past "ya", "tentu"), then a mark, grants leave, "tidak bisa" refuses
        it."""
        last = starts[k] - 1
        while last > starts[k - 1] and (self._texts[last] in CLOSERS or self._texts[last] in QUOTES
                                        or self._texts[last].isspace()):
            last -= 1
        if self._low[last] != "?":
            return None
        end = starts[k + 1] if k + 1 < len(starts) else len(self._low)
        i = starts[k]
        while i < end and (self._punct[i] or self._texts[i].isspace() or self._low[i] in self.answer_leads):
            i += 1
        refused = i < end and self._low[i] in self.negators
        j = i + 1 if refused else i
        if j >= end or self._low[j] not in self.answer_modals:
            return None
        after = j + 1
        if after < end and self._low[after] == "saja":
            after += 1
        if after < end and not self._punct[after]:
            return None
        return _Term("prohibition" if refused else "permission", "", i, after)

    def _ruled(self, i: int, start: int) -> bool:
        """A speech verb right before the modal at ``i`` (past `speech_adverbs`): "Bupati menjawab boleh",
        "Bawaslu menegaskan tidak boleh"; the one who speaks gives the ruling and is not whom it addresses."""
        j = i - 1
        while j > start and self._low[j] in self.speech_adverbs:
            j -= 1
        return j >= start and self._low[j] in self.ruled_verbs

    def _after_number(self, start: int) -> list[int] | None:
        """The first words of a sentence after its list number ("1.", "1 ." or "b."), None if it has none."""
        if len(self._texts[start]) > 3 and not self._texts[start].isspace():
            return None  # no list number is longer than "(2)" or "12."
        if start not in self._numbers:  # asked again of each item when a list is walked back to its lead
            words = [i for i in range(start, min(start + 5, len(self._low))) if not self._texts[i].isspace()]
            n = list_number([self._texts[i] for i in words])
            self._numbers[start] = words[n:] if n else None
        return self._numbers[start]

    def _tells(self, i: int, told: dict[int, int]) -> bool:
        """ "menegaskan ASN di Kabupaten X untuk menjaga ...": the civil servants right after the verb (its comma,
        adverbs of speech, "kepada" or a quantifier: "menyampaikan kembali kepada seluruh ASN untuk ..."), then a link
        to what they are to do, with no verb between. After "pentingnya" the content may follow them at once
        ("menekankan pentingnya ASN menjaga netralitas", "... ASN tidak terlibat"). Teaching tells only when given
        ("memberikan edukasi kepada ASN untuk ..."); a letter tells unless it summons ("menyurati ASN itu untuk hadir
        memberi klarifikasi"). A colon may open what they are told ("menyampaikan tiga pesan kepada ASN: menjaga
        ...")."""
        if self._low[i] in self.taught and (i == 0 or self._low[i - 1] not in self.teaching_givers):
            return False  # "pemahaman ASN untuk netral masih rendah": teaching named, not given
        k = bisect_right(self._starts, i)
        stop = self._starts[k] if k < len(self._starts) else len(self._low)
        if self._low[i] in self.request_nouns:
            # "pesan tegas terhadap ASN agar ...": the noun's adjective stands between it and whom it tells
            i = self._past(i + 1, stop, self.request_adjectives) - 1
        j = self._past(i + 1, stop, self.told_passed)
        importance = j < stop and self._low[j] in self.importance
        # "menekankan pentingnya seluruh ASN menjaga ...": the importance of what all of them do; "menegaskan para
        # guru untuk ...": all of them told, but not "seluruh jajaran" alone, the staff of whoever is about
        q = self._past(j + 1 if importance else j, stop, self.told_quantifiers)
        end = told.get(self._past_forces(q, stop))
        if end == q + 1 and q > j and not importance and self._low[q] in self.staff_words and \
                not self._staff_placed(end, stop):
            end = None
        comma = j == i + 2 and self._low[i + 1] == ","  # "menegaskan, ASN di lingkungan X untuk ..."
        # "menyampaikan kembali kepada ASN ...", "surati dulu SKPD ...": only adverbs between the verb and them
        adverbs = j > i + 1 and all(self._low[k] in self.speech_adverbs for k in range(i + 1, j))
        # "menyampaikan kepada para ASN untuk ...", also past the verb's comma ("menegaskan, kepada seluruh ASN ...")
        to = (j == i + 1 or comma or adverbs) and j < stop and self._low[j] in self.told_to
        if to:
            end = told.get(self._past_forces(self._past(j + 1, stop, self.told_quantifiers), stop))
        elif importance and j + 1 < stop and self._low[j + 1] in self.told_to:
            # "menekankan pentingnya bagi seluruh ASN untuk ...": the importance for them, as "penting bagi ASN untuk"
            to = True
            end = told.get(self._past_forces(self._past(j + 2, stop, self.told_quantifiers), stop))
        if end is None or (j > i + 1 and not importance and not comma and not adverbs):
            return False
        for j in range(end, min(stop, end + 12)):
            if to and self._low[j] in self.requested_abilities and j + 1 < stop and (
                    self._verb(j + 1) and not self._low[j + 1].startswith("di") or self._low[j + 1] in self.negators):
                return True  # "menegaskan kepada seluruh jajaran bisa memahami ...": what they are asked to do
            if self._low[j] == self.aside_opener and self._low[j - 1] == "," and \
                    (link := self._aside_link(j, stop)) is not None:
                j = link  # "kepada ASN, baik yang bertugas di dinas maupun di sekolah, agar ...": the aside passed
            if self._low[j] in self.told_links or self._low[j] in self.told_opening:
                if self._low[i] in self.letters and self._summoned(j + 1, stop):
                    return False  # "menyurati ASN tersebut untuk hadir memberikan klarifikasi": a summons
                # what is passed on to them may be a thing ("menyampaikan kepada ASN terima kasih untuk ..."):
                # after "kepada" a conduct must follow the link
                return not to or any(self._verb(x) or self._low[x] in self.asked_states or self._low[x] in self.negators
                                     for x in range(j + 1, min(stop, j + 4)))
            if importance and (self._low[j] in self.negators or self._low[j] in self.asked_states):
                return True  # "menekankan pentingnya ASN tidak terlibat ...", "... ASN tetap netral"
            # a comma, a bracket, a slash or a dash lists them on ("menyampaikan ASN/PNS untuk ...", "ASN dan TNI-Polri
            # untuk ...")
            if self._verb(j) or (self._punct[j] and self._low[j] != "," and self._low[j] not in WORD_MARKS):
                return importance and self._verb(j)
        return False

    def _summoned(self, j: int, stop: int) -> bool:
        """ "... untuk hadir memberikan klarifikasi", "... agar datang dimintai keterangan": what a letter asks at ``j``
        is to come or to be heard, a summons, within `summons_reach` words."""
        return any(self._low[k] in self.summons or self._low[k].removesuffix("nya") in self.procedural
                   for k in range(j, min(stop, j + self.summons_reach)))

    def _staff_placed(self, end: int, stop: int) -> bool:
        """ "seluruh pejabat (dan staf) di lingkungan Pemkab ...": the staff word ending at ``end`` placed in the
        government within a few words, no verb or mark but a comma between: its own staff, not whoever's is about."""
        for k in range(end, min(stop, end + self.staff_placed_reach)):
            if self._low[k] in self.staff_placed:
                return k + 1 < stop and self._low[k + 1] in self.staff_placed_in
            if self._verb(k) or (self._punct[k] and self._low[k] != ","):
                return False
        return False

    def _aside_link(self, j: int, stop: int) -> int | None:
        """The link right after the comma closing an aside opened by "baik" at ``j`` that pairs its members
        ("baik yang bertugas di dinas, kecamatan maupun di sekolah, agar ..."), or None."""
        paired = False
        for x in range(j + 1, min(stop, j + self.aside_reach)):
            low = self._low[x]
            if low in self.told_links and self._low[x - 1] == ",":
                return x if paired else None
            if self._punct[x] and low != "," and low not in WORD_MARKS:
                return None
            paired = paired or low in self.aside_pairs
        return None

    def _past_forces(self, q: int, stop: int) -> int:
        """ "kepada TNI, Polri dan ASN untuk ...", "penting bagi TNI-Polri serta seluruh ASN untuk ...": the forces
        listed first, as the triad is mostly written, stand before the civil servants told; the position past them and
        the words joining the list (``q`` itself where no force stands there)."""
        p = self._past(q, stop, self.told_quantifiers)  # "para anggota TNI, Polri, dan ASN"
        if p not in self._forces:
            return q
        while p < stop and p in self._forces:
            p = self._past(self._past(self._forces[p], stop, self.forces_joined), stop, self.told_quantifiers)
        return p

    def _hortative(self, i: int, told: dict[int, int], taken: set[int]) -> bool:
        """"menyampaikan, agar seluruh ASN ..." (after a speech verb), "memberikan pemahaman kepada ASN
        agar ..." (after the civil servants told), "Kita semua ASN, termasuk saya, agar menjaga ..." (right
        after the civil servants it addresses, with no verb between), "Camat menjelaskan, ASN agar ..." (see
        ``_subject``), "Untuk itu, agar seluruh ASN ..." (opening its sentence, see ``_opens``) or "sudah
        memberitahukan kepada seluruh bupati agar ASN ..." (after a message sent, see ``_sent_on``)."""
        j = i - 1
        if j >= 0 and self._low[j] in {",", "bahwa"}:
            j -= 1  # "menyampaikan, agar ...", "disampaikan bahwa agar ..."
        else:
            j = self._past_back(j, 0, self.speech_adverbs)  # "menegaskan kembali agar ...", "sekali lagi agar ..."
        if j >= 0 and self._low[j] in self.speech:
            return True
        if self._told(i, told) is not None or self._subject(i, told, taken) is not None or self._opens(i) or \
                self._sent_on(i, told):
            return True
        start = self._starts[bisect_right(self._starts, i) - 1]
        return any(w in {"asn", "pns", "aparatur", "pegawai"} for w in self._low[start:i]) and \
            not self._has_verb(start, i)

    def _sent_on(self, i: int, told: dict[int, int]) -> bool:
        """ "sudah memberitahukan kepada seluruh bupati agar ASN bertindak netral": a message sent (`sent_requests`)
        within reach before "agar" at ``i``, no punctuation between, and the civil servants right after it. A letter
        may ask something done to them ("surat rekomendasi agar PNS tersebut dijatuhi sanksi", "surat terbuka agar ASN
        ... dipecat"): see ``_done_to``."""
        first = self._past(i + 1, len(self._low), self.skip)
        if first not in told or self._done_to(told[first]):
            return False
        start = self._starts[bisect_right(self._starts, i) - 1]
        for j in range(i - 1, max(start, i - self.sent_reach) - 1, -1):
            if self._punct[j]:
                return False
            if self._low[j] in self.sent_requests:
                return True
        return False

    def _done_to(self, end: int) -> bool:
        """A passive verb (not opening a relative clause, "ASN yang dilantik") or a penalty noun in the clause after
        the civil servants ending at ``end``: "agar ASN yang terlibat kampanye diberi sanksi" wants something done to
        them, no conduct of theirs."""
        k = bisect_right(self._starts, end)
        stop = self._starts[k] if k < len(self._starts) else len(self._low)
        for j in range(end, stop):
            if self._punct[j]:
                return False
            if self._low[j] in self.sanction_nouns or \
                    (self._low[j].startswith("di") and self._verb(j) and self._low[j - 1] != "yang"):
                return True
        return False

    def _asked_subject(self, doc: Doc, i: int, told: dict[int, int], taken: set[int], targets: list[_Term]) -> bool:
        """ "Sekda mengatakan, seluruh ASN untuk bersikap netral", "intinya setiap ASN untuk dapat menjaga ...":
        "untuk" at ``i`` right after the civil servants opening its clause (see ``_subject``), nothing but what names
        them or their place between ("PNS di lingkup Pemkab X untuk ...", "ASN dan para honorer untuk ..."), their
        conduct after it, asks it of them as "agar" would; "ASN tidak sulit untuk netral", "ASN hanya fokus untuk
        melayani" say something of them, and the object of a verb of saying right before them ("mengingatkan seluruh
        pegawai untuk ...") is the verb's own."""
        j = self._subject(i, told, taken)
        if j is None or told[j] > i:
            return False  # "Untuk itu Pj Bupati berharap ...": the lead's own "untuk", no one before it
        before = j - 1
        while before > 0 and self._low[before] in self.told_quantifiers:
            before -= 1  # "mengingatkan seluruh pegawai untuk ...": past the quantifier to the verb
        if before >= 0 and (self._low[before] in self.speech and self._low[before] not in self.reporting_only or
                            self._low[before] in self.hopes or self._low[before] in self.hortative):
            return False  # "agar ASN di Kabupaten X untuk ...": the request's own link asks already; a verb that only
            # reports ("menambahkan ASN maupun kades untuk tidak ...") takes no one as its object, they open the clause
        if told[j] < i:
            named = self._named_words(doc, targets)
            rel = self._relative_clause(i, told[j], taken)
            if any(k not in named and self._low[k] not in self.subject_joiners and
                   self._low[k] not in self.told_quantifiers for k in range(told[j], rel)):
                return False  # "ASN tidak sulit untuk netral": something said of them
        k = bisect_right(self._starts, i)
        return self._conduct_follows(i + 1, doc[i:self._starts[k] if k < len(self._starts) else len(doc)])

    def _named_words(self, doc: Doc, targets: list[_Term]) -> set[int]:
        """The words that name the civil servants, their institution or their place ("ASN di lingkungan Pemkab
        Jombang untuk"): built once per document, when ``_asked_subject`` first needs them."""
        if self._named is None:
            self._named = {i for s in [*targets, *doc.ents, *doc.spans.get("places", [])]
                           for i in range(s.start, s.end)}
        return self._named

    def _subject(self, i: int, told: dict[int, int], taken: set[int]) -> int | None:
        """ "ASN agar tidak ikut kampanye", "Bagi ASN, agar ...", "Camat menjelaskan, PNS supaya ...": where the
        civil servants (starts of ``told``) stand who open the clause of "agar" at ``i`` (the sentence, or what
        follows a speech verb, its comma or "bahwa"), with no verb or other cue (``taken``) before it: they are
        whom it asks, whatever follows it. None if the clause opens otherwise."""
        start = self._starts[bisect_right(self._starts, i) - 1]
        j = self._relative_clause(i, start, taken) - 1
        while j >= start and self._low[j] not in self.speech:
            if self._verb(j) or j in taken:
                return None
            j -= 1
        if j >= start:  # "menjelaskan, ASN agar ...", "mengatakan bahwa ASN agar ..."
            j += 1
            while j < i and self._low[j] in {",", "bahwa"}:
                j += 1
        else:
            j = self._opening(start, i)
        j = self._past_quotes_and_links(j, i)
        lead = self._lead_length(j)
        j = self._past(j + lead, i, self.skip_comma)  # "Untuk itu, ASN agar ...", "Bagi seluruh ASN, agar ..."
        if j not in told:  # "Demi kondusifitas, kepada ASN untuk ...": past a fronted adjunct and its comma
            comma = next((k for k in range(j, i) if self._low[k] == ","), None)
            if comma is not None and not any(k in told for k in range(j, comma)):  # not inside a list of them
                j = self._past(self._past_quotes_and_links(comma + 1, i), i, self.skip_comma)
        return j if j in told else None

    def _relative_clause(self, i: int, start: int, taken: set[int]) -> int:
        """Where a relative clause opens that runs up to the link at ``i`` ("ASN yang berdomisili di desa itu untuk
        tetap netral", "Semua pegawai, yang bertugas di sekolah, agar ..."): its verbs say which of them are meant,
        not what they do, so the link still asks them. Within `relative_reach` words, or `relative_reach_closed` where
        a comma closes it right before the link (so bounded, it opens at its first marker), with no cue, no mark but a
        comma or one inside a word or gloss (WORD_MARKS), no word of guilt ("ASN yang terbukti melanggar agar ..."),
        and no verb right before the link, which takes it as its own ("ASN yang hadir bertujuan untuk ..." states
        their aim); else ``i``."""
        if self._verb(i - 1):
            return i
        close = 1 if self._low[i - 1] == "," else 0  # the comma closing it is no word of it
        # a comma closing it bounds it, so it may run on longer ("Para ASN yang selama ini sering mengunggah dukungan
        # kepada calon tertentu di media sosial, agar tak mengulanginya")
        reach = self.relative_reach_closed if close else self.relative_reach
        opened = i
        for y in range(i - 1, max(start, i - close - reach) - 1, -1):
            low = self._low[y]
            # a gloss in brackets or a joined pair ("capres-cawapres") runs on inside it; another mark ends it
            if y in taken or low in self.guilt or self._punct[y] and low != "," and low not in WORD_MARKS:
                return opened
            if low in self.relative_markers:
                opened = y
                if not close:
                    return y
                # ... and, so bounded, it may hold a relative clause of its own ("ASN yang memiliki kerabat yang maju
                # sebagai calon, agar ..."): it opens at the first marker
        return opened

    def _opens(self, i: int) -> bool:
        """ "Agar ASN tetap netral ...", "Untuk itu, agar seluruh ASN ...", "Oleh karena itu, supaya ...": "agar" at
        ``i`` opening its sentence (past quotation marks and linking words), alone or after one of
        ``hortative_leads`` and its comma."""
        j = self._past_quotes_and_links(self._opening(self._starts[bisect_right(self._starts, i) - 1], i), i)
        if j == i:
            return True
        end = i - 1 if self._low[i - 1] == "," else i
        return tuple(self._low[j:end]) in self.hortative_leads

    def _past_quotes_and_links(self, j: int, i: int) -> int:
        """Where the words from ``j`` go on past quotation marks and linking words, before ``i``."""
        while j < i and (self._texts[j] in QUOTES or self._low[j] in self.linking):
            j += 1
        return j

    def _opening(self, start: int, i: int) -> int:
        """Where the clause of "agar" at ``i`` opens in a sentence from ``start``: after an attribution that opens the
        sentence and its comma ("Menurut Sekda, seluruh ASN supaya ...", "Lanjutnya, agar ASN ..."), else ``start``."""
        if self._low[start] not in self.attribution:
            return start
        comma = next((j for j in range(start + 1, min(i, start + 8)) if self._low[j] == ","), None)
        return start if comma is None else comma + 1

    def _joined_servants(self, i: int, sent: Span, targets: list[_Term]) -> bool:
        """ "masyarakat dan ASN", "warga maupun PNS", "masyarakat termasuk ASN": civil servants named with the
        outsider ending at ``i``, before the clause's first verb or mark."""
        starts = {t.start for t in targets if t.label_ in ADDRESSEES}
        while i < sent.end and not self._punct[i] and not self._verb(i):
            if i in starts:
                return True
            i += 1
        return False

    def _opens_clause(self, i: int, sent: Span) -> bool:
        """ "Boleh saja ...", '"Sah-sah saja ...', ", tidak masalah ...": the word at ``i`` opens its sentence or
        follows a mark."""
        return i == sent.start or self._punct[i - 1]

    def _purpose_after(self, cue: _Term, sent: Span) -> bool:
        """ "Agar ASN paham, BKD menggelar sosialisasi": a comma after an opening "agar" clause leads to the main
        clause it is the purpose of, unless a speech verb follows it ('"Agar ASN netral," kata Bupati')."""
        for j in range(cue.end, sent.end - 1):
            if self._low[j] == ",":
                k = j + 1
                while k < sent.end and self._texts[k] in QUOTES:
                    k += 1
                return k < sent.end and self._low[k] not in self.speech and self._low[k] not in self.attribution
        return False

    def _told(self, i: int, told: dict[int, int]) -> int | None:
        """ "menekankan kepada seluruh ASN agar ...": the first word after the preposition that names
        whom a speech verb addresses before "agar" at ``i`` (no verb or clause break between). Civil
        servants (starts of ``told``) after the preposition need no speech verb before it: "kepada ASN
        agar ..." tells them whatever verb of giving or saying opens it ("memberikan pemahaman kepada
        ASN agar ...", "dan kepada ASN agar ...")."""
        start = self._starts[bisect_right(self._starts, i) - 1]
        for j in range(i - 1, max(start, i - 10) - 1, -1):
            low = self._low[j]
            if low in self.told_markers:
                k = j - 1
                while k > start and self._low[k] in self.speech_adverbs:
                    k -= 1  # "menekankan kembali kepada ASN agar ..."
                q = self._past(j + 1, i, self.skip)  # "kepada seluruh ASN"
                if k >= start and self._low[k] in self.speech and (q in told or low not in self.told_spoken):
                    return j + 1  # "menegaskan ke seluruh ASN agar ...", not "disampaikan ke KASN agar ..."
                return j + 1 if q in told and low in self.told_alone else None
            if self._verb(j) or (self._punct[j] and low not in {",", "(", ")", "/", "-"}):
                return None
        return None

    # ------------------------------------------------------------------ decisions
    def _kinds(self, sent: Span, cues: list[_Term], targets: list[_Term],
               openers: dict[int, _Term]) -> dict[str, tuple[str, int]]:
        """kind -> (accept | reject | unknown | local, first cue) for one sentence (best status wins).

        The modal decides: an appeal whose reported content carries a modal cue ("mengingatkan ASN
        harus netral") is that modal's kind, but leave it reports in a modal of ability ("meminta ASN dapat
        hadir") is what it asks, and a bare reporting verb ("mengingatkan, ...") gives way to any other cue of its
        sentence."""
        if not cues:  # no cue, no directive (two sentences in five)
            return {}
        out: dict[str, tuple[str, int]] = {}
        weak_appeal = False
        found: list[tuple[str, int, int]] = []  # (kind, start, end) of the cues that were not rejected
        refused: list[tuple[int, int]] = []  # (start, end) of the requests that ask someone outside the service
        duties: set[int] = set()  # where a verb of a supervisor's duty stands after its modal
        unasked: int | None = None  # where a request negated (`unasked_through`) ends: its content asks nothing
        for cue in cues:
            kind = cue.label_
            low = self._lower(cue)
            before = self._low[cue.start - 1] if cue.start > sent.start else ""
            if before == "-" and cue.start - 3 >= sent.start and self._low[cue.start - 2] == self._low[cue.start]:
                before = self._low[cue.start - 3]  # "tidak mengajak-mengajak": the negator before the first copy
            if kind in self.negatable and (before in self.negators or low in self.agent_stems and
                                           self._refused_by_agent(cue, sent)):
                continue
            if self._said_untrue(cue, sent):
                continue  # "membantah telah melarang pegawainya ...": a rule said never to have been given
            if kind == "sanction" and before in self.penalised_speakers and low.startswith("di"):
                continue  # "Kami dihukum seolah ...": the speaker's own account of a penalty he bore
            if kind == "sanction" and before in self.negated_through and cue.start - 2 >= sent.start and \
                    self._low[cue.start - 2] in self.negators:
                continue  # "tak berani menjatuhkan sanksi": no penalty given
            if kind == "sanction" and self._penalty_denied(cue, sent):
                continue  # "tak akan dikenakan sanksi", "tidak perlu khawatir kena sanksi": denied or waved off
            if kind == "appeal" and (before in self.unasked_through and self._unasked(cue, sent) or
                                     unasked is not None and self._clause_from(unasked, cue.start)):
                unasked = cue.end
                continue  # "tidak pernah meminta ASN ...", "tak ingin memberikan imbauan kepada ASN agar": not made
            if kind in RULES and (self._for_reason(cue, sent) or self._in_condition(cue, sent, kind)):
                continue  # "karena dilarang UU", "jika ada ASN yang ... dilarang", "apakah ASN boleh": none
            if kind == "sanction" and self._supposed_penalty(cue, sent):
                continue  # "jika sanksi diberikan tanpa bukti, ...": the penalty supposed, none threatened
            if kind == "obligation" and self._grounds_rule(cue, sent, cues):
                continue  # "tidak boleh menggiring pemilih, karena PNS itu harus netral": the ban's reason
            if kind in RULES and self._describes_asked(cue, sent, cues):
                continue  # "meminta ASN yang dilarang berpolitik untuk menahan diri": who is asked, not what
            if low in self.imperatives and cue.start > sent.start and \
                    (not self._punct[cue.start - 1] or before == ")") and \
                    before not in self.linking and not self._adverb_opens(cue.start - 1, sent) and \
                    not self._called_imperative(cue, targets) and not self._opened_by_lead(cue.start, sent) and \
                    not self._after_wish(cue.start, sent):
                continue  # an imperative opens its clause: "Jaga netralitas", not "kita jaga bersama", "(PPNPN) tetap"
            if low in self.generic_imperatives and not self._conduct_ahead(cue, sent):
                continue  # "Laksanakan pemungutan suara sesuai jadwal": anyone's task, no conduct of theirs
            after = self._low[cue.end] if cue.end < sent.end else ""  # the word right after the cue, "" at the end
            if low in self.advice and (after in self.advice_own or after.startswith("di") and self._verb(cue.end)):
                continue  # "lebih baik ditunda", "lebih baik kami mundur": a thing judged, the speaker's own choice
            if low in self.attention_pleas and self._asks_attention(cue, sent):
                continue  # "tolong diperhatikan", "tolong ini menjadi perhatian": attention to what was said
            if low in self.invitations and self._invited_report(cue, sent):
                continue  # "silakan laporkan", "silahkan diproses": the case left to others, no leave given
            if kind == "appeal" and before in self.occasions:
                continue  # "disampaikan saat memberikan arahan kepada ASN": the occasion of a statement
            if kind == "appeal" and self._paired_request(cue, cues):
                continue  # "menghimbau dan mengajak seluruh masyarakat ...": the next request verb decides
            if kind == "appeal" and self._alleged_act(cue, sent):
                continue  # "ASN yang diduga mengajak kepala sekolah memilih ...": a violation reported
            if kind == "appeal" and self._listed_act(cue, sent, cues):
                continue  # "Seperti menggalang massa, serta mengajak massa memilih ...": conduct given as an example
            if kind == "obligation" and (duty := self._supervised(cue, sent, targets)) is not None:
                duties.add(duty)
                continue  # "netralitas ASN memang harus diawasi": what supervisors must watch
            if kind == "appeal" and (cue.start in duties or low in self.hortative and cue.start - 1 in duties):
                continue  # "kami harus mengingatkan (agar) ...": that duty, no request made
            if kind in CONDUCT_RULES and self._beside_servants(cue, sent, targets):
                continue  # "Selain ASN, TNI dan Polri juga harus netral": the rule binds the forces named after
            if kind == "obligation" and cue.end < sent.end and self._low[cue.end] in self.required_things:
                continue  # "harus ada bukti": something required to exist, no conduct
            if kind == "obligation" and (task := self._speakers_task(cue, sent, targets)):
                duties.update(task)
                continue  # "Politik uang harus kita lawan bersama": the speakers' own task
            if kind == "appeal" and (self._tags_quote(cue.start) or self._closes_tag(cue, sent)):
                continue  # '"Kita berharap pemilu lancar," harap Marasa': the quote's speaker, its own words ask
            if kind == "appeal" and self._campaigning(cue, sent, targets):
                continue  # "mengajak mendukung bakal calon gubernur": campaigning reported
            if kind == "appeal" and self._other_business(cue, sent, self.other_business) or \
                    kind in CONDUCT_RULES and self._other_business(cue, sent, self.work_duties) or \
                    kind == "permission" and self._other_business(cue, sent, self.work_arrangements):
                continue  # "mengingatkan untuk berhati-hati mengelola keuangan negara", "harus meningkatkan kinerja",
                # "diizinkan WFH setelah libur Lebaran"
            if kind == "appeal" and self._other_business(cue, sent, self.mandate_words) and all(
                    t.id_ == ACTING_HEADS for t in targets if t.label_ in ADDRESSEES):
                continue  # "berpesan kepada Pj kepala daerah agar menjalankan program pemerintahan": their mandate
            if kind == "appeal" and self._other_business(cue, sent, self.health_rules, self.contests):
                continue  # "meminta ASN menerapkan 3 M ..., termasuk pada saat pemilu": the pandemic's rules
            if (kind == "appeal" or low in self.active) and self._procedural(cue, sent):
                continue  # "meminta keterangan dari ...", "diminta sebagai nara sumber": a procedural step
            if kind == "appeal" and self._background(cue, sent):
                continue  # "jika sudah diingatkan tetapi masih melanggar, ...": a request made before
            if kind == "appeal" and self._cut_off(cue, sent, targets):
                continue  # "Bupati juga mengingatkan seluruh" closing a text cut short: whom and what it asks lost
            if kind == "appeal" and self._inverted_tag(cue, sent, targets):
                continue  # "Diingatkan Sekda, jelang pemilu suasana memanas": who states what follows, no request
            if kind == "sanction" and (self._after_any(cue.start, sent, self.not_after) and
                                       not self._potential_crime(cue, sent) or
                                       self._crime_category(cue, sent) or
                                       cue.start in self._clefts or self._denied(cue, sent) or
                                       self._held_by(cue, sent) or
                                       self._none_penalised(cue, sent) or self._feared(cue, sent) or
                                       self._reluctant(cue, sent) or
                                       self._testified(sent) or
                                       self._public_penalty(cue, sent) or
                                       self._honourable_discharge(cue, sent) or
                                       self._others_penalty(sent, targets) or self._other_offence(sent) or
                                       self._forces_condition(cue, sent, targets) or
                                       self._names_any(sent, self.head_replacements)):
                continue  # "unsur pidana", "pidana umum", "belum ada yang dijatuhi sanksi", "sanksi publik": none;
                # "dicopot tanpa izin Mendagri": a regional head's breach
            if low in self.forwarding_verbs and not self._forwards_servants(cue, sent, targets):
                continue  # "melaporkan temuan itu ke Bawaslu": no civil servant sent to the body that disciplines
            if low in self.hesitation and self._asks_next(cue, cues, sent):
                continue  # "tak segan meminta Bawaslu ...": a request, no threat
            if kind in CONDUCT_RULES and self._denied_rule(cue, sent) or \
                    kind in RULES and self._unstated(cue, sent):
                continue  # "tidak ada larangan yang tegas dalam UU ... yang melarang ASN ...", "tidak ada aturan yang
                # mewajibkan ...", "tidak disebutkan bahwa honorer mesti mundur (boleh hadir)": a rule said not to exist
            if kind == "sanction" and self._upheld(cue, sent):
                continue  # "menegakkan aturan dan menjaga netralitas": an aim kept, no threat
            if kind == "sanction" and self._avoided(cue, cues):
                continue  # "jangan sampai ada ASN yang terkena sanksi": what to avoid, no threat
            if kind == "sanction" and self._granted_penalty(cue, sent):
                continue  # "meskipun ancaman sanksi telah disosialisasikan, ...": a penalty granted as known
            if kind == "sanction" and self._describes_penalty(cue, cues):
                continue  # "terhindar dari sanksi yang dapat menjerat": the noun's own rules decide
            if low in self.warnings and cue.end < sent.end and self._low[cue.end] in self.warning_words:
                continue  # "memberikan peringatan keras, agar ...": a warning, no penalty
            if low in self.processing and self._case_processed(cue, sent):
                continue  # "laporan ini akan segera diproses": a case handled, no penalty
            if low in self.undoubting and not self._undoubted_act(cue, sent):
                continue  # "tidak akan ragu membantu": help not doubted, no penalty
            threatened = low in self.conditional and not self._calls_to_report(cue, sent) and \
                self._threatened(cue, sent, targets)
            if low in self.conditional_only and not threatened:
                continue  # "tindakan", "memproses" threaten a penalty only as a consequence
            if kind == "sanction" and not threatened and (self._task(cue, sent, targets) or self._staged(cue, sent)):
                continue  # "pencegahan, pengawasan, dan penindakan": a supervisor's task, no penalty
            if kind == "sanction" and self._reported_for(cue, sent):
                continue  # "berharap semua pihak melaporkannya ke Bawaslu untuk ditindaklanjuti": a report asked for
            if kind == "sanction" and self._penalty_business(cue, sent):
                continue  # "keseriusan Bawaslu dalam menindak pelanggaran": how someone goes about it, no threat
            if low in self.sanction_nouns and self._paper(cue, sent):
                continue  # "rekomendasi sanksi tidak ditindaklanjuti", "SK sanksi sudah dikirim": a document
            if low in self.sanction_nouns and self._procedure(cue, sent):
                continue  # "mekanisme pemberian sanksi atas pelanggaran netralitas": how penalties are decided
            if low in self.sanction_nouns and self._given_for(cue, cues, sent):
                continue  # "Sanksi diberikan lantaran mereka berkampanye": why a penalty reported was given
            if kind == "sanction" and self._pointed_back(cue, cues, sent, targets):
                continue  # "hukuman tersebut sudah diumumkan": a penalty named before
            if low in self.sanction_nouns and self._heads_clause(cue, sent, cues) and \
                    self._penalty_cited_in(cue, sent) and \
                    not (cue.end < sent.end and self._low[cue.end] in self.severe):
                continue  # "Sanksi ... tercantum pada Pasal 12": where the penalty is written
            if kind == "sanction" and any(cue.start - e in (0, 1, 2) for e in self._disclaimed):
                continue  # "tidak berwenang menjatuhkan sanksi"
            if kind == "appeal" and any(c.label_ == "prohibition" and c.start < cue.start for c in cues) and \
                    not {before, low.split()[0]} & self.asking_anew and low not in self.inclusive and \
                    not (low.startswith(self.passive) and self._joined_after(cue.start)):
                continue  # "tidak boleh ... mengajak orang lain": the appeal verb is what is forbidden; a passive one
                # joined after the ban ("dilarang ikut kampanye dan diminta tetap netral") is asked of them, not barred
            if kind == "appeal" and (self._asks_enforcing(cue, sent, targets) or
                                     self._asks_penalty(cue, sent, cues, targets)):
                continue  # "meminta PPK ... menjatuhkan hukuman", "meminta agar ... dinonaktifkan": about enforcing
            if kind == "permission" and low.split()[0] in self.requested_abilities and self._purpose(cue, sent):
                continue  # "mengajak masyarakat agar dapat memilih ...": a purpose or a request, no leave
            if kind == "permission" and (self._preceded(cue, sent, self.permission_denials) or
                                         self._denied_past_clause(cue, sent, self.permission_denials) or
                                         self._believed(cue, sent)):
                continue  # "bukan berarti Mendagri memperbolehkan ASN berkampanye": no leave given
            if kind == "permission" and self._bare_conceded(cue, sent):
                continue  # "Meski diperbolehkan, ada satu syarat ...": the leave given before, pointed back to
            if kind == "permission" and self._withdrawn(cue, sent):
                continue  # "Bawaslu pernah mempersilakan ASN ..., namun ...": leave once given, no longer
            if kind == "permission" and self._supposed_leave(cue, sent, cues, targets):
                continue  # "Jika ASN dibolehkan berpolitik, birokrasi akan terpecah": leave supposed, none given
            if kind == "prohibition" and self._warning_only(cue, cues):
                continue  # "jangan salahkan siapa-siapa kalau diproses": the penalty threatened, nothing banned
            if kind in ("permission", "prohibition") and self._ruled_by_law(cue, sent):
                continue  # "Kalau undang-undang tidak melarang, berarti boleh": the law's reach, no ruling
            if kind == "prohibition" and self._superseded(cue, sent, cues):
                continue  # "Kalau dulu ASN dilarang hadir, sekarang boleh": a ban no longer in force
            if low in self.chances_for and not self._chance_for_servants(cue, sent, targets):
                continue  # "ada kesempatan bagi warga untuk hadir", "... bagi ASN untuk naik pangkat": not their leave
            if low in self.used_votes and not self._vote_used(cue, sent):
                continue  # "akun itu bisa digunakan": no vote, no leave
            if low in self.harmless_leave and not self._harmless(cue, sent):
                continue  # "agar tidak melanggar aturan", "terbukti tidak melanggar aturan": asked or found, no leave
            if low in self.conditioned_leave and not self._conditioned(cue, sent):
                continue  # "berharap tidak ada masalah": an event wished well, no conduct a condition names
            if kind == "permission" and self._excepted(cue, sent, cues):
                continue  # "dilarang kecuali ..., silakan saja": the ban's bound, no leave of its own
            if (low in self.pointed_leave or self._closing(cue)) and not self._conceded(cue, sent) and \
                    cue.start not in self._answers:
                continue  # "Hal itu dapat dilakukan dengan ...", "Ke kecamatan bisa.": a means or a channel, no leave
            if kind == "permission" and self._denied_to_all(cue, sent, cues):
                kind = "prohibition"  # "tidak ada yang boleh ikut berpolitik"
            elif kind == "prohibition" and (self._preceded(cue, sent, self.prohibition_denials) or
                                            self._denied_past_clause(cue, sent, self.prohibition_denials) or
                                            self._denied_statement(cue, sent) or self._denied_ban_noun(cue, sent)):
                kind = "permission"  # "bukan berarti mereka tidak boleh memilih", "tidak memberikan larangan"
            elif kind == "prohibition" and low in self.incapacities:
                continue  # "pemilih pindahan tidak bisa memilih di TPS asal": an inability, no ban
            if kind == "obligation" and self._denied_duty(cue, sent):
                continue  # "bukan berarti ASN harus golput": a duty denied, none given
            if kind == "obligation" and self._kept_ban(cue, sent, cues):
                continue  # "larangan yang harus dipatuhi ASN, antara lain tidak boleh hadir ...": the bans listed rule
            if kind == "prohibition" and self._bare_ban(cue, sent, cues):
                continue  # "Jadi dilarang, harus netral": the duty after it states the rule, the ban only stresses it
            if kind == "prohibition" and self._denies_unrest(cue, sent):
                continue  # "jangan sampai terjadi perpecahan": unrest denied, no one's conduct forbidden
            if kind == "prohibition" and self._urges_even_hand(cue, sent):
                continue  # "jangan pandang bulu", "jangan ragu melapor": to enforcers or reporters, no conduct barred
            if kind == "prohibition" and self._bars_career(cue, sent):
                kind = "sanction"  # "tidak boleh ikut promosi": a career step barred, a penalty
            if low in self.noun_cues and not self._states_rule(cue, sent, targets, cues):
                continue
            if self._to_be_known(sent, cue) or self._named_rule(cue, cues, sent):
                continue  # "agar ASN mengetahui apa yang boleh ...", "yang boleh dan tidak boleh": rules named
            if kind == "appeal" and self._low[cue.end - 1] == "untuk" and not self._conduct_follows(cue.end, sent):
                continue  # "menekankan untuk pencegahannya", "ditekankan untuk suksesnya pilkada": a topic or a purpose
            if kind == "appeal" and self._asks_watch(cue, sent, targets):
                continue  # "meminta camat memantau situasi", "diimbau berkoordinasi": the election's running
            if low in self.repeated_requests and not self._asks_at_once(cue, sent):
                continue  # "Saya ulangi, ASN punya hak pilih": a statement said again, no request
            weak = False
            clause = None  # where a passive request's clause opens: whom it asks stands before the cue
            if low in self.request_nouns:
                links = self.content_links.get(low, self.request_links)
                to = next((i for i in range(cue.end, min(cue.end + 3, sent.end)) if self._low[i] in links), None)
                if to is None or self._low[cue.end] in self.noun_anaphora or self._has_verb(cue.end, to):
                    if (whom := self._content_then_whom(cue, sent, links, targets)) is not None:
                        to = whom  # "imbauan menjaga netralitas disampaikan kepada ASN": its content, then whom
                    # told from the noun's last word, past the adjective of a sharp warning ("memberikan peringatan
                    # tegas kepada ASN ... untuk menjaga ...")
                    elif low not in self.told_verbs or not self._tells(cue.end - 1, {
                            t.start: t.end for t in targets if t.label_ in ADDRESSEES}):
                        continue  # "Imbauan itu disampaikan ...", "pesan yang meminta agar ...": named, not made
                    else:
                        to = cue.end  # "pesan kepada para PNS untuk bersikap netral": told them, as a verb of saying
                status = self._object(to, sent, targets)  # "instruksi resmi kepada seluruh ASN untuk ..."
            elif low in self.active or low in self.hortative or low in self.told_verbs:
                # leave granted to what a condition names ("tidak mempermasalahkan jika ada ASN yang hadir"), no fact:
                # its addressee is the condition's subject, civil servants only
                granted = cue.end if kind != "permission" or after not in self.if_words else \
                    self._past(cue.end + 1, sent.end, self.existential)
                if granted == cue.end and (after in self.facts or self._told_fact(cue.end, sent, targets) or
                                           after == "," and cue.end + 1 < sent.end and
                                           self._low[cue.end + 1] in self.comma_facts):
                    continue  # "mengingatkan (ASN) bahwa ...", "mengingatkan, ada ...": a fact or a consequence
                pointed = after in self.noun_anaphora and (cue.end + 1 == sent.end or self._punct[cue.end + 1])
                if pointed and not (kind == "permission" and any(
                        t.label_ in ADDRESSEES and t.end <= cue.start for t in targets)):
                    continue  # "Kita tekankan itu, ...": a request pointed back to, not made anew; leave so pointed
                    # back is given to the civil servants' conduct named before it ("ASN jadi anggota PPK sah, tidak
                    # ada aturan yang melarang itu")
                if low in self.reminding and (self._reminds_importance(cue.end, sent, targets) or
                                              self._purposed_reminder(cue, sent) or self._reminds_fact(cue.end, sent) or
                                              self._reminds_risk(cue.end, sent)):
                    self._reminders.add(sent.start)
                    continue  # "mengingatkan pentingnya literasi digital": a value named, no one told
                if low in self.reminding_of and self._reminded_of_fact(cue.end, sent):
                    self._reminders.add(sent.start)
                    continue  # "mengingatkan kepada ASN, akan adanya sanksi ...": those told are reminded of a fact
                weak = after in {",", ":"}  # "mengingatkan, ..." reports speech
                if after == "," and kind == "appeal" and self._reported_statement(cue.end + 1, sent, targets) and \
                        not self._hoped_pledge(cue, sent, targets):  # "berharap, ikrar ini dijalankan": asked
                    self._reminders.add(sent.start)
                    continue  # "mengingatkan, jelang pemilu ada patroli siber": a statement reported
                told = None
                if low in self.hortative:
                    addressed = {t.start: t.end for t in targets if t.label_ in ADDRESSEES}
                    taken = {i for c in cues if c.start != cue.start for i in range(c.start, c.end)}
                    told = self._told(cue.start, addressed)
                    if told is None:
                        told = self._subject(cue.start, addressed, taken)  # "ASN agar tidak ikut kampanye"
                    spoken = cue.start - 1 > sent.start and (
                        self._low[cue.start - 1] in self.speech or self._low[cue.start - 1] == "," and
                        self._low[cue.start - 2] in self.speech)
                    if told is None and not spoken and self._opens(cue.start) and (
                            self._object(cue.end, sent, targets, direct=True) != ACCEPT or
                            self._purpose_after(cue, sent)):
                        continue  # "Agar pilkada damai, ...": a purpose, unless civil servants follow and stop it
                if told is not None:  # "menekankan kepada seluruh ASN agar ...": whom the speaker told
                    status = self._object(told, sent, targets, direct=True)
                else:
                    status = self._object(granted, sent, targets, direct=low in self.strict)
                    if granted != cue.end and status != ACCEPT:
                        continue  # "mengizinkan jika lapangan kantor dipakai ...": no civil servant the condition names
                    if low in self.freedom_grants and (status != ACCEPT or self.freedom_pledges.intersection(
                            self._low[max(sent.start, cue.start - self.freedom_reach):cue.start])):
                        continue  # "berkomitmen untuk memberikan kebebasan ...": a pledge; freedom given whom it names
                if pointed:
                    status = ACCEPT  # the leave's civil servants named before the pointer
                if status != ACCEPT and kind == "appeal" and low in self.active and \
                        (timed := self._past_time(cue.end + 1 if cue.end < sent.end and self._low[cue.end] in
                                                  self.hortative else cue.end, sent, targets)) is not None and \
                        self._object(timed, sent, targets) == ACCEPT:
                    status = ACCEPT  # "meminta jelang pilkada seluruh ASN", "agar pada pilkada nanti, kalangan ASN"
                if status == UNKNOWN and low in self.active and self._titled_object(
                        cue.end if told is None else told, sent):
                    status = ACCEPT  # "meminta Pj Bupati Bogor untuk ...": a civil servant's title with its region
                if status == UNKNOWN and (topic := self._topic_then_whom(cue.end, sent)) is not None:
                    status = self._object(topic, sent, targets, direct=True)  # "mengingatkan soal X kepada warga"
                if status == UNKNOWN and (fronted := self._fronted(sent, cue.start)) is not None:
                    status = self._object(fronted, sent, targets, direct=True)  # "Kepada warga, ia meminta ..."
                if status == UNKNOWN and low in self.hopes:
                    status = self._hoped(cue.end, sent, targets)  # "berharap, ke depan seluruh ASN ..."
                if status == UNKNOWN and after == ",":
                    status = self._after_means(cue.end, sent, targets)  # "mengimbau, selama masa tenang, ASN ..."
                if status in (UNKNOWN, NOBODY) and self._object_put_first(cue, sent, targets):
                    status = ACCEPT  # "Seluruh ASN kami harapkan tetap netral"
                if status == UNKNOWN and (source := self._source(cue.end, sent)) is not None:
                    status = self._object(source, sent, targets, direct=True)  # "kerja sama dari semua pihak"
            else:
                start = self._clause_start(sent, cue.start, openers, targets)
                if kind == "appeal":
                    start = self._past_condition(start, cue.start, targets)  # "Jika ada ASN ..., warga diharapkan"
                clause = start
                if kind in self.ruled_kinds and self._ruled(cue.start, start):
                    start = cue.start  # "Bawaslu menjawab boleh, asal ...": the speaker rules, no one is addressed
                if kind in self.absorbs and any(c.label_ == "sanction" and start <= c.start < cue.start and
                                                self._lower(c) not in self.conditional_only and
                                                not self._subject_past_comma(c.end, cue.start, targets)
                                                for c in cues):
                    continue  # "sanksi ... harus tegas"; not "tindakan di media sosial harus ...": conduct, no penalty
                if kind in self.absorbs and self._borne(cue, cues, sent):
                    continue  # "harus siap menerima sanksi": the penalty threatened, no conduct asked
                objected = self._objects([t for t in targets if start <= t.start < cue.start], sent.start)
                subjects = [t for t in targets if start <= t.start < cue.start and t.start not in objected
                            and not (t.label_ == "other" and t.start and  # a role: "sebagai panitia"
                                     self._low[t.start - 1] in self.self_as)
                            and not (kind == "permission" and self._possessor(t, start))
                            and not self._message_owner(t, start)
                            and not (kind in CONDUCT_RULES and self._owned_object(t, start))]
                taken = [t for t in subjects if t.label_ == "other" and self._role_taken(t.start)]
                role_ends = {r.end for r in taken}
                taken += [t for t in subjects if t.start in role_ends]  # "menjadi peserta kampanye": still the role
                if taken:
                    subjects = [t for t in subjects if t not in taken]  # "tidak menjadi tim sukses, jangan ...": a role
                wish = self._wish_closed(start, cue.start, targets)
                if wish is not None:  # "Kalau mau jadi anggota partai, harus mundur": what the listener wants to be
                    taken += [t for t in subjects if t.label_ == "other" and t.start < wish]
                    subjects = [t for t in subjects if t not in taken]
                opening = kind in CONDUCT_RULES and self._opening_act(start, cue, sent)
                if opening:
                    subjects = []  # "Mengajak warga memilih calon, tidak boleh": the act binds, not those it is done to
                kin = kind == "permission" and any(self._kin_of(t) for t in subjects)
                if kin:
                    subjects = [t for t in subjects if not self._kin_of(t)]  # "Istri ASN boleh ...": the wife's
                if self._conduct_before(cue.start, start) or low in self.imperatives:
                    # "mau pilkada, mau pileg, netralitas itu harus ...": the conduct is the subject, not the contests;
                    # "Pilkada sudah dekat, jaga netralitas": an imperative opens a clause of its own past the event
                    subjects = [t for t in subjects if t.id_ != "event"]
                subjects = [t for t in subjects if not (t.id_ == "event" and t.start > start and (
                    self._joined_event(t.start, start) or self._low[t.start - 1] in self.existential or
                    kind == "permission" and self._conditioned_act(t.start, cue.start, start)))]
                # "menghadiri kampanye, boleh", "tidak boleh ada APK yang terpampang, kita harus bersihkan", for leave
                # "Kalau cuma mendengarkan kampanye, tidak masalah": the event joined, said to exist or acted on in a
                # fronted condition is no subject
                if (means := self._past_fronted(start, sent)) is not None and means <= cue.start and \
                        not any(t.start == means for t in targets):
                    subjects = [t for t in subjects if t.start >= means]  # "Dengan ASN yang netral, diharapkan
                    # masyarakat dapat memilih": the civil servants are the means, not whom the clause binds; not a
                    # list's comma ("Dengan kegiatan ini ASN, TNI, Polri diingatkan")
                if kind == "appeal" and (fronted := self._adjunct_subject(cue, start, sent, targets)) is not None:
                    subjects.append(fronted)  # "Menjelang pemungutan suara ASN diharapkan netral"
                status = self._status(subjects)
                if kin and status == UNKNOWN:
                    status = REJECT  # the leave of their family, no civil servant besides
                first = self._first_joined(cue, cues, start)
                lead = first - 1 if kind == "sanction" and first > start and \
                    self._low[first - 1] in self.borne_verbs else first  # "diberi" of "diberi sanksi"
                if status == UNKNOWN and (kind in ("appeal", "permission") or kind == "sanction" and
                                          self._penalty_borne(cue, start) and lead > start and
                                          self._low[lead - 1] not in self.relative_markers) and \
                        not self._has_verb(start, lead):
                    # "Pj Bupati Bogor diharapkan ...": a title opening the clause of a passive request names whom it
                    # asks, though its words are no addressee where the holder speaks; so does it name whose leave
                    # follows ("Bupati Sleman boleh berkampanye": a head's, "Sekda boleh hadir": a civil servant's),
                    # also of a leave joined to that one ("Menteri boleh berkampanye dan boleh cuti"), and whom a
                    # penalty borne strikes ("Sekda Kabupaten Bone dijatuhi hukuman disiplin", "Pj Bupati Kampar
                    # dicopot"); "Bupati Bone menjatuhkan sanksi": the holder imposes it
                    titled = [t for t in self._titled if start <= t.start < first and not self._message_owner(t, start)]
                    # "Pesan Bupati Sleman kepada ASN, tetap netral": the holder owns the message, no one it asks
                    status = self._status(titled)
                    if status == UNKNOWN and kind in ("appeal", "sanction") and \
                            any(start <= i < first for i in self._office_heads):
                        status = ACCEPT  # "Kepala BPBD Sleman diminta netral", "Kadisdik Bantul dicopot": the head of
                        # the government's office, also with the holder's name beside ("Kepala BPBD Sleman, Joko,")
                    if kind == "sanction" and status != ACCEPT:
                        status = UNKNOWN  # "Bupati Kampar dicopot": a head's penalty, the story's context decides
                    if kind == "permission":
                        subjects = subjects + titled  # "Bupati X boleh berkampanye asalkan cuti": the head's own rule
                if kind == "permission" and cue.start - 1 > start and \
                        self._low[cue.start - 1] in self.relative_markers and any(
                        t.end == cue.start - 1 and t.label_ == "other" and t.id_ != "event" for t in targets):
                    status = REJECT  # "kepala daerah yang boleh berpolitik": the leave of someone else
                if kind in RULES and status == UNKNOWN and \
                        (elided := self._elided_subject(cue, start, sent, cues, targets)) is not None:
                    status = NOBODY if elided.id_ == "event" else REJECT  # "Caleg dilarang memakai mobil dinas,
                    # tetapi boleh ...", "Kampanye di masjid dilarang, namun di lapangan boleh": the first clause's
                    # subject, left out after the contrast, is whose (or what) rule this is
                if kind == "permission" and self._outsider_condition(start, cue.start, targets):
                    status = REJECT  # "Jika warga melihat ASN berkampanye, silakan ikuti prosedurnya": the leave of
                    # whom the condition names
                if kind == "permission" and self._outsider_invited(cue, sent, targets):
                    status = REJECT  # "Kalau ada temuan, silakan Bawaslu memproses": the leave of whom it invites
                if kind == "permission" and status in (UNKNOWN, ACCEPT) and self._national_leave(cue, start, subjects):
                    status = REJECT  # "Presiden boleh kampanye, boleh memihak": a politician's own leave
                if kind == "permission" and status in (UNKNOWN, ACCEPT) and self._cleft_outsider(cue, sent, targets):
                    status = REJECT  # "Yang boleh tidak netral ... adalah kepala daerah": the leave of whom it names
                if kind == "permission" and status == ACCEPT and self._others_after_contrast(cue, start, subjects):
                    status = REJECT  # "ASN dilarang ..., namun masyarakat boleh ...": the leave of those after it
                if status == ACCEPT and all(self._lower(t) in self.staff_words for t in subjects if
                                            t.label_ in ADDRESSEES) and any(
                        t.label_ == "other" for t in targets if start <= t.start < cue.start):
                    status = REJECT  # "seluruh pejabat di Polres wajib ...": the staff of someone else
                if status == UNKNOWN and kind == "obligation" and self._institution_subject(start, cue, sent):
                    status = NOBODY  # "Kemendagri juga harus segera mengevaluasi ...": a body's own task
                if status == UNKNOWN and not opening and any(
                        self._person(i) and self._low[i - 1] not in self.existential
                        for i in range(start if wish is None else wish, cue.start)):
                    status = REJECT  # "semua anggota harus ...": someone outside the civil service, not one whose
                    # existence opens the clause ("Ada kerabat maju di pemilu, jangan ..." tells the listeners)
                if status == REJECT and self._heads_own_rule(kind, subjects + taken, cue, sent) and \
                        not self._national_company(subjects + taken, start):
                    status = ACCEPT  # "Kepala daerah boleh berkampanye asalkan cuti", "Bupati petahana harus cuti"
                    self._heads_bound.add(sent.start)
                after = self._addressed_after(cue, sent, targets)
                if after is None and low in self.fronted_cues and \
                        (means := self._after_means(cue.end, sent, targets)) != UNKNOWN:
                    after = means  # "Semoga dengan adanya ikrar ini, semua ASN ..."
                if after is None and low in self.agent_hopes and \
                        (agent := self._hoped_agent(cue.end, sent, targets)) != UNKNOWN:
                    after = agent  # "Semoga arahan ini dipedomani oleh seluruh ASN"
                if after == ACCEPT:
                    status = ACCEPT  # "dilarang bagi ASN", "tindakan tegas terhadap ASN"
                elif after in (REJECT, NOBODY) and status == UNKNOWN and (low in self.clause_cues or
                                                                           kind == "permission"):
                    status = after  # "jangan sampai pilkada ini memecah belah", "hanya boleh dilakukan oleh warga"
                elif kind == "sanction" and self._firm_act(low, cue) and (status == REJECT or status == ACCEPT and {
                        t.id_ for t in subjects if t.label_ in ADDRESSEES} <= self.enforcing_servants) and \
                        self._enforcer_asked(cue, sent, cues, targets):
                    status = REJECT  # "Kita harap Bawaslu bisa bertindak tegas", "Pj Gubernur harus bertindak tegas":
                    # an enforcer asked to act, against no one named
                elif kind == "sanction" and status == REJECT and self._outsider_penalised(cue, start, subjects, cues,
                                                                                       targets):
                    pass  # "Pemilih yang mencoblos dua kali diancam pidana": the penalty of the outsiders who do wrong
                elif kind == "sanction":  # whom a penalty is for; "Bawaslu memberi peringatan": the authority
                    status = REJECT if after == REJECT else UNKNOWN if status in (REJECT, NOBODY) else status
            if status == UNKNOWN and kind in RULES and self._reported(cue.start, refused) and \
                    not any(t.label_ in ADDRESSEES and t.start >= cue.end for t in targets):
                status = REJECT  # "mengimbau warga agar jangan terprovokasi": the outsiders' rule the request reports;
                # one whose content names civil servants is about them ("meminta paslon agar jangan menarik ASN")
            allowed = kind == "permission" or any(c.label_ == "permission" and c.end == cue.start for c in cues)
            if status == REJECT and kind != "sanction" and self._involves(
                    cue.end, sent, targets, own_clause=allowed, asked=cue.end if low in self.active else sent.start,
                    clause=clause, asked_clause=kind == "appeal"):
                status = ACCEPT  # "meminta para calon tidak melibatkan ASN": about using civil servants
            if low in self.strict and status != ACCEPT and not threatened and not (
                    kind == "permission" and (self._leave_to_vote(cue, sent) or self._conceded(cue, sent)
                                              or cue.start in self._answers)) and \
                    not (status == UNKNOWN and (self._pronoun_subject(cue, sent) or self._unnamed_hope(cue, sent) or
                                                self._hoped_pledge(cue, sent, targets))) and \
                    not (kind == "permission" and status == REJECT and
                         self._first_verb(cue.end, sent.end) not in self._reporting):
                continue  # "berharap pilkada kondusif": no civil servant named, no instruction; leave to outsiders
                # ("mempersilakan para pejabat politik hadir") is kept refused, so the next line is not the servants'
            if (kind == "appeal" and status != ACCEPT or kind == "permission") and \
                    self._first_verb(cue.end, sent.end) in self._reporting:
                continue  # "meminta semua pihak melapor bila ...", "silakan dilaporkan": to the public
            if kind == "appeal" and self._reports_case(cue.end, sent.end):
                continue  # "meminta agar ASN yang berkampanye dilaporkan": the named are reported, anyone reports
            if status == UNKNOWN and low in self.inclusive and (self._for_the_event(cue, sent, targets) or
                                                                self._keeps_order(cue, sent) or
                                                                self._shared_act(cue, sent)):
                continue  # "Mari kita sukseskan Pilkada", "Mari kita doakan ...": everyone invited
            if status == UNKNOWN:  # '"Jangan golput," katanya kepada warga': whom the speaker addressed
                status = self._audience(cue.end, sent, targets)
            if status == UNKNOWN and kind != "permission" and self._voting_duty(cue, sent):
                if kind != "prohibition":
                    continue  # "Jangan golput, datang ke TPS": what every voter is asked, no one named
                status = VOTER  # ... unless civil servants were just asked to vote (`_asked_to_vote`)
            if status == UNKNOWN and self._relative(cue, sent) and \
                    not (kind in ("prohibition", "permission") and self._copula_after(cue, sent)):
                status = LOCAL  # "pose-pose yang dilarang": only with an addressee of its own
            if kind == "appeal":
                weak_appeal = weak_appeal or weak
                if status == REJECT:
                    refused.append((cue.start, cue.end))
            if status not in (REJECT, NOBODY):
                found.append((kind, cue.start, cue.end))
            if kind not in out or RANK[status] > RANK[out[kind][0]]:
                out[kind] = (status, out[kind][1] if kind in out else cue.start)
        if "appeal" in out:
            appeals = [(start, end) for kind, start, end in found if kind == "appeal"]
            reported = [(kind, start, end) for kind, start, end in found
                        if kind not in ("appeal", "sanction") and self._reported(start, appeals)
                        and not self._joined_act(start, end)]
            if reported and all(sent.doc[start:end].text.lower() in self.needless for _, start, end in reported) \
                    and len({s for k, s, _ in found if k == "prohibition"}) == len(reported):
                del out["prohibition"]  # "diminta netral dan tidak perlu ikut-ikutan": a weak ban the request frames
                reported = []
            asked = [r for r in reported if r[0] == "permission" and self._low[r[1]] in self.requested_abilities]
            if asked and len(asked) == sum(k == "permission" for k, _, _ in found):
                del out["permission"]  # "meminta ASN dapat hadir", "berharap ASN bisa memilih": what is asked
                reported = [r for r in reported if r not in asked]
            modal = bool(reported) and not self._asks_own(appeals, [start for _, start, _ in reported], sent)
            others = any(k != "appeal" and s not in (REJECT, NOBODY) for k, (s, _) in out.items())
            if modal or (weak_appeal and others):
                del out["appeal"]
        if "permission" in out and "sanction" in out and 0 < out["sanction"][1] - out["permission"][1] <= 3:
            del out["permission"]  # "silakan dilakukan proses hukum": leave to impose the penalty
        if "permission" in out and "prohibition" not in out and self._but_not(sent, out["permission"][1]):
            out["prohibition"] = out["permission"]  # "boleh memilih, tapi tidak menjadi tim sukses"
        return out

    def _hoped(self, end: int, sent: Span, targets: list[_Term]) -> str:
        """Whom a hope is about: the person named first after the verb, right after a comma ("berharap,
        seluruh ASN ...", "berharap dengan adanya sosialisasi ini, ASN ...") or a short adjunct ("berharap
        ke depan ASN ...") or their conduct ("berharap agar netralitas ASN ...") or a denial of their existence
        ("berharap tidak ada lagi ASN yang ...", `hoped_denials`), with no verb of content before ("berharap
        sosialisasi ini bermanfaat bagi ASN")."""
        starts = {t.start: t for t in targets}
        adjunct = end < sent.end and (self._low[end] in self.adjuncts or self._low[end] in self.object_markers)
        for i in range(end, min(end + 10, sent.end)):
            if i in starts:
                j = i - 1
                while j >= end and self._low[j] in self.skip:
                    j -= 1
                # not named inside the adjunct ("dengan adanya sanksi bagi ASN", "melalui pengawasan netralitas ASN")
                inside = j > end and (self._low[j] in self.object_markers or self._low[j] in self.adjuncts or
                                      self._low[j] in self.conduct)
                if (j >= end and self._low[j] == ",") or \
                        (adjunct and j + 1 - end <= self.hoped_adjunct_reach and not inside):
                    return self._object(i, sent, targets, direct=True)  # "berharap melalui apel ini para ASN ..."
                if j >= end and self._low[j] in self.conduct and (
                        j == end or (j == end + 1 and self._low[end] in CLAUSE_LINKS)):
                    return self._object(i, sent, targets, direct=True)  # "berharap agar netralitas ASN ..."
                if self._denied_before(j, end) or self._denied_act(j, end):
                    return self._object(i, sent, targets, direct=True)  # "berharap tidak ada lagi ASN yang ..."
                break
            if self._content_verb(i) and not (adjunct and i == end + 1) or self._low[i] in {".", ";", ":"}:
                break  # "berharap dengan adanya ...": the verb made a noun heads the adjunct
        means = self._after_means(end, sent, targets)
        return means if means != UNKNOWN else self._hoped_agent(end, sent, targets)

    def _past_time(self, end: int, sent: Span, targets: list[_Term]) -> int | None:
        """Where a request's addressee stands after a short phrase of the election's time right after its verb or its
        "agar" ("meminta jelang pilkada nanti seluruh ASN ...", "berpesan agar pada pilkada nanti, ASN ...",
        `timed_requests`), past the comma closing it; None if no such phrase follows it."""
        if end >= sent.end or self._low[end] not in self.timed_markers:
            return None
        events = {i for t in targets if t.id_ == "event" for i in range(t.start, t.end)}
        k = end + 1
        while k < min(end + self.timed_reach, sent.end) and (
                k in events or self._low[k] in self.timed_words or self._low[k] in self.timed_markers or
                self._low[k].isdigit()):
            k += 1  # "pada pelaksanaan pilkada pada tanggal 27 November mendatang"
        if k == end + 1 or k >= sent.end or k in events or self._low[k] in self.timed_words:
            return None
        return k + 1 if self._low[k] == "," else k  # "agar selama masa kampanye, seluruh ASN ..."

    def _topic_then_whom(self, end: int, sent: Span) -> int | None:
        """Where whom a request verb ending at ``end`` tells stands after the topic it names first ("mengingatkan
        soal netralitas kepada para penyelenggara", `topic_then_whom`): the word after the topic's link, or None."""
        i = self._past(end, sent.end, self.topic_adverbs)
        if i >= sent.end or self._low[i] not in self.topic_markers:
            return None
        for j in range(i + 1, min(i + self.topic_reach, sent.end - 1)):
            if self._low[j] in self.topic_links:
                return j + 1 if j > i + 1 else None
            if self._punct[j] or self._low[j] in CLAUSE_LINKS or self._verb(j):
                return None
        return None

    def _object_put_first(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Seluruh ASN kami harapkan tetap netral", "para guru juga saya harapkan ...": the civil servants right
        before the speaker's pronoun and the bare verb (past `fronted_objects.adverbs`) are its object put first, the
        passive of the first and second person; also set off by a comma when they (or their conduct) open the sentence
        ("Netralitas para guru, sangat kita harapkan"), not when a preposition or a topic holds them ("Terkait ASN,
        kami harapkan ...")."""
        i = cue.start - 1
        if i <= sent.start or self._low[i] not in self.object_agents:
            return False
        i -= 1
        while i > sent.start and self._low[i] in self.object_adverbs:
            i -= 1
        if self._low[i] == ",":  # "Netralitas para guru, sangat kita harapkan": set off, it must open the sentence
            named = next((t for t in targets if t.end == i and t.label_ in ADDRESSEES), None)
            return named is not None and all(self._low[j] in self.conduct or self._low[j] in self.skip
                                             for j in range(self._past_linking(sent.start, named.start), named.start))
        return any(t.end == i + 1 and t.label_ in ADDRESSEES for t in targets)

    def _hoped_agent(self, end: int, sent: Span, targets: list[_Term]) -> str:
        """Whom a hope names as the agent of its passive content ("berharap sosialisasi itu dipahami oleh para ASN",
        "Semoga arahan ini dipedomani oleh teman-teman ASN"): those who are to do it; not the agent of a deed told in a
        relative clause ("pelanggaran yang dilakukan oleh ASN"). UNKNOWN if none is named so."""
        for i in range(end + 1, min(end + self.agent_reach, sent.end - 1)):
            if self._low[i] in {".", ";", ":"}:
                break
            if self._low[i] == self.agent_marker and self._verb(i - 1) and self._low[i - 1].startswith("di") and \
                    self._low[i - 2] not in self.relative_markers:
                status = self._object(i + 1, sent, targets, direct=True)
                if status != UNKNOWN:
                    return status
        return UNKNOWN

    def _after_means(self, end: int, sent: Span, targets: list[_Term]) -> str:
        """Whom a hope names right after an adjunct of means closed by a comma ("berharap, dengan sosialisasi yang
        digelar, seluruh ASN ...", "Semoga dengan adanya ikrar ini, semua ASN ..."); UNKNOWN if no one stands there."""
        if (after := self._past_fronted(end, sent)) is not None:
            k = self._past(after, sent.end, self.skip)
            if any(t.start == k for t in targets):
                return self._object(k, sent, targets, direct=True)
        return UNKNOWN

    def _adjunct_subject(self, cue: _Term, start: int, sent: Span, targets: list[_Term]) -> _Term | None:
        """The civil servants right before a passive request (past `fronted_subject.skip`) in a clause that opens
        with an adjunct of time, place or means and no comma ("Menjelang pemungutan suara ASN diharapkan netral"):
        the subject, which the adjunct's preposition took as its object; None if the clause opens otherwise, they
        belong to a conduct noun or a noun of an act ("melalui pengawasan netralitas ASN", "dalam pembinaan ASN") or
        someone is named after the request (its inverted subject)."""
        if self._low[start] not in self.adjuncts or any(self._low[i] == "," for i in range(start, cue.start)):
            return None
        end = cue.start
        while end > start and self._low[end - 1] in self.fronted_subject_skip:
            end -= 1
        subject = next((t for t in targets if t.end == end and t.label_ in ADDRESSEES and t.start > start + 1), None)
        if subject is None:
            return None
        before = subject.start - 1
        while before > start and self._low[before] in self.skip:
            before -= 1
        head = self._low[before]
        if head in self.conduct or head.startswith(self.fronted_subject_nominal[0]) and \
                head.endswith(self.fronted_subject_nominal[1]) or self._addressed_after(cue, sent, targets) is not None:
            return None  # "Dalam pengawasan ASN diharapkan ...": the civil servants are what the act is done to
        return subject

    def _past_fronted(self, start: int, sent: Span) -> int | None:
        """The position after the comma closing an adjunct of means that opens a clause at ``start`` (after a comma
        or not: "berharap, dengan adanya sosialisasi yang digelar, ASN ...", "mengingatkan, melalui apel ini, ..."),
        within `fronted_means.reach` words; None if no such adjunct opens it."""
        i = start + 1 if start < sent.end and self._low[start] == "," else start
        if i >= sent.end or self._low[i] not in self.fronted_means and not (
                self._low[i] in self.fronted_asides and self._low[i - 1] == ","):  # "mengimbau, sesuai UU ASN, ..."
            return None
        for k in range(i + 1, min(i + self.fronted_reach, sent.end)):
            if self._low[k] == ",":
                return k + 1
            if self._low[k] in {".", ";", ":"} or self._low[k] in self.hortative:
                return None
        return None

    def _denied_before(self, j: int, end: int) -> bool:
        """A denial of existence ends at ``j`` (past "lagi", "pun" ...), after the hope's end ``end``."""
        while j >= end and self._low[j] in self.hoped_again:
            j -= 1
        return any(j - len(w) + 1 >= end and tuple(self._low[j - len(w) + 1:j + 1]) == w for w in self.hoped_denials)

    def _denied_act(self, j: int, end: int) -> bool:
        """A breach or meddling of theirs denied, ending at ``j`` past their conduct noun ("tak ada lagi pelanggaran
        netralitas ASN", "tidak ada intervensi lurah"), after the hope's end ``end``."""
        if j >= end and self._low[j] in self.conduct:
            j -= 1
        return j >= end and self._low[j] in self.hoped_acts and self._denied_before(j - 1, end)

    def _audience(self, end: int, sent: Span, targets: list[_Term]) -> str:
        """Whom a quote was said to: a speech verb after the cue, then "kepada"/"di hadapan" and a person
        ("... ," ujarnya di hadapan para ASN"); the press it was said to addresses no one."""
        for i in range(end, sent.end - 2):
            if self._low[i] in self.speech or self._low[i] in self.attribution:
                j = i + 1
                if j < sent.end and self._low[j] in {"dia", "ia", "beliau"}:
                    j += 1
                if j + 1 < sent.end and self._low[j] == "di" and self._low[j + 1] in self.presence:
                    j += 1
                if j < sent.end and (self._low[j] in {"kepada", "pada"} or self._low[j] in self.presence):
                    k = self._past(j + 1, sent.end, self.skip)
                    if k < sent.end and self._low[k] in self.press:
                        return UNKNOWN
                    return self._object(j + 1, sent, targets, direct=True)
                return UNKNOWN
        return UNKNOWN

    def _voting_duty(self, cue: _Term, sent: Span) -> bool:
        """A voter's duty in what the cue asks: after it, before the next comma ("Jangan golput")."""
        end = next((i for i in range(cue.end, sent.end) if self._low[i] in {",", ";"}), sent.end)
        return any(cue.end <= d.start < end for d in self._voting)

    def _asked_to_vote(self, k: int, sents: list[Span], targets: list[list[_Term]], resolved: dict[int, list[str]],
                       rejected: set[int]) -> bool:
        """The nearest of the sentences before that names whom it speaks to names civil servants and their vote
        ("ASN harus datang ke TPS menyalurkan hak suaranya. Jangan sampai golput."): a voter's duty banned after it
        (`VOTER`) bans it to them, not to every voter; one asking the public ("mengajak warga ke TPS") ends it."""
        for j in range(k - 1, max(k - 1 - CONTEXT_BACK * 2, -1), -1):
            if j in rejected and not resolved.get(j):
                return False
            if _labels(targets[j]) or resolved.get(j):
                return self._names_any(sents[j], self.vote_phrases)
        return False

    def _joined_act(self, start: int, end: int) -> bool:
        """An active verb of rule (`active`: "melarang", "mewajibkan") right after "dan"/"serta": the speaker's own
        second act beside the request, not what it reports ("menegaskan bahwa ASN tetap netral dan melarang
        pengumpulan massa")."""
        return start > 0 and self._low[start - 1] in self.joined_acts and " ".join(self._low[start:end]) in self.active

    def _asks_own(self, appeals: list[tuple[int, int]], modals: list[int], sent: Span) -> bool:
        """ "mengimbau ASN untuk tetap netral, kemudian diminta kepada kepala desa jangan sampai ...": one request
        asks a conduct of its own (a verb or a state) before the next request, with no reported modal there; the modal
        belongs to the later request, and the sentence gives both the appeal and the rule. The last request's own
        conduct does not count: a modal before it is what frames it ("ASN harus bisa jaga diri supaya ...")."""
        starts = sorted(start for start, _ in appeals)
        for start, end in appeals:
            stop = next((s for s in starts if s > start), sent.end)
            if stop < sent.end and not any(end <= m < stop for m in modals) and \
                    any(self._content_verb(i) or self._low[i] in self.asked_states for i in range(end, stop)):
                return True
        return False

    def _reported(self, modal: int, appeals: list[tuple[int, int]]) -> bool:
        """A modal at ``modal`` is what a request reports when no verb of content stands between them
        ("mengingatkan ASN harus netral", "meminta agar ASN jangan ...", "ASN harus netral, ia
        mengingatkan"); in "diminta menjaga netralitas, ... tidak boleh ..." or "harus mampu beradaptasi
        serta diharapkan ..." it is a directive of its own, beside the request. So is a modal opening a clause after
        a comma or "dan"/"serta" when the request already asked a state ("meminta ASN netral, jangan ikut kampanye",
        "agar tetap netral dan jangan memakai atribut"; not a weak ban, `needless`, nor an ability asked "dan dapat
        ..."), and one set against the request by a contrastive joiner ("boleh hadir di kampanye, namun kami imbau
        ..."). A copula between them says what is reminded of, no conduct asked ("mengingatkan ASN merupakan pelayan
        publik yang harus netral" reports the duty, as "mengingatkan bahwa ASN adalah ... yang harus ...")."""
        stated = modal > 0 and (self._low[modal - 1] in {",", ";"} or self._low[modal - 1] in self.joined_acts and
                                self._low[modal] not in self.requested_abilities and
                                not any(" ".join(self._low[modal:modal + n]) in self.needless for n in range(2, 5)))
        return any(not any(self._content_verb(i) and self._low[i] not in self.copulas or
                           stated and self._low[i] in self.asked_states or
                           self._low[i] in self.contrasts
                           for i in range(min(end, modal + 1), max(start, modal))) and
                   not (start > modal and self._low[start].startswith(self.passive) and self._joined_after(start))
                   for start, end in appeals)

    def _joined_after(self, start: int) -> bool:
        """ "ASN dilarang ikut kampanye dan (juga) diminta tetap netral": a passive request at ``start`` joined by
        "dan"/"serta" (past an adverb of `STILL`) after a rule is a second predicate of the same subject, neither the
        frame reporting the rule nor conduct it bars."""
        i = start - 1
        if i > 0 and self._low[i] in STILL:
            i -= 1
        return i >= 0 and self._low[i] in self.joined_acts

    def _told_fact(self, end: int, sent: Span, targets: list[_Term]) -> bool:
        """ "mengingatkan seluruh ASN bahwa tahapan sudah dimulai": whom a verb tells, then a fact; whom it tells
        may run on over a place or a comma before it ("mengingatkan kepada kepala desa dan ASN di Luwuk bahwa ...",
        "ingatkan kepada para rekan-rekan ASN, bahwa ..."), so long as no verb or request link comes first; or be
        told only by a pronoun of address ("Saya ingatkan kita semua bahwa ...", "mengingatkan mereka bahwa ...")."""
        starts = {t.start: t.end for t in targets}
        i, told = end, False
        while i < min(sent.end, end + self.told_fact_reach) and self._low[i] != "bahwa":
            if i in starts:
                told, i = True, starts[i]
            elif self._verb(i) or self._low[i] in self.hortative or self._low[i] in self.told_links:
                return False
            else:
                i += 1
        if not (i < sent.end and self._low[i] == "bahwa" and i > end):
            return False
        return told or all(self._low[j] in self.skip or self._low[j] in self.anaphora for j in range(end, i))

    def _speaker_after(self, i: int) -> bool:
        """A civil servant's title right after the speech verb that closes a quote or a clause ('“...,” ujar Sekda.',
        '..., kata Camat.') names who speaks, not whom the words address (a title of the others, "kata Bupati", stays
        what keeps the words from the civil servants before). A passive opener says nothing of a speaker before the
        civil servants ('“Dijelaskan ASN dilarang ...', '..., dijelaskan ASN ...'); an opening quote closes nothing."""
        if i < 2 or self._low[i - 1] not in self.attribution or self._low[i - 1].startswith("di"):
            return False
        mark = self._texts[i - 2]
        return mark == "," or mark in CLOSING and i >= 3 and self._texts[i - 3] in {",", ".", "!", "?"}

    def _clause_from(self, i: int, j: int) -> bool:
        """No punctuation from token i up to token j, within the reach of a request's content."""
        return i <= j <= i + self.unasked_content and not any(self._punct[k] for k in range(i, j))

    def _unasked(self, cue: _Term, sent: Span) -> bool:
        """A negator before the request past only words of wish, habit, need, time or giving (`unasked_through`):
        "tidak pernah meminta", "tak ingin memberikan imbauan", not "tidak hanya mengimbau"."""
        i = cue.start - 1
        while i >= max(sent.start, cue.start - self.unasked_reach) and self._low[i] in self.unasked_through:
            i -= 1
        return i >= sent.start and self._low[i] in self.negators

    def _conduct_ahead(self, cue: _Term, sent: Span) -> bool:
        """A word of conduct, rule or neutrality (`generic_imperatives.conduct`) within reach after a generic
        imperative, before the clause ends: "Laksanakan aturan netralitas", "Kurangi unggahan soal politik". A comma
        right after it before a word of `focus` does not end it ("Hati-hati, terutama dalam bermedsos")."""
        for j in range(cue.end, min(cue.end + self.generic_reach, sent.end)):
            if self._punct[j]:
                if j == cue.end and self._low[j] == "," and j + 1 < sent.end and self._low[j + 1] in self.generic_focus:
                    continue  # "Hati-hati, terutama ...": the comma right after the verb
                return False
            if self._low[j].startswith(self.imperative_conduct):
                return True
        return False

    def _asks_attention(self, cue: _Term, sent: Span) -> bool:
        """A plea right before words of attention, past pointers ("tolong ini menjadi perhatian", "tolong saling
        diingatkan"), with no word of conduct after them in the sentence: attention to what was said, no conduct."""
        i = self._past(cue.end, sent.end, self.attention_skip)
        size = self._phrase_length(i, sent.end, self.attention_phrases)
        return size > 0 and not any(self._low[j].startswith(self.imperative_conduct) for j in range(i + size, sent.end))

    def _called_imperative(self, cue: _Term, targets: list[_Term]) -> bool:
        """ "Para pegawai tetaplah netral", "ASN dan kepala desa fokuslah bekerja": an imperative in "-lah" right after
        the civil servants it calls on is theirs, where a bare stem there ("kita jaga bersama") states a task; so is
        advice right after them with a conduct after it ("ASN lebih baik mengenali visi misi calon", "... lebih baik
        tidak hadir"), as "ASN sebaiknya ..." is; "kinerja ASN lebih baik tahun ini" compares."""
        low = self._lower(cue)
        if low in self.advice:
            i = cue.end  # the word after the advice
            if i >= len(self._low) or not (self._content_verb(i) or self._low[i] in self.negators or
                                           self._low[i] in self.asked_states):
                return False
        elif not low.endswith(self.imperative_mark):
            return False
        return any(t.end == cue.start and t.label_ in ADDRESSEES for t in targets)

    def _bodys_own(self, sent: Span, cue_start: int, agency: str | None) -> bool:
        """The modal at ``cue_start`` has the speakers' pronoun for subject, past a few adverbs ("Kami harus bekerja
        sama ...", "kita tetap harus bersikap"), and the speaker speaks for a body running or overseeing the contest
        (``agency``, a key whose type is one of ``speaking_types``, or, untyped, whose key before its region is one of
        ``speaking_keys``; the key's head alone would take the information commission "kip" for Aceh's election
        commission): the body's own task."""
        body = self.reg.agencies.get(agency) if agency is not None else None
        if body is None or not (body.type in self.speaking_types or
                                body.type is None and agency.partition("@")[0] in self.speaking_keys):
            return False
        return cue_start > sent.start and \
            self._low[self._past_back(cue_start - 1, sent.start, self.body_adverbs)] in self.body_pronouns

    def _past_self_named(self, i: int, sent: Span, targets: list[_Term]) -> int:
        """Past "kita sebagai"/"kami selaku" at ``i``, or the pronoun alone before the civil servants in apposition
        ("Sebaiknya kita ASN menghindari ..."): the speakers name themselves by what they are, so what follows is whom
        they address ("berharap kita sebagai ASN tetap netral"); else ``i``."""
        if i + 1 < sent.end and self._low[i] in self.self_pronouns:
            if i + 2 < sent.end and self._low[i + 1] in self.self_as:
                return i + 2
            if any(t.start == i + 1 and t.label_ in ADDRESSEES for t in targets):
                return i + 1
        return i

    def _tags_quote(self, i: int) -> bool:
        """ '"... tetap kondusif," imbau Syarif', '... jadi pantauan", imbau Meurah': a request word right after a
        quote closed on a mark tags the quote with its speaker, as "kata" does; what the quote asks, its own words
        give (of 31 quotes so tagged in the read gold 2 give an appeal, each through a request word of its own). The
        tag is written in lower case: a capital after a straight quote and a full stop opens a quote ('. "Jaga ...')."""
        if i < 2 or not self._texts[i].islower():
            return False
        last, mark = self._texts[i - 1], self._texts[i - 2]
        return last in CLOSING and mark in {",", ".", "!", "?"} or last == "," and mark in CLOSING

    def _closes_tag(self, cue: _Term, sent: Span) -> bool:
        """ '"... harus netral," kata Budi kembali mengingatkan.': a request word that ends the sentence within
        `tag_reach` words of a quote's tag, no mark between, says how the speaker spoke the quote and asks nothing of
        its own; what the quote asks, its own words give, as for a request word that is the tag itself."""
        if cue.end < sent.end and self._texts[cue.end] not in SENTENCE_ENDS:
            return False
        for j in range(cue.start - 1, max(sent.start, cue.start - self.tag_reach) - 1, -1):
            if self._punct[j]:
                return False
            if self._tags_quote(j):
                return True
        return False

    def _public_penalty(self, cue: _Term, sent: Span) -> bool:
        """A penalty noun the public gives ("sanksi publik", "sanksi langsung dari masyarakat"): disapproval, no
        authority's penalty."""
        return self._low[cue.end - 1] in self.sanction_nouns and \
            self._phrase_at(cue.end, sent.end, self.public_penalties)

    def _others_penalty(self, sent: Span, targets: list[_Term]) -> bool:
        """ "DKPP menjatuhkan sanksi kepada ketua KPU", "pemberi dan penerima politik uang bisa dipidana": the
        organisers' ethics council or vote buying named in a sentence naming no civil servant; the penalty falls on
        election organisers or on anyone buying votes, none on civil servants; so does one naming the organisers' ad
        hoc staff ("KPU memecat dua anggota KPPS"), their code of ethics or themselves at fault ("pelanggaran etik
        penyelenggara"), an employer keeping workers from voting ("majikan ... pekerja"), a party's cadres
        ("sanksi bagi kader yang membelot"), broadcasters and the press ("KPI menegur stasiun televisi"), or a
        campaign's health rules ("melanggar protokol kesehatan saat kampanye")."""
        return not any(t.label_ in ADDRESSEES for t in targets) and self._names_any(sent, self.others_penalties)

    def _forces_condition(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Bila ada anggota Polri yang tidak netral, Polda akan mengambil tindakan tegas", "Kalau TNI dan Polri,
        sanksinya kode etik": a penalty on a condition that names soldiers or the police (`co_targets` of the forces),
        in a sentence naming no civil servant, is their commanders' on their own men, none told to civil servants."""
        if any(t.label_ in ADDRESSEES for t in targets):
            return False
        opener = next((i for i in range(cue.start - 1, sent.start - 1, -1) if self._low[i] in self.if_words), None)
        return opener is not None and any(opener < t.start < cue.start and t.id_ in self.forces for t in targets)

    def _other_offence(self, sent: Span) -> bool:
        """ "dua ASN dipecat karena korupsi", "pegawai yang bolos dipotong TPP-nya": an offence of another domain named
        and none of the election; the service's discipline at large, no penalty for partisanship."""
        return self._names_any(sent, self.other_offences) and not self._names_any(sent, self.election_words)

    def _honourable_discharge(self, cue: _Term, sent: Span) -> bool:
        """ "PNS yang mengundurkan diri diberhentikan dengan hormat": a civil servant leaving on resigning or on his own
        request, or at a term's end ("masa kontraknya habis"), no penalty; "dengan hormat tidak atas permintaan
        sendiri" or a breach in the sentence makes it one."""
        if self._low[cue.end - 1] not in self.discharges:
            return False
        if self._names_any(sent, self.term_nouns) and self._names_any(sent, self.term_ends) and \
                not self._names_any(sent, self.terms_cut) and not self._names_any(sent, self.discharge_breaches):
            return True  # "diberhentikan karena masa kontraknya habis": a post that ran out
        honour = next((p for p in self.honours if self._phrase_at(cue.end, sent.end, [p])), None)
        return honour is not None and \
            not self._phrase_at(cue.end + len(honour), sent.end, self.not_requested) and \
            self._names_any(sent, self.discharge_leaving) and not self._names_any(sent, self.discharge_breaches)

    def _crime_category(self, cue: _Term, sent: Span) -> bool:
        """ "bukan pidana pemilu, tetapi pidana umum": a kind of case at the cue, unless a verb of giving puts it on
        someone ("ASN yang terbukti bisa dikenai pidana umum" threatens)."""
        return self._phrase_at(cue.start, sent.end, self.crime_categories) and not (
            cue.start > sent.start and self._low[cue.start - 1] in self.imposing)

    def _potential_crime(self, cue: _Term, sent: Span) -> bool:
        """An offence the conduct may turn into ("berpotensi pelanggaran pidana", "bisa mengarah ke tindak pidana"): a
        word of potential right before the word that blocked the cue, past `links`."""
        i = cue.start - 1
        while i > sent.start and self._low[i - 1] in self.potential_links:
            i -= 1
        return any(self._phrase_at(i - len(p), i, self.potentials) for p in self.potentials if i - len(p) >= sent.start)

    def _phrase_at(self, i: int, stop: int, phrases: list[tuple[str, ...]]) -> bool:
        """Whether one of ``phrases`` (lower-case words) starts at ``i`` and ends by ``stop``."""
        return self._phrase_length(i, stop, phrases) > 0

    def _phrase_length(self, i: int, stop: int, phrases: list[tuple[str, ...]]) -> int:
        """The length of the first of ``phrases`` (lower-case words) that starts at ``i`` and ends by ``stop``, 0 if
        none does."""
        if i >= stop:
            return 0
        first = self._low[i]
        return next((len(p) for p in phrases if p[0] == first and tuple(self._low[i:min(i + len(p), stop)]) == p), 0)

    def _phrase_ending(self, i: int, phrases: list[tuple[str, ...]]) -> int:
        """The length of the first of ``phrases`` (lower-case words) that ends at ``i``, 0 if none does."""
        return next((len(p) for p in phrases if len(p) <= i + 1 and self._phrase_at(i + 1 - len(p), i + 1, [p])), 0)

    def _names_any(self, sent: Span, phrases: list[tuple[str, ...]]) -> bool:
        """Whether one of ``phrases`` (lower-case words) stands anywhere in the sentence; looked for word by word
        only when the first word of one is in it."""
        words = self._sentence_words(sent)
        return any(p[0] in words for p in phrases) and \
            any(self._phrase_at(i, sent.end, phrases) for i in range(sent.start, sent.end))

    def _sentence_words(self, sent: Span) -> set[str]:
        """The sentence's words in lower case, kept by sentence: a word list none of which is among them is not
        looked for word by word."""
        key = (sent.start, sent.end)
        words = self._sentence_sets.get(key)
        if words is None:
            words = self._sentence_sets[key] = set(self._low[sent.start:sent.end])
        return words

    def _past(self, i: int, stop: int, words: set[str]) -> int:
        """The first position from ``i`` (before ``stop``) whose word is not one of ``words``."""
        while i < stop and self._low[i] in words:
            i += 1
        return i

    def _past_back(self, i: int, start: int, words: set[str]) -> int:
        """The position at or before ``i``, not before ``start``, past the ``words`` standing there."""
        while i > start and self._low[i] in words:
            i -= 1
        return i

    def _reminds_importance(self, end: int, sent: Span, targets: list[_Term]) -> bool:
        """ "mengingatkan (kembali tentang) pentingnya literasi digital": the importance of something right after a
        verb of reminding, in a sentence naming no civil servant (like a `strict` cue: "mengingatkan pentingnya
        netralitas ASN", "mengingatkan seluruh ASN akan pentingnya ..." still ask them)."""
        i = self._past(end, sent.end, self.reminding_skip)
        return i < sent.end and self._low[i] in self.importance and not any(t.label_ in ADDRESSEES for t in targets)

    def _reminds_fact(self, end: int, sent: Span) -> bool:
        """ "mengingatkan (kembali terkait) ancaman pidana bagi ASN ...": a rule, a risk or a date recalled right after
        the verb of reminding, or after its comma ("mengingatkan, posisi ASN sudah diatur ..."), is a fact, no request
        (its own cues count), also in its plural ("ketentuan-ketentuan"); whom it reminds named first is asked."""
        i = self._past(end + (end < sent.end and self._low[end] == ","), sent.end, self.reminding_skip)
        return i < sent.end and self._singular(i) in self.reminded_facts

    def _asks_watch(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """The first verb asked after a request watches, foresees or coordinates (`watch_requests.verbs`, itself or the
        word after it: "menjalin koordinasi"), and nothing after it names neutrality's topics or civil servants: a
        task of running the election, no conduct asked."""
        named = {i for t in targets for i in range(t.start, t.end)}  # "kepala dinas": no verb in whom it asks
        j = next((i for i in range(cue.end, sent.end) if i not in named and self._content_verb(i)), None)
        if j is None or not (self._low[j] in self.watch_verbs or
                             j + 1 < sent.end and self._low[j + 1] in self.watch_verbs):
            return False
        return not any(self._low[i] in self.watch_topics for i in range(j, sent.end)) and \
            not any(t.start > j and t.label_ in ADDRESSEES for t in targets)

    def _reminds_risk(self, end: int, sent: Span) -> bool:
        """ "mengingatkan isu netralitas ASN cukup rawan", "mengingatkan netralitas ASN menjadi sorotan": a risk or an
        attention (`risks`) said in the reminder's clause before any link, clause of its own or conduct asked is a fact
        recalled, no request (see `reminded_importance.risks`)."""
        for j in range(end, sent.end):
            low = self._low[j]
            if self._punct[j] or low in self.risk_stops:
                return False
            if low in self.reminded_risks:
                return True
            if low not in self.copulas and low not in self.risk_copulas and \
                    (self._content_verb(j) or low in self.asked_states):
                return False
        return False

    def _singular(self, i: int) -> str:
        """The word at ``i`` in lower case, a noun written twice for its plural ("aturan-aturan", one token) as the
        noun itself: the plural names what the singular does."""
        word = self._low[i]
        head, dash, tail = word.partition("-")
        return head if dash and head == tail else word

    def _reminded_of_fact(self, end: int, sent: Span) -> bool:
        """ "mengingatkan kepada ASN dan aparatur negara, akan adanya sanksi ...", "berpesan kepada ASN, tentang resiko
        jika ...": whom the verb tells, after "kepada" and within a few words with no verb nor link between, then past
        the comma a fact recalled (see ``_reminds_fact``): what they are told is that fact, no request ("kepada ASN,
        agar tetap netral" asks)."""
        if end >= sent.end or self._low[end] not in self.told_to:
            return False
        for i in range(end + 1, min(end + self.reminded_reach, sent.end)):
            if self._low[i] == ",":
                return self._reminds_fact(i, sent)
            if self._punct[i] or self._verb(i) or self._low[i] in self.told_links:
                return False
        return False

    def _purposed_reminder(self, cue: _Term, sent: Span) -> bool:
        """ "rakor untuk mengingatkan netralitas ASN": a reminder on a topic as what a meeting is for, no one told
        (whom it reminds, named at once, is asked: "guna mengingatkan kembali para ASN untuk ...")."""
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.reminding_adverbs:
            i -= 1
        if i < sent.start or self._low[i] not in self.reminding_purposes:
            return False
        j = self._past(cue.end, sent.end, self.reminding_skip)
        return j >= sent.end or self._punct[j] or self._low[j] in self.conduct or \
            self._singular(j) in self.reminding_topics  # "hal-hal terkait netralitas" as "hal"

    def _reported_statement(self, start: int, sent: Span, targets: list[_Term]) -> bool:
        """After "mengingatkan," a clause naming no civil servant before its verb, with no request link first
        ("mengingatkan, aturan itu punya konsekuensi hukum", "ingatkan, ini bukan kantor pribadi"): what the speaker
        stated, no request. A verb right after the comma, or an imperative, is what is asked ("Kami imbau, menjaga
        netralitas ...", "saya wanti-wanti, jalankan mandat")."""
        first = self._low[start] if start < sent.end else ""
        if not first or first in self.hortative or first in self.markers or first in self.told_markers or \
                self._verb(start) or first in self.imperatives or \
                self._plain(start) and first.endswith(self.imperative_suffixes):
            return False
        cs = {t.start for t in targets if t.label_ in ADDRESSEES}
        # past "dengan adanya X, ...", and past the forces listed before the civil servants ("berharap, TNI, Polri dan
        # ASN dapat ...")
        for i in range(self._past_forces(self._past_fronted(start, sent) or start, sent.end), sent.end):
            if i in cs:
                return False
            if self._verb(i) or (self._punct[i] and self._low[i] not in WORD_MARKS):
                return True
        return True

    def _conduct_follows(self, i: int, sent: Span) -> bool:
        """A conduct within a few words from ``i``, before any punctuation: after a cue closed by "untuk" it is what the
        cue asks ("menegaskan untuk bersikap netral", "... untuk tidak terlibat", "... untuk ASN bersikap netral"), a
        bare stem of `imperatives` as well, as spoken Indonesian asks ("untuk dapat jaga netralitas")."""
        for j in range(i, min(i + 4, sent.end)):
            if self._asked_conduct(j):
                return True
            if self._punct[j]:
                return False
        return False

    def _asks_at_once(self, cue: _Term, sent: Span) -> bool:
        """ "Saya ulangi lagi bersikap netral ...": what is asked right after the cue (past `repeated_requests.skip`), a
        conduct verb, a negation, a state or an imperative, with no mark between."""
        j = self._past(cue.end, sent.end, self.repeated_skip)
        return j < sent.end and self._asked_conduct(j)

    def _asked_conduct(self, j: int) -> bool:
        """The word at ``j`` opens a conduct asked: a conduct verb, a negation, a state or a bare stem of
        `imperatives` ("bersikap netral", "tidak terlibat", "netral", "jaga netralitas")."""
        return self._content_verb(j) or self._low[j] in self.negators or self._low[j] in self.asked_states or \
            self._low[j] in self.imperatives

    def _content_verb(self, i: int) -> bool:
        """A verb saying what is asked, not one of an adjunct ("dalam menjalankan tugasnya") nor of knowing."""
        return self._verb(i) and self._low[i] not in self.knowing and \
            not (i > 0 and self._low[i - 1] in self.adjuncts)

    def _involves(self, start: int, sent: Span, targets: list[_Term], own_clause: bool = False,
                  asked: int | None = None, clause: int | None = None, asked_clause: bool = False) -> bool:
        """A verb of using people ("melibatkan", "memobilisasi") with civil servants as its object; with
        ``own_clause`` (leave, or the conduct a leave allows) not past a contrast, whose clause forbids or allows with
        a cue of its own ("Calon boleh mengajak warga, tapi tidak boleh melibatkan ASN": the candidates' leave).
        ``asked`` is where whom the request asks may stand (before a passive cue: "Bawaslu diminta ..."), ``clause``
        where a passive request's clause opens; with ``asked_clause`` (a request) the public opening it is whom it
        asks."""
        for i in range(start, sent.end):
            if own_clause and self._low[i] in self.leave_contrasts:
                return False
            if (self._low[i] in self.involving or self._low[i] in self.involving_nouns and (
                    i == start or self._low[i - 1] in self.involving_doers)) and not self._case_named(i, start):
                return self._object(i + 1, sent, targets, direct=True) == ACCEPT  # "melakukan mobilisasi ASN"
            if (j := self._past(i + 1, sent.end, self.keeping_adverbs)) < sent.end and \
                    (self._low[i], self._low[j]) in self.keeping:  # "... untuk menjaga (benar-benar) netralitas ASN"
                return not self._public_keeps(start, i, targets, clause, asked_clause) and \
                    self._object(j + 1, sent, targets, direct=True) == ACCEPT
            if (self._low[i],) in self.keeping:  # "... agar memastikan (betul) seluruh ASN netral"
                return not self._public_keeps(start, i, targets, clause, asked_clause) and \
                    self._object(self._past(i + 1, sent.end, self.keeping_adverbs), sent, targets,
                                 direct=True) == ACCEPT
            if self._low[i] in self.watching and self._watches(start if asked is None else asked, i, sent, targets):
                return True  # "... agar memantau netralitas ASN", "... untuk mengawasi bawahannya"
            if self._low[i] in {";", "."}:
                return False
        return False

    def _watches(self, start: int, i: int, sent: Span, targets: list[_Term]) -> bool:
        """A verb of watching at ``i`` whose object is the civil servants or their neutrality, asked of someone who
        leads them: not in a relative clause (a watch kept, "patroli yang mengawasi ASN"), nor of the public or the
        election supervisors addressed between the request (``start``) and the verb, whose own task watching is."""
        if i > start and self._low[i - 1] in self.relative_markers:
            return False
        if any(start <= t.start and t.end <= i and self._lower(t) in self.watching_public for t in targets):
            return False
        j = self._past(i + 1, sent.end, self.keeping_adverbs)
        j = self._past(self._past(j, sent.end, self.watched_nouns), sent.end, self.keeping_adverbs)
        return self._object(j, sent, targets, direct=True) == ACCEPT

    def _case_named(self, i: int, start: int) -> bool:
        """A verb of using at ``i`` opening a relative clause ("kecurangan yang melibatkan ASN", "termasuk yang
        melibatkan ASN"): it names a case, unless its head is an event the one asked would hold ("kegiatan yang
        melibatkan ASN")."""
        return i - 1 > start and self._low[i - 1] in self.relative_markers and \
            self._low[i - 2] not in self.involving_held

    def _public_keeps(self, start: int, i: int, targets: list[_Term], clause: int | None,
                      asked_clause: bool = False) -> bool:
        """Everyone or the public addressed between the request (``start``) and the words of keeping at ``i``
        ("mengajak seluruh pihak untuk bersama-sama menjaga netralitas ASN"): a civic call, not an instruction; so is
        one to the election's organisers or the security forces alone, also opening a passive request's ``clause``
        ("KPU dan Bawaslu diminta menjaga netralitas ASN"), not one to a head beside them. The public opening a passive
        request's clause is asked the same civic call ("Warga juga diminta ikut menjaga netralitas ASN"), with
        ``asked_clause`` (a request; "Pihak terkait perlu bekerja sama menjaga ..." states a duty)."""
        first = start if clause is None else min(start, clause)
        public_from = first if asked_clause else start
        if any(public_from <= t.start and t.end <= i and t.label_ == "other" and self._lower(t) in self.keeping_public
               for t in targets):
            return True
        asked_ones = [t for t in targets if first <= t.start and t.end <= i and t.label_ in ("other", "co") and
                      t.id_ != "event"]
        heads = {t.start for t in asked_ones}
        named = [self._lower(t) for t in asked_ones  # "pihak TNI/Polri": the side named by whom follows
                 if not (self._lower(t) == self.party_word and t.end in heads)]
        return bool(named) and all(low in self.keeping_organisers for low in named) and \
            not any(first <= t.start < i for t in self._titled)

    def _national_leave(self, cue: _Term, start: int, subjects: list[_Term]) -> bool:
        """Whether one of `national_leave_holders` stands right before a leave cue in its clause, no comma between
        ("presiden juga boleh berkampanye"): the head of state's or a minister's own leave, not the office a contest
        fills ("pilihan calon presiden bisa disalurkan"); nearer the cue than any civil servant among the subjects
        ("Netralitas ASN disorot setelah Presiden menyebut dirinya boleh berkampanye", not "Menteri menyebut ASN
        boleh hadir"). Further off, the holder counts with a relative clause between ("menteri yang berasal dari
        partai politik boleh berkampanye"), also narrowed by a focus word, in commas or not ("Menteri-menteri,
        terutama yang berasal dari partai politik juga boleh berkampanye")."""
        spoken = False  # a speech verb between: the far holder is who speaks ("menteri yang hadir menyebut boleh")
        stop = max(start, cue.start - self.national_leave_relative_reach)
        # the comma opening such an aside ("Menteri, terutama yang ...") neither stops the holder nor the one closing it
        aside = any(self._low[k] == "," and self._holder_length(k - 1) and
                    self._low[k + 1] in self.national_leave_focus for k in range(max(stop, 1), cue.start))
        for i in range(cue.start - 1, stop - 1, -1):
            if self._low[i] == "," and not aside:
                return False
            spoken = spoken or self._low[i] in self.speech
            j = i + 1 + (self._low[i + 1] == ",")  # the relative clause's 'yang', past a focus word and its comma
            j += self._low[j] in self.national_leave_focus
            if (size := self._holder_length(i)) and (cue.start - i <= self.national_leave_reach or
                                                     self._low[j] == "yang" and not spoken):
                return not self._contest_office(i, size, start) and \
                    not any(t.start > i and t.label_ in ADDRESSEES for t in subjects)
        return False

    def _holder_length(self, i: int) -> int:
        """How many words one of `national_leave_holders` ending at ``i`` has ("presiden": 1, "kepala negara": 2),
        0 for none."""
        return self._phrase_ending(i, self.national_leave_holders)

    def _national_company(self, subjects: list[_Term], start: int) -> bool:
        """Whether a `leave_on_furlough` head among the subjects follows one of `national_leave_holders`, only
        `company` words between ("Presiden dan para pejabat negara boleh ikut kampanye asal cuti"): the head of
        state's circle, whose leave is theirs as the holder's alone is (`_national_leave`), not a head's furlough."""
        for t in subjects:
            if self._lower(t) in self.furlough_heads:
                k = t.start - 1
                while k > start and self._low[k] in self.national_leave_company:
                    k -= 1
                if start <= k < t.start - 1 and self._holder_length(k):
                    return True
        return False

    def _others_after_contrast(self, cue: _Term, start: int, subjects: list[_Term]) -> bool:
        """Whether the subjects after the last of `leave_contrasts` before a leave cue are only people outside the
        civil service ("PNS dilarang, sedangkan caleg boleh ..."): the contrast opens the leave's own clause."""
        turn = next((i for i in range(cue.start - 1, start - 1, -1) if self._low[i] in self.leave_contrasts), None)
        return turn is not None and self._status([t for t in subjects if t.start > turn]) == REJECT

    def _past_linking(self, start: int, end: int) -> int:
        """The first word from ``start`` (before ``end``) past quotation marks and `linking_words` ("Khusus untuk ASN,
        ...", "Sementara bagi para camat, ..."): where a sentence's own words begin."""
        i = start
        while i < end and (self._texts[i] in QUOTES or self._low[i] in self.linking):
            i += 1
        return i

    def _fronted(self, sent: Span, before: int) -> int | None:
        """ "Kepada masyarakat, ia berpesan agar ...": the first word after a preposition opening the
        sentence (after a quotation mark or a linking word) and closed by a comma before ``before``, or by the
        subjectless begging word at ``before`` itself (`uncommaed_fronting`)."""
        i = self._past_linking(sent.start, before)
        if i >= before or self._low[i] not in self.told_markers and self._low[i] not in self.clause_addressees:
            return None  # "Untuk seluruh pegawai, Bupati berharap agar ..." as "Kepada ..."
        if not any(self._low[j] == "," for j in range(i + 1, before)) and \
                self._low[before] not in self.uncommaed_fronting:
            return None  # "Untuk ASN yang biasa mengunggah foto mohon ditahan": the begging word closes it
        return i + 1

    def _relative(self, cue: _Term, sent: Span) -> bool:
        """ "pose-pose yang dilarang": a cue in a clause about a noun (not "Yang tidak boleh ...", also after a
        linking word, "Namun yang dilarang, kata dia, ...", nor the predicate of a copula, "merupakan kewajiban yang
        harus dipatuhi", nor a cleft that points at the conduct before it, "terlibat aktif, itu yang dilarang", nor a
        rule to be obeyed, "kode etik yang harus dipatuhi", which binds whom the story addresses, nor a penalty with
        no head, "ada tiga yang dipecat")."""
        if cue.start - 2 < sent.start or self._low[cue.start - 1] != "yang" or self._punct[cue.start - 2] or \
                self._low[cue.start - 2] in self.clefts or \
                self._past_quotes_and_links(sent.start, cue.start - 1) == cue.start - 1:
            return False
        if self._low[cue.start - 2] in self.obeyed_nouns and cue.end < sent.end and \
                self._low[cue.end] in self.obeyed_verbs:
            return False
        if cue.label_ == "sanction" and (self._low[cue.start - 2] in self.headless_penalised or
                                         self._texts[cue.start - 2].isdigit()):
            return False  # "Sudah ada yang dicopot", "tiga yang dipecat": those penalised, no noun described
        return not any(w in self.copulas for w in self._low[max(sent.start, cue.start - 5):cue.start - 1])

    def _describes_asked(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """A modal right after "yang", a request verb before it with no verb of content between, and the request's
        link past the relative clause, a conduct after it ("meminta ASN yang dilarang berpolitik untuk menahan diri"):
        the clause describes those asked; a link right after the modal is its own ("hal yang dilarang untuk ..."), and
        a passive after the link ("meminta ASN yang dilarang berpolitik untuk diperiksa inspektorat") asks something
        done to them, no conduct."""
        if cue.start - 1 <= sent.start or self._low[cue.start - 1] not in self.relative_markers:
            return False
        if not any(self._request_verb(c) and c.end < cue.start - 1 and
                   not any(self._content_verb(i) for i in range(c.end, cue.start - 1)) for c in cues):
            return False
        for j in range(cue.end + 1, min(cue.end + self.described_reach, sent.end)):
            if self._punct[j]:
                return False
            if self._low[j] in self.told_links:
                done_to = j + 1 < sent.end and self._low[j + 1].startswith("di") and self._verb(j + 1)
                return not done_to and self._conduct_follows(j + 1, sent)
        return False

    def _copula_after(self, cue: _Term, sent: Span) -> bool:
        """ "Salah satu yang dilarang adalah ...": a relative clause heading the sentence, a copula right after it
        naming the conduct, which the ban (or leave) gives to whom the context names; so does a word that lists its
        items, a verb (past a comma) right after it ("Pose yang dilarang termasuk membentuk ...", `noun_cue_listing`;
        not the nouns of "jabatan yang dilarang antara lain anggota Polri")."""
        for i in range(cue.end, min(cue.end + self.cleft_copula_reach, sent.end)):
            if self._low[i] in self.copulas or self._listed_conduct(i, sent):
                return True
            if self._punct[i]:
                return False
        return False

    def _listed_act(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """The verb of asking is one of the acts a listing word gives as examples, in its clause before it ("Seperti
        misalnya melakukan penggalangan massa, serta mengajak massa memilih ...", "antara lain mengajak warga ..."):
        conduct named, no one asked; a link ("agar", "bahwa") between them opens a request of its own, and a request
        before the listing word ("menyampaikan arahan, termasuk mendorong ...") lists what it asks."""
        for i in range(cue.start - 1, max(sent.start, cue.start - LISTED_ACT_REACH) - 1, -1):
            if self._low[i] in CLAUSE_LINKS or self._texts[i] in HARD_BOUNDARIES:
                return False
            if self._listed_conduct(i, sent):
                return not any(c.label_ == "appeal" and c.start < i for c in cues)
        return False

    def _listed_conduct(self, i: int, sent: Span) -> bool:
        """One of `noun_cue_listing` at ``i`` and a verb after it, maybe past a comma ("termasuk membentuk ...")."""
        if self._low[i] not in self.listing_firsts:
            return False  # most words open no listing phrase: no tuple built per phrase for them
        size = self._phrase_length(i, sent.end, self.rule_listing)
        j = i + size
        j += j < sent.end and self._low[j] == ","
        return size > 0 and j < sent.end and self._verb(j)

    def _to_be_known(self, sent: Span, cue: _Term) -> bool:
        # a pointer right before the cue takes the knowing clause up as its subject: the rule is given
        if cue.start > sent.start and self._low[cue.start - 1] in self.knowing_pointers:
            return False
        for i in range(cue.start - 1, sent.start - 1, -1):
            low = self._low[i]
            if low in self.knowing:
                return not (self._fact_opener(i, sent) or self._known_of_subject(i, cue))
            if low in {",", ";", "bahwa"} or low in self.knowing_ends and cue.label_ in RULES:
                return False
        return False

    def _known_of_subject(self, i: int, cue: _Term) -> bool:
        """ "PNS juga diketahui tidak boleh ...": the passive of knowing right before the cue (past `known_facts.skip`)
        says what is known of the subject, the rule itself; a penalty after it is what is to be known ("barulah
        diketahui sanksi apa")."""
        return cue.label_ in CONDUCT_RULES and self._low[i] in self.known_facts and all(
            self._low[j] in self.known_fact_skip for j in range(i + 1, cue.start))

    def _fact_opener(self, i: int, sent: Span) -> bool:
        """ "Diketahui ...", "Untuk diketahui ...": the passive opening the sentence (past an opening quote) tells a
        fact, as it does before a comma; knowing further on names what is to be known."""
        return self._low[i] in self.known_facts and all(
            self._punct[j] or self._low[j] in self.known_fact_leads for j in range(sent.start, i))

    def _named_rule(self, cue: _Term, cues: list[_Term], sent: Span) -> bool:
        """ "apa yang tidak boleh", "yang boleh dan tidak boleh dilakukan", "yang diperbolehkan dan yang dilarang":
        rules named, not given."""
        words = tuple(self._low[max(sent.start, cue.start - 2):cue.start])
        if any(words[-len(p):] == p for p in self.named_rules):
            return True
        pair = {"permission", "prohibition"}
        if cue.label_ not in pair:
            return False
        return any(c.label_ in pair - {cue.label_} and (
            self._paired(cue.end, c.start) or self._paired(c.end, cue.start)) for c in cues)

    def _paired(self, end: int, start: int) -> bool:
        """Two rules joined by one of `named_rule_joiners`, the second again after "yang" or a named rule's words
        ("yang boleh dan yang tidak boleh", "mana yang boleh dan mana yang dilarang", "yang boleh maupun yang tidak
        boleh")."""
        gap = tuple(self._low[end:start])
        return 0 < len(gap) <= 3 and gap[0] in self.named_rule_joiners and (
            len(gap) == 1 or gap[1:] == ("yang",) or gap[1:] in self.named_rules)

    def _denied(self, cue: _Term, sent: Span) -> bool:
        """A penalty that did not happen: "belum ada yang terbukti", "tidak memenuhi unsur"; one of `close_denials`
        only in the cue's clause ("akan dihukum, dan jarang yang lolos" threatens)."""
        reach = self.denial_reach
        return any(sent.start <= d.start and d.end <= sent.end and
                   (0 <= cue.start - d.end <= reach or 0 <= d.start - cue.end <= reach) and self._close(d, cue)
                   for d in self._denials)

    def _close(self, denial: _Term, cue: _Term) -> bool:
        """A denial of `close_denials` with no punctuation between it and the cue, before it if `before_only`."""
        text = self._lower(denial)
        if text not in self.close_denials:
            return True
        if text in self.denials_before and denial.start > cue.start:
            return False
        lo, hi = (denial.end, cue.start) if denial.end <= cue.start else (cue.end, denial.start)
        return not any(self._punct[j] for j in range(lo, hi))

    def _guilty(self, sent: Span, targets: list[_Term]) -> bool:
        """A penalty for whoever is found guilty ("Jika terbukti, ...", "bagi oknum yang terbukti bersalah",
        "kalau ada yang melanggar"): a word of guilt right after a condition or a relative "yang", in a
        sentence that names no one ("anggota yang terbukti" are someone else's staff). Such a threat is
        often made in a quote sentences away from the civil servants it warns."""
        low = self._low
        if targets or self._names_others(sent):
            return False
        return any(low[i] in self.guilt and any(w in self.guilt_openers for w in low[max(sent.start, i - 2):i])
                   for i in range(sent.start, sent.end))

    def _names_others(self, sent: Span) -> bool:
        """Whether the sentence names other people by a word of `other_people` ("anggota", "pendukung", "pemain"):
        a penalty it tells is theirs, not the civil servants' the story names."""
        return not self.persons_words.isdisjoint(self._sentence_words(sent))

    def _service_penalty(self, sent: Span) -> bool:
        """A penalty named by what only civil servants bear (their discipline, allowance or rank: "sanksi pelanggaran
        disiplin adalah pemotongan tukin"), in a sentence naming no other people: theirs, whoever it names."""
        return not self._names_others(sent) and self._names_any(sent, self.service_penalties)

    def _pointed_penalty(self, sent: Span) -> bool:
        """A penalty pointed back to the one it falls on or to the breach told before ("yang bersangkutan terancam
        dipecat", "Sanksinya ..."), or told as that of a breach of neutrality, in a sentence naming no other people:
        theirs whom the story named before (so never in its opening line, a deck restating the story)."""
        return not self._names_others(sent) and (
            self._names_any(sent, self.pointed_penalised) or self._names_any(sent, self.neutrality_breaches))

    def _imposed(self, sent: Span, cues: list[_Term]) -> bool:
        """A penalty imposed or borne ("akan memberikan sanksi", "kita sudah beri sanksi", "Sanksi akan diberikan"):
        a verb of giving right before a sanction cue or opening it, or within reach after a penalty noun. Unlike a
        penalty only named ("sanksi berat"), it is news about those the story names even where the sentence names no
        one. Only a penalty to come or the speaker's own (a `modals` or `own` word before the giver) or one for a breach
        (a `breaches` word in the sentence) is theirs: "sejumlah pengedar narkoba dijatuhi hukuman penjara", "KPU juga
        memberikan sanksi teguran karena laporan dana kampanye terlambat" tell of other people's."""
        low = self._low
        if self._names_others(sent):
            return False  # "memberikan sanksi kepada pemain yang terlambat": someone else's people
        for c in cues:
            if c.label_ != "sanction":
                continue
            if c.start > sent.start and low[c.start - 1] in self.imposing:
                giver = c.start - 1
            elif len(c) > 1 and low[c.start] in self.imposing:  # "menjatuhkan hukuman" is one cue
                giver = c.start
            elif self._lower(c) in self.sanction_nouns:
                giver = next((j for j in range(c.end, min(c.end + self.imposed_reach, sent.end))
                              if low[j] in self.imposing), None)
            else:
                giver = None
            if giver is not None and (any(w in self.imposed_modals for w in low[sent.start:giver]) or
                                      any(w.startswith(self.imposed_breaches) for w in low[sent.start:sent.end])):
                return True
        return False

    def _article_addressee(self, tspans: list[_Term], headline: set[int]) -> list[str] | None:
        """The civil servants the article's body names, if any: whom a threat to the guilty is for."""
        return _labels([t for t in tspans if t.label_ in ADDRESSEES and t.start not in headline]) or None

    def _threatened(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Jika ada ASN tak netral, kami akan melakukan tindakan": a condition, then what will follow (also
        in the cue: "kalau ada laporan, kita akan proses"; the condition may be a guilt opener and its word of guilt:
        "Pegawai yang kedapatan berpose akan ditindaklanjuti"; after a consequence borne: "Jika tidak netral,
        konsekuensinya pasti akan kita terima"); what will follow, then a condition that names civil servants
        ("Bawaslu akan melakukan tindakan apabila ada ASN ...")."""
        words = self._low[sent.start:cue.end]
        opener = next((i for i, w in enumerate(words) if w in self.if_words or
                       w in self.guilt_openers and any(g in self.guilt for g in words[i + 1:i + 3])), None)
        if opener is not None and any(w in self.future for w in words[opener + 1:]):
            return True
        if (self._low[cue.start] in self.future_before or self._future_before(cue, sent)) and \
                self._every_fault(cue, sent):
            return True  # "akan memproses setiap pelanggaran": every violation, as a condition
        # a consequence borne is as sure or as possible as it is said to be ("konsekuensinya bisa berat"), also by the
        # modal right before it where no comma closes the condition ("kalau yang tidak netral itu mesti ada tindakan")
        if opener is not None and self._lower(cue) in self.borne_consequences and (
                self._low[cue.start - 1] in self.borne_future or
                any(w in self.borne_future for w in self._low[self._condition_end(sent.start + opener, cue):sent.end])):
            return True
        after = self._low[cue.end:sent.end]  # "Tindakan tegas akan diambil jika terbukti"
        opener = next((i for i, w in enumerate(after) if w in self.if_words), None)
        if opener is None:
            return False
        if any(w in self.future for w in after[:opener]):
            return True
        opener += cue.end
        named = {t.start for t in targets}
        return self._future_before(cue, sent) and any(
            t.label_ in ADDRESSEES and t.start > opener and self._at_fault(opener, t, sent, named) for t in targets)

    def _every_fault(self, cue: _Term, sent: Span) -> bool:
        """Whether every violation is named right after the cue ("memproses setiap pelanggaran") or before it in its
        clause ("setiap bentuk pelanggaran oleh ASN akan diproses")."""
        if self._every_at(cue.end, sent.end):
            return True
        for i in range(cue.start - 1, sent.start - 1, -1):
            if self._punct[i]:
                return False
            if self._every_at(i, cue.start):
                return True
        return False

    def _every_at(self, i: int, stop: int) -> bool:
        """Whether "setiap pelanggaran" (or "segala bentuk pelanggaran") opens at ``i``, before ``stop``."""
        if i >= stop or self._low[i] not in self.every:
            return False
        j = i + 1
        if j < stop and self._low[j] in self.every_skip:
            j += 1
        return j < stop and self._low[j] in self.fault_nouns

    def _at_fault(self, opener: int, servants: _Term, sent: Span, named: set[int]) -> bool:
        """Whether the condition opened at ``opener`` says the civil servants it names did wrong: after them a word
        of guilt ("terbukti"), a negator ("tidak netral") or a conduct the behaviours know ("berkampanye"), or before
        them a wrong named as a noun ("ada dugaan pelanggaran dari ASN"), before its clause ends (a comma listing
        others named goes on: "adanya ASN, TNI dan Polri yang terlibat"); civil servants who only report or file
        ("jika ada ASN yang melapor") call for no penalty."""
        for i in range(opener + 1, sent.end):
            low = self._low[i]
            if self._punct[i] and not (low == "," and i + 1 in named):
                return False
            if i < servants.start and low in self.fault_nouns:
                return True
            if i >= servants.end and (low in self.guilt or low in self.negators or i in self._conducts):
                return True
        return False

    def _forwards_servants(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """Civil servants named right after "melaporkan", then "ke"/"kepada" and the body that disciplines them
        ("melaporkan dua PNS ke BKN", "melaporkan seorang Aparatur Sipil Negara (ASN) ke BKN"), each within `reach`
        words, no punctuation (but an acronym's brackets) nor verb between."""
        low, reach = self._low, self.forwarded_reach
        if self.report_askers.intersection(low[sent.start:cue.start]):
            return False  # "mengimbau warga melaporkan ASN itu ke BKD": a report asked for, none made
        named = next((t for t in targets if t.label_ in ADDRESSEES and cue.end <= t.start < cue.end + reach), None)
        if named is None or any(self._punct[i] for i in range(cue.end, named.start)):
            return False
        for j in range(named.end, min(named.end + reach, sent.end - 1)):
            if self._punct[j] and low[j] not in ("(", ")") or self._verb(j):
                return False  # "... ASN di Lebong berbuntut ke BKN": the case, not the report, went there
            if low[j] in self.forwarded_to:
                return low[j + 1] in self.forwarded_bodies or \
                    j + 2 < sent.end and f"{low[j + 1]} {low[j + 2]}" in self.forwarded_bodies
        return False

    def _undoubted_act(self, cue: _Term, sent: Span) -> bool:
        """Whether a reporting or penalty verb follows "tidak akan ragu" within `reach` words, past "untuk"
        ("tidak akan ragu untuk melaporkannya"): the act not doubted is a threat, other acts ("membantu") none."""
        i = cue.end
        if i < sent.end and self._low[i] in self.undoubting_skip:
            i += 1
        return any(w in self.undoubted_acts for w in self._low[i:min(i + self.undoubting_reach, sent.end)])

    def _future_before(self, cue: _Term, sent: Span) -> bool:
        """ "akan" or "bakal" in the cue's clause, at most `future_reach` words before it ("akan menyikapi lebih jauh
        dan terus menindaklanjuti")."""
        for i in range(cue.start - 1, max(sent.start, cue.start - self.future_reach) - 1, -1):
            if self._punct[i]:
                return False
            if self._low[i] in self.future_before:
                return True
        return False

    def _enforcer_asked(self, cue: _Term, sent: Span, cues: list[_Term], targets: list[_Term]) -> bool:
        """A request, a hope or a duty before the cue asks its subject, someone who is no civil servant, to act
        firmly, and no civil servant follows in its clause ("mendorong Bawaslu untuk berani bertindak tegas ...
        terhadap setiap pelanggaran", "harap Bawaslu bisa bertindak tegas ... agar ASN bersikap netral"); with one
        ("meminta Bawaslu menindak tegas apabila ada ASN ...") the penalty is for them."""
        if not any(c.label_ in ("appeal", "obligation") and c.end <= cue.start for c in cues):
            return False
        end = next((i for i in range(cue.end, sent.end) if self._low[i] in CLAUSE_LINKS), sent.end)
        return not any(t.label_ in ADDRESSEES and cue.end <= t.start < end for t in targets)

    def _asks_enforcing(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """A request whose content is to impose a penalty ("meminta PPK segera menjatuhkan sanksi", "meminta KASN,
        bila terbukti, menjatuhkan sanksi") goes to the authority; a penalty the speaker threatens in the first person
        or as what will come ("berharap ASN netral, jika terbukti saya tidak segan menjatuhkan sanksi", "kalau ada
        yang melanggar akan diberi tindakan tegas") leaves the request asking conduct, as does one given as its reason
        ("mengimbau ASN netral, karena pemerintah tidak segan memberikan sanksi"), and so does a supervising act asked
        before the penalty ("meminta Inspektorat mengawasi ASN serta menindak yang melanggar": `supervising`)."""
        return any(cue.end <= i < sent.end and not any(
            self._low[j] in self.asking_anew or self._low[j] in self.future_before or self._low[j] in self.reasons
            for j in range(cue.end, i)) and not self._speaker_enforces(cue, i, targets) and
            not any(self._low[j] in self.supervising_acts for j in range(cue.end, i)) for i in self._enforcing)

    def _speaker_enforces(self, cue: _Term, at: int, targets: list[_Term]) -> bool:
        """The enforcing act at ``at`` is the speaker's next predicate, not the request's content: the request names
        civil servants first, and a joiner opens the act or a word of stance before it ("mengingatkan ASN untuk tetap
        netral dan memberikan sanksi", "... serta mengancam menjatuhkan sanksi", `enforcement_joined`)."""
        named = min((t for t in targets if cue.end <= t.start < at), key=lambda t: t.start, default=None)
        if named is None or named.label_ != "cs":
            return False
        for j in range(named.end, at):
            if self._low[j] in self.enforcement_joiners and (
                    j + 1 == at or " ".join(self._low[k] for k in range(j + 1, at)) in self.enforcement_stances):
                return True
        return False

    def _asks_penalty(self, cue: _Term, sent: Span, cues: list[_Term], targets: list[_Term]) -> bool:
        """The request's content opens with a penalty cue, a noun or a passive, before any other verb, punctuation,
        negation, reason, condition or relative clause ("meminta agar pejabat itu dinonaktifkan", "tekankan agar
        diproses hukum"): the penalty is what is asked; "meminta ASN netral agar tidak disanksi", "mengajak ASN
        bertindak netral" ask conduct. So is a penalty foretold of those the content names ("berpesan agar ASN yang
        melanggar akan dikenai sanksi": see ``_foretold``)."""
        penalties = {c.start for c in cues if c.label_ == "sanction" and c.start >= cue.end}
        for i in range(cue.end, sent.end):
            low = self._low[i]
            if i in penalties and (not self._verb(i) or low.startswith(self.passive)):
                return not self._speaker_enforces(cue, i, targets)
            if low in self.penalty_links:
                continue
            if low in self.penalty_stops and i > cue.end and self._low[i - 1] not in COORDINATORS and \
                    (not self._punct[i - 1] or self._low[i - 1] in WORD_MARKS):
                return self._foretold(i, sent, penalties)
            if self._punct[i] and low not in WORD_MARKS or self._verb(i) or low in CLAUSE_LINKS or \
                    low in self.negators or low in self.reasons or low in self.if_words or low in self.penalty_stops:
                return False
        return False

    def _foretold(self, rel: int, sent: Span, penalties: set[int]) -> bool:
        """Past the relative clause ``rel`` opens on the noun the request names, a future word with a penalty cue
        right after it, in the same clause ("agar ASN yang terlibat kampanye akan dikenai sanksi"): the content
        foretells the penalty of those it names, a consequence stated, no conduct asked."""
        for j in range(rel + 1, sent.end):
            if self._punct[j] and self._low[j] not in WORD_MARKS or self._low[j] in CLAUSE_LINKS:
                return False
            if self._low[j] in self.future_before:
                return any(j < p <= j + self.foretold_reach for p in penalties)
        return False

    def _invited_report(self, cue: _Term, sent: Span) -> bool:
        """The invitation's verb, past up to two of `invited_to_report.skip` ("silakan langsung laporkan", "silakan di
        laporkan"), is one of reporting or processing a case."""
        i = self._past(cue.end, min(cue.end + 2, sent.end), self.invited_skip)
        return i < sent.end and self._low[i] in self.reported_to

    def _calls_to_report(self, cue: _Term, sent: Span) -> bool:
        """ "Jika ada pelanggaran, segera laporkan": the imperative opens its clause (past a future word), so
        whoever sees a violation is asked to report it; no one threatens a penalty. So does the report, in either
        voice, past an invitation ("maka silakan laporkan ke Bawaslu", "silahkan dilaporkan")."""
        invited = cue.start > sent.start and self._low[cue.start - 1] in self.invitations
        if self._low[cue.start] not in self.report_calls and not (invited and self._low[cue.start] in
                                                                   self.reported_cases):
            return False
        start = cue.start - 1 if invited else cue.start
        start = start - 1 if start > sent.start and self._low[start - 1] in self.future else start
        return start == sent.start or self._punct[start - 1]

    def _after_any(self, start: int, sent: Span, phrases: set[tuple[str, ...]]) -> bool:
        """One of the phrases (of one or two words) ends right before `start` ("unsur", "apa saja")."""
        return any(tuple(self._low[max(sent.start, start - n):start]) in phrases for n in (1, 2))

    def _content_then_whom(self, cue: _Term, sent: Span, links: set[str], targets: list[_Term]) -> int | None:
        """ "imbauan (untuk) menjaga netralitas ... kepada ASN": the request noun's content, a verb right after it (past
        `content_first.opener`), then civil servants named after a link within reach in the same clause; the position
        of that link, or None. A link right after the verb is the verb's own ("instruksi untuk mendukung kepada salah
        satu calon"), and anyone but named civil servants leaves the noun only named."""
        i = cue.end + 1 if cue.end < sent.end and self._low[cue.end] == self.content_opener else cue.end
        if i >= sent.end or not self._verb(i):
            return None
        whom = self.content_whom & links
        for j in range(i + 1, min(i + self.content_reach, sent.end)):
            if self._punct[j] or self._low[j] in CLAUSE_LINKS:
                return None
            if self._low[j] in whom:
                return j if j > i + 1 and self._object(j, sent, targets) == ACCEPT else None
        return None

    def _holders_pronoun(self, k: int, sents: list[Span], targets: list[list[_Term]]) -> bool:
        """The sentence's "mereka" points back to ministers or the head of state as a class (`holders_pronoun`): one
        before it in its sentence with no speech verb between, or, where it opens the sentence, one in the sentence
        before that names no civil servant and reports no speech ("... bagi para menteri. Mereka boleh ...")."""
        sent = sents[k]
        low = self._low
        p = next((i for i in range(sent.start, sent.end) if low[i] in self.strict_pronouns), None)
        if p is None:
            return False
        for i in range(p - 1, sent.start - 1, -1):
            if low[i] in self.speech or low[i] in self.instruction_verbs:
                break
            if (size := self._phrase_ending(i, self.holders_pronoun)) and self._plain(i) and \
                    not self._contest_office(i, size, sent.start):
                return True
        if k == 0 or self._past_linking(sent.start, sent.end) != p or _labels(targets[k - 1]):
            return False
        prev = range(sents[k - 1].start, sents[k - 1].end)
        return not any(low[i] in self.speech or low[i] in self.instruction_verbs for i in prev) and \
            any((size := self._phrase_ending(i, self.holders_pronoun)) and self._plain(i) and
                not self._contest_office(i, size, prev.start) for i in prev)

    def _contest_office(self, i: int, size: int, start: int) -> bool:
        """The holder of ``size`` words ending at ``i`` is the office a contest fills ("calon presiden atau wakil
        presiden", "calon presiden/wakil presiden boleh"), past the paired office's `national_leave_holders.joiners`
        and holders, not before ``start``."""
        k = i - size
        while k > start and (self._low[k] in self.national_leave_joiners or self._holder_length(k)):
            k -= self._holder_length(k) or 1
        return k >= 0 and self._low[k] in self.national_leave_contests

    def _pronoun_subject(self, cue: _Term, sent: Span) -> bool:
        """ "Mereka (juga) diharapkan ...", "Harusnya mereka ...", "berharap agar mereka ...": a pronoun next to the
        cue (after it, past the hope's "agar" or a leave's comma: "Silakan, mereka ...") is whom it is about; before an
        active verb ("mereka mendorong ...", "mereka ingin ...") it is the doer, no addressee."""
        after = cue.end + 1 if cue.end < sent.end and (self._low[cue.end] in self.hortative or self._low[cue.end] == ","
                                                        and self._interjection(cue)) else cue.end
        if after < sent.end and self._low[after] in self.strict_pronouns:
            return True
        if after < sent.end and self._low[after] in self.strict_listeners:
            return after + 1 >= sent.end or not sent.doc[after + 1].is_title
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.strict_pronoun_skip:
            i -= 1
        return i >= sent.start and self._low[i] in self.strict_pronouns and self._lower(cue) not in self.active

    def _unnamed_hope(self, cue: _Term, sent: Span) -> bool:
        """ "Dia berharap agar tetap menjaga netralitas", "Harapannya agar tetap netral": a hope whose content opens
        with the neutrality asked of civil servants, naming no one, asks whom the story addresses, as a request with
        no addressee does; so does the passive hope opening its sentence with no "agar" ("Diharapkan tetap netral"),
        and begging or advising with or without its link ("Mohon untuk tidak terlibat ...", "Mohon tetap netral"),
        and a plea that what was just said be obeyed, which names no conduct of its own ("Mohon ini dapat dipatuhi":
        `_pleads_obeyed`)."""
        if self._lower(cue) in self.complying_pleas and self._pleads_obeyed(cue.end, sent):
            return True
        if self._lower(cue) not in self.unnamed_hope_cues or cue.end >= sent.end:
            return False
        i = cue.end
        if self._low[i] in self.hortative:
            i += 1
        elif self._low[cue.end - 1] in self.hortative:
            pass  # "Harapan kita supaya tetap netral": the link closes the cue
        elif self._lower(cue) in self.unnamed_hope_passives and self._opens(cue.start) or \
                self._lower(cue) in self.unnamed_hope_begging:
            # "Untuk itu, diharapkan (untuk) tetap memegang teguh netralitas", "Mohon (untuk) tetap netral": the subject
            # left out, what follows the link, or the cue at once, is the content
            if self._low[i] in self.unnamed_hope_links:
                i += 1
        else:
            return False  # "Bawaslu berharap dapat menjaga integritas pemilu": the speaker's own aim
        while i < sent.end and self._low[i] in self.unnamed_hope_adverbs:
            i += 1
        if i + 1 >= sent.end:
            return False
        low = self._low[i]
        if low in self.asked_states:
            return True  # "berharap agar tetap netral"
        if low in self.negators:
            return self._low[i + 1] in self.unnamed_hope_denied  # "berharap agar tidak memihak"
        return low in self.unnamed_hope_verbs and any(  # "berharap agar menjaga netralitas", "... bersikap netral"
            self._low[j] in self.hoped_conduct for j in range(i + 1, min(i + 4, sent.end)))

    def _pleads_obeyed(self, i: int, sent: Span) -> bool:
        """ "Mohon ini dapat dipatuhi", "harap dicatat, disimak dan dilaksanakan": from ``i`` past a pointer or an
        ability, passives only (and their joiners) up to one of obeying within `complying.reach` words; a split "di"
        joins its stem ("di patuhi")."""
        i = self._past(i, sent.end, self.complying_skip)
        for j in range(i, min(i + self.complying_reach, sent.end)):
            low = self._low[j]
            if low == "di" and j + 1 < sent.end:
                low += self._low[j + 1]
            if low in self.complying_verbs:
                return True
            if not (low.startswith("di") and low.isalpha() or j > i and low in self.complying_joiners):
                return False
        return False

    def _hoped_pledge(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Saya berharap ikrar yang kita ucapkan tadi benar-benar dijalankan", "berharap agar netralitas ini tetap
        dipertahankan": a hope naming no one that the pledge, or the neutrality its content opens with, be carried out
        or kept (`hoped_pledges`) asks those who made it; a pledge hoped to be anything else is left, and so is one
        whose content names others ("berharap netralitas KPU tetap terjaga")."""
        if self._lower(cue) not in self.pledge_hope_cues:
            return False
        end = min(cue.end + self.hoped_pledge_reach, sent.end)
        if any(cue.end <= t.start < end and t.label_ not in ADDRESSEES and t.id_ != "event" for t in targets):
            return False
        first = cue.end + 1 if cue.end < sent.end and self._low[cue.end] in self.hortative else cue.end
        # "berharap agar netralitas ini ...", not "berharap, netralitas bukan hanya ucapan ...", a view the hope reports
        pledge = first < sent.end and self._low[first] in self.hoped_pledge_conduct
        verb = False
        for i in range(cue.end, end):
            low = self._low[i]
            if low in {".", ";", "?", "!"}:
                break
            pledge = pledge or low in self.hoped_pledge_words
            verb = verb or low in self.hoped_pledge_verbs and self._low[i - 1] not in self.negators
        return pledge and verb

    def _case_processed(self, cue: _Term, sent: Span) -> bool:
        """ "Dugaan ketidaknetralan kedua ASN tersebut akan diproses": a case noun before the cue in its clause; after
        the active cue, the word right after it ("akan memproses berkasnya")."""
        if self._lower(cue) in self.processing_active:
            return cue.end < sent.end and self._case_noun(cue.end)
        for i in range(cue.start - 1, max(sent.start, cue.start - self.case_reach) - 1, -1):
            if self._punct[i]:
                return False
            if self._case_noun(i):
                return True
        return False

    def _case_noun(self, i: int) -> bool:
        """Whether the word at ``i`` names a case or a file, past "-nya" and a doubling ("laporan-laporan")."""
        return self._low[i].removesuffix("nya").split("-")[0] in self.case_nouns

    def _urges_even_hand(self, cue: _Term, sent: Span) -> bool:
        """ "Jangan (ada) pilih kasih": partiality or hesitation barred right after the cue."""
        i = cue.end + 1 if cue.end < sent.end and self._low[cue.end] in self.even_handed_skip else cue.end
        return self._phrase_at(i, sent.end, self.even_handed)

    def _pointed_back(self, cue: _Term, cues: list[_Term], sent: Span, targets: list[_Term]) -> bool:
        """A penalty followed by "tersebut"/"itu"/"ini", also through the next cue words ("sanksi pidana ini"),
        unless it is said to apply next ("sanksi ini berlaku bagi ASN ...": a penalty threatened); a case forwarded
        is the object a pointer ends ("kami akan melaporkan temuan itu ke KASN"). A penalising verb's object that
        names a person ("mencopot pejabat tersebut", "memecat orang itu"), as a penalty noun's ("pencopotan camat itu",
        "pemecatan guru tersebut"), points back to the one penalised, not to the penalty: a penalty named anew."""
        end = cue.end
        following = {c.start: c.end for c in cues if c.label_ == "sanction"}
        while end in following:
            end = following[end]
        if end + 1 < sent.end and (
                self._low[end] in self.penalised_persons or any(t.start == end for t in targets)):
            return False
        if end + 1 < sent.end and self._plain(end) and self._low[end + 1] in self.noun_anaphora and \
                self._lower(cue) not in self.forwarded and self._low[end] not in self.clause_openers:
            end += 1  # "sanksi disiplin itu"; not "sanksi karena ini sudah ada aturannya": a reason's own subject
        if end >= sent.end or self._low[end] not in self.noun_anaphora:
            return False
        end += 1
        while end < sent.end and self._low[end] in self.applied_skip:
            end += 1
        return not self._phrase_at(end, sent.end, self.applied_penalties)

    def _reported_for(self, cue: _Term, sent: Span) -> bool:
        """A penalty as the purpose of a report someone is asked to make ("saya harap camat segera melapor ke pihak
        berwajib agar bisa segera ditindaklanjuti"): a purpose word before it (past `skip`), a reporting verb within
        `reach` words before that, and a word of asking before the verb in its sentence."""
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.report_purpose_skip:
            i -= 1
        if i <= sent.start or self._low[i] not in self.told_links:
            return False
        for j in range(i - 1, max(sent.start, i - 1 - self.report_reach), -1):
            if self._low[j] in self.report_verbs:
                return bool(self.report_askers.intersection(self._low[sent.start:j]))
        return False

    def _penalty_business(self, cue: _Term, sent: Span) -> bool:
        """A penalty right after "dalam" (past one verb of giving): "ketegasan Pemkab dalam menindak ASN yang melanggar
        sudah terbukti", "tegas dalam memberikan sanksi": the business someone acts in, unless a word of what will
        follow stands before it in its sentence ("Pihaknya bakal tegas dalam pemberian sanksi bagi ASN")."""
        i = cue.start
        if i - 1 > sent.start and self._low[i - 1] in self.business_givers:
            i -= 1
        return any(self._after_any(i, sent, {p}) for p in self.business_words) and \
            not self.form_threats.intersection(self._low[sent.start:i])

    def _given_for(self, cue: _Term, cues: list[_Term], sent: Span) -> bool:
        """A penalty noun heading its clause, given in the passive within `reach` words, its reason right after
        ("Sanksi disiplin diberikan karena ia mendaftar sebagai bakal calon"): the reason of a penalty reported,
        no new statement; "Sanksi diberikan kepada ASN yang ..." still gives it."""
        if not self._heads_clause(cue, sent, cues):
            return False
        for i in range(cue.end, min(cue.end + self.reason_reach, sent.end - 1)):
            if self._low[i] in self.reason_verbs:
                return self._low[i + 1] in self.reason_words
            if not self._plain(i):
                return False
        return False

    def _leave_to_vote(self, cue: _Term, sent: Span) -> bool:
        """ "Silakan saudara-saudara memilih": a voting word within reach of the cue."""
        reach = self.voting_leave_reach
        return any(w in self.voting_leave for w in self._low[max(sent.start, cue.start - reach):cue.start]) or \
            any(w in self.voting_leave for w in self._low[cue.end:min(sent.end, cue.end + reach)])

    def _interjection(self, cue: _Term) -> bool:
        """A word of leave said as an interjection ("Silakan", "Monggo"), whose comma opens whom it is for."""
        return self._lower(cue) in self.leave_interjections

    def _refused_by_agent(self, cue: _Term, sent: Span) -> bool:
        """ "tidak kami perbolehkan", "tak akan saya izinkan": a negator before the agent of a bare stem of leave."""
        i = cue.start - 1
        while i >= sent.start and self._low[i] in self.stem_agents:
            i -= 1
        return sent.start <= i < cue.start - 1 and self._low[i] in self.negators

    def _conceded(self, cue: _Term, sent: Span) -> bool:
        """ "Kalau sekadar untuk dokumentasi ya monggo", "Kalau mengajak warga memilih, itu bisa dilakukan": leave
        after "ya", or pointed back to after the comma, granted to what a condition names; a bare interjection
        after the condition's comma closing its own clause ("Kalau cuma mendengar visi misi, silakan.") too."""
        if self._closing(cue):
            return self._closes_condition(cue, sent)
        marks = self.leave_particles if self._lower(cue) not in self.pointed_leave else {","}
        if self._low[cue.start] in self.leave_interjections and (
                cue.end >= sent.end or self._punct[cue.end] and self._low[cue.end] != "(" or
                self._low[cue.end] in self.contrasts):
            marks = marks | {","}  # "Kalau hanya mau menonton, silakan, tapi ...": the interjection closes its clause;
            # "monggo (silakan) dilaporkan" glosses it and goes on
        return cue.start > sent.start and self._low[cue.start - 1] in marks and \
            any(w in self.leave_openers for w in self._low[sent.start:cue.start - 1])

    def _warning_only(self, cue: _Term, cues: list[_Term]) -> bool:
        """ "jangan coba-coba jika tidak ingin dikenai sanksi": "jangan" and warning words only, then (past a comma) a
        condition's opener, a penalty after it."""
        if self._low[cue.start] != "jangan":
            return False
        i = cue.start + 1
        while i < len(self._low) and self._low[i] in self.bare_warning_words:
            i += 1
        words = i > cue.start + 1
        if i < len(self._low) and self._low[i] == ",":
            i += 1  # "jangan coba-coba, kalau ..."
        return words and i < len(self._low) and self._low[i] in self.bare_warning_openers and \
            any(c.label_ == "sanction" and c.start > i for c in cues)

    def _ruled_by_law(self, cue: _Term, sent: Span) -> bool:
        """ "Kalau aturan boleh, silakan.", "selama UU tidak melarang berarti boleh": the cue inside a condition that
        opens on a rule, or closing the answer right after its comma past only links; none with a conduct after."""
        i = cue.start - 1
        while i >= sent.start and self._low[i] in self.law_links:
            i -= 1
        if i >= sent.start and self._low[i] == ",":
            if cue.end < sent.end and not self._punct[cue.end]:
                return False
            i -= 1
        while i > sent.start and not self._punct[i] and self._low[i] not in HARD_BOUNDARIES:
            if self._low[i] in self.law_rules and self._low[i - 1] in self.law_openers:
                return True
            i -= 1
        return False

    def _conditioned(self, cue: _Term, sent: Span) -> bool:
        """ "Kalau cuma hadir, tidak ada masalah": "no problem" is leave closing its clause (a mark or a condition
        after it, not "tidak ada masalah yang ..."), with a condition in its sentence and no word of purpose or hope
        just before it ("agar tidak menjadi masalah")."""
        before = self._low[max(sent.start, cue.start - self.leave_purpose_reach):cue.start]
        closes = cue.end >= sent.end or self._punct[cue.end] or self._low[cue.end] in self.leave_conditions
        return closes and self.leave_purposes.isdisjoint(before) and \
            not self.leave_conditions.isdisjoint(self._low[sent.start:sent.end])

    def _harmless(self, cue: _Term, sent: Span) -> bool:
        """ "ASN yang hadir dalam kampanye, tidak melanggar aturan.": a conduct said to break no rule is leave closing
        its clause in a statement, no word of purpose, request, finding or question just before it."""
        before = self._low[max(sent.start, cue.start - self.harmless_reach):cue.start]
        closes = cue.end >= sent.end or self._punct[cue.end] and self._low[cue.end] != "?"
        return closes and self.harmless_blockers.isdisjoint(before) and self._low[sent.end - 1] != "?"

    def _closing(self, cue: _Term) -> bool:
        """Whether the cue is a bare modal of ability closing its clause ("bisa.", "dapat,")."""
        return tuple(self._low[cue.start:cue.end]) in self.closing_leave

    def _closes_condition(self, cue: _Term, sent: Span) -> bool:
        """ "Kalau cuma menonton kampanye bisa.": the modal closes a clause a condition opens, two words or more
        after its opener, not negated; "kalau memang bisa" (if possible) is no leave."""
        if self._low[cue.start - 1] in self.negators:
            return False
        for i in range(cue.start - 1, sent.start - 1, -1):
            if self._low[i] in self.leave_openers:
                return cue.start - i > 2
            if self._low[i] == "," or self._low[i] in HARD_BOUNDARIES:
                return False
        return False

    def _firm_act(self, low: str, cue: _Term) -> bool:
        """Whether the cue (``low``), alone or with the word after it ("menindak" + "tegas"), is acting firmly."""
        return low in self.firm_acts or cue.end < len(self._low) and f"{low} {self._low[cue.end]}" in self.firm_acts

    def _heads_own_rule(self, kind: str, subjects: list[_Term], cue: _Term, sent: Span) -> bool:
        """A rule the gold counts though it binds a regional head or a candidate, no civil servant: leave to campaign
        bound by their leave from office after the cue ("kepala daerah diizinkan berkampanye selama cuti"), or a duty
        to resign or take leave right after the modal in a sentence on a contest ("Bupati petahana harus cuti di luar
        tanggungan negara", "calon itu harus mundur"): one of the heads among the subjects, one of the words after
        the cue, or for leave inside it ("Bupati bisa cuti untuk berkampanye": leave to take leave)."""
        if kind == "permission":
            heads, words, begin, end = self.furlough_heads, self.furlough_words, cue.start, sent.end
        elif kind == "obligation" and not self.stand_down_contest.isdisjoint(self._low[sent.start:sent.end]):
            heads, words, begin = self.stand_down_heads, self.stand_down_words, cue.end
            end = min(cue.end + self.stand_down_reach, sent.end)
        else:
            return False
        return any(self._lower(t) in heads for t in subjects) and not words.isdisjoint(self._low[begin:end])

    def _question(self, sent: Span) -> bool:
        """ "Lantas kenapa ASN harus netral?": a question asks, it instructs no one."""
        i = sent.end - 1
        while i > sent.start and (self._texts[i] in CLOSERS or self._texts[i] in QUOTES):
            i -= 1
        return self._low[i] == "?"

    def _adverb_opens(self, i: int, sent: Span) -> bool:
        """ "Tetap jaga netralitas": an adverb of keeping on that opens the clause leaves its imperative one."""
        return self._low[i] in self.imperative_adverbs and (i == sent.start or self._punct[i - 1])

    def _opened_by_lead(self, end: int, sent: Span) -> bool:
        """ "Makanya tetap jaga netralitas", "karena itu berhati-hatilah": a connective that leads to what is asked
        (`hortative_leads`), opening its clause right before ``end`` (past an adverb of keeping on), leaves the
        imperative at ``end`` one, as its comma would ("Makanya, jaga netralitas"); so does a word that opens a clause
        with no comma (`imperative_openers`), right before it or before the connective ("lagi maka untuk itu ...")."""
        if end > sent.start and self._low[end - 1] in self.imperative_adverbs:
            end -= 1
        if end > sent.start and self._low[end - 1] in self.imperative_openers:
            return True  # "... lagi maka tetaplah netral", "yang utama yaitu jaga netralitas"
        for lead in self.hortative_leads:
            k = end - len(lead)
            if k >= sent.start and tuple(self._low[k:end]) == lead and \
                    (k == sent.start or self._punct[k - 1] or self._low[k - 1] in self.imperative_openers):
                return True  # "Makanya jaga ...", "..., karena itu jagalah ...", "... maka untuk itu tetaplah ..."
        return False

    def _joined_event(self, i: int, start: int) -> bool:
        """The event at ``i`` right after a verb of joining it (`joined_events`), also past the bracket that opens it
        ("hadir (kampanye) boleh"): what is joined, no subject."""
        j = i - 1 if i - 1 > start and self._low[i - 1] == "(" else i
        return self._low[j - 1] in self.joined_events

    def _after_wish(self, end: int, sent: Span) -> bool:
        """ "Jika mau terjun ke politik praktis tunggu pensiun": a condition of wanting (`wish_conditions`) in the
        clause before ``end``, with no comma closing it, leaves the imperative at ``end`` the main clause's first
        word."""
        for i in range(end - 1, sent.start - 1, -1):
            if self._punct[i]:
                return False
            if self._low[i] in self.wish_openers:
                return self._wanted(i, end) is not None
        return False

    def _wanted(self, opener: int, end: int) -> int | None:
        """Where a word of wanting (`wish_conditions`) stands within reach after the condition's ``opener``, before
        ``end`` ("Jika mau ...", "Kalau ingin ..."); None if none does."""
        return next((j for j in range(opener + 1, min(opener + 1 + self.wish_reach, end))
                     if self._low[j] in self.wish_words), None)

    def _wish_closed(self, start: int, end: int, targets: list[_Term]) -> int | None:
        """The comma closing a condition of wanting (`wish_conditions`) that opens the clause at ``start`` before
        ``end`` and names no one before its word of wanting ("Kalau mau jadi tim sukses calon, jangan ...", "Jika ingin
        menjadi anggota partai, wajib mundur"): the people it names are what the listener wants to be or to join, not
        who is bound; one naming its own subject ("Kalau calon ingin ...") is left alone."""
        i = start + 1 if self._punct[start] and start + 1 < end else start  # past an opening quote
        if self._low[i] not in self.wish_openers:
            return None
        want = self._wanted(i, end)
        if want is None or any(i < t.start < want for t in targets):
            return None
        return next((j for j in range(want + 1, end) if self._low[j] == ","), None)

    def _in_condition(self, cue: _Term, sent: Span, kind: str) -> bool:
        """The cue inside a condition ("jika ada ASN yang ... dilarang", "apabila jangan sampai ada ...") or a question
        with no question mark ("Apakah seorang ASN boleh ikut, belum ada keputusan"): no rule given. A cue of a kind
        in `condition_closers` after a relative clause that has said what those named do (``_relative_said``: "Bila
        ada ASN yang jadi petugas kegiatan pilkada harus dapat izin") closes the condition and gives the rule."""
        for i in range(cue.start - 1, sent.start - 1, -1):
            low = self._low[i]
            if low in self.question_words:
                return True
            if low in self.if_words or low in self.condition_openers:  # "jika ada ASN yang ...", "kalaupun harus"
                if i > sent.start and self._low[i - 1] in self.speech:
                    return False  # "menjelaskan jika boleh mendampingi ...": what is said, no condition
                j = i + 1
                while j < cue.start and self._low[j] in self.condition_adverbs:
                    j += 1  # "jika memang harus hadir"
                return j == cue.start or self._low[j] == "ada" and not (
                    kind in self.condition_closers and self._relative_said(j + 1, cue.start))
            if low in {",", ";", "maka"}:
                return False
        return False

    def _supposed_penalty(self, cue: _Term, sent: Span) -> bool:
        """The penalty opens a condition, right after its opener (past `condition_adverbs`, or "ada": "Kalau ada
        sanksinya berat, ...", "jika sanksi diberikan tanpa bukti, maka ...", "Kalau sampai pemecatan tidak"): the
        penalty supposed or set as a topic, no threat; not after a speech verb, where the opener says what is said
        ("menjelaskan jika sanksi bagi ASN ...")."""
        i = cue.start - 1
        if i > sent.start and self._low[i] == "ada":
            i -= 1
        while i > sent.start and self._low[i] in self.condition_adverbs:
            i -= 1
        return i >= sent.start and self._low[i] in self.if_words and \
            not (i > sent.start and self._low[i - 1] in self.speech)

    def _relative_said(self, start: int, end: int) -> bool:
        """ "ada ASN yang jadi petugas ...": a "yang" between ``start`` and ``end`` with a word after it that is no
        negator nor adverb, so the relative clause has said what its people do before ``end``."""
        rel = next((j for j in range(end - 1, start - 1, -1) if self._low[j] in self.relative_markers), None)
        return rel is not None and any(self._low[j] not in self.negators and self._low[j] not in self.purpose_adverbs
                                       for j in range(rel + 1, end))

    def _emphasis(self, sent: Span) -> bool:
        """A sentence of a few words only ("Sangat dilarang.")."""
        return len(sent) - self._punct[sent.start:sent.end].count(True) <= self.emphasis_max

    def _lead_length(self, i: int) -> int:
        """The length of the first of `hortative_leads` standing at ``i`` ("oleh karena itu"), 0 if none; only the
        leads opening with the word at ``i`` are compared."""
        first = self._low[i] if i < len(self._low) else ""
        return next((len(w) for w in self._leads_by_first.get(first, ()) if tuple(self._low[i:i + len(w)]) == w), 0)

    def _first_word(self, sent: Span) -> int:
        """Where the sentence's first word stands, past opening quotes and marks."""
        i = sent.start
        while i < sent.end and self._punct[i]:
            i += 1
        return i

    def _continues_list(self, sent: Span) -> bool:
        """The sentence opens with an ordinal ("Kedua, ...")."""
        i = self._first_word(sent)
        return i < sent.end and self._low[i] in self.ordinals

    def _penalty_forms(self, sent: Span, cues: list[_Term]) -> bool:
        """The sentence goes on from the one before and opens with a penalty (a noun) naming its forms ("Mulai
        dari sanksi ringan hingga ...", "Adapun sanksi berat berupa ..."), neither threatening nor imposing
        it: no threat word, no penalty verb ("Hukumannya berjenjang, mulai dari ..." is a statement of its own)."""
        opened = self._first_word(sent)
        i = self._past(opened, sent.end, self.form_openers)
        first = next((c for c in cues if c.label_ == "sanction"), None)
        if i == opened or first is None or first.start != i:
            return False  # it must go on from the sentence before: "Adapun ...", "Mulai dari ..."
        return bool(self.forms.intersection(self._low[first.end:sent.end])) and self._only_told(sent, cues)

    def _for_bias(self, cue: _Term, sent: Span) -> bool:
        """Whether a word of bias ("tidak netral", "berpihak") stands within reach of a replacing cue in its sentence
        ("mengganti Pj yang tidak netral"): the replacement is then a penalty; a side refused ("yang tidak mau
        berpihak") is the winner's retaliation."""
        stop = min(cue.end + self.bias_reach, sent.end)
        return any(self._phrase_at(i, stop, self.biases) and
                   not (i > sent.start and self._low[i - 1] in self.bias_refused)
                   for i in range(max(cue.start - self.bias_reach, sent.start), stop))

    def _appointing_power(self, cue: _Term, sent: Span) -> bool:
        """A dismissal listed right after an appointment ("mengangkat, memindahkan, dan memberhentikan"): the power
        over careers the law gives, not a penalty."""
        if cue.end - cue.start != 1 or self._low[cue.start] not in self.dismissals:
            return False
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.appointing_links:
            i -= 1
        return i < cue.start - 1 and self._low[i] in self.appointing

    def _things_removed(self, sent: Span, cues: list[_Term], targets: list[_Term]) -> bool:
        """Every penalty cue of the sentence removes or blocks a thing: a campaign prop or an account right after the
        active verb ("mencopot spanduk"), or named before the passive one ahead of any civil servant ("Baliho calon
        ... sudah dicopot", not "ASN yang memasang baliho akan dicopot"), or before the bare stem after its doer,
        which is passive too ("Baliho itu sudah kami copot", "Akun itu kita nonaktifkan"), or after the act's noun
        behind a light verb, past a preposition ("melakukan pemblokiran terhadap ruas jalan")."""
        penalties = [c for c in cues if c.label_ == "sanction"]
        if not penalties:
            return False
        for cue in penalties:
            verb = self._low[cue.end - 1]
            after_doer = cue.end - 2 >= sent.start and self._low[cue.end - 2] in self.removal_doers and \
                not verb.startswith(self.removal_prefixes)
            after_light = cue.end - cue.start == 2 and self._low[cue.start] in self.removal_light
            if verb not in self.removing or not (cue.end - cue.start == 1 or after_doer and cue.end - cue.start == 2
                                                 or after_light):
                return False
            if after_light:
                if self._low[self._past(cue.end, sent.end, self.thing_links)] not in self.removed_things:
                    return False
            elif verb.startswith("di") or after_doer:
                first = next((i for i in range(sent.start, cue.start) if self._low[i] in self.removed_things), None)
                if first is None or any(t.start < first for t in targets):
                    return False
            elif self._low[self._past(cue.end, sent.end, self.thing_counts)] not in self.removed_things:
                return False
        return True

    def _contestants_penalised(self, sent: Span, targets: list[_Term]) -> bool:
        """A candidate's or a campaign's penalty ("diskualifikasi", "penghentian sementara kampanye") in a sentence
        naming no civil servant: the supervisors' measures against contestants, not a penalty on the civil service."""
        if any(t.label_ in ADDRESSEES for t in targets):
            return False
        return self._names_any(sent, self.candidate_penalties)

    def _opens_penalty_list(self, sent: Span, cues: list[_Term]) -> bool:
        """The sentence ends with a colon after a word opening a list ("terdiri atas:", "yaitu:") or after a
        heading of a few words ("Hukuman disiplin sedang:"), and neither threatens nor imposes the penalty (nor,
        as the caller checks, names whom it strikes): the items below state it, this line only opens them."""
        end = sent.end
        while end > sent.start and (self._punct[end - 1] or self._low[end - 1].isspace()) and self._low[end - 1] != ":":
            end -= 1  # closing quotes, the line break before the list
        if end == sent.start or self._low[end - 1] != ":":
            return False
        words = [w for w, p in zip(self._low[sent.start:end - 1], self._punct[sent.start:end - 1]) if not p]
        if len(words) > self.emphasis_max and not any(tuple(words[-len(p):]) == p for p in self.list_leads):
            return False
        return self._only_told(sent, cues)

    def _bars_career(self, cue: _Term, sent: Span) -> bool:
        """A prohibition of a career step ("tidak boleh ikut promosi"): a penalty the civil servant bears."""
        i = self._past(cue.end, sent.end, self.career_skip)
        return i < sent.end and self._low[i] in self.careers

    def _penalty_varies(self, sent: Span, cues: list[_Term]) -> bool:
        """The sentence opens with a penalty (a noun, past `openers` and "iya") and says only that it varies
        ("Sanksinya macam-macam.", "Untuk sanksinya tergantung pelanggaran."): no threat word, no penalty verb."""
        opened = self._first_word(sent)
        i = self._past(opened, sent.end, self.varies_openers)
        while i < sent.end and self._punct[i]:
            i += 1
        first = next((c for c in cues if c.label_ == "sanction"), None)
        if first is None or first.start != i or not self.varies.intersection(self._low[first.end:sent.end]):
            return False
        return self._only_told(sent, cues)

    def _only_told(self, sent: Span, cues: list[_Term]) -> bool:
        """A penalty told about, not threatened or imposed: no threat word and no penalty cue that is a verb."""
        if self.form_threats.intersection(self._low[sent.start:sent.end]):
            return False
        return not any(c.label_ == "sanction" and self._verb(c.start) for c in cues)

    def _condition_end(self, i: int, cue: _Term) -> int:
        """Where the condition opened at ``i`` ends: after its comma before the cue, else at the cue ("Kalau semua
        pihak bisa menahan diri, konsekuensinya ...": the "bisa" is the condition's, no threat)."""
        return next((x + 1 for x in range(i + 1, cue.start) if self._low[x] == ","), cue.start)

    def _penalty_cited_in(self, cue: _Term, sent: Span) -> bool:
        """A verb of where it is written follows the penalty noun: "tercantum pada" always, "diatur dalam" unless
        the noun names whom the penalty is for ("Sanksi bagi ASN ... diatur dalam PP 94" states it)."""
        if any(cue.end <= i < sent.end for i in self._cited):
            return True
        return (cue.end == sent.end or self._low[cue.end] not in self.penalty_for_whom) and \
            any(cue.end <= i < sent.end for i in self._penalty_cited)

    def _heads_clause(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """The cue opens its clause, alone or after other rule words joined to it ("Larangan dan sanksi ...")."""
        starts = {c.end: c.start for c in cues}
        i = cue.start - 1
        while i >= sent.start and self._low[i] in {"dan", "serta", "atau"} and i in starts:
            i = starts[i] - 1
        return i < sent.start or self._punct[i]

    def _source(self, end: int, sent: Span) -> int | None:
        """ "meminta kerja sama dari semua pihak": the first word after "dari" closing what a request verb
        ending at ``end`` asks for (a few plain words, no verb or mark between)."""
        for i in range(end, min(end + self.source_reach, sent.end - 1)):
            if self._low[i] == self.source_marker:
                return i + 1 if i > end else None
            if not self._plain(i) or self._verb(i):
                return None
        return None

    def _for_the_event(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Mari (sama-sama) kita sukseskan Pilkada ...": the invited act's object is the election itself."""
        i = self._past(cue.end, sent.end, self.inclusive_skip)
        return any(t.id_ == "event" and i < t.start <= i + 2 for t in targets)

    def _shared_act(self, cue: _Term, sent: Span) -> bool:
        """ "Mari kita bersama-sama mendoakan ...", "Mari kita bahas lebih lanjut": a prayer or a reading the speaker
        shares with all who hear, the first word past the invitation's own words, no conduct asked."""
        i = self._past(cue.end, sent.end, self.inclusive_skip)
        return i < sent.end and self._low[i] in self.shared_acts

    def _keeps_order(self, cue: _Term, sent: Span) -> bool:
        """ "Mari jaga daerah kita agar tetap kondusif": the peace kept is everyone's, unless the civil servants'
        conduct is named ("Mari jaga netralitas agar tetap kondusif", "mari tetap netral agar aman")."""
        if self.public_order.isdisjoint(self._low[cue.end:sent.end]):
            return False
        return self.order_blockers.isdisjoint(self._low[sent.start:sent.end])

    def _supervised(self, cue: _Term, sent: Span, targets: list[_Term]) -> int | None:
        """ "harus (terus) diawasi", "perlu diwaspadai", "kewajiban untuk mengawasi", "harus melakukan pengawasan": a
        verb of watching, handling or reminding right after the modal, past at most two adverbs: a supervisor's duty,
        none of civil servants, unless they are the subject of an active one ("Setiap kepala perangkat daerah wajib
        memantau ...")."""
        i = self._past(cue.end, min(sent.end, cue.end + 2), self.supervised_adverbs)
        if i >= sent.end:
            return None
        if self._low[i] in self.duties or self._low[i] in self.duty_verbs and i + 1 < sent.end and \
                self._low[i + 1] in self.duty_nouns:  # "harus meningkatkan patroli pengawasan"
            subject = any(t.label_ in ADDRESSEES and t.end <= cue.start for t in targets)
            return None if subject else i
        return i if self._low[i] in self.supervised else None

    def _said_untrue(self, cue: _Term, sent: Span) -> bool:
        """ "Ia membantah telah melarang ...", "menampik kabar bahwa pegawai diwajibkan ...": a verb of denial a few
        words before the cue, with no other verb, punctuation or linking word between: the rule was not given."""
        for i in range(cue.start - 1, max(sent.start, cue.start - self.denied_act_reach) - 1, -1):
            low = self._low[i]
            if low in self.denial_verbs:
                return True
            if self._punct[i] or low in self.denial_stops or self._verb(i):
                return False
        return False

    def _institution_subject(self, start: int, cue: _Term, sent: Span) -> bool:
        """ "Makanya Pemkot Bontang harus menjelaskan ...", "Kemendagri dan KASN harus tetap ...": the clause opens
        (past its leads) with institutions named, maybe listed, and only adverbs or pointers stand before the modal; not
        where a state of conduct follows it ("BKD harus tegas", "Pemkot harus netral"), which binds the body's staff."""
        end = cue.start
        i = self._past(start, end, self.institution_leads)
        state = self._past(cue.end, min(sent.end, cue.end + 2), self.institution_adverbs)
        if i not in self._orgs or state < sent.end and (
                self._low[state] in self.asked_states or self._low[state] in self.institution_states):
            return False
        while i < end:
            if i in self._orgs:
                i = self._orgs[i]
            elif self._low[i] in LIST_JOINERS or self._low[i] in STILL or self._low[i] in self.noun_anaphora or \
                    self._low[i] == ",":
                i += 1
            else:
                return False
        return True

    def _speakers_task(self, cue: _Term, sent: Span, targets: list[_Term]) -> tuple[int, ...]:
        """ "Ini yang harus kita waspadai", "harus kami ingatkan kembali": "kita"/"kami" right after the modal and a
        bare verb after it make the speaker the agent of an object put first, their own task; not when that object is
        the civil servants or their conduct ("Netralitas ASN harus kita jaga"), nor before a prefixed verb, where
        the pronoun is the subject ("perlu kita memihak"). Returns the verb's index and that of a verb joined to it by
        "dan": a request cue there ("harus kami rewind dan ingatkan kembali") is that task too. After a rule noun the
        pronoun owns the duty ("Sudah menjadi kewajiban kita bersama untuk ...", "Kewajiban kita adalah ..."), and so
        does one naming itself as civil servants ("Sudah seharusnya kita sebagai ASN netral"): the subject."""
        i = cue.end
        if self._low[cue.start] in self.noun_cues or i + 1 >= sent.end or self._low[i] not in self.speaker_agents or \
                not self._plain(i + 1) or self._verb(i + 1):
            return ()
        if self._low[i] in self.self_pronouns and self._low[i + 1] in self.self_as and \
                any(t.start == i + 2 and t.label_ in ADDRESSEES for t in targets):
            return ()
        if any(t.label_ in ADDRESSEES and sent.start <= t.start and t.end <= cue.start for t in targets) or \
                any(self._low[j] in self.conduct for j in range(sent.start, cue.start)):
            return ()
        return (i + 1, i + 3) if i + 3 < sent.end and self._low[i + 2] == "dan" else (i + 1,)

    def _campaigning(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "mengajak (warga) mendukung salah satu pasangan calon": the first verb after the request backs a
        candidate or a party named within three words, or a ballot number ("memilih pasangan nomor urut 2", "mencoblos
        nomor 3": ``_ballot_number``), or is one whose
        object is always a contestant ("mengajak kepala desa memenangkan Budi"), with no negator before it (nor "yang":
        "ASN yang ikut memilih calon" names whom the request asks)."""
        verb = next((i for i in range(cue.end, sent.end) if self._verb(i) or self._low[i] in self.campaign_verbs),
                    None)
        if verb is None or self._low[verb] not in self.campaign_verbs or \
                any(self._low[i] in self.negators or self._low[i] == "yang" for i in range(cue.end, verb)):
            return False
        return self._low[verb] in self.partisan_verbs or \
            any(verb < t.start <= verb + 4 and self._lower(t) in self.candidates for t in targets) or \
            any(self._low[i] in self.candidate_words or self._phrase_at(i, sent.end, self.ballot_numbers) or
                self._ballot_number(i, sent) for i in range(verb + 1, min(verb + 5, sent.end)))

    def _ballot_number(self, i: int, sent: Span) -> bool:
        """ "nomor 3", "no 2", "nomor dua": a ballot number written without "urut" (a number right after its word),
        not a polling station's ("TPS nomor 5")."""
        if i + 1 >= sent.end or self._low[i] not in self.ballot_heads or \
                i > sent.start and self._low[i - 1] in self.ballot_places:
            return False
        return self._low[i + 1].isdigit() or self._low[i + 1] in self.ballot_figures

    def _procedural(self, cue: _Term, sent: Span) -> bool:
        """ "meminta klarifikasi", "sempat diminta untuk pemeriksaan": what is asked for is a procedural step."""
        i = self._past(cue.end, sent.end, self.procedural_links)
        return i < sent.end and self._low[i].removesuffix("nya") in self.procedural or self._withheld_name(cue, sent)

    def _withheld_name(self, cue: _Term, sent: Span) -> bool:
        """ "yang meminta namanya tidak disebutkan", "minta agar tidak ditulis identitasnya": a source asks not to be
        named (a name noun and a verb of naming or publishing soon after the verb, no comma between)."""
        end = min(cue.end + self.withheld_reach, sent.end)
        stop = next((j for j in range(cue.end, end) if self._low[j] in {",", ".", ";", ":"}), end)
        words = {self._low[j] for j in range(cue.end, stop)}
        return bool(words & self.withheld_verbs) and \
            any(w.removesuffix("nya") in self.withheld_nouns for w in words)

    def _background(self, cue: _Term, sent: Span) -> bool:
        """ "meski telah mengingatkan ...", "karena sudah diingatkan": a request already made (a perfective
        word right before the cue) in a subordinate clause (its opener earlier, no comma between); "bila diajak
        berkampanye": a passive request a condition supposes (its opener earlier, no verb between); "dokumen yang
        kemarin diminta Bawaslu": a passive request in a relative clause names what was asked for; "Hal tersebut
        kembali diingatkan": a passive request restating a thing said; "Itu yang mau saya ingatkan": a cleft on what
        was said; "Kegiatan ini diharapkan dapat ...": a hope about an activity, no one asked."""
        if self._low[cue.start].startswith("di") and (self._supposed(cue, sent) or self._asked_in_relative(cue, sent)
                                                      or self._restated(cue, sent)):
            return True
        if self._cleft_of_said(cue, sent) or self._hoped_of_thing(cue, sent):
            return True
        if cue.start - 1 <= sent.start or self._low[cue.start - 1] not in self.perfect:
            return False
        for i in range(cue.start - 2, sent.start - 1, -1):
            if self._low[i] in self.subordinators:
                return True
            if self._low[i] in {",", ";", ":"}:
                return False
        return False

    def _cut_off(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """The text cut short within its last sentence (no closing mark) a word or less past the request, before anyone
        it asks ("Ketua Bawaslu juga meminta k", "Kepala BKPSDM juga mengajak par"): nothing is asked."""
        if sent.end < len(self._low):
            return False  # not the text's last sentence
        end = sent.end
        while end > cue.end and self._low[end - 1].isspace():
            end -= 1
        if self._punct[end - 1] and end > cue.end:
            return False
        return end - cue.end <= 1 and not any(t.start >= cue.end for t in targets)

    def _asked_in_relative(self, cue: _Term, sent: Span) -> bool:
        """ "yang (kemarin) diminta": a relative pronoun right before the passive cue, or past one adverb; not a
        hope (a `strict` cue) nor a cleft naming whom it asks ("yang diharapkan kepada ASN, ...")."""
        if self._lower(cue) in self.strict or cue.end < sent.end and self._low[cue.end] in self.told_markers:
            return False
        i = cue.start - 1
        if i > sent.start and self._low[i] in self.relative_adverbs:
            i -= 1
        return i >= sent.start and self._low[i] in self.relatives

    def _other_business(self, cue: _Term, sent: Span, words: set[str], exempt: tuple[str, ...] = ()) -> bool:
        """A request or rule about a government's other business (budgets, revenue targets, disasters, performance:
        one of ``words`` after the cue) in a sentence that names nothing of the election but election words starting
        with one of ``exempt``: it asks nothing of the civil servants' conduct in the election. The pandemic's health
        rules exempt the words naming the contest ("agar ASN dapat menerapkan 3 M ... termasuk pada saat pemilu").
        Election words in an opening adjunct of what else was said ("Selain menjaga netralitas, ...", "Tak hanya soal
        netralitas, ...": ``_past_besides``) do not count.
        A word inside an institution's name ("pegawai Badan Pendapatan Daerah", "SKB Menteri PAN dan Reformasi
        Birokrasi") names whom or what, not the business asked."""
        if words.isdisjoint(self._sentence_words(sent)) or not any(
                self._low[i] in words and self._low[i - 1] not in self.allowances and
                not any(e.start <= i < e.end for e in self._org_spans) for i in range(cue.end, sent.end)):
            return False
        return not any(self._low[i].startswith(self.election_stems) and not self._low[i].startswith(exempt)
                       for i in range(self._past_besides(sent, cue.start), sent.end))

    def _beside_servants(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Selain ASN, TNI dan Polri juga harus netral": civil servants named only in an opening adjunct of who else
        is bound (`other_business.besides`), the soldiers and the police alone between its comma and the cue: the
        rule is theirs, as the read gold gives it to no civil servant."""
        start = self._past_besides(sent, cue.start)
        if start == sent.start:
            return False
        between = [t for t in targets if start <= t.start < cue.start and t.label_ != "none"]
        return bool(between) and all(t.label_ == "co" for t in between) and \
            not any(t.label_ in ADDRESSEES for t in targets if t.start >= cue.end)

    def _past_besides(self, sent: Span, stop: int) -> int:
        """ "Selain menjaga netralitas, bupati juga meminta ...": where the clause after an opening adjunct of what else
        was said begins (past its comma, before ``stop``), else the sentence's start."""
        if not self._phrase_at(sent.start, stop, self.besides):
            return sent.start
        return next((i + 1 for i in range(sent.start + 1, stop) if self._low[i] == ","), sent.start)

    def _restated(self, cue: _Term, sent: Span) -> bool:
        """ "Hal tersebut kembali diingatkan ...", "Hal yang sama juga dihimbau oleh ...": a passive request whose
        subject is a thing said before restates a request, or names who repeated it; a few adverbs may stand
        between."""
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.restated_adverbs:
            i -= 1
        if i <= sent.start or self._low[i] not in self.restated:
            return False
        head = i - 2 if self._low[i - 1] == "yang" else i - 1  # "hal yang sama"
        return head >= sent.start and self._low[head] in self.restated_heads

    def _inverted_tag(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """ "Diingatkan Sekda, jelang pemilu suasana politik kian memanas", "Diingatkannya, tahapan sudah dimulai": a
        passive telling verb opening its sentence, its agent right after it and a comma, tags the speaker of the
        statement that follows, as "Dikatakan Sekda, ..." does; a statement naming no civil servant and asking
        nothing (see ``_reported_statement``) is no request. Civil servants named there by acronym are those told."""
        if not self._low[cue.start].startswith("di") or \
                self._past_quotes_and_links(sent.start, cue.start) != cue.start:
            return False
        if self._low[cue.end - 1].endswith("nya"):
            agent = end = cue.end  # the agent's clitic: "Diingatkannya, ..."
        else:
            agent = self._past(cue.end, sent.end, self.restated_adverbs)
            agent += agent < sent.end and self._low[agent] in self.tag_agents
            end = agent
            while end < min(agent + self.inverted_tag_reach, sent.end) and not self._punct[end] and \
                    self._texts[end][:1].isupper():
                end += 1
            if end == agent:
                return False
        if end >= sent.end or self._low[end] != "," or any(
                t.label_ in ADDRESSEES and agent <= t.start < end and self._texts[t.start].isupper() for t in targets):
            return False  # "Diingatkan ASN, ...": the civil servants told; a title ("Sekda") is who speaks
        return self._reported_statement(self._past_apposed(end, sent) + 1, sent, targets)

    def _cleft_of_said(self, cue: _Term, sent: Span) -> bool:
        """ "Itu yang mau saya ingatkan kepada seluruh ASN": a cleft whose content is a pronoun for what was just
        said restates that request."""
        i = cue.start - 1
        while i > max(sent.start, cue.start - 4) and self._low[i] in self.cleft_words:
            i -= 1
        return i > sent.start and self._low[i] == "yang" and self._low[i - 1] in self.clefts

    def _hoped_of_thing(self, cue: _Term, sent: Span) -> bool:
        """ "Kegiatan ini diharapkan dapat memperkuat pemahaman ASN": a hope whose clause opens with an activity,
        a step or a body says what that thing should achieve; no one is asked."""
        if self._low[cue.start] not in self.hoping_cues or cue.end >= sent.end or \
                self._low[cue.end] not in self.hoped_outcomes:
            return False
        i = cue.start - 1
        while i > sent.start and self._low[i] not in {",", ";"}:
            i -= 1
        while i < cue.start and (self._punct[i] or self._low[i] in {",", ";"}):
            i += 1  # past the comma or an opening quote
        if self._low[i] in self.hoped_openers:
            i += 1  # "Adapun kegiatan ini diharapkan ..."
        if self._low[i] in self.hoped_things:
            return True
        if cue.start == sent.start or self._low[cue.start - 1] not in self.hoped_pointers:
            return False
        # "Kegiatan yang dihadiri camat, tokoh agama dan ASN ini diharapkan dapat ...": the list's commas lie inside
        # the thing's relative clause, which the pointer before the hope closes
        for j in range(i - 1, sent.start - 1, -1):
            if j == sent.start or self._low[j - 1] in {",", ";"}:
                k = j + (self._low[j] in self.hoped_openers)
                if self._low[k] in self.hoped_things and any(
                        self._low[r] in self.hoped_relatives
                        for r in range(k + 1, min(k + 1 + self.hoped_relative_reach, cue.start))):
                    return True
        return False

    def _supposed(self, cue: _Term, sent: Span) -> bool:
        """A condition's or a concession's opener earlier in the clause with no verb or stop between ("Bila ASN DKI
        diminta ...", "Meski diminta untuk netral, tetapi ...")."""
        for i in range(cue.start - 1, max(sent.start, cue.start - 5) - 1, -1):
            if self._low[i] in self.if_words or self._low[i] in self.concessions:
                return True
            if self._punct[i] or self._verb(i):
                return False
        return False

    def _paired_request(self, cue: _Term, cues: list[_Term]) -> bool:
        """Another request verb right after this one, maybe past a joining word ("mengimbau dan mengajak"): both
        ask whom the second names, so the first is left to it."""
        nxt = cue.end + 1 if cue.end < len(self._low) and self._low[cue.end] in self.paired_requests else cue.end
        return self._request_verb(cue) and any(c.start == nxt and self._request_verb(c) for c in cues)

    def _request_verb(self, cue: _Term) -> bool:
        """An active request verb ("meminta", "mengajak"), not a request noun ("imbauan") nor a link or a modal."""
        low = self._lower(cue)
        return cue.label_ == "appeal" and low in self.active and low not in self.request_nouns

    def _alleged_act(self, cue: _Term, sent: Span) -> bool:
        """An allegation or a witness's word before the request verb, maybe past an adverb or two ("diduga
        mengajak", "secara terang-terangan mengajak"): an act reported, not a request made."""
        i = cue.start - 1
        while i > max(sent.start, cue.start - 3) and self._low[i] in self.alleged_adverbs:
            i -= 1
        return i >= sent.start and self._low[i] in self.alleged

    def _asks_next(self, cue: _Term, cues: list[_Term], sent: Span) -> bool:
        """ "tak segan (untuk) meminta ...": a request verb is what the speaker will not hesitate to do."""
        i = self._past(cue.end, sent.end, self.hesitation_skip)
        return any(c.start == i and c.label_ == "appeal" for c in cues)

    def _post_of(self, cue: _Term, sent: Span) -> int | None:
        """Where the post named after a penalty starts: past the one penalised, within reach, a word for the post
        (`penalty_posts.words`) and a link ("dari jabatan Kepala Dinas PMD", "dari jabatannya sebagai Sekda X");
        a verb or a clause's punctuation ends the search."""
        for i in range(cue.end, min(cue.end + self.post_reach, sent.end - 1)):
            if self._low[i] in self.post_words:
                return self._past(i + 1, min(sent.end, i + 2), self.post_links)
            if self._punct[i] and self._low[i] != "," or self._verb(i):
                return None
        return None

    def _civil_servant_title(self, i: int) -> bool:
        """Whether a civil servant's title with its region opens at ``i``: the head of one of the regional
        government's own offices ("Kepala BPBD Sleman") or a title the rules accept ("Pj Bupati Kampar")."""
        return i in self._office_heads or self._status([t for t in self._titled if t.start == i]) == ACCEPT

    def _outsider_penalised(self, cue: _Term, start: int, subjects: list[_Term], cues: list[_Term],
                            targets: list[_Term]) -> bool:
        """A penalty borne (see ``_penalty_borne``) by outsiders whom a relative clause opening on them singles out
        as those who do wrong ("Peserta kampanye yang mengganggu ketertiban dipidana", "Masyarakat yang merusak alat
        peraga bisa dipidana"), in a sentence naming no civil servant: theirs, not the civil servants' the story names
        ("Calon yang melibatkan ASN bisa dikenai sanksi" is about using them and stays). The penalty is borne where it
        or one before it in its clause is ("dipidana penjara ..."), or where one of `outsider_penalties.threats` stands
        in the two words before it ("diancam pidana")."""
        if any(t.label_ in ADDRESSEES for t in targets) or not any(
                c.label_ == "sanction" and start <= c.start <= cue.start and (
                    self._penalty_borne(c, start) or
                    self.outsider_threats.intersection(self._low[max(0, c.start - 2):c.start]))
                for c in cues):
            return False
        events = {t.start: t.end for t in subjects if t.id_ == "event"}  # "peserta kampanye yang ..."
        for t in subjects:
            if self._lower(t) in self.outsiders_penalised:
                end = events.get(t.end, t.end)
                if end < cue.start and self._low[end] in self.relative_markers:
                    return True
        return False

    def _penalty_borne(self, cue: _Term, start: int) -> bool:
        """The penalty cue is borne by its clause's subject: passive ("dicopot", "dijatuhi hukuman"), a verb of bearing
        ("mendapat teguran"), or a penalty noun right after one ("diberi sanksi"); not an active penalty, whose subject
        imposes it ("menjatuhkan sanksi")."""
        low = self._low[cue.start]
        return low.startswith("di") or low in self.borne_verbs or \
            cue.start > start and self._low[cue.start - 1] in self.borne_verbs

    def _penalty_denied(self, cue: _Term, sent: Span) -> bool:
        """A penalty borne (`_penalty_borne`) negated past a future or hedge word ("tak akan dikenakan sanksi", "tidak
        bakal dimutasi", "belum tentu ditegur") or after a fear waved off in its clause ("tidak perlu khawatir kena
        sanksi") (`denied_penalties`): reassured or hedged, none threatened."""
        start = sent.start
        if not self._penalty_borne(cue, start):
            return False
        i = cue.start - 1
        if i > start and self._low[i] in self.borne_verbs:
            i -= 1  # "dikenakan" of "tak akan dikenakan sanksi"
        if i > start and self._low[i] in self.denied_through and self._low[i - 1] in self.negators:
            return True
        for j in range(i, max(start, cue.start - self.waved_reach) - 1, -1):
            if self._punct[j] or self._low[j] in self.waved_stops:
                return False
            if self._low[j] in self.waved_fears:
                return any(self._low[k] in self.fear_deniers for k in range(max(start, j - self.fear_denier_reach), j))
        return False

    def _borne(self, cue: _Term, cues: list[_Term], sent: Span) -> bool:
        """A modal whose content is to bear a penalty ("harus siap menerima sanksi", "wajib dikenakan hukuman"):
        past `borne_sanctions.skip` words, one verb of bearing, then a sanction cue; or the penalty itself in the
        passive ("harus segera ditindak", "wajib dicopot", "perlu di berikan sangsi"), which no one can be asked
        to do to themselves."""
        i = self._past(cue.end, sent.end, self.borne_skip)
        if i >= sent.end:
            return False
        if any(c.label_ == "sanction" and c.start == i and self._low[i].startswith("di") for c in cues):
            return True
        verb = self._low[i]
        if verb == "di" and i + 1 < sent.end:  # the passive prefix written apart: "di berikan"
            i += 1
            verb = "di" + self._low[i]
        if verb not in self.borne_verbs:
            return False
        return any(c.label_ == "sanction" and c.start in (i, i + 1) for c in cues)  # "dijatuhi hukuman" is one cue

    def _held_by(self, cue: _Term, sent: Span) -> bool:
        """ "keputusan sanksi ada di KASN": a word of lying, then a place, later in the penalty's clause (no
        punctuation, word of what will follow or condition between) says who holds the penalty; "ada di pasal 280"
        cites a law, and a penalty to come ("keputusan sanksi yang akan diberikan ada di tangan KASN", "Nanti
        tegurannya ada di KASN") is threatened."""
        for i in range(cue.start - 1, sent.start - 1, -1):
            if self._punct[i]:
                break
            if self._low[i] in self.held_to_come:
                return False
        for i in range(cue.end, min(sent.end - 1, cue.end + self.held_reach)):
            low = self._low[i]
            if self._punct[i] or low in self.future or low in self.if_words:
                return False
            if low in self.held_links and self._low[i + 1] in self.held_places:
                return i + 2 < sent.end and self._low[i + 2] not in self.held_laws
        return False

    def _avoided(self, cue: _Term, cues: list[_Term]) -> bool:
        """The penalty stands in what a prohibition ("jangan sampai ...") forbids, in the same clause, with
        no condition nor word of what will follow between them: what to avoid incurring, no threat."""
        ban = next((c for c in reversed(cues) if c.end <= cue.start and c.label_ == "prohibition"), None)
        if ban is None or self._lower(ban) not in self.avoided:
            return False
        between = self._low[ban.end:cue.start]
        if between and between[-1] in self.avoided_stated and any(w in COORDINATORS for w in between):
            return False  # "jangan terlibat ... dan tentu saja ada sanksi": the penalty stated in a clause of its own
        return not any(w in {",", ";", ":"} or w in self.if_words or w in self.future for w in between)

    def _granted_penalty(self, cue: _Term, sent: Span) -> bool:
        """ "meskipun sudah banyak regulasi ... berikut sanksinya": a concession's opener earlier in the cue's clause,
        with no stop between, grants the penalty as known; "Meski demikian" links to what came before instead."""
        for i in range(cue.start - 1, sent.start - 1, -1):
            low = self._low[i]
            if low in self.concessions:
                return i + 1 >= sent.end or self._low[i + 1] not in self.concession_links
            if low in {",", ";", ":"} or low in self.concession_stops:
                return False
        return False

    def _describes_penalty(self, cue: _Term, cues: list[_Term]) -> bool:
        """The penalty opens a relative clause on a penalty cue right before it ("sanksi yang dapat menjerat ASN"):
        it says what that penalty does, no threat of its own; whether one is made is that cue's to say."""
        marker = cue.start - 1
        return self._low[marker] in self.relative_markers and any(
            c.label_ == "sanction" and c.end == marker for c in cues)

    def _task(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """A supervisor's task joined to the penalty word, before or after it ("pencegahan, pengawasan, dan
        penindakan", "penindakan, dan monitoring"): the penalty word names a task too; not when a verb of giving
        hands them out ("memberikan pembinaan serta sanksi kepada ...", "menerima sanksi dari Pembinaan ..."), nor
        when the penalty verb takes civil servants as its object ("membina dan menindak tegas ASN yang melanggar"):
        those it names are the ones punished, as in "menindak ASN" alone."""
        low, joiners = self._low, self.task_joiners
        if self._verb(cue.start):
            j = self._past(cue.end, sent.end, self.task_manners)
            if any(t.start == j and t.label_ in ADDRESSEES for t in targets):
                return False
        i = cue.start - 1
        while i > max(sent.start, cue.start - 3) and low[i] in joiners:
            i -= 1
        if i < cue.start - 1 and low[i] in self.tasks:
            return not (i > sent.start and low[i - 1] in self.imposing)
        j = self._past(cue.end, min(sent.end - 1, cue.end + 2), joiners)
        return j > cue.end and low[j] in self.tasks and not (cue.start > sent.start and
                                                               low[cue.start - 1] in self.imposing)

    def _staged(self, cue: _Term, sent: Span) -> bool:
        """ "sebelum sampai pada tahap penindakan, dilakukan upaya pencegahan": the penalty's noun in a sentence naming
        prevention (`supervision.prevention`) and no condition tells the supervisor's stages of work, no penalty; one
        right after a joiner ends a list of tasks (``_task``)."""
        if not (cue.end - cue.start == 1 and self._low[cue.start] in self.stage_nouns and cue.start > sent.start
                and self._low[cue.start - 1] not in self.task_joiners):
            return False  # the sentence is scanned only for the one noun
        words = self._low[sent.start:sent.end]
        return any(w in self.prevention for w in words) and not any(w in self.if_words for w in words)

    def _none_penalised(self, cue: _Term, sent: Span) -> bool:
        """ "belum ada ASN yang diberi sanksi", "belum adanya sanksi", "Pidana pemilu belum ada": nobody (of those
        named) penalised."""
        if any(self._phrase_at(i, sent.end, self.none_yet)
               for i in range(cue.end, min(cue.end + self.none_yet_reach + 1, sent.end))):
            return True
        words = self._low[max(sent.start, cue.start - 6):cue.start]
        if any(tuple(words[-len(p):]) == p for p in self.none_penalised):  # right before the cue
            return True
        if self._hoped_none(cue, sent):
            return True
        if "yang" not in words:
            return False
        head = tuple(words[:len(words) - words[::-1].index("yang") - 1])
        return any(head[i:i + len(p)] == p and len(head) - i - len(p) <= 2 for p in self.none_penalised
                   for i in range(len(head)))

    def _denied_rule(self, cue: _Term, sent: Span) -> bool:
        """ "Tidak ada larangan yang tegas baik dalam PKPU maupun UU ... yang melarang ASN menjadi KPPS", "tidak ada
        penekanan atau larangan yang menyebutkan bahwa ASN dilarang ...": a ban in the relative clause of a rule noun
        whose existence is denied earlier in its clause names a ban that is not there, however far apart; so does the
        ban noun itself so denied past other nouns ("tidak ada penekanan atau larangan")."""
        relative = False
        for i in range(cue.start, sent.start - 1, -1):
            low = self._low[i]
            if low in {",", ";"}:
                return False
            relative = relative or low == "yang"
            if (relative or i == cue.start) and low in self.denied_nouns and any(
                    self._phrase_at(j, i, self.rule_denials)
                    for j in range(max(sent.start, i - self.rule_denial_reach), i)):
                return True
        return False

    def _statement_text(self, k: int, sents: list[Span], paras: list[int]) -> str:
        """The text of the statement a directive of sentence ``k`` reports: the sentence, and the next one of its
        paragraph when it is a short exclamation of a few words in direct speech ("Itu tidak boleh. Benar-benar
        dilarang.")."""
        sent = sents[k]
        end = sents[k + 1].end_char if self._joins_next(k, sents, paras) else sent.end_char
        return self._text[sent.start_char:end].strip()

    def _joins_next(self, k: int, sents: list[Span], paras: list[int]) -> bool:
        """Whether sentence ``k`` is a short exclamation in direct speech reported with the next one of its paragraph
        (`_statement_text`)."""
        sent = sents[k]
        words = sum(not self._punct[i] for i in range(sent.start, sent.end))
        return words <= self.short_statement and k + 1 < len(sents) and \
            paras[sents[k + 1].start] == paras[sent.start] and self._quoted(k, sents, paras)

    def _unstated(self, cue: _Term, sent: Span) -> bool:
        """ "tidak disebutkan bahwa honorer mesti mundur", "tak menyebutkan kapan Pj harus mundur": a rule in the clause
        a negated verb of stating or ruling opens with a link word (`unstated_rules`) is said not to be written; only
        adverbs of `between` may stand between the negator and the verb, no punctuation between the verb and the cue."""
        low = self._low
        for j in range(cue.start - 1, sent.start + 1, -1):
            if self._punct[j]:
                return False
            if low[j] in self.unstated_links and low[j - 1] in self.unstated_verbs:
                i = j - 2
                while i > sent.start and low[i] in self.unstated_between:
                    i -= 1
                return i >= sent.start and low[i] in self.unstated_negators
        return False

    def _feared(self, cue: _Term, sent: Span) -> bool:
        """ "Takut dinonjobkan, sejumlah ASN mengajukan mutasi", "merasa terancam akan dicopot": a penalty somebody
        fears, right after the word of fearing (past "akan"/"bakal"), is a motive reported, no penalty threatened; a
        condition earlier in its clause makes it one ("Kalau takut dipecat, jangan ikut kampanye")."""
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.fear_links:
            i -= 1
        if i > sent.start and self._low[i] in self.felt_threats and self._low[i - 1] == "merasa":
            i -= 1  # "merasa terancam akan dinonjobkan": a threat felt, unlike the bare "terancam sanksi"
        elif i < sent.start or self._low[i] not in self.fears:
            return False
        for j in range(i - 1, sent.start - 1, -1):
            if self._low[j] in {",", ";"}:
                return True
            if self._low[j] in self.if_words:
                return False
        return True

    def _reluctant(self, cue: _Term, sent: Span) -> bool:
        """ "kepala daerah enggan menjatuhkan sanksi", "keengganan bupati sebagai PPK menjatuhkan sanksi": a word of
        reluctance within reach before the penalty in its clause, not negated, tells of a penalty not given."""
        for i in range(cue.start - 1, max(sent.start, cue.start - self.reluctance_reach) - 1, -1):
            if self._punct[i]:
                return False
            if self._low[i] in self.reluctance:
                return i == sent.start or self._low[i - 1] not in self.negators
        return False

    def _upheld(self, cue: _Term, sent: Span) -> bool:
        """ "menegakkan aturan netralitas dan menciptakan suasana kondusif", "menjaga dan menegakkan aturan": upholding
        the rules joined to a verb of keeping or making, right before it or past its object, names an aim kept, no
        penalty threatened."""
        if self._lower(cue) not in self.upheld_acts:
            return False
        low = self._low
        if cue.start - 2 >= sent.start and low[cue.start - 1] in self.upheld_joiners and \
                low[cue.start - 2] in self.upheld_keeping:
            return True
        for j in range(cue.end, min(sent.end - 1, cue.end + self.upheld_reach + 1)):
            if self._punct[j]:
                return False
            if low[j] in self.upheld_joiners:
                return low[j + 1] in self.upheld_keeping
        return False

    def _testified(self, sent: Span) -> bool:
        """ "Kami dicopot begitu saja tanpa penjelasan", "Iya, saya dikeluarkan tanpa surat teguran": the sentence opens
        with the speaker (past an assent and its comma), then (past `skip` words) a passive penalty verb: the penalised
        telling his own case, so no penalty word of the sentence is threatened or imposed on anyone; "kami bersedia
        disanksi" pledges and stays."""
        i = self._first_word(sent)
        if i + 2 < sent.end and self._low[i] in self.testimony_assents and self._low[i + 1] == ",":
            i += 2  # "Iya, saya dipecat ...": the answer's assent
        if i >= sent.end or self._low[i] not in self.testifiers:
            return False
        j = self._past(i + 1, min(sent.end, i + 1 + self.testimony_reach), self.testimony_skip)
        return j < sent.end and self._low[j] in self.testified_verbs

    def _hoped_none(self, cue: _Term, sent: Span) -> bool:
        """ "kita harap tidak ada ASN di daerah ini mendapat sanksi": a hope, then a word of none, earlier in the cue's
        clause; the speaker wishes nobody penalised, no penalty is threatened or told. A condition or reason between
        them threatens ("berharap tidak ada yang terlibat karena akan kami pecat")."""
        none = False
        for i in range(cue.start - 1, sent.start - 1, -1):
            if self._low[i] in {",", ";"} or self._low[i] in self.if_words or self._low[i] in self.hoped_stops:
                return False
            none = none or self._phrase_at(i, cue.start, self.none_penalised)
            if none and self._phrase_at(i, cue.start, self.hoped_none):
                return True
        return False

    def _head_before(self, cue: _Term, sent: Span, links: set[str]) -> int:
        """Where the noun a penalty noun at ``cue`` may hang from stands: the word right before it, or the one before
        a single one of ``links`` there ("SK penjatuhan sanksi", "mekanisme pemberian sanksi"); below ``sent.start``
        where the cue opens its sentence."""
        i = cue.start - 1
        return i - 1 if i > sent.start and self._low[i] in links else i

    def _procedure(self, cue: _Term, sent: Span) -> bool:
        """A penalty noun right after a word of procedure, maybe past "pemberian" ("mekanisme pemberian sanksi"), in
        a sentence with no word of time to come ("mekanisme sanksi yang bakal diterapkan" threatens)."""
        i = self._head_before(cue, sent, self.procedure_links)
        return i >= sent.start and self._low[i] in self.procedures and \
            self.procedure_future.isdisjoint(self._low[sent.start:sent.end])

    def _paper(self, cue: _Term, sent: Span) -> bool:
        """A penalty noun naming a document ("rekomendasi sanksi", "SK penjatuhan sanksi"), unless the paper is given
        to someone ("diberi rekomendasi sanksi")."""
        i = self._head_before(cue, sent, self.paper_links)
        while i > sent.start and self._low[i - 1] in self.papers:
            i -= 1  # "surat rekomendasi sanksi"
        return i >= sent.start and self._low[i] in self.papers and not (
            i > sent.start and self._low[i - 1] in self.imposing)

    def _denied_to_all(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """ "tidak ada (ASN) yang boleh ...": a permission denied to everyone. The denial must reach the cue in its own
        clause: past a comma ("Tidak ada salahnya, boleh saja ...") or opening a leave cue of its own ("tidak ada
        salahnya ASN boleh hadir") it denies a fault, not the leave."""
        leaves = {c.start for c in cues if c.label_ == "permission" and c is not cue}
        for i in range(max(sent.start, cue.start - 5), cue.start):
            if self._phrase_at(i, cue.start, self.denying):
                return i not in leaves and "," not in self._low[i:cue.start]
        return False

    def _believed(self, cue: _Term, sent: Span) -> bool:
        """Whether a belief ("persepsi", "anggapan") holds the leave at ``cue``: named in the cue's own clause back to
        a speech verb or a stop (past a "bahwa" the belief opens: "anggapan bahwa ..."), or opening the sentence as
        its topic before the stop. A belief only named in another clause ("Untuk meluruskan persepsi publik, Bawaslu
        menegaskan bahwa ASN boleh ...") leaves the leave given; so does a report's or a rumour's ("kabar yang
        menyebutkan ASN boleh ...", `_report_says`)."""
        i = cue.start - 1
        while i >= sent.start:
            low = self._low[i]
            if low in self.believed_leave:
                return True
            if low in self.speech:
                return self._report_says(i, sent)
            if low in self.belief_stops:
                return self._low[sent.start] in self.believed_leave and \
                    self.belief_stops.isdisjoint(self._low[sent.start:i])
            i -= 1
        return False

    def _report_says(self, verb: int, sent: Span) -> bool:
        """Whether the speech verb at ``verb`` opens a relative clause ("yang menyatakan") on a report or a rumour
        named within `reported_leave.reach` words before it, no mark between ("kabar yang menyebutkan ...")."""
        rel = verb - 1
        if rel <= sent.start or self._low[rel] not in self.relative_markers:
            return False
        for i in range(rel - 1, max(sent.start, rel - self.report_noun_reach) - 1, -1):
            if self._punct[i]:
                return False
            if self._low[i] in self.report_nouns:
                return True
        return False

    def _excepted(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """A word of exception between a ban of the sentence and the leave cue, with no contrast after it ("dilarang
        kecuali yang diizinkan karena tugasnya"): the leave bounds the ban."""
        bans = [c.end for c in cues if c.label_ == "prohibition" and sent.start <= c.start < cue.start]
        if not bans:
            return False
        for i in range(cue.start - 1, min(bans) - 1, -1):
            if self._low[i] in self.contrasts:
                return False
            if self._low[i] in self.ban_exceptions:
                return True
        return False

    def _purpose(self, cue: _Term, sent: Span) -> bool:
        """ "agar"/"supaya" right before the cue, or before an adverb of `purpose_adverbs` before it ("agar tetap
        bisa ..."), or a link of `purpose_links` opening the cue's clause ("agar para istri calon bisa ..."): the
        cue says what something is for, what results or what is asked, not what anyone may do."""
        i = cue.start - 1
        if i > sent.start and self._low[i] in self.purpose_adverbs:
            i -= 1
        if i >= sent.start and self._low[i] in self.hortative:
            return True
        for j in range(cue.start - 1, max(sent.start, cue.start - self.purpose_reach) - 1, -1):
            if self._low[j] in self.purpose_links:
                return True
            if self._low[j] in HARD_BOUNDARIES or self._low[j] in {",", "bahwa"}:
                return False
        return False

    def _bare_conceded(self, cue: _Term, sent: Span) -> bool:
        """The leave word alone between a concession's opener (past `bare_conceded_leave.skip`) and a comma ("Meski
        diperbolehkan, ..."): the leave already given, pointed back to; none with its holder or conduct named."""
        if cue.end >= sent.end or self._low[cue.end] != ",":
            return False
        i = self._past_back(cue.start - 1, sent.start, self.bare_conceded_skip)
        return i >= sent.start and self._low[i] in self.concessions

    def _withdrawn(self, cue: _Term, sent: Span) -> bool:
        """Whether one of `withdrawn_leave` ("pernah") stands a few words before the leave cue in its clause, no verb
        but a speech verb between: leave once given ("kami pernah menyatakan pegawai boleh hadir"), or never given
        ("tidak pernah mempersilakan"), not a past deed of those it is for ("PNS yang pernah mencalonkan diri boleh
        ..."); the cues that hold it ("tidak pernah melarang") start before it. So does leave in a sentence opening
        with "Awalnya" (the leave first given, since changed)."""
        first = self._first_word(sent)
        if first < sent.end and self._low[first] in self.withdrawn_openers:
            return True
        return self._told_as_past(cue, sent, self.withdrawn_leave, self.withdrawn_reach, self.speech)

    def _told_as_past(self, cue: _Term, sent: Span, words: set[str], reach: int, through: set[str]) -> bool:
        """Whether the nearest of ``words`` ("pernah", "dulu") within ``reach`` words before the cue in its clause, no
        mark nor verb but one of ``through`` between, tells the cue as the past: not after one of
        `withdrawn_leave.since` ("sejak dulu", what has always held)."""
        for i in range(cue.start - 1, max(sent.start, cue.start - reach) - 1, -1):
            if self._low[i] in words:
                return not (i > sent.start and self._low[i - 1] in self.withdrawn_since)
            if self._punct[i] or self._verb(i) and self._low[i] not in through:
                return False
        return False

    def _supposed_leave(self, cue: _Term, sent: Span, cues: list[_Term], targets: list[_Term]) -> bool:
        """Whether the leave cue follows right after the civil servants who open a condition ("jika ASN dibolehkan
        berpolitik, ...", "kekhawatiran jika PNS diberikan kebebasan"), the opener after no speech verb, and no limit
        of `supposed_leave.bounds` nor a duty or a ban follows in the sentence: leave supposed, none given."""
        subject = next((t.start for t in targets if t.label_ in ADDRESSEES and t.end == cue.start), None)
        if subject is None or subject <= sent.start:
            return False
        i = self._past_back(subject - 1, sent.start, self.skip)  # "jika para ASN ..."
        if self._low[i] not in self.if_words or i > sent.start and self._low[i - 1] in self.speech:
            return False
        return self.supposed_bounds.isdisjoint(self._low[cue.end:sent.end]) and not any(
            c.start >= cue.end and c.label_ in ("obligation", "prohibition") for c in cues)

    def _superseded(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """Whether the ban at ``cue`` is told as the past (one of `superseded_ban.past` within reach before it in its
        clause, no mark nor verb between, not "sejak dulu": a speech verb there tells earlier news) and leave given
        later in the sentence is set against it, one of `superseded_ban.now` between the two ("Jika sebelumnya PNS
        tak boleh ..., kini diperbolehkan")."""
        return self._told_as_past(cue, sent, self.superseded_past, self.superseded_reach, set()) and any(
            c.label_ == "permission" and c.start >= cue.end and
            not self.superseded_now.isdisjoint(self._low[cue.end:c.start]) for c in cues)

    def _preceded(self, cue: _Term, sent: Span, phrases: list[tuple[str, ...]]) -> bool:
        """Whether one of ``phrases`` stands in the five words before the cue, in its sentence."""
        return _holds(self._low[max(sent.start, cue.start - 5):cue.start], phrases)

    def _denied_ban_noun(self, cue: _Term, sent: Span) -> bool:
        """A ban noun (`denied_ban_nouns.nouns`) after a negated verb of giving or stating, past at most `reach` of
        its `fillers` ("tidak memberikan larangan", "tidak menjelaskan ada larangan"): no ban given, leave."""
        low = self._low
        if low[cue.start] not in self.denied_ban_nouns:
            return False
        v = cue.start - 1
        while v > sent.start and cue.start - v <= self.denied_ban_reach and low[v] in self.denied_ban_fillers:
            v -= 1
        if low[v] not in self.denied_ban_verbs:
            return False
        n = v - 1
        if n > sent.start and low[n] in self.denied_ban_adverbs:
            n -= 1  # "tidak pernah mengatur larangan"
        return n >= sent.start and low[n] in self.denied_ban_negators

    def _bare_ban(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """A ban with no subject and no content: it opens its sentence (past one of `hortative_leads`), a comma
        closes it (past a particle of `bare_bans`), and a modal of duty follows in the sentence, no reason word
        before it ("Jadi dilarang, harus netral", "Jangan lah, harus netral kita"): one statement, its rule the duty;
        not "Jadi dilarang, karena ASN harus netral", where the duty gives the ban its ground."""
        i = self._first_word(sent)
        i += self._lead_length(i)
        j = cue.end + (cue.end < sent.end and self._low[cue.end] in self.bare_particles)
        if i != cue.start or j >= sent.end or self._low[j] != ",":
            return False
        duty = next((c.start for c in cues if c.label_ == "obligation" and c.start > j), None)
        return duty is not None and not any(self._low[k] in self.reasons for k in range(j, duty))

    def _opening_act(self, start: int, cue: _Term, sent: Span) -> bool:
        """The clause opens with an active verb (`opening_acts`) and its modal comes after the whole act with no
        content of its own ("Mengajak warga memilih calon tertentu, tidak boleh"): the act is the modal's subject,
        the people in it are those it is done to, not whom the rule binds."""
        i = start
        while i < cue.start and (self._punct[i] or self._low[i] in self.opening_leads):
            i += 1
        low = self._low[i]
        if low in self.opening_split and i + 3 < cue.start and self._low[i + 1] == "-" and self._plain(i + 2):
            i += 2  # "Nge-like status calon tidak boleh": a spoken prefix hyphened to its stem, the stem ends the verb
            low = self._low[i - 2] + self._low[i]
        if i + 1 >= cue.start or not (len(low) > 4 and low.isalpha() and low.startswith(self.opening_prefixes)) or \
                low in self.non_verbs or low.removesuffix("nya") in self.attribution or self._punct[i + 1]:
            return False  # "Menurutnya, warga ... tidak boleh": an attribution or adjunct closed by its comma, no act
        k = cue.end + (cue.end < sent.end and self._low[cue.end] in self.bare_particles)
        return k >= sent.end or self._punct[k] or self._low[k] in self.opening_after

    def _kept_ban(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """A modal of duty framing a ban (`kept_bans`): right after "yang" on a ban noun ("larangan yang harus
        dipatuhi") or after a ban and a joiner ("hal yang dilarang dan harus dipatuhi"), with a ban cue after it in the
        sentence ("antara lain tidak boleh hadir ..."): the duty is to keep the bans listed, whose kind is the rule."""
        i = cue.start - 1
        if i - 1 < sent.start:
            return False
        framed = self._low[i] == "yang" and self._low[i - 1] in self.kept_ban_nouns or \
            self._low[i] in self.kept_ban_joiners and any(c.label_ == "prohibition" and c.end == i for c in cues)
        return framed and any(c.label_ == "prohibition" and c.start >= cue.end for c in cues)

    def _denied_duty(self, cue: _Term, sent: Span) -> bool:
        """A denial of `denied_prohibitions` in the five words before a modal of duty, no mark between ("bukan
        berarti kita harus golput", "netral tidak berarti ASN wajib diam"): the duty is denied, as a ban is; past a
        comma it belongs to the clause before ("bukan berarti golput, harus tetap memilih" keeps the duty)."""
        start = max(sent.start, cue.start - 5)
        marks = [j for j in range(start, cue.start) if self._punct[j]]
        return _holds(self._low[marks[-1] + 1 if marks else start:cue.start], self.prohibition_denials)

    def _chance_for_servants(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """Civil servants named right after "ada kesempatan bagi" (past at most `skip` words: "para", "seluruh"), then
        one of `conducts`, past "untuk" ("ada kesempatan bagi ASN untuk menghadiri kampanye"): the chance is leave to
        them to attend or listen."""
        reach = cue.end + self.chance_skip
        named = next((t for t in targets if t.label_ in ADDRESSEES and cue.end <= t.start <= reach), None)
        if named is None or any(self._punct[i] for i in range(cue.end, named.start)):
            return False
        i = named.end + (named.end < sent.end and self._low[named.end] in self.chance_then)
        return i < sent.end and self._low[i] in self.chance_conducts

    def _vote_used(self, cue: _Term, sent: Span) -> bool:
        """The vote (`used_votes` `votes`: "hak pilih", "suaranya") within `reach` words before a passive modal of
        ability, no mark and no negator between ("hak pilih ASN tetap bisa digunakan"): the vote is what may be used."""
        for j in range(cue.start - 1, max(sent.start, cue.start - 1 - self.vote_reach) - 1, -1):
            if self._punct[j] or self._low[j] in self.vote_negators:
                return False
            if self._low[j] in self.votes and j > sent.start and self._low[j - 1] == "hak":
                return True
        return False

    def _denied_statement(self, cue: _Term, sent: Span) -> bool:
        """A ban nobody is said to state (`denied_statements`): a verb of saying within `reach` words before the ban,
        a denial ending within `lead` words before the verb, no mark between ("tidak ada yang mengatur untuk ASN tidak
        diperbolehkan menjadi PPK")."""
        for v in range(cue.start - 1, max(sent.start, cue.start - self.statement_reach) - 1, -1):
            if self._punct[v]:
                return False
            if self._low[v] in self.statement_verbs:  # the denial's last word at e, `lead` words or fewer before v
                return any((n := self._phrase_ending(e, self.statement_denials)) and e + 1 - n >= sent.start and
                           not any(self._punct[j] for j in range(e + 1 - n, v))
                           for e in range(max(sent.start, v - self.statement_lead - 1), v))
        return False

    def _denied_past_clause(self, cue: _Term, sent: Span, phrases: list[tuple[str, ...]]) -> bool:
        """One of ``phrases`` right before a condition or a reason that a comma closes just before the cue ("bukan
        berarti jika dia PNS, dia tidak boleh hadir"): the denial holds past the clause, which the five words of
        ``_preceded`` miss."""
        low = self._low
        commas = [j for j in range(max(sent.start, cue.start - self.clause_denial_reach), cue.start) if low[j] == ","]
        if not commas:
            return False
        opener = commas[-1] - 1
        while opener > sent.start and low[opener] not in self.clause_denial_openers and low[opener] != ",":
            opener -= 1
        return low[opener] in self.clause_denial_openers and any(
            tuple(low[opener - len(p):opener]) == p for p in phrases if opener - len(p) >= sent.start)

    def _but_not(self, sent: Span, at: int) -> bool:
        """ "boleh memilih, tapi tidak menjadi tim sukses" (not "namun tidak ada pula tekanan": nothing forbidden).
        Only the phrases opening with a word are compared at it."""
        words = [w for w, punct in zip(self._low[at:sent.end], self._punct[at:sent.end]) if not punct]
        return any(tuple(words[i:i + len(p)]) == p and (i + len(p) == len(words) or words[i + len(p)] not in
                                                        self.existential)
                   for i, word in enumerate(words) for p in self._but_not_by_first.get(word, ()))

    def _states_rule(self, cue: _Term, sent: Span, targets: list[_Term], cues: list[_Term]) -> bool:
        """A rule noun states the rule at the head of its clause, after a verb that states or holds
        it ("menegaskan larangan bagi ASN") or anywhere with its content or whom it binds right after it
        ("hingga larangan mengunggah foto", "diatur larangan bagi PNS untuk ..."), not as the bare object
        of another verb ("melanggar larangan"), nor after a count that announces a list ("ada 3 larangan"), nor
        where the rule is only cited or pointed back to, nor when a modal of its own clause decides ("larangan yang
        harus dipatuhi" is an obligation)."""
        if cue.end + 1 < sent.end and self._low[cue.end] == "yang" and any(c.start == cue.end + 1 for c in cues):
            return False
        i = cue.start - 1
        if i >= sent.start and (self._low[i].isdigit() or self._low[i] in self.rule_counts):
            return False  # "ada 3 larangan terlibat dalam politik praktis": a list announced, its items follow
        if self._listed_with_duties(cue, sent) and not self._content_after(cue, sent, targets):
            return False  # "hak dan kewajiban", "tugas, kewajiban dan tanggung jawab": duties in general
        while i >= sent.start and self._low[i] in self.noun_quantifiers:
            i -= 1
        if i >= sent.start and not self._punct[i] and self._low[i] not in self.holders and \
                not self._content_after(cue, sent, targets):
            return False
        if any(cue.end <= i < sent.end for i in self._cited) and not self._binds(cue, sent, targets):
            return False  # "larangan ... tercantum dalam Pasal 70": where the rule is written
        if self._rule_spoken_of(cue, sent):
            return False  # "Larangan ini dipertegas dalam UU ASN": about a rule already given
        if self._heading(sent):
            return False  # "LARANGAN PNS BERPOLITIK": a section's heading
        after = self._low[cue.end] if cue.end < sent.end else ""
        # "Larangan itu ia sampaikan ...": a rule stated before, nothing new, unless its items follow
        return after not in self.noun_anaphora or any(t.label_ in ADDRESSEES for t in targets) or \
            self._items_follow(cue.end + 1, sent)

    def _items_follow(self, i: int, sent: Span) -> bool:
        """ "Larangan tersebut antara lain ...", "Larangan itu, misalnya ...": a list of what a rule pointed back to
        covers, right after the pointing word or its comma, states the rule again item by item."""
        i += i < sent.end and self._low[i] == ","
        return self._phrase_at(i, sent.end, self.rule_listing)

    def _for_reason(self, cue: _Term, sent: Span) -> bool:
        """ "karena dilarang UU", "karena telah dilarang": a rule given as the reason for another, its reason word
        right before the cue or past adverbs; opening the sentence it states the ground of what follows instead."""
        i = cue.start - 1
        while i > sent.start and self._low[i] in self.reason_adverbs:
            i -= 1
        return i >= sent.start and self._low[i] in self.reasons and i != self._first_word(sent)

    def _grounds_rule(self, cue: _Term, sent: Span, cues: list[_Term]) -> bool:
        """ "tidak boleh menggiring pemilih, karena PNS itu harus netral": a reason word before the modal with no
        punctuation between, not opening the sentence nor meaning "therefore" ("oleh sebab itu"), follows a ban or a
        leave (`restated_reasons`) of the sentence with content of its own: the duty grounds it."""
        first = self._first_word(sent)
        for i in range(cue.start - 1, first, -1):
            if self._punct[i]:
                return False  # "..., kata Budi sembari mengingatkan agar ASN harus ...": a clause of its own
            if self._low[i] in self.reasons:  # not "sebab itu" (therefore), nor a bare ban's ("Jadi dilarang, karena")
                return self._low[i + 1] not in self.noun_anaphora and \
                    any(c.label_ in self.restated_reasons and c.end < i and not self._punct[c.end] for c in cues)
        return False

    def _heading(self, sent: Span) -> bool:
        """A short line of its own with no closing mark, its words capitalised but for links ("Larangan dan
        Netralitas"): a section's heading names the topic the paragraphs under it state."""
        words = [w for w in self._texts[sent.start:sent.end] if not w.isspace()]
        return 0 < len(words) <= self.heading_max and words[-1][-1:].isalnum() and \
            all(w[:1].isupper() or w.lower() in self.heading_links for w in words)

    def _denies_unrest(self, cue: _Term, sent: Span) -> bool:
        """ "jangan sampai terjadi perpecahan", "jangan ada keributan": a ban denying that unrest happens forbids no
        one's conduct; a conflict of interest ("jangan sampai ada konflik kepentingan") is the civil servants' own, and
        a rule's modal ("tidak boleh ada perselisihan") keeps its ban."""
        if self._lower(cue) not in self.unrest_cues:
            return False
        i = self._past(cue.end, min(sent.end, cue.end + 3), self.unrest_verbs)
        if i == cue.end or i >= sent.end or self._low[i] not in self.unrest:
            return False
        return i + 1 >= sent.end or self._low[i + 1] not in self.unrest_but

    def _listed_with_duties(self, cue: _Term, sent: Span) -> bool:
        """ "hak dan kewajiban", "tugas, kewajiban dan tanggung jawab": a rule noun listed beside rights, tasks or
        responsibilities names duties in general."""
        i = cue.start - 1
        while i > sent.start and i > cue.start - 3 and self._low[i] in self.rule_pair_links:
            i -= 1
        if i < cue.start - 1 and self._low[i] in self.rule_pairs:
            return True  # "tugas dan kewajiban", "tugas, fungsi, dan kewajiban"
        j = self._past(cue.end, min(sent.end, cue.end + 2), self.rule_pair_links)
        return cue.end < j < sent.end and self._low[j] in self.rule_pairs

    def _rule_spoken_of(self, cue: _Term, sent: Span) -> bool:
        """A rule noun heading its clause, pointed back to within its noun phrase and then said to be written
        somewhere, to follow something or to serve something ("Larangan ASN ikut kampanye itu merujuk pada
        Pasal 2", "Pelarangan ini sejalan dengan Surat Edaran ..."): a rule already given, spoken about."""
        if cue.start > sent.start and not self._punct[cue.start - 1]:
            return False
        for i in range(cue.end, min(cue.end + self.pointed_reach, sent.end)):
            if self._punct[i]:
                return False
            if self._low[i] in self.rule_pointers:
                j = self._past(i + 1, sent.end, self.pointed_adverbs)
                return j < sent.end and self._low[j] in self.pointed_verbs
        return False

    def _content_after(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """A rule noun followed by what it forbids or requires, maybe after whom it binds, one or a list ("larangan
        mengunggah foto", "larangan bagi (terhadap) PNS untuk menyukai ...", "larangan ASN, PPPK, dan honorer
        berpihak"), whom it binds maybe spelt out before its short form in brackets ("larangan Aparatur Sipil Negara
        (ASN) terlibat")."""
        i = cue.end
        if i < sent.end and self._low[i] in self.rule_addressees:
            i += 1
        i = self._past(i, sent.end, self.told_quantifiers)  # "larangan bagi setiap ASN untuk ..."
        starts = {t.start: t.end for t in targets if t.label_ in ADDRESSEES}
        # the forces listed after civil servants go on with the list ("larangan untuk ASN, TNI dan Polri untuk ...")
        listed = starts | {t.start: t.end for t in targets if t.label_ in LISTED}
        members = starts
        while i in members:
            i, members = listed[i], listed
            if i + 1 in starts and self._low[i] == "(" and starts[i + 1] < sent.end and \
                    self._low[starts[i + 1]] == ")":
                i = starts[i + 1] + 1  # "larangan Aparatur Sipil Negara (ASN) terlibat ...": its short form
            j = i + (i < sent.end and self._low[i] == ",")
            j += j < sent.end and self._low[j] in {"dan", "serta", "atau"}
            j = self._past(j, sent.end, self.told_quantifiers) if j > i else j
            if j == i or j not in listed:
                break
            i = j
        if i < sent.end and self._low[i] == "untuk" and i > cue.end:
            i += 1
            i += i < sent.end and self._low[i] in self.requested_abilities  # "... untuk bisa menahan diri"
        return i < sent.end and (self._verb(i) or self._low[i] in self.noun_content)

    def _conditioned_act(self, i: int, cue_start: int, clause_start: int) -> bool:
        """ "Kalau cuma mendengarkan kampanye, tidak masalah": the event at ``i`` is what a verb in a condition
        opening the clause does, closed by a comma before the leave, not whom the leave is for ("Jika kampanye
        digelar hari libur, ..." keeps the event as the condition's subject)."""
        opener = self._past(clause_start, i, QUOTES)
        return opener < i - 1 and self._low[opener] in self.leave_conditions and self._verb(i - 1) and \
            "," in self._low[i + 1:cue_start]

    def _conduct_before(self, cue_start: int, clause_start: int) -> bool:
        """The civil servants' conduct heads the clause the modal is in ("netralitas itu harus dijunjung"):
        a conduct noun right before the cue, maybe with a pointing word or an adverb between."""
        i = cue_start - 1
        while i > clause_start and (self._low[i] in self.noun_anaphora or self._low[i] in STILL):
            i -= 1
        return i >= clause_start and self._low[i] in self.conduct

    def _binds(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """A rule noun naming whom it binds right after it ("larangan bagi ASN mengikuti ...", "kewajiban
        netralitas ASN"): the rule itself, even where it says where it is written."""
        i = cue.end
        if i < sent.end and self._low[i] in self.conduct:
            i += 1
        if i < sent.end and self._low[i] in self.clause_addressees:
            i += 1
        i = self._past(i, sent.end, self.told_quantifiers)  # "larangan bagi para PNS ..."
        return i > cue.end and any(t.start == i and t.label_ in ADDRESSEES for t in targets)

    def _role_taken(self, i: int) -> bool:
        """The person noun at ``i`` is the role a verb of becoming takes ("tidak menjadi tim sukses"), not who is
        bound; not one a relative clause takes ("yang menjadi relawan"), nor a head's who must stand down ("menjadi
        calon, wajib mundur": see ``_heads_own_rule``)."""
        if i == 0 or self._low[i - 1] not in self.becoming:
            return False  # the text's first word: none before it
        j = i - 2
        while j >= 0 and self._low[j] in self.becoming_adverbs:
            j -= 1
        return j < 0 or self._low[j] not in self.relative_markers  # "yang akan menjadi bupati"

    def _objects(self, targets: list[_Term], sent_start: int) -> set[int]:
        """Starts of the ``targets`` that are objects, not subjects (see ``_objected``); an acronym in brackets
        is what the name before it is ("dengan pasangan calon (Paslon)")."""
        objected: set[int] = set()
        ends = {t.end: t.start for t in targets}
        for t in targets:
            before = t.start - 1
            if self._objected(t, sent_start) or (before > sent_start and (
                    self._low[before] == "(" or self._low[before] in LIST_JOINERS) and ends.get(before) in objected):
                objected.add(t.start)  # "kepada salah satu paslon dan paslon tertentu": the second joined to the first
        return objected

    def _objected(self, target: _Term, sent_start: int) -> bool:
        """A person noun after a preposition is no subject ("foto dengan pasangan Capres dan
        Cawapres", "tidak memihak kepada salah satu calon"), nor one right after a verb of conduct
        ("mengampanyekan salah satu calon itu yang dilarang"), unless the verb reports speech."""
        i = target.start - 1
        while i > sent_start and self._low[i] in self.object_fillers:
            i -= 1
        if i >= sent_start and i < target.start - 1 and self._verb(i) and self._low[i] not in self.speech and \
                self._low[i] not in self.active and self._low[i] not in self.attribution:
            return True
        start = target.start
        if start - 1 > sent_start and self._low[start - 1] == "(":
            start -= 1  # "terkait ini (Pilkada)": a gloss in brackets stands where the word it explains does
        reach = start - 4
        while start > max(sent_start, reach) and not self._punct[start - 1] and \
                self._low[start - 1] not in CLAUSE_LINKS:  # "mengatur dengan tegas bahwa ASN ...": a new clause
            start -= 1
        markers = [i for i in range(max(start, sent_start), target.start)
                   if self._low[i] in self.adjuncts or self._low[i] in self.object_markers and i > sent_start
                   and not ((self._punct[i - 1] or self._low[i - 1] in COORDINATORS or
                             self._past_linking(sent_start, i) == i) and self._low[i] in self.clause_addressees)]
        if not markers or self._has_verb(markers[-1] + 1, target.start):  # no verb after the preposition
            return False
        j = target.start - 1
        while j > markers[-1] and self._low[j] in self.skip:
            j -= 1
        if j > markers[-1] and self._low[j] in self.closing_pointers:
            return False  # "Melalui kegiatan ini para ASN diharapkan ...": the adjunct ends at its pointer
        opener = target.start - 1
        if opener > markers[-1] + 1 and self._low[opener] in self.phrase_openers and \
                self._low[opener - 1] not in LIST_JOINERS | COORDINATORS:
            return False  # "Menjelang pemungutan suara para ASN diharapkan ...": a new noun phrase opens
        # "mengingatkan kepada seluruh ASN, ... harus": whom a request or speech verb addresses is the subject;
        # "edaran dari Menteri": where it came from is not, nor is a contest in an adjunct of time or place ("saya
        # ingatkan menjelang Pilkada, yang harus dijaga ...": when, not whom the verb tells)
        before = self._low[markers[-1] - 1] if markers[-1] > sent_start else ""
        marker = self._low[markers[-1]]
        return before not in self.speech and before not in self.active or marker in self.source_markers or \
            target.id_ == "event" and marker in self.adjuncts

    def _addressed_after(self, cue: _Term, sent: Span, targets: list[_Term]) -> str | None:
        """Who is named after a cue: inverted ("Diharapkan ASN ...", "perlu ditunjukkan ASN"), after a "should"
        and its comma or aside ("Sudah seharusnya sesuai amanah undang-undang seluruh ASN ..."), after a ban's denied
        existence ("jangan sampai ada ASN yang ...") or their denied breach ("jangan sampai ada keterlibatan ASN")
        or after a preposition within a few words ("dilarang bagi ASN",
        "harus diikuti oleh ASN")."""
        first = cue.end
        should = self._low[cue.end - 1] in self.should_words
        interjected = cue.label_ == "permission" and self._interjection(cue)
        if (cue.label_ == "appeal" or should or interjected) and first < sent.end and self._low[first] in {",", ":"}:
            first += 1  # "Harapannya, seluruh ASN ...", "Sudah seharusnya, ASN ...", "Silakan, ASN ..."
        if should and first < sent.end and self._low[first] in self.should_asides:
            # "sudah seharusnya sesuai amanah undang-undang seluruh ASN ...": past where the duty is written
            end = min(sent.end, first + 1 + self.should_reach)
            named = next((t.start for t in targets if first < t.start < end and t.label_ in ADDRESSEES), None)
            if named is not None and not any(self._punct[i] or i > first and self._verb(i)
                                             for i in range(first, named)):
                return ACCEPT  # not "seharusnya sesuai aturan menindak ASN": the object of another verb
        if cue.label_ == "appeal" and self._low[cue.start].startswith("di"):
            first = self._past_agent(first, sent, targets)  # "Diharapkan Gubernur, seluruh ASN ..."
        first = self._past(first, min(sent.end, first + 2), self.inverted_skip)  # "Diharapkan seluruh ASN ..."
        if cue.label_ == "appeal":
            past = self._past_forces(first, sent.end)  # "Diharapkan TNI, Polri dan ASN ...": the triad's usual order
            if any(t.start == past and t.label_ in ADDRESSEES for t in targets):
                first = past
        if first < sent.end and self._low[first] in self.inverted_to:
            k = self._past(first + 1, min(sent.end, first + 3), self.inverted_skip)
            if any(t.start == k and t.label_ in ADDRESSEES for t in targets):
                first = k  # "Diharapkan pada seluruh ASN ...", not "Diharapkan pada pilkada nanti ..."
        first = self._past_self_named(first, sent, targets)  # "Semoga kita sebagai ASN ..."
        denied = cue.label_ == "prohibition" and first < sent.end and self._low[first] in self.existential
        if denied:
            # "jangan sampai ada (lagi) ASN yang ...": those whose existence is denied are whom it forbids
            first = self._past(first + 1, min(sent.end, first + 4), self.hoped_again | self.inverted_skip)
            if first < sent.end and self._low[first] in self.hoped_acts:
                # "jangan sampai ada keterlibatan ASN", "tidak boleh ada pelanggaran netralitas ASN": their breach
                first = self._past(first + 1, min(sent.end, first + 2), self.conduct)
        for i in (first, first + 1):
            if i < sent.end and any(t.start == i and t.label_ in ADDRESSEES for t in targets) and \
                    (i == first or self._low[first].startswith("di") or
                     cue.label_ == "appeal" and self._low[first] in self.conduct):
                return ACCEPT  # "Diharapkan netralitas ASN tetap terjaga": their conduct hoped for, as after "berharap"
        if cue.label_ == "sanction" and not self._penalty_borne(cue, sent.start) and self._civil_servant_title(first):
            return ACCEPT  # "mencopot Pj Bupati Kampar", "menonaktifkan Kepala BPBD Sleman": the titled civil servant
            # the penalty strikes
        if cue.label_ == "sanction" and (post := self._post_of(cue, sent)) is not None and \
                self._civil_servant_title(post):
            return ACCEPT  # "menonaktifkan Haluga dari jabatan Kepala Dinas PMD": the post he is removed from
        subject = next((t for t in targets if t.start == first and t.label_ == "other"), None)
        if self._lower(cue) in self.clause_cues and subject is not None:  # "Diharapkan masyarakat datang ke TPS"
            return NOBODY if subject.id_ == "event" else REJECT
        if denied:
            return None  # "jangan sampai ada keberpihakan kepada calon": the preposition belongs to what is denied
        opener = self._past(cue.end, min(sent.end, cue.end + 2), self.condition_particles)
        if cue.label_ == "permission" and opener < sent.end and (
                self._low[opener] in self.if_words or
                self._low[cue.end - 1] in self.fronted_leave and self._opens_clause(cue.start, sent)):
            # "Sah-sah saja jika warga berbeda pilihan": the leave of whom the condition names; so is that of whom a
            # leave opening its clause is said of ("Boleh saja masyarakat ikut kampanye"), save a head's on furlough
            k = opener + 1 if self._low[opener] in self.if_words else opener
            if self._outsider_at(self._past(k, min(sent.end, k + 2), self.inverted_skip), cue, sent, targets):
                return REJECT
        for i in range(cue.end, min(cue.end + self.reach, sent.end)):
            if self._low[i] in self.markers:
                if cue.label_ == "sanction" and self._low[i] in self.penalty_agents:
                    return None  # "diberikan sanksi oleh Bawaslu": who imposes it
                if cue.label_ == "sanction" and self._low[i] in self.report_destinations and \
                        self._low[cue.end - 1] in self.destined_reports:
                    return None  # "akan dilaporkan kepada pihak terkait": where the report goes
                if cue.label_ == "permission" and any(t.start == i + 2 and self._kin_of(t) for t in targets):
                    return REJECT  # "tidak ada larangan bagi istri ASN untuk ...": their family's leave
                status = self._object(i + 1, sent, targets, direct=True)
                return None if status == UNKNOWN else status
            if self._punct[i] or cue.label_ == "sanction" and self._verb(i) and not self._low[i].startswith("di"):
                break  # "dijatuhi sanksi karena berkampanye untuk calon": the active verb's object, not whom it is for
        return None

    def _past_agent(self, first: int, sent: Span, targets: list[_Term]) -> int:
        """Past the official who asks, named right after a passive request by title or name and set off by a comma
        before civil servants ("Diharapkan Gubernur, seluruh ASN ...", "Diminta Bupati Sleman Budi Santoso, para camat
        ..."), also by a bare regional title ("Diharapkan Wagub, ...") or by title then name between commas
        ("Diharapkan Bupati Sleman, Budi Santoso, seluruh ASN ..."): the agent of the passive, as in "Ditegaskan
        Bupati, ..."; whom it asks comes after the comma. ``first`` if no such agent stands there ("Diharapkan Bupati
        tetap netral": the head is asked)."""
        starts = {t.start: t for t in targets}
        agent = self._past(first, min(sent.end, first + 2), self.restated_adverbs)
        said = agent + (agent < sent.end and self._low[agent] == ",")
        if said < sent.end and self._low[said] in self.attribution and self._low[said - 1] == ",":
            agent = said + 1  # who said it, an aside after the request's comma ("Diharapkan, kata Bupati, ...")
        elif agent < sent.end and self._low[agent] in self.tag_agents:
            agent += 1  # "Diharapkan pula oleh Bupati Sleman, ..."
        agent = self._past_honorifics(agent, sent)  # "Diharapkan Pak Bupati, ...": the title or name still decides
        i = agent
        while i < sent.end and (self._agent_word(i, sent, starts) or i > agent and self._low[i] in {"dan", "serta"} and
                                i + 1 < sent.end and self._agent_word(i + 1, sent, starts)):
            if i in starts and starts[i].label_ == "other" and i not in self._officials:
                i = starts[i].end
            else:
                i += self._regional_phrase(i, sent) or 1
        if i == agent or i + 1 >= sent.end or self._low[i] != ",":
            return first
        i = self._past_apposed(i, sent)
        k = self._past(i + 1, min(sent.end, i + 3), self.inverted_skip)
        named = any(t.start == k and t.label_ in ADDRESSEES for t in targets)
        return i + 1 if named else first

    def _agent_word(self, i: int, sent: Span, starts: dict[int, _Term]) -> bool:
        """A word of an official's title or name at ``i`` (see ``_past_agent``); askers joined by "dan" each are
        ("Diharapkan Bupati dan Wakil Bupati Sleman, ...")."""
        return i in self._officials or self._texts[i][:1].isupper() and not self._punct[i] and (
            i in starts and starts[i].label_ == "other" or self._low[i] in self.regional_titles or
            self._regional_phrase(i, sent) > 0)

    def _regional_phrase(self, i: int, sent: Span) -> int:
        """The length of a regional title of several words starting at ``i`` ("Wakil Bupati", "Sekretaris Daerah"),
        0 if none."""
        return next((len(p) for p in self.regional_phrases.get(self._low[i], ()) if i + len(p) <= sent.end and
                     tuple(self._low[i:i + len(p)]) == p), 0)

    def _past_apposed(self, comma: int, sent: Span) -> int:
        """The comma closing the holder's name set off by commas after a title ("Bupati Sleman, Budi Santoso, ..."),
        as news writes an official's name in apposition; ``comma`` if no name follows it."""
        name = self._past_honorifics(comma + 1, sent)  # "Bupati Sleman, Hj. Kustini, ..."
        start = name
        while name < sent.end and name in self._officials and not self._punct[name]:
            name += 1
        return name if start < name < sent.end - 1 and self._low[name] == "," else comma

    def _past_honorifics(self, i: int, sent: Span) -> int:
        """Past the honorifics of offices.yaml before a title or a name ("Pak", "Hj.", "Dr."), written capitalised."""
        while i < sent.end and self._texts[i][:1].isupper() and self._low[i] in self.honorifics:
            i += 1
        return i

    def _possessor(self, target: _Term, start: int) -> bool:
        """Someone other than civil servants right after a plain noun owns it ("mendengarkan visi dan misi calon
        diperbolehkan", "pilihan calon presiden bisa disalurkan"): the noun heads what is permitted, not them; a
        contrast before them ("..., namun masyarakat boleh") is no noun, nor is one an adverb ("secara individu
        mahasiswa boleh ..."), nor a kin noun, which names people ("istri polisi boleh ...": the wife's leave)."""
        i = target.start - 1
        if target.label_ != "other" or target.id_ == "event" or i < start or \
                i > start and self._low[i - 1] in self.adverb_makers:
            return False
        low = self._low[i]
        return self._plain(i) and not self._verb(i) and low not in self.skip and low not in LIST_JOINERS and \
            low not in CLAUSE_LINKS and low not in self.object_markers and low not in self.adjuncts and \
            low not in self.copulas and low != "yang" and low not in self.leave_contrasts and not self._person(i) and \
            low not in self.kin_words

    def _message_owner(self, target: _Term, start: int) -> bool:
        """Someone other than civil servants right after a message noun, then whom it goes to ("Pesan Bupati kepada
        ASN, jangan ...", "Arahan Pak Gubernur Jateng kepada pegawai, tetap netral"): whose message it is, not whom the
        clause binds; a message that is itself the subject ("Imbauan bupati itu harus diterapkan") stays his."""
        if target.label_ != "other" or target.id_ == "event":
            return False
        i = self._past_back(target.start - 1, start, self.owner_skips)  # "Pesan (Wakil) (Pak) Bupati"
        if i < start or self._low[i] not in self.message_owners:
            return False
        to = next((k for k in range(target.end, min(len(self._low), target.end + self.owner_reach))
                   if self._punct[k] or self._low[k] in self.told_to), None)
        return to is not None and self._low[to] in self.told_to

    def _kin_of(self, target: _Term) -> bool:
        """Civil servants right after a kin noun ("istri ASN", "anak dan istri PNS"): they own the noun, whose holder,
        their family, need not be one of them; a leave so named is the family's."""
        i = target.start - 1
        return target.label_ in ADDRESSEES and i >= 0 and self._low[i] in self.kin_words and \
            self._texts[i][1:].islower()  # a plain word, capitalised opening a sentence ("Istri ASN ...")

    def _owned_object(self, target: _Term, start: int) -> bool:
        """Forbidden or required conduct heading the clause, an active verb with someone other than civil servants
        anywhere in what it does ("memasang spanduk calon pun dilarang", "bahkan sekadar menyukai unggahan calon pun
        dilarang", "mengomentari calon kepala daerah di media sosial tidak boleh", "memasang foto pasangan bakal calon,
        itu tidak boleh"): the conduct is the clause's subject, they are its object or owner, no subject."""
        if target.label_ != "other" or target.id_ == "event":
            return False
        verb = self._past_quotes_and_links(start, target.start)
        while verb < target.start and self._low[verb] in self.fronting_adverbs:
            verb += 1
        if verb >= target.start or any(self._punct[i] or self._low[i] in CLAUSE_LINKS
                                       for i in range(verb, target.start)):
            return False
        low = self._low[verb]
        verb_like = self._verb(verb) or self._texts[verb].istitle() and self._texts[verb].isalpha() and \
            len(low) > 4 and low.startswith(self.verb_prefixes) and low not in self.non_verbs  # opening the sentence
        return verb_like and not low.startswith("di") and low not in self.speech and low not in self.active and \
            not low.startswith(self._attributions)  # "Menurutnya paslon dilarang ...": a speaker's, no conduct

    def _near(self, cue_start: int, target: _Term) -> bool:
        """A target of the cue's own clause: before it, or after it before the next comma."""
        if target.start < cue_start:
            return True
        return not any(self._low[i] in {",", ";"} for i in range(cue_start, target.start))

    def _object(self, end: int, sent: Span, targets: list[_Term], direct: bool = False) -> str:
        """Who an active verb (or preposition) ending at token ``end`` addresses: its object, with what
        is listed with it ("prajurit dan PNS TNI"), or a head noun a word or two on ("seluruh elemen
        masyarakat"), also past a comma before "kepada" ("mengimbau, kepada warga ..."); ``direct`` verbs take only an
        object right after them."""
        i = end
        while i < sent.end and self._low[i] in self.speech_adverbs:
            i += 1  # "mohon sekali lagi kepada ASN untuk ...", "berharap pula agar ASN ...": the verb's adverbs
        # "memberikan arahan khusus kepada ASN untuk ...": past the request noun's adjective, when it asks something
        if end and self._low[end - 1] in self.request_nouns and (past := self._past(
                i, sent.end, self.request_adjectives)) > i and any(
                self._low[k] in self.told_links for k in range(past, min(sent.end, past + self.adjective_reach))):
            i = past
        if i + 1 < sent.end and self._low[i] == "," and self._low[i + 1] in self.told_alone:
            i += 1  # "mengimbau, kepada masyarakat agar ...": the comma sets off whom the verb tells, not its message
        while i < sent.end and (self._low[i] in self.skip or self._punct[i] and self._low[i] != ","):
            i += 1
        i = self._past_self_named(i, sent, targets)
        starts = {t.start: t for t in targets}
        reach = 1 if direct else 3
        first = next((j for j in range(i, min(i + reach, sent.end)) if j in starts), None)
        if first is not None and all(self._plain(j) and not self._low[j].startswith(self.verb_prefixes)
                                     for j in range(i, first)):
            chain = [starts[first]]
            j = chain[0].end
            while j < sent.end:  # "seluruh ASN, TNI, dan Polri", "personel TNI-Polri maupun ASN"
                if j in starts:
                    chain.append(starts[j])
                elif self._low[j] in CHAIN_LINKS and (k := self._past(j + 1, sent.end, self.told_quantifiers)) \
                        in starts:
                    chain.append(starts[k])  # "prajurit serta seluruh PNS", "TNI, Polri, maupun semua ASN"
                elif (self._low[j] in LIST_JOINERS or self._low[j] == ",") and j + 1 < sent.end \
                        and self._low[j + 1] in LIST_JOINERS:
                    j += 1
                    continue
                elif (close := self._gloss_close(j, sent)) is not None:
                    j = close + 1  # "TNI, Kepolisian (Polri), ASN": a member's gloss in brackets, the list goes on
                    continue
                else:
                    break
                j = chain[-1].end
            if self._staff_of_others(chain, j, sent, starts):
                return REJECT  # "seluruh jajaran KPU dan Bawaslu": the staff of someone else
            if any(t.label_ in ADDRESSEES for t in chain) or self._singled_out(j, sent, starts):
                return ACCEPT
            if all(t.id_ == "event" for t in chain):
                if any(self._low[k] in self.negators and self._low[k + 1] not in self.existential
                       for k in range(i, first)):
                    return UNKNOWN  # "agar tidak ikut kampanye": the conduct's noun, whom it asks stands elsewhere
                if not self.material_acts.isdisjoint(self._low[i:first]):
                    return UNKNOWN  # "melarang pemasangan spanduk, baliho atau alat peraga": what an act is done to
                return NOBODY  # "meminta agar pemilu damai"
            return REJECT
        if i < sent.end and self._person(i):
            return REJECT  # "meminta anggota grup hadir": addressed to someone who is no civil servant
        return UNKNOWN

    def _titled_object(self, end: int, sent: Span) -> bool:
        """A civil servant's title right after an active request (past quantifiers and "kepada"), which the words of an
        official's title ("Pj Bupati Bogor", "Penjabat (Pj) Gubernur Sumsel") keep out of the addressees because the
        holder mostly speaks: as the verb's object, the holder is whom it asks."""
        i = self._past(end, sent.end, self.skip)
        return i in self._office_heads or any(t.start == i and t.label_ in ADDRESSEES for t in self._titled)

    def _gloss_close(self, j: int, sent: Span) -> int | None:
        """The closing bracket of a short gloss opening at ``j`` ("(Polri)", "(pemerintah)"): a few words, no other
        mark inside; None if ``j`` opens none."""
        if self._low[j] != "(":
            return None
        for k in range(j + 1, min(j + 5, sent.end)):
            if self._low[k] == ")":
                return k if k > j + 1 else None
            if self._punct[k]:
                return None
        return None

    def _singled_out(self, end: int, sent: Span, starts: dict[int, _Term]) -> bool:
        """Civil servants singled out of a wider audience after it ("kepada seluruh masyarakat Garut, khususnya
        ASN untuk ...", "mengajak seluruh pihak termasuk ASN ..."): a singling word within a few words of the
        audience, no verb between, then them (after a quantifier or a preposition)."""
        for j in range(end, min(end + self.singling_reach, sent.end)):
            low = self._low[j]
            if low in self.singling:
                k = self._past(j + 1, sent.end, self.skip)
                return k in starts and starts[k].label_ in ADDRESSEES
            if self._verb(j) or (self._punct[j] and low != ","):
                return False
        return False

    def _staff_of_others(self, chain: list[_Term], end: int, sent: Span, starts: dict[int, _Term]) -> bool:
        """Only a word for staff ("jajaran") addressed, right before or listed with others: their staff."""
        cs = [t for t in chain if t.label_ in ADDRESSEES]
        if not cs or not all(self._lower(t) in self.staff_words for t in cs):
            return False
        if any(t.label_ not in ADDRESSEES for t in chain):
            return True
        if end < sent.end and end in starts and starts[end].label_ not in ADDRESSEES:
            return True
        return self._others_in_apposition(end, sent, starts)

    def _others_in_apposition(self, end: int, sent: Span, starts: dict[int, _Term]) -> bool:
        """ "jajarannya di daerah, yakni Bawaslu provinsi ...", "jajaran kita (Bawaslu) ...": others named in
        apposition a few words after a staff word say whose staff they are."""
        for j in range(end, min(end + self.staff_apposition_reach, sent.end)):
            if self._low[j] in self.staff_appositives:
                k = self._past(j + 1, sent.end, self.told_quantifiers)
                return k in starts and starts[k].label_ == "other" and starts[k].id_ != "event"
            if self._verb(j) or self._punct[j] and self._low[j] != ",":
                return False
        return False

    def _subject_past_comma(self, start: int, end: int, targets: list[_Term]) -> bool:
        """Civil servants opening a clause after a comma (past `quantifiers`) between ``start`` (a penalty's end) and
        ``end`` (a modal): "mulai dari peringatan, diturunkan pangkat, ASN harus netral" asks conduct of them, past the
        penalties listed."""
        return any(start < t.start < end and t.label_ in ADDRESSEES and self._low[self._past_back(t.start - 1, start,
                                                                                             self.skip)] == ","
                   for t in targets)

    def _first_joined(self, cue: _Term, cues: list[_Term], start: int) -> int:
        """Where the first cue of the cue's kind stands that the cue is joined to by `joined_acts` in its clause
        ("Menteri boleh berkampanye dan boleh cuti": the first "boleh"), or the cue's own start: the joined cues
        share the subject before the first."""
        if cue.start - 1 <= start or self._low[cue.start - 1] not in self.joined_acts:
            return cue.start
        return next((c.start for c in cues if c.label_ == cue.label_ and start <= c.start < cue.start), cue.start)

    def _clause_start(self, sent: Span, end: int, openers: dict[int, _Term], targets: list[_Term]) -> int:
        """Where the clause of the cue at ``end`` starts: after "bahwa", "agar" ..., after a hard boundary, or after a
        comma that follows a speech verb or opener, unless that comma only lists civil servants and the forces named
        with them ("mengatakan ASN, TNI dan Polri wajib ...": one subject, not a clause after "ASN")."""
        start, seen_opener = sent.start, False
        i = sent.start
        texts = self._texts
        starts = {t.start for t in targets if t.label_ in LISTED}
        listed = {t.end for t in targets if t.label_ in LISTED and (
            t.end + 1 in starts or t.end + 2 in starts and self._low[t.end + 1] in COORDINATORS)}
        while i < end:
            text = texts[i]
            if i in openers:
                op = openers[i]
                if self._lower(op) in {"bahwa", "agar", "supaya", "sehingga"}:
                    start, seen_opener = op.end, False
                else:
                    seen_opener = True
                i = op.end
                continue
            if text in HARD_BOUNDARIES or (text == '"' and i > sent.start) or text == "," and (
                    i > start and self._told_message(i, end) or
                    seen_opener and i not in listed or i > start and self._low[i - 1] in self.instruction_nouns or (
                        i + 1 < end and self._low[i + 1] in COORDINATORS and texts[i - 1].islower()
                        and self._has_verb(start, i))):
                start, seen_opener = i + 1, False  # "melayani ..., dan Bawaslu harus ...": a clause of its own
            i += 1
        return start

    def _told_message(self, i: int, end: int) -> bool:
        """The comma at ``i`` closes a verb of telling, maybe past an adverb ("berpesan, jangan ...", "mengingatkan
        kembali, jangan ..."): the message opens after it, unless a pronoun pointing back to the speaker follows
        ("mengingatkan, dirinya tidak boleh ...")."""
        j = i - 1
        while j > 0 and self._low[j] in self.restated_adverbs:
            j -= 1
        return self._low[j] in self.instruction_verbs and \
            not (i + 1 < end and self._low[i + 1] in self.speaker_pronouns)

    def _past_condition(self, start: int, end: int, targets: list[_Term]) -> int:
        """A clause opening with a condition and closed by a comma before the request ("Jika ada ASN yang mendukung
        calon, masyarakat diharapkan segera melaporkannya") names whom the case is about; whom the request asks stands
        after that comma. With no one named or no person between the comma and the request ("Kalau ASN ingin kariernya
        aman, diharapkan tetap netral"), the condition's civil servants are asked."""
        i = start + 1 if self._punct[start] and start + 1 < end else start  # past an opening quote
        if self._low[i] not in self.if_words:
            return start
        comma = next((j for j in range(end - 1, i, -1) if self._low[j] == ","), None)
        if comma is None or not any(comma < t.start < end for t in targets) and \
                not any(self._person(j) for j in range(comma + 1, end)):
            return start
        return comma + 1

    def _elided_subject(self, cue: _Term, start: int, sent: Span, cues: list[_Term],
                        targets: list[_Term]) -> _Term | None:
        """The subject of the clause before, where the cue's clause opens with a contrast after a comma and names no
        one before the cue, and the clause before that comma holds a rule whose subject, opening it, is someone outside
        the civil service or an event, with no civil servant named there ("Pasangan calon boleh memakai gedung
        sekolah, tetapi harus di luar jam belajar", "Kampanye di tempat ibadah dilarang, tetapi di lapangan boleh"):
        the left-out subject of the second rule is the first's."""
        if start - 1 <= sent.start or self._low[start - 1] != "," or self._low[start] not in self.leave_contrasts or \
                any(start <= t.start < cue.start for t in targets):
            return None
        first = self._past_linking(sent.start, start - 1)
        before = [t for t in targets if first <= t.start < start - 1]
        if not before or before[0].label_ != "other" or \
                self._past(first, before[0].start, self.inverted_skip) != before[0].start or \
                any(t.label_ in ADDRESSEES for t in before):
            return None
        return before[0] if any(c.label_ in RULES and before[0].end <= c.start < start - 1 for c in cues) else None

    def _outsider_condition(self, start: int, end: int, targets: list[_Term]) -> bool:
        """Whether the clause opens with a condition, closed by a comma before ``end`` with no one named after it,
        whose subject is someone outside the civil service ("Kalau ada warga yang menemukan ASN berpihak, silakan
        ..."): leave there is given to that subject, though civil servants are named inside the condition."""
        i = start + 1 if self._punct[start] and start + 1 < end else start  # past an opening quote
        if self._low[i] not in self.if_words:
            return False
        comma = next((j for j in range(end - 1, i, -1) if self._low[j] == ","), None)
        if comma is None or any(comma < t.start < end for t in targets):
            return False
        k = self._past(i + 1, comma, self.inverted_skip | self.existential)
        return any(t.start == k and t.label_ == "other" and t.id_ != "event" for t in targets)

    def _outsider_invited(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """An invitation ("silakan", "monggo") with someone outside the civil service right after it (past a
        particle): "Kalau ada ASN berpihak, silakan Bawaslu memproses", "monggo masyarakat melapor" leave the case to
        them, though civil servants are named before it; not where civil servants are named with them ("silakan
        warga dan ASN hadir") or a head's leave on furlough."""
        if self._lower(cue) not in self.invitations:
            return False
        return self._outsider_at(self._past(cue.end, min(sent.end, cue.end + 2), self.condition_particles), cue, sent,
                                 targets)

    def _cleft_outsider(self, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """Leave in a relative clause opening the sentence ("Yang boleh ..."), a copula or a word of
        `cleft_holders.only` after it within reach naming its holder: someone outside the civil service there (past
        `cleft_holders.skip` and `only`), no civil servant joined to them ("Yang boleh berkampanye hanyalah peserta
        pemilu")."""
        if cue.start - 1 != self._first_word(sent) or self._low[cue.start - 1] not in self.relative_markers:
            return False
        for j in range(cue.end, min(cue.end + self.cleft_holder_reach, sent.end)):
            low = self._low[j]
            if low in self.copulas or low in self.cleft_holder_words:
                return self._outsider_at(self._past(j + 1, sent.end, self.cleft_holder_skip), cue, sent, targets)
            if self._punct[j] and low not in WORD_MARKS and low != ",":
                return False
        return False

    def _outsider_at(self, k: int, cue: _Term, sent: Span, targets: list[_Term]) -> bool:
        """Whether someone outside the civil service is named at ``k``, whose own the leave at ``cue`` is: not a
        head's leave on furlough, and no civil servants named with them ("warga dan ASN")."""
        outsider = next((t for t in targets if t.start == k and t.label_ == "other" and t.id_ != "event"), None)
        return outsider is not None and not self._heads_own_rule(cue.label_, [outsider], cue, sent) and \
            not self._joined_servants(outsider.end, sent, targets)

    def _reports_case(self, start: int, end: int) -> bool:
        """Whether the clause from ``start`` (to the next punctuation) asks in the passive or the bare imperative
        that something be reported: the request goes to whoever sees it, not to those it names."""
        for i in range(start, end):
            if self._punct[i] and self._low[i] not in WORD_MARKS:
                return False
            if i > start and self._low[i] in CLAUSE_LINKS:
                return False  # "meminta ASN netral agar tidak dilaporkan": the report is the request's purpose
            if i in self._reported_cases or (i in self._reporting and self._low[i] in self.reported_cases):
                return True
        return False

    def _first_verb(self, start: int, end: int) -> int | None:
        """The first word with a verb prefix (or a reporting verb) in ``start:end`` that no adjunct opens: what a
        request asks ("meminta mereka proaktif dalam melaporkan ...": no report asked)."""
        return next((i for i in range(start, end) if (self._verb(i) or i in self._reporting) and
                     not (i > start and self._low[i - 1] in self.adjuncts)), None)

    def _has_verb(self, start: int, end: int) -> bool:
        return any(self._verb(i) for i in range(start, end))

    def _context(self, k: int, sents: list[Span], targets: list[list[_Term]], paras: list[int],
                 resolved: dict[int, list[str]], rejected: set[int]) -> list[str] | None:
        """Addressee labels from the paragraph and the sentences before (or of a directive given
        there); a pronoun ("kita", "mereka") in them points further back. The nearest sentence
        that instructed someone else ("berpesan kepada warga ...") ends the search."""
        para = paras[sents[k].start]
        back = CONTEXT_BACK
        low = self._low
        if any(w in self.anaphora for w in low[sents[max(0, k - back)].start:sents[k].end]) or \
                self._quoted(k, sents, paras):
            back *= 2
        # a numbered list's items count as one step back: "Jangan sampai ..." after "1. ... 2. ... 3. ..." speaks to
        # whom the list's lead named
        first = k
        while first > 0 and back:
            first -= 1
            back -= self._after_number(sents[first].start) is None
        window = [j for j in range(len(sents)) if paras[sents[j].start] == para or first <= j < k]
        for j in sorted(window, key=lambda j: abs(j - k)):
            labels = _labels(targets[j]) or resolved.get(j)
            if j in rejected and not resolved.get(j) and self._after_number(sents[j].start) is None:
                return None  # an item's own verb ("2. Mengajak massa ...") is the conduct listed, no one else asked
            if labels:
                return labels
        return None

    def _opening_quote(self, k: int, sents: list[Span], paras: list[int], headline: set[int]) -> bool:
        """The sentence is direct speech in the story's first paragraph: no sentence of the body before it."""
        para = paras[sents[k].start]
        return self._quoted(k, sents, paras) and all(
            paras[sents[j].start] == para or sents[j].start in headline for j in range(k))

    def _next_paragraph(self, k: int, sents: list[Span], targets: list[list[_Term]], paras: list[int]
                        ) -> list[str] | None:
        """Addressee labels of the first sentence of the paragraph after the sentence's own, unless it opens on one
        of `opening_quote.switches` ("Sementara itu, ...": another matter)."""
        para = paras[sents[k].start]
        j = next((j for j in range(k + 1, len(sents)) if paras[sents[j].start] != para), None)
        if j is None or self._phrase_at(sents[j].start, sents[j].end, self.quote_switches):
            return None
        return _labels(targets[j]) or None

    def _quoted_after_report(self, k: int, sents: list[Span], paras: list[int],
                             given_kinds: dict[int, set[str]]) -> bool:
        """The sentence is direct speech and every penalty of the two sentences before was reported in the
        reporter's words, in a paragraph of its own ('Bupati memastikan akan memberi sanksi. / "Mulai teguran
        hingga pemecatan," tegasnya.'): the speaker's own words state the penalty anew."""
        if not self._quoted(k, sents, paras):
            return False
        told = [j for j in (k - 1, k - 2) if j >= 0 and "sanction" in given_kinds.get(j, set())]
        return all(paras[sents[j].start] != paras[sents[k].start] and not self._quoted(j, sents, paras) for j in told)

    @staticmethod
    def _quoted(k: int, sents: list[Span], paras: list[int]) -> bool:
        """The sentence is direct speech: its paragraph opens with a quotation mark."""
        para = paras[sents[k].start]
        j = k
        while j > 0 and paras[sents[j - 1].start] == para:
            j -= 1
        first = sents[j][0].text if len(sents[j]) else ""
        return first in QUOTES


def _labels(targets: list[_Term]) -> list[str]:
    """Civil servants first, then village heads and those addressed with them (TNI, Polri)."""
    if not any(t.label_ in ADDRESSEES for t in targets):
        return []
    return list(dict.fromkeys([t.id_ for t in targets if t.label_ == "cs"] +
                              [t.id_ for t in targets if t.label_ in ("vcs", "co")]))


def _holds(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` (word tuples) stands anywhere in ``words``."""
    words = tuple(words)
    return any(words[i:i + len(p)] == p for i, word in enumerate(words) for p in phrases if p[0] == word)


def _by_sentence(items: Sequence[T], ends: list[int], at: Callable[[T], int] = attrgetter("start")) -> list[list[T]]:
    """``items`` (spans, or token positions with ``at=int``) grouped by the sentence where they start, given the
    sentences' ``ends``."""
    out: list[list[T]] = [[] for _ in ends]
    k, n = 0, len(ends)
    for item in sorted(items, key=at):
        start = at(item)
        while k < n and ends[k] <= start:
            k += 1
        if k < n:
            out[k].append(item)
    return out


class Speakers:
    """Who gives each directive: the quote's attribution ("kata Anas", "ujarnya"), else the
    official or institution named before the cue, else the person last speaking."""

    def __init__(self, doc: Doc, sents: list[Span], ends: list[int], orgs: list[Span], roles: list[Span],
                 attribution: set[str], low: list[str], texts: list[str], sought: list[int]) -> None:
        """``sought``: the positions of words scanned for, among them every attribution (see ``_Words``)."""
        self.reg = registry()
        self.texts = texts
        self.persons = _by_sentence(list(doc.spans.get("persons", [])), ends)
        # each named official as a speaker, by the name's bounds: a span's extension is read through a lookup keyed
        # on its characters, so each is read once however many sentences ask who speaks
        self._spoken: dict[tuple[int, int], tuple[str, str | None]] = {}
        self.orgs = _by_sentence(orgs, ends)
        offices = _by_sentence([r for r in roles if r.label_ == "OFFICE"], ends)
        self.offices = offices
        # the speaker of each sentence and before it, with the key of the agency they speak for (None unknown)
        self.said: list[tuple[str, str | None] | None] = []  # attribution of each sentence
        self.current: list[tuple[str, str | None] | None] = []  # the last speaker before each sentence
        current: tuple[str, str | None] | None = None
        cues = [i for i in sought if low[i] in attribution]
        cue_sents = _by_sentence(cues, ends, int)
        for k, sent in enumerate(sents):
            said = self._attributed(low, cue_sents[k], self.persons[k]) if cue_sents[k] else None
            if said == CURRENT:
                said = current
            self.said.append(said)
            self.current.append(current)
            named = said or (self._as_speaker(self.persons[k][0]) if self.persons[k] else None)
            current = named or self._subject(sent, offices[k] + self.orgs[k]) or current
        # an unattributed quote belongs to the speaker named where the quote closes
        for k in range(len(sents) - 2, -1, -1):
            if self.said[k] is None and self.texts[sents[k].start] in QUOTES and self.said[k + 1]:
                self.said[k] = self.said[k + 1]

    def _subject(self, sent: Span, candidates: list[Span]) -> tuple[str, str | None] | None:
        """An institution or unnamed office heading the sentence (after a dateline) speaks for it."""
        if not candidates:
            return None
        start = sent.start
        for i in range(sent.start, min(sent.start + 12, sent.end)):
            if self.texts[i] in {"–", "-", "—"}:
                start = i + 1
                break
        for c in sorted(candidates, key=lambda c: c.start):
            if 0 <= c.start - start <= 2 and (agency := self.reg.agencies.get(c.id_)) is not None:
                return agency.name, agency.key
        return None

    def _speaker(self, k: int, before: int) -> tuple[str, str | None] | None:
        """Who gives the directive of sentence ``k`` whose cue is at ``before``, with their agency's key, named in
        the sentence or its quote's tag; None where only the last speaker before it can be assumed."""
        if self.said[k]:
            return self.said[k]
        for p in self.persons[k]:
            if p.start < before:
                return self._as_speaker(p)
        for e in sorted(self.offices[k] + self.orgs[k], key=lambda e: e.start):
            if e.start < before and (agency := self.reg.agencies.get(e.id_)) is not None:
                return agency.name, agency.key
        return None

    def _as_speaker(self, person: Span) -> tuple[str, str | None]:
        """A named official as a speaker: the name and the agency's key."""
        bounds = (person.start, person.end)
        speaker = self._spoken.get(bounds)
        if speaker is None:
            official = person._.official
            speaker = self._spoken[bounds] = (official.name, official.agency)
        return speaker

    def _attributed(self, low: list[str], cues: list[int], persons: list[Span]) -> tuple[str, str | None] | None:
        """The official named after a speech verb (at ``cues``), CURRENT for "ujarnya"/"kata dia", else None."""
        for i in cues:
            after = [p for p in persons if p.start == i + 1]
            if after:
                return self._as_speaker(after[0])
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if low[i].endswith("nya") or nxt in {"dia", "ia", "beliau"}:
                return CURRENT
        return None

    def actor(self, k: int, before: int) -> str | None:
        speaker = self._speaker(k, before) or self.current[k]
        return speaker[0] if speaker else None

    def agency(self, k: int, before: int) -> str | None:
        """The key of the agency the directive's speaker, named in the sentence or its quote's tag, speaks for."""
        speaker = self._speaker(k, before)
        return speaker[1] if speaker else None


CURRENT = ("\x00current", None)


@Language.factory("pantau_directives_v1", requires=["doc.spans", "doc.ents"],
                  assigns=["doc.spans", "doc._.directives"])
def make_directives(nlp: Language, name: str) -> Directives:
    return Directives(nlp)
