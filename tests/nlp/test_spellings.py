"""Institutions as reporters spell them: misspellings, split short forms, old spellings, a level word in full.

Unseen outlets bring spellings of the same institutions that the annotated news lacks; each form here, one
sentence each, must resolve to the canonical name the gold annotations use.
"""

from __future__ import annotations

import pytest

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
DAGRI = "Kementerian Dalam Negeri"
BKN = "Badan Kepegawaian Negara"
BAWASLU = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"
KASN = "Komisi Aparatur Sipil Negara"
KESBANGPOLDAGRI_NTB = "Badan Kesatuan Bangsa dan Politik Dalam Negeri Provinsi Nusa Tenggara Barat"
FORMS = [
    # the civil-service ministry
    ("Edaran itu diterbitkan Kementrian PANRB pekan lalu.", PANRB),
    ("Kementrian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi mengirim surat ke daerah.", PANRB),
    ("Aturan baru disusun oleh Kemenpan RB bersama lembaga lain.", PANRB),
    ("Data pelanggaran dihimpun KemenPAN-RB sejak Januari.", PANRB),
    ("Surat edaran Kemenpan itu dibacakan di depan pegawai.", PANRB),
    ("Menpan menegaskan aturan itu berlaku bagi semua pegawai.", PANRB),
    ("Menpan-RB meminta pegawai menjaga sikap selama kampanye.", PANRB),
    ("Kemen PANRB sudah menyiapkan sanksi bagi pegawai yang melanggar.", PANRB),
    ("Pejabat Kemen PAN-RB hadir dalam rapat koordinasi itu.", PANRB),
    ("Rilis KemenpanRB menyebut jumlah laporan terus naik.", PANRB),
    ("Surat Kementerian PAN-RB diteruskan ke seluruh instansi.", PANRB),
    ("Kemenpan-RB menerima laporan dari berbagai daerah.", PANRB),
    ("Deputi Kementerian Pan RB memaparkan data pelanggaran.", PANRB),
    # the home ministry
    ("Kementrian Dalam Negeri mengirim tim ke daerah itu.", DAGRI),
    ("Kemendagri meminta penjabat kepala daerah bersikap netral.", DAGRI),
    ("Surat Kemdagri itu ditujukan kepada para sekretaris daerah.", DAGRI),
    ("Kemen Dagri menyiapkan pedoman bagi penjabat kepala daerah.", DAGRI),
    ("Kemendagri RI menggelar rapat dengan para penjabat.", DAGRI),
    # other ministries misspelt
    ("Kementrian Agama mengingatkan penyuluh agar tidak berpolitik.", "Kementerian Agama"),
    ("Kementrian Keuangan menyiapkan anggaran pengawasan.", "Kementerian Keuangan"),
    ("Kementrian Kesehatan meminta tenaga kesehatan menjaga sikap.", "Kementerian Kesehatan"),
    ("Kementrian Sosial mengingatkan pendamping program bantuan.", "Kementerian Sosial"),
    ("Kementrian Hukum dan HAM meminta pegawainya netral.", "Kementerian Hukum dan Hak Asasi Manusia"),
    ("Kementrian Komunikasi dan Informatika memantau konten di media sosial.",
     "Kementerian Komunikasi dan Informatika"),
    ("Kementrian Sekretariat Negara menerbitkan edaran serupa.", "Kementerian Sekretariat Negara"),
    ("Kementrian Pertanian meminta penyuluh tidak ikut kampanye.", "Kementerian Pertanian"),
    ("Kementrian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi mengingatkan pendamping desa.",
     "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
    ("Kementrian Ketenagakerjaan menerbitkan surat edaran.", "Kementerian Ketenagakerjaan"),
    ("Kementrian Perhubungan meminta pegawainya menjaga netralitas.", "Kementerian Perhubungan"),
    ("Kementrian Luar Negeri menyiapkan pemungutan suara di luar negeri.", "Kementerian Luar Negeri"),
    # civil service agency and commission
    ("BKN RI mencatat ratusan laporan pelanggaran.", BKN),
    ("Badan Kepegawaian Negara RI mengumumkan sanksi bagi pegawai itu.", BKN),
    ("Komisi ASN menerima laporan dari masyarakat.", KASN),
    ("KASN RI merekomendasikan sanksi bagi pegawai tersebut.", KASN),
    ("Komisi Aparatur Sipil Negara RI menindaklanjuti laporan itu.", KASN),
    # election supervisors
    ("Bawaslu RI menerima laporan dugaan pelanggaran.", BAWASLU),
    ("Bawaslu Republik Indonesia mencatat ratusan temuan.", BAWASLU),
    ("Badan Pengawas Pemilihan Umum Republik Indonesia merilis indeks kerawanan.", BAWASLU),
    ("Laporan itu sudah diterima Banwaslu dan sedang dikaji.", BAWASLU),
    ("Laporan itu sudah diterima Bawasalu dan sedang dikaji.", BAWASLU),
    ("Panwaslu Kecamatan Cibinong menerima laporan warga.", "Panwaslu Kecamatan Cibinong"),
    ("Panwascam Cibinong menemukan kepala desa ikut kampanye.", "Panwaslu Kecamatan Cibinong"),
    ("Panwaslucam Cibinong menemukan kepala desa ikut kampanye.", "Panwaslu Kecamatan Cibinong"),
    ("Pengawas Pemilu Kecamatan Cibinong menerima laporan warga.", "Panwaslu Kecamatan Cibinong"),
    # election commission
    ("KPU RI menetapkan jadwal kampanye.", KPU),
    ("Komisi Pemilihan Umum Republik Indonesia menetapkan jadwal kampanye.", KPU),
    ("KPUD Sleman menggelar sosialisasi bagi pemilih pemula.", "Komisi Pemilihan Umum Kabupaten Sleman"),
    ("KPUD Kota Bandung menggelar rapat pleno.", "Komisi Pemilihan Umum Kota Bandung"),
    # regional governments
    ("Pemprov Jawa Tengah mengingatkan pegawainya.", "Pemerintah Provinsi Jawa Tengah"),
    ("Pem prov Jawa Tengah mengingatkan pegawainya.", "Pemerintah Provinsi Jawa Tengah"),
    ("Pemerintah Propinsi Jawa Tengah mengingatkan pegawainya.", "Pemerintah Provinsi Jawa Tengah"),
    ("Pemkab Sleman mengeluarkan surat edaran.", "Pemerintah Kabupaten Sleman"),
    ("Pem kab Sleman mengeluarkan surat edaran.", "Pemerintah Kabupaten Sleman"),
    ("Pemerintahan Kabupaten Sleman mengeluarkan surat edaran.", "Pemerintah Kabupaten Sleman"),
    ("Pemkot Bandung mengeluarkan surat edaran.", "Pemerintah Kota Bandung"),
    ("Pemko Medan mengeluarkan surat edaran.", "Pemerintah Kota Medan"),
    ("Pem kot Bandung mengeluarkan surat edaran.", "Pemerintah Kota Bandung"),
    # police and prosecutors
    ("Polres Sleman menjaga gudang logistik.", "Kepolisian Resor Sleman"),
    ("Polresta Sidoarjo menyiagakan personel.", "Kepolisian Resor Kota Sidoarjo"),
    ("Polrestabes Medan menyiagakan personel.", "Kepolisian Resor Kota Medan"),
    ("Polres Metro Depok menyiagakan personel.", "Kepolisian Resor Metropolitan Depok"),
    ("Kejari Sleman ikut dalam sentra penegakan hukum terpadu.", "Kejaksaan Negeri Sleman"),
    ("Kejaksaan Negeri Sleman ikut dalam sentra penegakan hukum terpadu.", "Kejaksaan Negeri Sleman"),
    # regional parliament
    ("DPRD Provinsi Jawa Tengah menggelar rapat dengar pendapat.",
     "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah"),
    ("DPRD Propinsi Jawa Tengah menggelar rapat dengar pendapat.",
     "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah"),
    # regional offices
    ("Disdikbud Sleman mengingatkan guru agar netral.", "Dinas Pendidikan dan Kebudayaan Kabupaten Sleman"),
    ("BKPSDM Sleman mendata pegawai yang dilaporkan.",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sleman"),
    ("BKPSDMD Brebes mendata pegawai yang dilaporkan.",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Brebes"),
    ("BKPP Sleman mendata pegawai yang dilaporkan.", "Badan Kepegawaian, Pendidikan dan Pelatihan Kabupaten Sleman"),
    ("BKSDM Sleman mendata pegawai yang dilaporkan.",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sleman"),
    ("BKDD Majene mendata pegawai yang dilaporkan.", "Badan Kepegawaian dan Diklat Daerah Kabupaten Majene"),
    ("Kepala Badan Kepegawaian dan Diklat Daerah Kabupaten Majene membuka acara.",
     "Badan Kepegawaian dan Diklat Daerah Kabupaten Majene"),
    ("BKPPD Cianjur mendata pegawai yang dilaporkan.",
     "Badan Kepegawaian, Pendidikan dan Pelatihan Daerah Kabupaten Cianjur"),
    ("BKDPSDM Pacitan mendata pegawai yang dilaporkan.",
     "Badan Kepegawaian Daerah dan Pengembangan Sumber Daya Manusia Kabupaten Pacitan"),
    ("Kesbangpoldagri NTB menggelar sosialisasi netralitas.", KESBANGPOLDAGRI_NTB),
    ("Bakesbangpoldagri NTB menggelar sosialisasi netralitas.", KESBANGPOLDAGRI_NTB),
    ("Kepala Badan Kesatuan Bangsa dan Politik Dalam Negeri NTB membuka acara.", KESBANGPOLDAGRI_NTB),
    ("Kesbangpol Sleman menggelar sosialisasi netralitas.", "Badan Kesatuan Bangsa dan Politik Kabupaten Sleman"),
    ("Bakesbangpol Sleman menggelar sosialisasi netralitas.", "Badan Kesatuan Bangsa dan Politik Kabupaten Sleman"),
    ("Badan Kesbangpol Sleman menggelar sosialisasi netralitas.", "Badan Kesatuan Bangsa dan Politik Kabupaten Sleman"),
    ("Inspektorat Daerah Sleman memeriksa pegawai itu.", "Inspektorat Kabupaten Sleman"),
    ("Itda Sleman memeriksa pegawai itu.", "Inspektorat Kabupaten Sleman"),
    ("Sekretariat Daerah Sleman menggelar apel.", "Pemerintah Kabupaten Sleman"),
    ("Setda Sleman menggelar apel.", "Pemerintah Kabupaten Sleman"),
    ("Setdakab Sleman menggelar apel.", "Pemerintah Kabupaten Sleman"),
    ("Setdako Bandung menggelar apel.", "Pemerintah Kota Bandung"),
    ("Setdaprov Jawa Tengah menggelar apel.", "Pemerintah Provinsi Jawa Tengah"),
    ("DPMPTSP Sleman menggelar apel.", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Sleman"),
    ("Diskominfo Sleman menyebarkan imbauan netralitas.", "Dinas Komunikasi dan Informatika Kabupaten Sleman"),
    ("Diskominfotik Sleman menyebarkan imbauan netralitas.",
     "Dinas Komunikasi, Informatika dan Statistik Kabupaten Sleman"),
    ("Dinkominfo Sleman menyebarkan imbauan netralitas.", "Dinas Komunikasi dan Informatika Kabupaten Sleman"),
    ("Kominfo Kabupaten Sleman menyebarkan imbauan netralitas.", "Dinas Komunikasi dan Informatika Kabupaten Sleman"),
]


@pytest.mark.parametrize(("text", "agency"), FORMS, ids=[t[:44] for t, _ in FORMS])
def test_a_spelling_resolves_to_its_institution(run, text: str, agency: str) -> None:
    assert agency in {a.agency for a in run(text).agencies}


def test_the_ministry_by_its_short_name_alone_stays_the_ministry(run) -> None:
    found = {a.agency for a in run("Kominfo menerbitkan aturan baru soal konten kampanye.").agencies}
    assert found == {"Kementerian Komunikasi dan Informatika"}


def test_the_ministry_short_name_inside_a_regional_office_title_is_no_ministry(run) -> None:
    text = "Imbauan itu juga dibacakan Kadis Kominfo dan Statistik Provinsi Lampung di depan pegawai."
    assert "Kementerian Komunikasi dan Informatika" not in {a.agency for a in run(text).agencies}
