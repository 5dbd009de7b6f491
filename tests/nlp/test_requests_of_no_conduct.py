"""Request verbs that ask no conduct of civil servants, in the forms unseen outlets bring.

'meminta', 'mengingatkan', 'mengajak' and their passives also report a hearing ('dimintai klarifikasi'), an apology
or a plea ('minta maaf', 'minta ampun'), a thing asked for ('meminta KTP warga', 'meminta doa restu'), a fact or a
date recalled ('mengingatkan ancaman pidana bagi ASN', 'mengingatkan kembali jadwal pemungutan suara'), a request
named in a relative clause ('dokumen yang diminta Bawaslu'), or a request of the public, voters or a candidate's
supporters. The annotated items count none of these as an appeal (recalled
facts keep the kind of a cue inside them: 'ancaman pidana' is a sanction); requests of civil servants' own conduct
stay appeals.
"""

from __future__ import annotations

import pytest

NO_DIRECTIVE: list[str] = [
    # asked to testify or explain
    "Camat itu diminta keterangan oleh Bawaslu terkait dugaan keberpihakan pada Pilkada 2024.",
    "Dua ASN dimintai klarifikasi oleh Panwascam soal foto bersama calon pada Pilkada 2024.",
    "Bawaslu meminta penjelasan kepala dinas yang hadir di kampanye Pilkada 2024.",
    "Kepala sekolah itu dimintai keterangan terkait unggahannya menjelang Pilkada 2024.",
    "Bawaslu memanggil lurah tersebut untuk dimintai keterangan soal netralitas ASN pada Pilkada 2024.",
    "Pihaknya juga meminta klarifikasi dari ASN yang diduga berkampanye pada Pilkada 2024.",
    # apologies and pleas
    "ASN yang videonya viral itu meminta maaf atas ucapannya menjelang Pilkada 2024.",
    "Kepala desa itu pun minta maaf kepada publik setelah fotonya dengan calon tersebar jelang Pilkada 2024.",
    "Camat tersebut memohon maaf dan berjanji netral pada Pilkada 2024.",
    "Kepala desa itu minta ampun setelah tertangkap ikut kampanye Pilkada 2024.",
    "Kepala desa itu minta ampun karena tertekan mendukung calon pada Pilkada 2024.",
    # a thing, a blessing or a consent asked for
    "Oknum ASN itu diduga meminta KTP warga untuk mendukung calon pada Pilkada 2024.",
    "Oknum pegawai itu meminta fotokopi KTP warga untuk calon pada Pilkada 2024.",
    "Bawaslu meminta data ASN yang terlibat kampanye Pilkada 2024 kepada BKD.",
    "Pemkab meminta waktu untuk menindaklanjuti rekomendasi KASN pada Pilkada 2024.",
    "Pj Bupati meminta izin Mendagri untuk memutasi pejabat menjelang Pilkada 2024.",
    "Bawaslu meminta dokumen rekaman video kampanye Pilkada 2024 dari pelapor.",
    "Calon gubernur itu meminta doa restu para ulama menjelang Pilkada 2024.",
    "Pemkab meminta petunjuk KASN soal ASN yang mencalonkan diri pada Pilkada 2024.",
    "Bupati meminta persetujuan Mendagri untuk melantik pejabat menjelang Pilkada 2024.",
    "Ia meminta salinan surat edaran netralitas ASN dari BKD menjelang Pilkada 2024.",
    "Kepala dinas itu meminta bimbingan KASN tentang netralitas ASN menjelang Pilkada 2024.",
    "Sejumlah ASN didatangi tim sukses calon jelang Pilkada 2024. Tim itu meminta KTP mereka beserta nomor telepon.",
    ("Sejumlah ASN mengeluhkan tekanan untuk mendukung calon pada Pilkada 2024. "
     "\"Kami minta ampun, beban ini terlalu berat,\" kata seorang pegawai."),
    # a fact or a date recalled
    "Bawaslu mengingatkan tahapan kampanye Pilkada 2024 dimulai 25 September.",
    "Ketua KPU mengingatkan kembali jadwal pemungutan suara Pilkada 2024 pada 27 November.",
    "Ia mengingatkan masa tenang Pilkada 2024 berlangsung tiga hari.",
    "Dia mengingatkan aturan netralitas ASN pada Pilkada 2024 sudah jelas tertuang dalam undang-undang.",
    "Sekda mengingatkan, posisi ASN dalam Pilkada 2024 sudah diatur dengan tegas.",
    "Ia juga mengingatkan potensi pelanggaran netralitas ASN meningkat menjelang Pilkada 2024.",
    "Bawaslu mengingatkan terkait potensi diskualifikasi calon petahana pada Pilkada 2024.",
    "Pj Bupati mengingatkan kembali tanggal pencoblosan Pilkada 2024 jatuh pada 27 November.",
    "Bawaslu mengingatkan regulasi netralitas ASN pada Pilkada 2024 tidak berubah.",
    "Ia mengingatkan kinerja para camat selama Pilkada 2024 turut dipantau warga.",
    "Bupati mengingatkan risiko hukum yang mengintai ASN berpolitik praktis pada Pilkada 2024.",
    "Kapolres mengingatkan, ketentuan soal ASN di Pilkada 2024 sudah tertuang dalam undang-undang.",
    # requests of the public
    "Bawaslu meminta masyarakat melapor bila melihat ASN berkampanye pada Pilkada 2024.",
    "Ketua Bawaslu mengajak warga ikut mengawasi netralitas ASN pada Pilkada 2024.",
    "Kapolres meminta masyarakat tidak mudah terprovokasi selama Pilkada 2024.",
    "Masyarakat diminta aktif melaporkan pelanggaran netralitas ASN pada Pilkada 2024.",
    "Warga diingatkan untuk tidak menerima politik uang pada Pilkada 2024.",
    "Pemilih pemula diajak menggunakan hak pilihnya pada Pilkada 2024.",
    "Ketua RT dan RW diminta memantau pergerakan warga selama Pilkada 2024.",
    "Bawaslu meminta media massa ikut mengawasi tahapan Pilkada 2024.",
    "KPU diminta memperbaiki data pemilih sebelum Pilkada 2024.",
    "Bupati meminta KPU menyiapkan logistik Pilkada 2024 tepat waktu.",
    "Bupati meminta Satpol PP menertibkan alat peraga kampanye Pilkada 2024 di trotoar.",
    "TNI dan Polri diminta mendukung langkah Bawaslu mengawasi Pilkada 2024.",
    # a passive request in a relative clause: what or whom it was about
    "Pemkab sudah mengirim dokumen yang kemarin diminta oleh Bawaslu terkait netralitas ASN pada Pilkada 2024.",
    "Data ASN yang diminta KASN sudah diserahkan BKD menjelang Pilkada 2024.",
    "Berkas yang diminta Panwaslu soal ASN yang hadir di kampanye Pilkada 2024 belum lengkap.",
    "Surat balasan yang sudah diminta biro humas terkait netralitas ASN pada Pilkada 2024 dikirim hari ini.",
    "Pejabat eselon II yang ditugaskan sebagai Pjs Bupati dilantik Gubernur menjelang Pilkada 2024.",
    # a request refused
    "Permintaan itu ditolak Bawaslu karena tidak cukup bukti terkait Pilkada 2024.",
    # a candidate or a party of its supporters
    "Calon bupati itu meminta pendukungnya menjaga ketertiban selama Pilkada 2024.",
    "Ketua DPC partai meminta kader solid memenangkan pasangan calon pada Pilkada 2024.",
    "Paslon nomor urut 2 mengajak relawan mengawal suara pada Pilkada 2024.",
    "Bupati meminta para paslon dan pendukungnya menjaga kondusivitas selama Pilkada 2024.",
    "Calon wali kota itu mengingatkan tim suksesnya untuk tidak melakukan politik uang pada Pilkada 2024.",
]

# A penalty recalled keeps its own kind, but no one is asked anything.
RECALLED_PENALTY: list[str] = [
    "Ketua Bawaslu mengingatkan ancaman pidana bagi ASN yang berkampanye pada Pilkada 2024.",
    "Bupati mengingatkan sanksi bagi ASN yang tidak netral pada Pilkada 2024 diatur dalam PP 94 Tahun 2021.",
    "Sekda mengingatkan akan adanya sanksi berat bagi ASN yang berpihak pada Pilkada 2024.",
    "Dia mengingatkan kembali konsekuensi hukum bagi PNS yang ikut kampanye Pilkada 2024.",
]

ASKED: list[str] = [
    "Bupati meminta seluruh ASN menjaga netralitas pada Pilkada 2024.",
    "ASN diingatkan untuk tidak ikut kampanye pada Pilkada 2024.",
    "Bawaslu mengingatkan ASN agar tidak berfoto dengan calon pada Pilkada 2024.",
    "Pj Gubernur mengingatkan para camat dan lurah agar netral pada Pilkada 2024.",
    "ASN diminta tidak menyukai unggahan calon di media sosial pada Pilkada 2024.",
    "Kepala BKPSDM mengajak ASN menjauhi politik praktis pada Pilkada 2024.",
    "Bupati mengingatkan kembali seluruh ASN agar tidak memihak pada Pilkada 2024.",
    "Ia meminta pegawai honorer ikut menjaga netralitas pada Pilkada 2024.",
    "Wali kota meminta jajarannya bersikap netral pada Pilkada 2024.",
    "Bupati mengingatkan seluruh ASN agar memahami aturan netralitas pada Pilkada 2024.",
    "Sekda mengingatkan kepada ASN untuk mematuhi ketentuan netralitas pada Pilkada 2024.",
    "Yang diminta kepada ASN adalah menjaga netralitas pada Pilkada 2024.",
    "Justru yang diharapkan kepada ASN, tetap netral dan mengajak warga datang ke TPS pada Pilkada 2024.",
]


@pytest.mark.parametrize("text", NO_DIRECTIVE, ids=[t[:60] for t in NO_DIRECTIVE])
def test_requests_of_no_conduct_are_no_directive(run, text: str) -> None:
    assert not run(text).directives


@pytest.mark.parametrize("text", RECALLED_PENALTY, ids=[t[:60] for t in RECALLED_PENALTY])
def test_a_recalled_penalty_asks_nothing(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"sanction"}


@pytest.mark.parametrize("text", ASKED, ids=[t[:60] for t in ASKED])
def test_requests_of_civil_servants_conduct_stay_appeals(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"appeal"}
