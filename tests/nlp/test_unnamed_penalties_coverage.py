"""Probe list of penalties named without the word "sanksi", by family: removal from post, pay and rank, case
handling, criminal law, the end of a contract for PPPK and honorary staff, and village heads. Each is the gold's
majority reading on the read half where it holds such a form (a suspension by "skorsing", a charge "dikenakan pasal"
as a sanction); forms it splits (a suspect named, "tersangka"; a case "dilimpahkan"; "akan kita proses" alone; a
regional head's caretaker replaced) are left out. Penalties for candidates and vote buyers, closed cases and penalties
denied stay none. Unseen outlets bring forms the annotated items lack; each form stays covered here. Sentences are
our own; all texts are analysed in one batch. A village head is addressed in an article that addresses civil
servants, so sentences about village heads follow one that does, and only their own directives are checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import after_context, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN dan kepala desa agar netral pada Pilkada 2024."

PENALTIES: list[str] = [
    'Kepala sekolah yang berkampanye untuk calon pada Pilkada 2024 langsung dibebastugaskan oleh Dinas Pendidikan.',
    'ASN yang terbukti tidak netral pada Pilkada 2024 akan diberhentikan sementara dari jabatannya.',
    'Dua camat yang ikut deklarasi calon pada Pilkada 2024 sudah dinonaktifkan oleh Pj Bupati.',
    'Lurah yang memihak calon pada Pilkada 2024 bisa dicopot dari jabatannya.',
    'Pj Bupati mencopot sekretaris camat yang ikut kampanye calon pada Pilkada 2024.',
    'Kepala puskesmas itu dimutasi karena terbukti berpihak pada Pilkada 2024.',
    'ASN yang berkampanye pada Pilkada 2024 bisa dinonjobkan.',
    'Camat yang terbukti berkampanye pada Pilkada 2024 diberhentikan dari jabatannya.',
    'ASN itu dibebaskan dari jabatannya setelah terbukti berkampanye pada Pilkada 2024.',
    'ASN yang terbukti tidak netral pada Pilkada 2024 dijatuhi penundaan kenaikan gaji berkala selama setahun.',
    'PNS yang berkampanye pada Pemilu 2024 dikenai penundaan kenaikan pangkat selama satu tahun.',
    'Tunjangan ASN yang tidak netral pada Pilkada 2024 akan dipotong.',
    'TPP pegawai yang berkampanye pada Pilkada 2024 tidak akan dibayarkan.',
    'ASN yang memihak pada Pilkada 2024 akan dikenai pemotongan tambahan penghasilan pegawai.',
    'ASN yang melanggar netralitas pada Pilkada 2024 dijatuhi penurunan jabatan setingkat lebih rendah selama setahun.',
    'ASN itu dijatuhi pembebasan dari jabatan karena berkampanye pada Pilkada 2024.',
    'Seorang PNS di dinas itu diturunkan pangkatnya setelah terbukti berpihak pada Pilkada 2024.',
    'ASN yang tidak netral pada Pilkada 2024 bisa diturunkan jabatannya.',
    'ASN yang berkampanye pada Pilkada 2024 bisa kena potong TPP.',
    'Tukin ASN yang tidak netral pada Pilkada 2024 langsung dipotong 25 persen.',
    'ASN yang berkampanye pada Pilkada 2024 akan diproses sesuai aturan yang berlaku.',
    'ASN yang ketahuan berkampanye pada Pilkada 2024 akan diproses sesuai ketentuan.',
    'Pelanggaran netralitas ASN pada Pilkada 2024 akan diproses dengan tegas.',
    'Jika terbukti berkampanye pada Pilkada 2024, ASN itu akan diproses sesuai PP 94 Tahun 2021.',
    'ASN yang menggunakan fasilitas negara untuk kampanye Pilkada 2024 dapat dijerat Pasal 188 UU Pilkada.',
    'Kepala desa yang menguntungkan calon pada Pilkada 2024 terancam pidana penjara enam bulan.',
    'ASN yang terlibat kampanye Pemilu 2024 bisa dikenai pidana kurungan paling lama satu tahun.',
    'Kepala desa yang berpihak pada Pilkada 2024 bisa dipidana penjara paling lama enam bulan.',
    'Kepala desa yang terbukti berpihak pada Pilkada 2024 bisa dipenjara.',
    'Kepala desa itu divonis tiga bulan penjara karena menguntungkan calon pada Pilkada 2024.',
    'Kepala desa itu dijatuhi hukuman percobaan karena berkampanye pada Pilkada 2024.',
    'Lima kepala desa yang berkampanye untuk calon pada Pilkada 2024 dikenakan Pasal 188 UU Pilkada.',
    'Kepala desa yang berkampanye pada Pilkada 2024 diancam hukuman penjara.',
    'Kepala desa yang berkampanye pada Pilkada 2024 terancam dipenjara satu tahun.',
    'Tenaga honorer yang ikut kampanye pada Pilkada 2024 akan diputus kontraknya.',
    'Kontrak PPPK yang terbukti berkampanye pada Pilkada 2024 tidak akan diperpanjang.',
    'Pegawai non-ASN yang tidak netral pada Pilkada 2024 akan dirumahkan.',
    'Honorer yang berkampanye pada Pilkada 2024 terancam diberhentikan.',
    'Pegawai kontrak yang memihak calon pada Pilkada 2024 akan diputus hubungan kerjanya.',
    'PPPK yang tidak netral pada Pilkada 2024 bisa dikenai pemutusan hubungan perjanjian kerja.',
    'Tenaga honorer itu diberhentikan karena berkampanye untuk calon pada Pilkada 2024.',
    'Honorer yang berkampanye pada Pilkada 2024 akan dipecat.',
    'Tenaga honorer yang terbukti berkampanye pada Pilkada 2024 kontraknya diputus.',
    'Kepala desa yang berkampanye pada Pilkada 2024 bisa diberhentikan dari jabatan kepala desa.',
    'Kades yang memihak calon pada Pilkada 2024 terancam diberhentikan sementara oleh bupati.',
    'Kepala desa yang tidak netral pada Pilkada 2024 dapat dikenai sanksi administratif berupa teguran lisan.',
    'Bupati memberhentikan sementara kepala desa yang berkampanye pada Pilkada 2024.',
    'Perangkat desa yang berkampanye pada Pilkada 2024 bisa diberhentikan.',
    'Kepala desa yang ikut kampanye Pilkada 2024 akan dinonaktifkan.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dihukum mulai dari teguran lisan hingga pemecatan.',
    'Hukuman bagi ASN yang berkampanye pada Pilkada 2024 mulai dari teguran sampai pemberhentian.',
    'ASN yang tidak netral pada Pilkada 2024 bisa diskors.',
    'ASN yang berkampanye pada Pilkada 2024 terancam skorsing.',
    'ASN yang tidak netral pada Pilkada 2024 bisa didemosi hingga dipecat.',
    'ASN yang tidak netral pada Pilkada 2024 bisa diberhentikan dengan tidak hormat.',
    'ASN yang tidak netral pada Pilkada 2024 tidak akan dipromosikan.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dikeluarkan dari ASN.',
    'Seorang guru PNS dihukum karena mengunggah dukungan kepada calon pada Pilkada 2024.',
    'Satu ASN di Kabupaten Bogor sudah dijatuhi hukuman karena berkampanye pada Pilkada 2024.',
    'ASN yang tidak netral pada Pilkada 2024 akan ditegur secara tertulis.',
    'ASN yang tidak netral pada Pilkada 2024 akan diberi surat peringatan.',
    'ASN yang berkampanye pada Pilkada 2024 terancam dipindahtugaskan.',
    'Kepala dinas itu diberhentikan sementara karena ikut kampanye Pilkada 2024.',
]

NO_PENALTY: list[str] = [
    'Pemberi uang kepada pemilih pada Pilkada 2024 bisa dipidana penjara paling lama enam tahun.',
    'Siapa pun yang membagikan uang kepada pemilih pada Pemilu 2024 diancam pidana kurungan.',
    'Laporan terhadap camat yang hadir di kampanye Pilkada 2024 dihentikan karena tidak cukup bukti.',
    'Kasus kepala desa yang berfoto dengan calon pada Pilkada 2024 dihentikan oleh Gakkumdu.',
    'Camat itu tidak terbukti melanggar netralitas pada Pilkada 2024.',
    'Tim kampanye yang merusak baliho pada Pilkada 2024 dijerat pasal perusakan.',
    'Caleg yang membagikan sembako pada Pemilu 2024 ditetapkan sebagai tersangka.',
    'Pasangan calon yang terbukti melakukan politik uang pada Pilkada 2024 bisa didiskualifikasi.',
    'Kontrak kerja tenaga honorer di Kabupaten Bogor diperpanjang hingga akhir 2024.',
    'Kepala desa itu dipanggil Bawaslu untuk dimintai klarifikasi terkait Pilkada 2024.',
    'Pj Bupati melantik pejabat hasil mutasi setelah Pilkada 2024.',
    'Gaji ke-13 ASN di Kabupaten Garut akan dibayarkan menjelang Pilkada 2024.',
    'Video kampanye yang diunggah ASN itu sering dipotong sebelum Pilkada 2024.',
    'Pelaku politik uang pada Pilkada 2024 terancam hukuman penjara tiga tahun.',
    'Anggota KPPS yang berpihak pada Pemilu 2024 akan dipecat oleh KPU.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([after_context(t, CONTEXT) for t in PENALTIES + NO_PENALTY], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_each_penalty_without_sanksi_is_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], PENALTIES[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NO_PENALTY)), ids=[t[:48] for t in NO_PENALTY])
def test_no_penalty_on_civil_servants_is_no_sanction(analysed: list, k: int) -> None:
    """Candidates, vote buyers, organisers, closed cases, summons and ordinary pay or transfers."""
    assert sentence_kinds(analysed[len(PENALTIES) + k], NO_PENALTY[k]) == set()
