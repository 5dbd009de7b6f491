"""Probe list of bans that forbid no civil servant's conduct: 'jangan (sampai)' said of how words or rules be read
("... jangan sampai dipahami sepotong-sepotong") or denying that a reading or a belief spreads ("Jangan sampai ada
tafsir berbeda", "jangan sampai muncul multitafsir"), and a ban pointed back to by 'serupa' or said to be ignored or
broken ("Larangan serupa juga disampaikan kepada ...", "Namun, larangan tersebut tak diindahkan oleh ..."), which the
read half's gold counts as no directive. Look-alikes that bind civil servants stay prohibitions. Sentences are our own;
all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # how words or rules be read
    ("Pernyataan Bupati soal netralitas ASN jangan sampai dipahami sepotong-sepotong.", set()),
    ("Penjelasan tentang ASN dalam pilkada ini jangan dipahami secara sempit oleh publik.", set()),
    ("Aturan netralitas PNS itu jangan sampai disalahpahami oleh masyarakat.", set()),
    ("Surat edaran soal ASN jangan sampai diartikan sebagai pembatasan hak pilih.", set()),
    # a reading or a belief denied to spread
    ("Jangan sampai ada tafsir yang berbeda soal pelanggaran netralitas PNS.", set()),
    ("Jangan sampai muncul multitafsir terkait netralitas ASN dalam pilkada.", set()),
    ("Jangan sampai terjadi kesalahpahaman antara ASN dan pengawas pemilu.", set()),
    ("Jangan sampai timbul anggapan bahwa pegawai honorer bebas berkampanye.", set()),
    # look-alikes: civil servants' conduct forbidden
    ("ASN jangan sampai terlibat kampanye pasangan calon.", P),
    ("Jangan sampai ada ASN yang ikut kampanye di pilkada.", P),
    ("ASN jangan sampai dimanfaatkan untuk kepentingan calon tertentu.", P),
    ("PNS jangan salah memahami aturan kampanye sehingga ikut berfoto dengan calon.", P),
    # a ban pointed back to, conveyed to others or ignored
    ("Larangan serupa juga disampaikan kepada tenaga honorer di lingkungan Pemkot.", set()),
    ("Namun, larangan tersebut tampaknya tak diindahkan oleh sejumlah ASN yang hadir di deklarasi calon.", set()),
    ("Namun, larangan itu tidak dipatuhi sejumlah PNS di kabupaten itu.", set()),
    ("Larangan itu ternyata dilanggar oleh oknum ASN di kecamatan tersebut.", set()),
    # look-alikes: whom the ban binds stated
    ("Larangan serupa berlaku bagi pegawai kontrak di lingkungan Pemkab.", P),
    ("Larangan tersebut bukan hanya bagi ASN, tetapi juga bagi PPPK.", P),
    ("Larangan ini juga berlaku bagi pegawai non-ASN karena gajinya dari uang negara.", P),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_ban_on_no_conduct_of_civil_servants_forbids_nothing(analysed: list, k: int, text: str,
                                                               kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
