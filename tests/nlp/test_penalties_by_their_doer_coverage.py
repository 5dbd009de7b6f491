"""Probe list of penalties on civil servants and village heads told without the word "sanksi", third round: the
penalty done by whoever imposes it ("Pj Bupati menonjobkan ...", "membebastugaskan lurah", "menurunkan pangkat
ASN", "menghukum"), named by what the civil servant loses ("dicabut tunjangannya", "tidak akan mendapat promosi
jabatan"), a disciplinary measure ("tindakan disiplin") and a case taken to the law ("berhadapan dengan hukum"), with
forms earlier lists already hold in other structures (a recommendation to KASN for a penalty, PP 94/2021, the
catalogue of PP 94/2021, the election laws' prison terms). Each is the gold's majority reading on the read half where
it holds such a form; the forms it splits are left out (a case "dilaporkan ke pejabat pembina kepegawaian", "akan
kami proses", the catalogue's kinds of penalty "diatur dalam" a regulation, a candidate penalised for involving
civil servants). A report forwarded to KASN, a summons and an examination, penalties for candidates, parties and
voters, denied or merely asked about, stay none. Unseen outlets bring forms the annotated items lack; each form stays
covered here. Sentences are our own; all texts are analysed in one batch. A village head is addressed in an article
that addresses civil servants, so sentences about village heads follow one that does, and only their own directives
are checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import after_context, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN dan kepala desa agar netral pada Pilkada 2024."

PENALTIES: list[str] = [
    # whoever imposes it does it
    'Pj Bupati menonjobkan kepala dinas yang berkampanye pada Pilkada 2024.',
    'Pj Wali Kota membebastugaskan lurah yang berkampanye pada Pilkada 2024.',
    'Bupati menurunkan pangkat ASN yang terbukti berkampanye pada Pilkada 2024.',
    'Sekda menurunkan jabatan dua ASN yang ikut deklarasi calon pada Pilkada 2024.',
    'Inspektorat memeriksa dan menghukum ASN yang berkampanye pada Pilkada 2024.',
    'Pj Bupati memberhentikan sekretaris desa yang berkampanye pada Pilkada 2024.',
    'Pj Gubernur menegur keras ASN yang berkampanye pada Pilkada 2024.',
    'Pj Bupati mengancam mencopot camat yang tidak netral pada Pilkada 2024.',
    'Pj Bupati akan menindak tegas ASN yang tidak netral pada Pilkada 2024.',
    'Pj Bupati sudah memberi teguran kepada dua camat yang hadir di kampanye Pilkada 2024.',
    # what the civil servant loses
    'ASN yang tidak netral pada Pilkada 2024 akan dicabut tunjangannya.',
    'ASN yang berkampanye pada Pilkada 2024 tunjangannya dicabut.',
    'ASN yang tidak netral pada Pilkada 2024 tidak akan mendapat kenaikan pangkat.',
    'ASN yang berpihak pada Pilkada 2024 tidak akan mendapat promosi jabatan.',
    'Pegawai yang memihak calon pada Pilkada 2024 tidak akan mendapat peluang promosi.',
    # a disciplinary measure, the law
    'ASN yang terbukti berpihak pada Pilkada 2024 akan dikenai tindakan disiplin.',
    'ASN yang tidak netral pada Pilkada 2024 akan berhadapan dengan hukum.',
    'Keterlibatan ASN dalam kampanye Pilkada 2024 bisa berujung pidana.',
    'ASN yang berkampanye pada Pilkada 2024 menghadapi ancaman penjara dan denda.',
    # the catalogue of PP 94/2021 and the recommendation for it
    'Bawaslu merekomendasikan ke KASN agar camat yang berkampanye pada Pilkada 2024 diberi hukuman.',
    'Pelanggaran netralitas ASN pada Pilkada 2024 akan direkomendasikan ke KASN untuk dijatuhi sanksi.',
    'KASN merekomendasikan penurunan pangkat bagi ASN yang berkampanye pada Pilkada 2024.',
    'KASN meminta PPK menjatuhkan hukuman kepada camat yang berkampanye pada Pilkada 2024.',
    'ASN yang tidak netral pada Pilkada 2024 akan diproses sesuai PP 94 Tahun 2021.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dikenai penundaan kenaikan pangkat.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dikenai penurunan jabatan.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dikenai pembebasan dari jabatan.',
    'ASN yang tidak netral pada Pilkada 2024 terancam diturunkan pangkatnya.',
    'ASN yang menjadi tim sukses pada Pilkada 2024 terancam pemberhentian tidak dengan hormat.',
    'ASN yang tidak netral pada Pilkada 2024 bisa diberhentikan tidak dengan hormat.',
    'ASN yang menjadi tim sukses pada Pilkada 2024 bisa dipecat dengan tidak hormat.',
    'ASN yang tidak netral pada Pilkada 2024 akan dikenakan hukuman disiplin berat.',
    'ASN yang ikut kampanye pada Pilkada 2024 bisa dijatuhi hukuman disiplin ringan hingga berat.',
    'Tiga ASN yang berkampanye pada Pilkada 2024 telah dijatuhi hukuman disiplin sedang.',
    'Pada Pilkada 2018, seorang camat di daerah itu pernah dijatuhi sanksi karena berkampanye.',
    # removal from post, warnings
    'Camat yang berpihak pada Pilkada 2024 dicopot dari jabatannya oleh bupati.',
    'Dua pejabat eselon yang berkampanye pada Pilkada 2024 dinonjobkan.',
    'ASN yang tidak netral pada Pilkada 2024 bakal dicopot.',
    'ASN yang tidak netral pada Pilkada 2024 dapat diberhentikan dari jabatannya.',
    'Seorang guru PNS diberhentikan sementara karena berkampanye pada Pilkada 2024.',
    'PNS yang berpihak pada Pilkada 2024 terancam pemecatan.',
    'ASN yang tidak netral pada Pilkada 2024 dapat diganjar pemecatan.',
    'ASN yang tidak netral pada Pilkada 2024 akan dimutasi ke daerah terpencil.',
    'Kepala sekolah yang berpose dengan calon pada Pilkada 2024 diberi surat peringatan.',
    'ASN yang tidak netral pada Pilkada 2024 akan diberikan teguran keras.',
    'ASN yang tidak netral pada Pilkada 2024 akan mendapat teguran tertulis dari atasannya.',
    'ASN yang ketahuan berkampanye pada Pilkada 2024 akan ditindak.',
    # the election laws
    'ASN yang berkampanye pada Pemilu 2024 diancam pidana penjara paling lama satu tahun dan denda Rp12 juta.',
    'ASN yang berkampanye pada Pilkada 2024 diancam hukuman penjara satu tahun.',
    'ASN yang berkampanye pada Pilkada 2024 bisa dijebloskan ke penjara.',
    'ASN yang tidak netral pada Pilkada 2024 bisa kena pidana.',
    'Kepala desa yang berkampanye pada Pilkada 2024 terancam dipenjara dan didenda.',
    'Kepala desa yang memihak calon pada Pilkada 2024 bisa dijerat pidana.',
    'Kepala desa yang memihak pada Pilkada 2024 terancam dicopot dari jabatannya.',
    'Kepala desa yang melanggar netralitas pada Pilkada 2024 bisa dipidana enam bulan.',
]

NO_PENALTY: list[str] = [
    'Temuan ASN yang berkampanye pada Pilkada 2024 akan diteruskan ke Komisi ASN.',
    'Laporan dugaan ASN tidak netral pada Pilkada 2024 sudah diteruskan ke KASN.',
    'Bawaslu meneruskan dugaan pelanggaran netralitas camat pada Pilkada 2024 ke KASN.',
    'ASN yang hadir di kampanye Pilkada 2024 akan dipanggil dan diperiksa inspektorat.',
    'Kepala desa itu dipanggil Bawaslu untuk klarifikasi terkait Pilkada 2024.',
    'Pelanggaran kampanye Pilkada 2024 itu berlalu tanpa sanksi.',
    'Sanksi bagi pelanggar kampanye Pilkada 2024 diatur dalam Peraturan KPU.',
    'Apakah ada sanksi bagi ASN yang menyukai unggahan calon pada Pilkada 2024?',
    'Sanksi bagi peserta kampanye yang melanggar Pilkada 2024 berupa peringatan tertulis dari Bawaslu.',
    'Bawaslu menggelar sosialisasi tentang sanksi pelanggaran Pilkada 2024 bagi masyarakat.',
    'Soal sanksi, Bawaslu menyerahkan sepenuhnya kepada KASN terkait Pilkada 2024.',
    'Sanksi yang diatur dalam UU Pilkada 2024 dinilai terlalu ringan oleh pengamat.',
    'Bawaslu hanya berwenang memberi rekomendasi, bukan sanksi, dalam Pilkada 2024.',
    'Tim kampanye calon yang merusak baliho pada Pilkada 2024 dikenai sanksi oleh Bawaslu.',
    'Bawaslu mengaku tidak bisa memberikan sanksi kepada ASN terkait Pilkada 2024.',
    'Aturan soal sanksi netralitas ASN pada Pilkada 2024 masih lemah.',
    'Partai politik yang memasang baliho di kantor pemerintah pada Pemilu 2024 akan dikenai sanksi.',
    'Pemilih yang merusak surat suara pada Pemilu 2024 bisa dipenjara.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([after_context(t, CONTEXT) for t in PENALTIES + NO_PENALTY], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_each_penalty_is_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], PENALTIES[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NO_PENALTY)), ids=[t[:48] for t in NO_PENALTY])
def test_no_penalty_on_civil_servants_is_no_sanction(analysed: list, k: int) -> None:
    """Forwarded, summoned, asked about, denied, or for candidates, parties and voters."""
    assert sentence_kinds(analysed[len(PENALTIES) + k], NO_PENALTY[k]) == set()
