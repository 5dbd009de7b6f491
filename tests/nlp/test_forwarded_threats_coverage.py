"""Probe list of penalties threatened on a condition, fourth round: the case forwarded by its doer in the first
person ("akan kami teruskan ke KASN", "pihaknya akan melaporkan temuan itu kepada BKN"), the follow-up and the
processing with the case as their suffix ("maka kami pastikan akan menindaklanjutinya", "pihaknya akan
memprosesnya"), the law enforced and firm steps taken ("maka akan dilakukan penegakan hukum", "kami akan mengambil
langkah tegas"), the penalty verbs with whom they strike as their suffix ("akan langsung memberhentikannya"), and a
penalty pointed back to that is said to apply next ("Sanksi ini berlaku bagi ASN ...", "sanksi itu diterapkan
kepada yang bersangkutan"). Each is the gold's majority reading on the read half; a case passed on in the passive
("rekomendasi akan diteruskan ke BKN"), which the gold splits, is left out. A case forwarded with no condition, a call
on others to report, a penalty said only to be in force since a date, and a duty to uphold neutrality ("Netralitas
harus ditegakkan") stay what they were. Unseen outlets bring forms the annotated items lack; each form stays covered
here. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil servants, and only
the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # forwarded by the doer in the first person, on a condition
    ("Jika terbukti melanggar, akan kami teruskan ke KASN.", S),
    ("Kalau ada pegawai yang berpihak, akan kita teruskan ke Komisi ASN.", S),
    ("Apabila kedapatan berkampanye, berkasnya kita akan teruskan ke BKN.", S),
    ("Apabila ditemukan pelanggaran, pihaknya akan melaporkan temuan itu kepada BKN.", S),
    ("Bila ada ASN yang tidak netral, kami akan melaporkannya ke KASN.", S),
    ("Jika nanti ada camat yang memihak, kita akan melaporkan hal tersebut ke pejabat pembina kepegawaian.", S),
    # the follow-up and the processing with the case as their suffix
    ("Jika terbukti, kami pastikan akan menindaklanjutinya ke KASN.", S),
    ("Seandainya ada ASN yang curang, pihaknya akan memprosesnya dengan tegas.", S),
    # the law enforced, firm steps taken
    ("Jika masih terlibat, maka akan dilakukan penegakan hukum.", S),
    ("Jika ada kepala desa yang terbukti berpihak, kami akan mengambil langkah tegas.", S),
    # the penalty verbs with whom they strike as their suffix
    ("Jika ada camat yang berkampanye, Mendagri akan langsung memberhentikannya.", S),
    ("Kalau kepala sekolah itu terbukti berpose dengan calon, bupati bisa mencopotnya.", S),
    ("Bila lurah itu masih memihak, wali kota siap menonaktifkannya.", S),
    # a penalty pointed back to, said to apply next
    ("Sanksi ini berlaku bagi ASN yang ikut berkampanye.", S),
    ("Kalau terbukti bersalah, tentu sanksi itu diterapkan kepada yang bersangkutan.", S),
    ("Hukuman tersebut tetap dijatuhkan walaupun pegawai itu sudah meminta maaf.", S),
    # stay as they were
    ("Laporan itu sudah diteruskan ke KASN.", ()),
    ("Jika ada pelanggaran, masyarakat diharapkan segera melaporkannya ke Bawaslu.", ()),
    ("Kalau menemukan ASN yang berkampanye, mohon agar segera melaporkan ke Bawaslu.", ()),
    ("Sanksi itu berlaku sejak tahun lalu.", ()),
    ("Apabila laporan memenuhi syarat, maka kami akan proses laporan itu.", ()),
    ("Netralitas ASN harus ditegakkan oleh semua pihak.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_forwarding_or_an_applied_penalty_is_threatened(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
