"""Probe list of penalties whose civil servants are named only in the sentence before: the threat or the penalty
comes one sentence after the report ("Jika terbukti, akan kami beri sanksi.", "Yang bersangkutan dijatuhi ...",
"Sanksinya tegas.", "Mereka terancam ..."), with a pronoun, "yang bersangkutan", "oknum tersebut", "pelanggar" or
no subject at all; a modal whose content is to bear the penalty ("harus siap menerima sanksi") threatens it and
asks no conduct. Penalties for candidates, campaign teams, parties, voters, vote buying by anyone and election
organisers stay none. Unseen outlets bring forms the annotated items lack; each form stays covered here. Sentences
are our own; all texts are analysed in one batch and only the second sentence's directives are checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

GARUT = "Dua ASN di Pemkab Garut kedapatan hadir di kampanye calon bupati pada Pilkada 2024."
GURU = "Seorang PNS di Dinas Pendidikan terekam berfoto dengan calon pada Pilkada 2024."
TEMUAN = "Bawaslu menemukan dua ASN ikut deklarasi calon pada Pilkada 2024."
TIM = "Tim kampanye pasangan calon memasang baliho di kantor desa pada Pilkada 2024."
CALON = "Calon bupati itu diduga membagikan uang kepada warga pada Pilkada 2024."
WARGA = "Warga Desa Sukamaju menerima amplop dari tim sukses calon pada Pilkada 2024."
KPPS = "Anggota KPPS di Desa Sukamaju terbukti mencoblos dua kali pada Pemilu 2024."
PARTAI = "Partai politik itu memasang alat peraga kampanye di sekolah pada Pemilu 2024."
CALEG = "Seorang caleg diduga berkampanye di tempat ibadah pada Pemilu 2024."

# (sentence naming whom, the next sentence, the kinds the next sentence must give)
FORMS: list[tuple[str, str, set[str]]] = [
    (GARUT, "Jika terbukti, akan kami beri sanksi.", {"sanction"}),
    (GARUT, "Mereka terancam sanksi disiplin.", {"sanction"}),
    (GARUT, "Keduanya terancam hukuman disiplin berat.", {"sanction"}),
    (GARUT, "Kini mereka menunggu sanksi dari Pj Bupati.", {"sanction"}),
    ("Seorang camat di Kabupaten Bogor terbukti berkampanye untuk calon pada Pilkada 2024.",
     "Yang bersangkutan dijatuhi sanksi disiplin sedang.", {"sanction"}),
    ("Seorang camat di Kabupaten Demak ikut deklarasi calon pada Pilkada 2024.",
     "Ia terancam sanksi pemberhentian.", {"sanction"}),
    ("Seorang lurah di Kota Medan ikut deklarasi calon pada Pilkada 2024.", "Lurah itu terancam dicopot.",
     {"sanction"}),
    ("Seorang guru honorer di Kabupaten Demak ikut deklarasi calon pada Pilkada 2024.",
     "Ia terancam diberhentikan.", {"sanction"}),
    ("Tiga pegawai PPPK di Kabupaten Demak ikut deklarasi calon pada Pilkada 2024.",
     "Ketiganya terancam sanksi disiplin.", {"sanction"}),
    ("Seorang kepala sekolah di Kabupaten Demak ikut deklarasi calon pada Pilkada 2024.",
     "Ia terancam dicopot dari jabatannya.", {"sanction"}),
    ("Seorang kepala dinas di Kabupaten Demak ikut deklarasi calon pada Pilkada 2024.", "Sanksi menanti.",
     {"sanction"}),
    ("Bagi ASN yang masih nekat berkampanye pada Pilkada 2024.", "Siap-siap disanksi.", {"sanction"}),
    ("Tiga PNS kedapatan memasang stiker calon pada Pilkada 2024.", "Bisa dikenai sanksi disiplin hingga pemecatan.",
     {"sanction"}),
    ("ASN yang terlibat kampanye pada Pemilu 2024 melanggar UU Pemilu.", "Ancaman hukumannya penjara satu tahun.",
     {"sanction"}),
    ("Oknum ASN itu terbukti mengunggah dukungan kepada calon pada Pilkada 2024.",
     "Hukuman disiplin berat menanti oknum tersebut.", {"sanction"}),
    (GURU, "Sanksi administratif menanti.", {"sanction"}),
    (GURU, "Ia bisa dijatuhi hukuman disiplin.", {"sanction"}),
    (GURU, "Dia terancam dipecat.", {"sanction"}),
    (GURU, "Pelanggar bisa dikenai sanksi berat.", {"sanction"}),
    (GURU, "Oknum tersebut akan dijatuhi sanksi.", {"sanction"}),
    (GURU, "Yang bersangkutan terancam diberhentikan dari jabatannya.", {"sanction"}),
    (GURU, "Akibatnya, yang bersangkutan dijatuhi hukuman penundaan kenaikan pangkat.", {"sanction"}),
    (GURU, "Sanksi tegas menanti yang bersangkutan.", {"sanction"}),
    (GURU, "Sanksinya bisa sampai pemecatan.", {"sanction"}),
    (GURU, "Ancaman sanksinya hingga pemberhentian tidak dengan hormat.", {"sanction"}),
    (GURU, "Hukumannya bisa berupa penurunan pangkat.", {"sanction"}),
    (GURU, "Sanksi disiplin sudah dijatuhkan.", {"sanction"}),
    (GURU, "Sanksi berupa teguran tertulis telah diberikan.", {"sanction"}),
    (GURU, "Kami akan menjatuhkan sanksi sesuai aturan.", {"sanction"}),
    (GURU, "Pasti akan kami tindak tegas.", {"sanction"}),
    (GURU, "Kalau terbukti, kami pecat.", {"sanction"}),
    (GURU, "Bila terbukti bersalah, sanksinya berat.", {"sanction"}),
    (GURU, "Tidak ada ampun, sanksi tegas akan diberikan.", {"sanction"}),
    (GURU, "Ancaman pidananya penjara paling lama satu tahun.", {"sanction"}),
    (GURU, "Yang bersangkutan bisa kena sanksi.", {"sanction"}),
    (GURU, "Mereka yang terbukti melanggar akan ditindak.", {"sanction"}),
    (GURU, "Sanksi berat menunggu.", {"sanction"}),
    (GURU, "Sanksi pun menanti.", {"sanction"}),
    (GURU, "Ia pun dijatuhi sanksi teguran.", {"sanction"}),
    (GURU, "Atas perbuatannya, ia dijatuhi hukuman disiplin.", {"sanction"}),
    (GURU, "Atas pelanggaran itu, yang bersangkutan diberi sanksi teguran lisan.", {"sanction"}),
    (GURU, "Ia juga terancam dicopot dari jabatan.", {"sanction"}),
    (GURU, "Ia dinonaktifkan dari jabatannya.", {"sanction"}),
    (GURU, "Yang bersangkutan sudah dicopot dari jabatannya.", {"sanction"}),
    (GURU, "Jabatannya terancam dicopot.", {"sanction"}),
    (GURU, "Ancaman sanksi pun membayangi.", {"sanction"}),
    (GURU, "Ia diganjar sanksi penundaan kenaikan gaji.", {"sanction"}),
    (GURU, "Ia kena sanksi.", {"sanction"}),
    (GURU, "Pegawai itu akan dikenai sanksi disiplin.", {"sanction"}),
    (GURU, "Kepala BKD memastikan sanksi akan dijatuhkan.", {"sanction"}),
    (GURU, "Bupati langsung menjatuhkan sanksi.", {"sanction"}),
    (GURU, "Pj Bupati berjanji akan menindak tegas.", {"sanction"}),
    (GURU, "Sanksi keras siap dijatuhkan.", {"sanction"}),
    (TEMUAN, "Keduanya terancam sanksi.", {"sanction"}),
    (TEMUAN, "Kasus ini diteruskan ke BKN dan mereka terancam sanksi.", {"sanction"}),
    (TEMUAN, "Sanksi untuk keduanya sedang diproses.", {"sanction"}),
    (TEMUAN, "Keduanya kini menjalani sanksi.", {"sanction"}),
    (TEMUAN, "Keduanya bakal disanksi.", {"sanction"}),
    (TEMUAN, "Hukuman berat siap menanti keduanya.", {"sanction"}),
    (TEMUAN, "Keduanya terancam dijatuhi hukuman disiplin berat.", {"sanction"}),
    (TEMUAN, "Tak tanggung-tanggung, keduanya bisa dipecat.", {"sanction"}),
    (TEMUAN, "Keduanya dikenai teguran tertulis.", {"sanction"}),
    (TEMUAN, "Keduanya diganjar pemotongan TPP.", {"sanction"}),
    (TEMUAN, "Pelakunya bisa dikenai sanksi.", {"sanction"}),
    # a pay cut or a demotion with the possessive of whom it strikes
    (GURU, "Gajinya dipotong selama tiga bulan.", {"sanction"}),
    (GURU, "Tunjangannya dipotong 25 persen.", {"sanction"}),
    (GURU, "Ia juga dipotong tunjangannya.", {"sanction"}),
    (TEMUAN, "Pangkatnya diturunkan satu tingkat.", {"sanction"}),
    (TEMUAN, "Keduanya akan dipotong tukinnya.", {"sanction"}),
    # a demotion by its loanword
    (TEMUAN, "Keduanya kena demosi.", {"sanction"}),
    (GURU, "Ia bisa didemosi.", {"sanction"}),
    # a modal whose content is to bear the penalty: a threat, no conduct asked
    (GURU, "Kini ia harus menanggung sanksi.", {"sanction"}),
    (TEMUAN, "Keduanya harus menanggung sanksi.", {"sanction"}),
    (TEMUAN, "Mereka wajib menerima sanksi.", {"sanction"}),
    (TEMUAN, "Mereka harus siap menerima sanksi.", {"sanction"}),
    (TEMUAN, "Keduanya harus rela dijatuhi hukuman disiplin.", {"sanction"}),
    ("Ia mengingatkan ASN agar tidak ikut kampanye pada Pilkada 2024.",
     "Yang melanggar harus siap dikenakan sanksi.", {"sanction"}),
    # no penalty given, or asked about
    (TEMUAN, "Namun keduanya tidak dikenai sanksi.", set()),
    (TEMUAN, "Hingga kini keduanya belum dijatuhi sanksi.", set()),
    (TEMUAN, "Apa sanksi bagi keduanya?", set()),
    # a penalty paper whose fate is told (`penalty_papers`: the read gold gives none of 6 such sentences a sanction)
    (TEMUAN, "Rekomendasi sanksi sudah dikirim ke KASN.", set()),
    # penalties for others than civil servants
    (TIM, "Jika terbukti, akan dikenai sanksi.", set()),
    (TIM, "Mereka terancam sanksi pidana.", set()),
    (TIM, "Sanksinya tegas.", set()),
    (TIM, "Pelanggar bisa dikenai sanksi.", set()),
    (CALON, "Ia terancam sanksi diskualifikasi.", set()),
    (CALON, "Ia terancam didiskualifikasi.", set()),
    (CALON, "Yang bersangkutan bisa dikenai sanksi administrasi.", set()),
    (CALON, "Sanksi pembatalan pencalonan menanti.", set()),
    (WARGA, "Pemberi dan penerima sama-sama bisa dipidana.", set()),
    (WARGA, "Ancaman hukumannya penjara paling lama enam tahun.", set()),
    (WARGA, "Mereka terancam pidana penjara.", set()),
    ("Siapa pun yang memberikan uang kepada pemilih pada Pilkada 2024 melanggar undang-undang.",
     "Ancaman hukumannya penjara tiga tahun.", set()),
    ("Pelaku politik uang pada Pilkada 2024 diancam pidana.", "Sanksinya penjara dan denda.", set()),
    (KPPS, "Mereka terancam sanksi pemberhentian.", set()),
    (KPPS, "Yang bersangkutan akan diberhentikan.", set()),
    (KPPS, "Sanksi tegas menanti.", set()),
    ("Petugas PPS di Kecamatan Cibinong tidak netral pada Pemilu 2024.", "Mereka akan dipecat oleh KPU.", set()),
    (PARTAI, "Sanksinya berupa penurunan alat peraga.", set()),
    (PARTAI, "Jika terbukti, akan dikenai sanksi administratif.", set()),
    (CALEG, "Ia terancam pidana kurungan.", set()),
    (CALEG, "Pelanggar bisa dijerat pidana.", set()),
    ("Kampanye pada Pilkada 2024 berlangsung damai di Kabupaten Garut.", "Sanksi berat menanti.", set()),
    ("Tim sukses calon wali kota merusak baliho lawan pada Pilkada 2024.", "Oknum tersebut terancam dipidana.", set()),
    ("Pemilih yang mencoblos lebih dari sekali pada Pemilu 2024 melanggar hukum.", "Mereka bisa dipenjara.", set()),
    ("Pasangan calon yang terlambat melaporkan dana kampanye Pilkada 2024 melanggar aturan.",
     "Sanksinya dibatalkan sebagai peserta.", set()),
    ("Penyelenggara pemilu yang tidak profesional pada Pemilu 2024 bisa diadukan ke DKPP.",
     "Sanksinya bisa berupa pemberhentian tetap.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([f"{first} {second}" for first, second, _ in FORMS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[second[:44] for _, second, _ in FORMS])
def test_a_penalty_after_the_sentence_naming_whom(analysed: list, k: int) -> None:
    _, second, kinds = FORMS[k]
    assert sentence_kinds(analysed[k], second) == kinds
