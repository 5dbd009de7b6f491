"""Leave that is not leave for civil servants, and the leave the gold counts, in the forms unseen outlets write.

"bisa", "dapat", "boleh", "diizinkan" and "silakan" also tell what voters, candidates, parties and organisers may do,
what the public can report and where, what may happen, and what a civil servant risks ("dapat dilaporkan", "bisa
diberhentikan"); none of these is a permission for civil servants in the read half's gold. Leave to ask Bawaslu or
the personnel office for advice ("Jika ragu, silakan berkonsultasi dengan Bawaslu") is advice to ask: an appeal.
Leave granted to civil servants (bounded, only at the ballot, to stand on taking leave, paired with a ban) stays
one. Where only "no permission" is known, the other kinds are not checked. The stories are ours; all are analysed
in one batch.
"""

from __future__ import annotations

import pytest

P, B, A = "permission", "prohibition", "appeal"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
 # reporting channels for the public: none
 ("Masyarakat bisa melaporkan ASN yang tidak netral ke Bawaslu pada Pilkada 2024.", NO_LEAVE),
 ("Warga dapat melapor ke Panwascam bila melihat pegawai berkampanye pada Pilkada 2024.", NO_LEAVE),
 ("Siapa pun boleh melaporkan dugaan pelanggaran netralitas ASN ke Bawaslu pada Pilkada 2024.", NO_LEAVE),
 ("Masyarakat silakan melapor ke Bawaslu jika menemukan ASN tidak netral pada Pilkada 2024.", NO_LEAVE),
 ("Laporan soal ASN yang berpihak dapat disampaikan melalui aplikasi pengaduan pada Pilkada 2024.", NO_LEAVE),
 ("Pihak yang memegang bukti keberpihakan ASN bisa mengadu ke KASN pada Pilkada 2024.", NO_LEAVE),
 ("Publik dapat mengakses aplikasi pengaduan untuk melaporkan ASN pada Pilkada 2024.", NO_LEAVE),
 ("Warga dapat mengakses daftar pemilih tetap lewat laman KPU pada Pilkada 2024.", NO_LEAVE),
 # voters, candidates, organisers, heads of region
 ("Pemilih bisa mencoblos mulai pukul tujuh pagi di TPS pada Pilkada 2024.", NO_LEAVE),
 ("Pemilih yang pindah domisili dapat mengurus surat pindah memilih pada Pilkada 2024.", NO_LEAVE),
 ("Warga diperbolehkan membawa telepon genggam ke TPS pada Pilkada 2024.", NO_LEAVE),
 ("Pemilih penyandang disabilitas boleh didampingi keluarganya di bilik suara pada Pilkada 2024.", NO_LEAVE),
 ("Pasangan calon boleh berkampanye mulai 25 September pada Pilkada 2024.", NO_LEAVE),
 ("Para paslon diizinkan memiliki dua puluh akun media sosial untuk berkampanye pada Pilkada 2024.", NO_LEAVE),
 ("Partai politik diperbolehkan memasang alat peraga di titik yang ditentukan pada Pemilu 2024.", NO_LEAVE),
 ("Tim sukses boleh menggelar rapat umum di lapangan terbuka pada Pilkada 2024.", NO_LEAVE),
 # ... but a regional head's leave to campaign bound by leave from office is one in the gold (see
 # test_permission_recall_coverage.py)
 ("Kepala daerah boleh berkampanye asalkan mengambil cuti pada Pilkada 2024.", {P}),
 ("Presiden menyebut dirinya boleh berkampanye dan memihak dalam Pemilu 2024.", NO_LEAVE),
 ("Menteri yang maju sebagai calon legislatif diizinkan berkampanye dengan cuti pada Pemilu 2024.", NO_LEAVE),
 ("Perguruan tinggi diberi kebebasan menentukan sikap politiknya pada Pemilu 2024.", NO_LEAVE),
 ("Relawan boleh membantu KPU menyosialisasikan jadwal Pilkada 2024.", NO_LEAVE),
 ("Petugas KPPS dapat memulai penghitungan suara setelah TPS ditutup pada Pilkada 2024.", NO_LEAVE),
 ("Pengawas TPS bisa meminta salinan hasil penghitungan suara pada Pilkada 2024.", NO_LEAVE),
 ("Bawaslu dapat merekomendasikan pemungutan suara ulang pada Pilkada 2024.", NO_LEAVE),
 ("Kampanye boleh dilakukan di gedung pertemuan pada Pilkada 2024.", NO_LEAVE),
 # ability and possibility
 ("Netralitas ASN bisa terganggu oleh tekanan atasan pada Pilkada 2024.", NO_LEAVE),
 ("Pelanggaran netralitas ASN dapat terjadi di media sosial selama Pilkada 2024.", NO_LEAVE),
 ("Kami bisa memastikan seluruh ASN netral pada Pilkada 2024, kata Bupati.", NO_LEAVE),
 ("Jika Sekda berpihak, masyarakat bisa kehilangan kepercayaan pada Pilkada 2024.", NO_LEAVE),
 ("ASN dapat menjadi teladan bagi masyarakat selama Pilkada 2024 karena posisinya strategis.", NO_LEAVE),
 ("Yang boleh kita bedakan hanya kesetiaan kepada NKRI, kata Menteri pada Pilkada 2024.", NO_LEAVE),
 ("Kapan pun debat digelar, kita bisa menontonnya di televisi menjelang Pilkada 2024, kata warga.", NO_LEAVE),
 ("Data pemilih dapat dilihat di laman KPU pada Pilkada 2024.", NO_LEAVE),
 # penalties and reports against civil servants: no leave
 ("ASN yang berkampanye dapat dilaporkan ke Bawaslu pada Pilkada 2024.", NO_LEAVE),
 ("ASN bisa diberhentikan jika terbukti menjadi tim sukses pada Pilkada 2024.", NO_LEAVE),
 ("ASN yang tidak netral bisa dijatuhi hukuman disiplin berat pada Pilkada 2024.", NO_LEAVE),
 ("Tidak ada ASN yang boleh memihak pada Pilkada 2024.", {B}),
 # conditions and questions
 ("Jika ASN ingin mencalonkan diri, maka ia harus mengundurkan diri pada Pilkada 2024.", NO_LEAVE),
 ("Kalau ASN mau maju dalam Pilkada 2024, dia wajib mundur lebih dulu.", NO_LEAVE),
 ("Apakah ASN bisa dipecat karena ikut kampanye Pilkada 2024?", NO_LEAVE),
 ("Bisakah ASN mencalonkan diri pada Pilkada 2024?", NO_LEAVE),
 ("Bolehkah ASN berfoto dengan calon pada Pilkada 2024? Simak ulasannya.", NO_LEAVE),
 ("Apa saja yang boleh dilakukan ASN pada Pilkada 2024?", NO_LEAVE),
 # ASN invited to consult or report: appeal (gold), not leave
 ("Apabila ASN ragu dalam bertindak, silakan berkonsultasi dengan Bawaslu pada Pilkada 2024.", {A}),
 ("Jika ragu, ASN silahkan bertanya kepada BKD sebelum bertindak pada Pilkada 2024.", NO_LEAVE),
 # forms the gold counts as leave
 ("ASN hanya boleh menunjukkan pilihannya di bilik suara pada Pilkada 2024.", {P}),
 ("ASN dapat menghadiri kampanye sepanjang tidak memakai atribut pada Pilkada 2024.", {P}),
 ("Boleh saja ASN punya pilihan, asalkan disimpan dalam hati pada Pilkada 2024.", {P}),
 ("Ada gaya foto yang diperbolehkan bagi ASN, yaitu kepalan tangan, pada Pilkada 2024.", {P}),
 ("ASN tetap diperbolehkan memilih sesuai hati nurani, tetapi dilarang berkampanye pada Pilkada 2024.", {P, B}),
 ("ASN yang maju sebagai calon diizinkan mengambil cuti di luar tanggungan negara pada Pilkada 2024.", {P}),
 ("Mendagri mengizinkan ASN hadir di kampanye sebagai pendengar pada Pilkada 2024.", {P}),
 ("ASN tidak mengajak orang memilih calon, kalau dia sendiri memilih silakan, pada Pilkada 2024.", {P}),
 ("Bagi ASN, berbeda pilihan sah-sah saja pada Pilkada 2024 asalkan tidak ditunjukkan.", {P}),
 ("ASN dipersilakan mencoblos sesuai hati nurani di TPS pada Pilkada 2024.", {P}),
 ("Para pegawai tetap bisa menyalurkan hak suaranya di TPS pada Pilkada 2024.", {P}),
 ("ASN boleh hadir di kampanye hanya untuk mendengar visi misi pada Pilkada 2024.", {P}),
 ("ASN punya pilihan apa saja, silakan salurkan di bilik suara pada Pilkada 2024.", {P}),
 ("ASN tetap bisa memilih, walaupun tidak boleh berkampanye pada Pilkada 2024.", {P, B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every text of the list analysed in one batch, by text."""
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "kinds"), CASES, ids=[t[:60] for t, _ in CASES])
def test_leave_and_its_lookalikes(analysed: dict, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[text].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
