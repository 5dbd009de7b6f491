"""A generated matrix of penalties threatened and reported: a condition ("Jika terbukti melanggar", "Kalau ada yang
tidak netral", "Apabila ASN terbukti berkampanye", "Bagi ASN yang tidak netral", or none, where the offender is "ASN
yang kedapatan berkampanye") x who imposes it (the passive, "kami", Bawaslu, the regency, BKPSDM, the acting regent)
x the penalty (the catalogue of PP 94/2021 by its verbs and nouns, "ditindak tegas", "diproses sesuai aturan",
"sanksi tegas menanti", "siap-siap dicopot", "tidak segan memberi sanksi", "sanksi berlaku bagi ...") x a modal
("akan", "bisa", "dapat", "terancam", "pasti", "bakal", "siap") x where the speaker stands (plain, a quote before
"kata", "X menegaskan, ...", after a ban in the same sentence). Forms the gold of the read half splits are left out
(processing alone, "akan kami proses", "memproses"; a case forwarded to KASN or BKN). A consequence borne on a
condition is as sure or as possible as it is said to be ("konsekuensinya bisa berat", "risikonya pasti berat",
"tentu ada konsekuensi"), as the gold reads it; so is a demotion without the possessive ("bisa diturunkan
pangkat"). A penalty noun heading its clause before "diatur dalam" says where the penalty is written and threatens
no one, unless it names whom it is for ("Sanksi bagi ASN yang melanggar diatur dalam PP 94"), as the gold reads
both; no penalty given or a report that does not meet the elements stays none.
Unseen outlets bring combinations the read half lacks, so a seeded sample stays covered here. Sentences are our own;
all texts are analysed in one batch after a sentence naming the civil servants, and only the last sentence's
directives are checked."""

from __future__ import annotations

import itertools
import random

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Pj Bupati Sleman mengingatkan ASN agar netral pada Pilkada 2024."

CONDITIONS = {"jika": "Jika terbukti melanggar, ", "kalau": "Kalau ada yang tidak netral, ",
              "apabila": "Apabila ASN terbukti berkampanye, ", "bagi": "Bagi ASN yang tidak netral, ", "none": ""}
# whom the passive penalty strikes, after each condition
STRUCK = {"jika": "ASN", "kalau": "ASN tersebut", "apabila": "yang bersangkutan", "bagi": "mereka",
          "none": "ASN yang kedapatan berkampanye"}
PASSIVE = ["ditindak tegas", "diproses sesuai aturan", "dikenai sanksi", "dikenakan sanksi", "dijatuhi sanksi",
           "diberi teguran tertulis", "dijatuhi hukuman disiplin sedang", "dikenai hukuman disiplin berat",
           "dikenai penundaan kenaikan pangkat", "dijatuhi penurunan jabatan", "diberhentikan",
           "dikenai pemotongan tunjangan", "dicopot dari jabatannya", "diberi sanksi tegas", "mendapat sanksi",
           "kena sanksi", "ditindak sesuai aturan", "dikenakan sanksi disiplin"]
MODALS = ["akan ", "bisa ", "dapat ", "terancam ", "pasti ", "tentu akan ", "siap-siap ", "bakal "]
AGENTS = ["kami", "Bawaslu", "Pemkab Sleman", "BKPSDM", "Pj Bupati"]
ACTIVE = ["menindak tegas", "memberikan sanksi", "menjatuhkan sanksi", "memberi teguran tertulis", "mencopot",
          "memberhentikan"]
ACTIVE_MODALS = ["akan ", "tidak segan ", "siap ", "pasti ", "tak akan ragu "]
FRONTED = ["akan kami tindak tegas", "kami tindak tegas", "akan kami beri sanksi", "kami beri sanksi tegas",
           "akan kami berhentikan", "kami copot", "akan kami tegur"]
NOMINAL = ["sanksi tegas menanti", "sanksi berat menanti", "ada sanksi tegas", "sanksinya jelas", "ada sanksinya",
           "sanksi disiplin berlaku", "sanksinya berat"]
FRAMES = ["plain", "kata", "menegaskan", "after_ban"]
_SEED = 2028
_SAMPLE = 260


def framed(sentence: str, frame: str) -> str:
    """The sentence plain, quoted before 'kata', after 'X menegaskan,' or after a ban in the same sentence."""
    body = sentence.rstrip(".")
    low = body[0].lower() + body[1:]
    return {"plain": sentence, "kata": f"“{body},” kata Bupati Sleman.",
            "menegaskan": f"Bupati Sleman menegaskan, {low}.",
            "after_ban": f"ASN dilarang berkampanye, dan {low}."}[frame]


def matrix() -> list[str]:
    """Every combination, then a seeded sample of them with every penalty form kept at least once."""
    cases = [(pen, f"{CONDITIONS[c]}{STRUCK[c]} {m}{pen}.") for c, pen, m in itertools.product(CONDITIONS, PASSIVE,
                                                                                              MODALS)]
    cases += [(pen, f"{CONDITIONS[c]}{ag} {m}{pen} {'ASN yang melanggar' if c == 'none' else 'yang bersangkutan'}.")
              for c, ag, pen, m in itertools.product(CONDITIONS, AGENTS, ACTIVE, ACTIVE_MODALS)]
    cases += [(pen, f"{CONDITIONS[c]}{'ASN yang tidak netral ' if c == 'none' else ''}{pen}.")
              for c, pen in itertools.product(CONDITIONS, FRONTED)]
    cases += [(pen, f"{CONDITIONS[c]}{pen}{' bagi ASN yang tidak netral' if c == 'none' else ''}.")
              for c, pen in itertools.product(CONDITIONS, NOMINAL)]
    rng = random.Random(_SEED)
    full = [(pen, framed(s[0].upper() + s[1:], f)) for (pen, s), f in itertools.product(cases, FRAMES)]
    rng.shuffle(full)
    first = {}
    for pen, text in full:
        first.setdefault(pen, text)
    rest = [text for _, text in full if text not in first.values()]
    return list(first.values()) + rest[:_SAMPLE - len(first)]


MATRIX = matrix()

# A consequence borne on a condition, said to be sure or possible rather than to come ("bisa", "pasti", "tentu").
BORNE: list[str] = [
    "Jika tidak netral, konsekuensinya bisa berat.",
    "Kalau terbukti melanggar, risikonya pasti tidak ringan.",
    "Apabila ketahuan berkampanye, konsekuensinya tentu serius.",
    "Bila terbukti berpihak, resikonya dapat berat.",
    "Jika terbukti, tentu ada konsekuensi.",
    "Kalau ada yang melanggar, pasti ada konsekuensinya.",
    "Apabila kedapatan berkampanye, bakal ada konsekuensi.",
    "Jika tidak netral, ancamannya bisa berat.",
    "Kalau terbukti berpihak, ancamannya pasti akan berat.",
    "Sekali lagi, kalau tidak netral, konsekuensinya bisa fatal.",
]

# A demotion by the passive verb without the possessive.
DEMOTED: list[str] = [
    "ASN yang tidak netral bisa diturunkan pangkat.",
    "Jika terbukti berkampanye, camat itu akan diturunkan jabatan.",
    "Pegawai yang berpihak terancam diturunkan pangkat satu tingkat.",
]

# A penalty for someone, stated with where it is written.
STATED: list[str] = [
    "Sanksi bagi ASN yang melanggar netralitas diatur dalam PP 94 Tahun 2021.",
    "Sanksi bagi yang tidak netral diatur di UU ASN.",
    "Hukuman bagi pegawai yang berkampanye diatur dalam PP Disiplin PNS.",
]

NO_PENALTY: list[str] = [
    # where the penalty is written, for no one named
    "Sanksi diatur dalam PP 94 Tahun 2021 tentang Disiplin PNS.",
    "Sanksi terhadap pelanggaran netralitas diatur dalam UU Pemilu.",
    "Sanksi pelanggaran netralitas ASN juga diatur dalam PP Nomor 53 Tahun 2010.",
    "Hukuman disiplin atas pelanggaran itu diatur pada Pasal 8 PP 94.",
    "Sanksinya diatur oleh undang-undang.",
    # a modal inside the condition is the condition's, no threat
    "Kalau semua pihak bisa menahan diri, konsekuensinya pilkada berjalan damai.",
    # no penalty given, no violation found
    "Sampai sekarang belum ada ASN yang dijatuhi sanksi.",
    "Laporan itu tidak memenuhi unsur pelanggaran netralitas.",
    # a risk of something else
    "Kalau ada pelanggaran, risiko konflik bisa meningkat.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    texts = MATRIX + BORNE + DEMOTED + STATED + NO_PENALTY
    return analyse_all([f"{CONTEXT} {t}" for t in texts], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(MATRIX)), ids=[t[:56] for t in MATRIX])
def test_each_threat_of_the_matrix_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], MATRIX[k])


@pytest.mark.parametrize("k", range(len(BORNE)), ids=[t[:48] for t in BORNE])
def test_a_consequence_borne_as_sure_or_possible_is_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(MATRIX) + k], BORNE[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(DEMOTED)), ids=[t[:48] for t in DEMOTED])
def test_a_demotion_without_the_possessive_is_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(MATRIX) + len(BORNE) + k], DEMOTED[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(STATED)), ids=[t[:48] for t in STATED])
def test_a_penalty_for_someone_with_its_rule_is_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(MATRIX) + len(BORNE) + len(DEMOTED) + k], STATED[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NO_PENALTY)), ids=[t[:48] for t in NO_PENALTY])
def test_a_penalty_only_written_or_not_given_is_no_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(MATRIX) + len(BORNE) + len(DEMOTED) + len(STATED) + k], NO_PENALTY[k]) == set()
