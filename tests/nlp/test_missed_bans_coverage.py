"""Probe list of bans the analysis used to miss entirely, in forms other outlets write them: a rule pointed
back to and then listed item by item ("Larangan tersebut antara lain ...", "Larangan itu, misalnya ..."), which states
the ban again for whom the context names, where one said to be written somewhere or told again states nothing new; a
law's list of whom it forbids with a region's officials before the civil servants ("melarang pejabat negara, pejabat
daerah, ASN, ... dan kepala desa ..."); a ban in a relative clause heading the sentence before a copula ("Salah satu
yang dilarang adalah ..."), whose conduct the copula names, where a relative clause elsewhere needs an addressee of
its own; a ban issued with the bare active verb of leads and headlines ("Bupati X keluarkan larangan terhadap ASN, PTT
..."); whom a rule noun binds spelt out before its short form in brackets ("larangan Aparatur Sipil Negara (ASN)
terlibat ..."); "janganlah" misspelt without its n ("jangalah"). Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}
CONTEXT = "Netralitas ASN dibahas dalam apel pagi jelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # a rule pointed back to, then its items
    (f"{CONTEXT} Larangan tersebut meliputi memasang spanduk calon dan ikut konvoi kampanye.", P),
    (f"{CONTEXT} Larangan itu antara lain memasang baliho calon dan hadir dalam deklarasi.", P),
    (f"{CONTEXT} Larangan itu, misalnya mendeklarasikan diri sebagai bakal calon.", P),
    (f"{CONTEXT} Larangan ini termasuk dalam bermedia sosial, dari mengunggah foto bersama calon hingga berkomentar.",
     P),
    (f"{CONTEXT} Larangan tersebut di antaranya menjadi tim sukses dan memakai atribut partai.", P),
    (f"{CONTEXT} Larangan itu ia sampaikan saat apel pagi.", set()),
    (f"{CONTEXT} Larangan tersebut tertuang dalam SKB lima instansi.", set()),
    (f"{CONTEXT} Larangan itu bertujuan menjaga netralitas selama pilkada.", set()),
    # a law's list of whom it forbids, a region's officials before the civil servants
    ("Pasal 71 UU Pilkada melarang pejabat negara, pejabat daerah, ASN, dan kepala desa membuat keputusan yang "
     "menguntungkan salah satu calon pada Pilkada 2024.", P),
    ("Aturan itu melarang pejabat negara, pejabat daerah, pegawai, anggota TNI/Polri, serta kepala desa terlibat "
     "dalam kegiatan yang merugikan salah satu calon pada Pilkada 2024.", P),
    ("Sosialisasi itu dihadiri sejumlah pejabat daerah dan perwakilan ASN jelang Pilkada 2024.", set()),
    # a ban in a relative clause heading the sentence, the copula naming the conduct
    (f"{CONTEXT} Salah satu yang dilarang adalah berpose dengan jari saat berfoto.", P),
    (f"{CONTEXT} \"Salah satu hal yang tidak boleh yaitu memasang baliho calon,\" imbuhnya.", P),
    (f"{CONTEXT} Contoh keterlibatan politik yang tidak boleh dilakukan adalah menghadiri deklarasi calon.", P),
    (f"{CONTEXT} Pose-pose yang dilarang sudah diatur dalam SKB.", set()),
    (f"{CONTEXT} Jabatan lain yang dilarang antara lain anggota Polri dan TNI.", set()),
    # a ban issued with a bare active verb
    ("Bupati Sleman keluarkan larangan terhadap ASN, PTT dan kepala desa ikut kampanye pada Pilkada 2024.", P),
    ("Wali Kota berlakukan larangan terhadap pegawai dan honorer memasang atribut calon jelang Pilkada 2024.", P),
    (f"{CONTEXT} Sejumlah ASN melanggar larangan itu saat kampanye.", set()),
    # whom a rule noun binds spelt out before its short form in brackets, then what it forbids
    ("Karena itu perlu dijelaskan soal larangan Pegawai Negeri Sipil (PNS) terlibat politik praktis jelang Pilkada "
     "2024.", P),
    ("Sosialisasi membahas larangan Aparatur Sipil Negara (ASN) berpihak kepada calon pada Pilkada 2024.", P),
    ("Warga diminta mengawasi pelanggaran larangan Aparatur Sipil Negara (ASN) oleh tim kampanye Pilkada 2024.",
     set()),
    ("Rapat membahas larangan Aparatur Sipil Negara (ASN) yang tertuang dalam SKB jelang Pilkada 2024.", set()),
    # "janganlah" with its n left out
    (f"{CONTEXT} \"Jangalah para ASN memasang foto calon di media sosial,\" katanya.", P),
    (f"{CONTEXT} \"Yang penting jangalah rekan-rekan pegawai ikut konvoi kampanye,\" ujarnya.", P),
    (f"{CONTEXT} Warga Kampung Jangalah menonton kampanye di lapangan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][-64:]))
def test_a_missed_ban_is_found(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
