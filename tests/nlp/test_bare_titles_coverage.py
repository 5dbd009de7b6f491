"""Probe list of officials written with a bare title, the region left to the story: its dateline ("PURWOREJO -
Bupati ...", "Kota Tegal - Sekda ..."), its headline, an earlier sentence, or only the place of its event; a
province story's governor, a national official visiting a region, national election bodies' holders wherever the
story is. Each story (our own words) names one official, who must be read with the institution the gold gives
such officials: the story's region's body, its province's for a governor, the national one for a national
holder. The probes are analysed in one batch."""

from __future__ import annotations

import pytest

PKAB = "Pemerintah Kabupaten {}"
PKOT = "Pemerintah Kota {}"
PPROV = "Pemerintah Provinsi {}"
BAWK = "Bawaslu Kabupaten {}"
BAW = "Badan Pengawas Pemilihan Umum"
KDN = "Kementerian Dalam Negeri"
BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {}"

# (story, the official named, the institution the official is read with)
FORMS = [
    # the regency in the dateline only
    ("PURWOREJO - Bupati Agus Setiawan mengimbau ASN menjaga netralitas dalam Pilkada 2024.",
     "Agus Setiawan", PKAB.format("Purworejo")),
    ("KLATEN, Kompas.com - Bupati Sri Handayani meminta pegawai tidak ikut berkampanye.",
     "Sri Handayani", PKAB.format("Klaten")),
    ("Grobogan (ANTARA) - Sekda Bambang Irawan meminta ASN tidak memihak dalam pemilu.",
     "Bambang Irawan", PKAB.format("Grobogan")),
    ("BLORA, suarablora.id - Wakil Bupati Heru Prasetyo mengingatkan ASN agar netral.",
     "Heru Prasetyo", PKAB.format("Blora")),
    ("Kudus - Sekretaris Daerah Rina Marlina menegaskan ASN dilarang berpolitik praktis.",
     "Rina Marlina", PKAB.format("Kudus")),
    ("MADIUN - Wali Kota Dedi Kurniawan mengingatkan ASN untuk menjaga netralitas.",
     "Dedi Kurniawan", PKOT.format("Madiun")),
    ("Kota Blitar - Walikota Hendro Susilo meminta ASN tidak terlibat politik praktis.",
     "Hendro Susilo", PKOT.format("Blitar")),
    ("SALATIGA, radarsalatiga.id - Pj Wali Kota Yuni Astuti mengimbau ASN netral.",
     "Yuni Astuti", PKOT.format("Salatiga")),
    ("PATI - Pj Bupati Hendra Wibowo menegaskan ASN wajib netral dalam Pilkada.", "Hendra Wibowo", PKAB.format("Pati")),
    ("Rembang - Plt Bupati Joko Susanto mengingatkan ASN tidak berpihak.", "Joko Susanto", PKAB.format("Rembang")),
    ("SRAGEN - Sekda Tatag Prabawanto menyebut ASN yang melanggar akan disanksi.",
     "Tatag Prabawanto", PKAB.format("Sragen")),
    ("Wonogiri, Solopos.com - Wabup Setyo Sukarno meminta ASN menjaga netralitas.",
     "Setyo Sukarno", PKAB.format("Wonogiri")),
    # the region in an earlier sentence or the event's place only
    ("Apel netralitas ASN digelar di halaman kantor Kabupaten Kebumen, Senin. Bupati Arif Rahman meminta ASN "
     "tidak memihak.",
     "Arif Rahman", PKAB.format("Kebumen")),
    ("Ratusan ASN di Kabupaten Magelang mengikuti deklarasi netralitas. Sekda Adi Waryanto mengingatkan "
     "sanksi bagi pelanggar.",
     "Adi Waryanto", PKAB.format("Magelang")),
    ("Deklarasi netralitas ASN digelar di Pendopo Kabupaten Temanggung. Dalam sambutannya, Bupati Hary "
     "Nugroho menegaskan ASN harus netral.",
     "Hary Nugroho", PKAB.format("Temanggung")),
    ("ASN di Kota Tegal diminta netral. Wali Kota Dedy Yon mengatakan ASN dilarang berkampanye.",
     "Dedy Yon", PKOT.format("Tegal")),
    ("Pemilu 2024 di Batang berjalan damai. Bupati Wihaji mengingatkan ASN tetap netral.",
     "Wihaji", PKAB.format("Batang")),
    ("Sosialisasi netralitas ASN di Kabupaten Sleman. Kepala BKPSDM Dedi Kurniadi menjelaskan larangan bagi ASN.",
     "Dedi Kurniadi", BKPSDM.format("Kabupaten Sleman")),
    ("ASN di Kabupaten Bantul diminta netral. Kepala BKD Sri Wahyuni menyebut ada sanksi bagi yang melanggar.",
     "Sri Wahyuni", "Badan Kepegawaian Daerah Kabupaten Bantul"),
    ("Bawaslu menemukan pelanggaran ASN di Kabupaten Jepara. Ketua Bawaslu Ahmad Fauzi mengatakan kasus itu "
     "diteruskan ke KASN.",
     "Ahmad Fauzi", BAWK.format("Jepara")),
    ("Pengawasan Pilkada di Kabupaten Demak diperketat. Ketua Bawaslu Nur Hidayat meminta ASN tidak ikut kampanye.",
     "Nur Hidayat", BAWK.format("Demak")),
    ("Kabupaten Boyolali menggelar apel ASN. Kepala Inspektorat Wahyu Hidayat mengingatkan ASN untuk netral.",
     "Wahyu Hidayat", "Inspektorat Kabupaten Boyolali"),
    # the headline names the region, the body the title bare
    ("Bupati Sukoharjo Ajak ASN Netral\n\nBupati Etik Suryani mengajak ASN menjaga netralitas dalam Pemilu 2024.",
     "Etik Suryani", PKAB.format("Sukoharjo")),
    ("ASN Kabupaten Karanganyar Diminta Netral\n\nSekda Timotius Suryadi meminta ASN tidak memihak pasangan calon.",
     "Timotius Suryadi", PKAB.format("Karanganyar")),
    # several mentions of the same region, one other place named once
    ("KENDAL - Bupati Dico Ganinduto meminta ASN Kendal netral. Ia mencontohkan kasus di Semarang. ASN Kendal "
     "diminta menjaga sikap.",
     "Dico Ganinduto", PKAB.format("Kendal")),
    ("BREBES - Pj Bupati Iwanuddin meminta ASN di Brebes netral, sebagaimana ASN di Tegal. Ia menyebut ASN "
     "Brebes harus menjadi contoh.",
     "Iwanuddin", PKAB.format("Brebes")),
    # a province story naming a regency; the governor bare
    ("SEMARANG - Gubernur Ganjar Pranowo meminta ASN di Jawa Tengah menjaga netralitas.",
     "Ganjar Pranowo", PPROV.format("Jawa Tengah")),
    ("Pj Gubernur Nana Sudjana meminta ASN Pemprov Jawa Tengah netral saat kunjungan ke Kabupaten Kendal.",
     "Nana Sudjana", PPROV.format("Jawa Tengah")),
    ("SURABAYA - Gubernur Khofifah Indar Parawansa mengingatkan ASN Jawa Timur agar netral.",
     "Khofifah Indar Parawansa", PPROV.format("Jawa Timur")),
    ("Pemprov Jawa Barat menggelar apel. Sekda Setiawan Wangsaatmaja mengingatkan ASN agar netral.",
     "Setiawan Wangsaatmaja", PPROV.format("Jawa Barat")),
    ("Pemprov Sumatera Utara menggelar apel netralitas di Medan. Wagub Musa Rajekshah meminta ASN tidak memihak.",
     "Musa Rajekshah", PPROV.format("Sumatera Utara")),
    # a national official visiting a region
    ("Mendagri Tito Karnavian berkunjung ke Kabupaten Banyumas. Ia meminta ASN di daerah menjaga netralitas.",
     "Tito Karnavian", KDN),
    ("BANYUMAS - Menteri Dalam Negeri Tito Karnavian meminta ASN netral. Bupati Achmad Husein menyambut kunjungan itu.",
     "Achmad Husein", PKAB.format("Banyumas")),
    ("Ketua Bawaslu Rahmat Bagja mengunjungi Kabupaten Garut. Ia mengingatkan ASN di Garut agar netral.",
     "Rahmat Bagja", BAW),
    ("GARUT - Ketua Bawaslu Rahmat Bagja menyebut ASN Garut paling banyak dilaporkan.", "Rahmat Bagja", BAW),
    ("Anggota Bawaslu Lolly Suhenty menghadiri rapat di Kota Bandung. Ia meminta ASN tidak memihak.",
     "Lolly Suhenty", BAW),
    ("Ketua Bawaslu Abhan berbicara di Semarang tentang netralitas ASN di Jawa Tengah.", "Abhan", BAW),
    ("Menteri PANRB Tjahjo Kumolo mengingatkan ASN di Kota Surakarta agar netral.",
     "Tjahjo Kumolo", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    # dateline forms
    ("BOJONEGORO, beritajatim.com - Bupati Anna Mu'awanah menegaskan ASN harus netral.",
     "Anna Mu'awanah", PKAB.format("Bojonegoro")),
    ("TUBAN | Pj Bupati Ferdinand Sitohang meminta ASN menjaga netralitas.",
     "Ferdinand Sitohang", PKAB.format("Tuban")),
    ("Lamongan, (suaralamongan) - Sekda Moh Nalikan meminta ASN tidak memihak.",
     "Moh Nalikan", PKAB.format("Lamongan")),
    ("NGANJUK – Wakil Bupati Marhaen Djumadi mengingatkan ASN soal netralitas.",
     "Marhaen Djumadi", PKAB.format("Nganjuk")),
    ("PONOROGO, Kamis (7/11/2024) - Bupati Sugiri Sancoko meminta ASN netral.",
     "Sugiri Sancoko", PKAB.format("Ponorogo")),
    # security and legal offices of the story's region, by short title
    ("Apel netralitas ASN di Kabupaten Purbalingga. Kapolres AKBP Hendri Yulianto meminta ASN tidak terlibat politik.",
     "Hendri Yulianto", "Kepolisian Resor Purbalingga"),
    ("Pengamanan Pilkada di Kabupaten Wonosobo. Kajari Agus Prasetyo mengingatkan ASN soal sanksi pidana.",
     "Agus Prasetyo", "Kejaksaan Negeri Wonosobo"),
    # office heads of the region
    ("ASN Kabupaten Banjarnegara diminta netral. Kepala BKPSDM Budi Rahardjo menjelaskan aturannya.",
     "Budi Rahardjo", BKPSDM.format("Kabupaten Banjarnegara")),
    ("KARANGANYAR - Kepala BKPSDM Sundoro Budi meminta ASN menjaga netralitas.",
     "Sundoro Budi", BKPSDM.format("Kabupaten Karanganyar")),
    ("CILACAP - Ketua Bawaslu Bagus Sudarmanto meminta ASN tidak ikut berkampanye.",
     "Bagus Sudarmanto", BAWK.format("Cilacap")),
    ("BATANG - Ketua KPU Fajar Nugroho mengajak ASN menggunakan hak pilih.",
     "Fajar Nugroho", "Komisi Pemilihan Umum Kabupaten Batang"),
    ("Kota Pekalongan - Kepala BKPSDM Hilmi Rinaldi menyebut ASN yang melanggar disanksi.",
     "Hilmi Rinaldi", BKPSDM.format("Kota Pekalongan")),
    ("PEMALANG - Kepala Inspektorat Sugiyanto menegaskan pemeriksaan ASN yang tidak netral.",
     "Sugiyanto", "Inspektorat Kabupaten Pemalang"),
    # title bare then region written out in the same sentence
    ("Bupati Ahmad Muhdlor Ali meminta ASN di lingkungan Pemkab Sidoarjo menjaga netralitas.",
     "Ahmad Muhdlor Ali", PKAB.format("Sidoarjo")),
    ("Sekda Andi Harun meminta seluruh ASN Kabupaten Gresik agar netral.", "Andi Harun", PKAB.format("Gresik")),
    # city stories
    ("DEPOK - Sekda Supian Suri mengingatkan ASN agar netral.", "Supian Suri", PKOT.format("Depok")),
    ("Kota Bekasi - Pj Wali Kota Raden Gani Muhamad meminta ASN menjaga netralitas.",
     "Raden Gani Muhamad", PKOT.format("Bekasi")),
    ("MALANG - Wawali Sofyan Edi mengatakan ASN harus netral dalam Pilkada.", "Sofyan Edi", PKOT.format("Malang")),
    # outside Java
    ("KENDARI - Sekda Asmawa Tosepu meminta ASN tidak terlibat politik praktis.",
     "Asmawa Tosepu", PKOT.format("Kendari")),
    ("Kabupaten Gowa menggelar apel. Bupati Adnan Purichta Ichsan meminta ASN netral.",
     "Adnan Purichta Ichsan", PKAB.format("Gowa")),
    ("SIAK - Wakil Bupati Husni Merza meminta ASN tidak memihak paslon.", "Husni Merza", PKAB.format("Siak")),
    ("MANOKWARI - Pj Sekda Hendri Kaisiepo mengingatkan ASN soal netralitas.",
     "Hendri Kaisiepo", PKAB.format("Manokwari")),
    ("LANGKAT - Kepala BKD Eko Santoso menyebut ASN yang tak netral akan diperiksa.",
     "Eko Santoso", "Badan Kepegawaian Daerah Kabupaten Langkat"),
    ("Pontianak - Wali Kota Edi Rusdi Kamtono meminta ASN netral.", "Edi Rusdi Kamtono", PKOT.format("Pontianak")),
    ("WONOSOBO - Kajari Agus Prasetyo mengingatkan ASN soal sanksi pidana pemilu.",
     "Agus Prasetyo", "Kejaksaan Negeri Wonosobo"),
    ("PURBALINGGA - Kapolres AKBP Hendri Yulianto meminta ASN tidak terlibat politik.",
     "Hendri Yulianto", "Kepolisian Resor Purbalingga"),
    ("BOYOLALI - Kepala Kesbangpol Wahyu Nugroho menyebut ASN wajib netral.",
     "Wahyu Nugroho", "Badan Kesatuan Bangsa dan Politik Kabupaten Boyolali"),
    ("Bawaslu RI mengawasi Pilkada di Kabupaten Garut. Anggota Bawaslu Puadi meminta ASN netral.", "Puadi", BAW),
    # the title bare, the region named by its level word only ("Kota X", a city sharing its name with a regency)
    ("Kota Tegal - Sekda Johardi meminta ASN menjaga netralitas dalam pilkada.", "Johardi", PKOT.format("Tegal")),
    ("Kota Magelang, Selasa - Kepala BKPSDM Dewi Astuti mengingatkan ASN agar tidak memihak.",
     "Dewi Astuti", BKPSDM.format("Kota Magelang")),
    ("ASN Kabupaten Tojo Unauna diminta netral. Sekda Sofyan Gani menegaskan larangan berkampanye.",
     "Sofyan Gani", PKAB.format("Tojo Una-Una")),
    # two regions compared, the title bare: the one named last before it, in its sentence or the one before
    ("Pemilu di Kendal dan Batang berjalan aman. Di Kendal, Bupati Dico Ganinduto meminta ASN netral. Di Batang, "
     "Bupati Wihaji meminta hal serupa.", "Dico Ganinduto", PKAB.format("Kendal")),
    ("Pemilu di Kendal dan Batang berjalan aman. Di Kendal, Bupati Dico Ganinduto meminta ASN netral. Di Batang, "
     "Bupati Wihaji meminta hal serupa.", "Wihaji", PKAB.format("Batang")),
    ("ASN di Klaten dan Boyolali diminta netral. Di Boyolali, Sekda Wiwis Trisiwi mengumpulkan kepala dinas.",
     "Wiwis Trisiwi", PKAB.format("Boyolali")),
    ("Apel digelar serentak di Kabupaten Pati dan Kabupaten Rembang. Dari Rembang, Pj Bupati Adi Santoso "
     "mengingatkan sanksi bagi ASN.", "Adi Santoso", PKAB.format("Rembang")),
    ("Kota Tegal dan Kota Pekalongan menggelar deklarasi netralitas. Di Kota Pekalongan, Wali Kota Afzan Arslan "
     "meminta ASN tidak memihak.", "Afzan Arslan", PKOT.format("Pekalongan")),
    ("Bawaslu memantau ASN di Sleman dan Bantul. Wakil Bupati Joko Purnomo dari Bantul meminta pegawai netral. "
     "Di Sleman, Bupati Kustini mengatakan hal yang sama.", "Kustini", PKAB.format("Sleman")),
    ("Netralitas ASN diawasi di Kabupaten Demak dan Kabupaten Kudus. Di Kudus, Sekda Revlisianto meminta ASN "
     "menjaga sikap.", "Revlisianto", PKAB.format("Kudus")),
    ("Kota Madiun dan Kabupaten Madiun menggelar apel bersama. Di kota, Wali Kota Maidi meminta ASN netral.",
     "Maidi", PKOT.format("Madiun")),
    ("ASN di Purbalingga dan Banjarnegara diminta netral. Di Banjarnegara, Pj Bupati Tri Harso meminta ASN "
     "tidak memihak.", "Tri Harso", PKAB.format("Banjarnegara")),
    ("Pilkada di Gowa dan Takalar berlangsung damai. Di Takalar, Bupati Syamsari Kitta mengingatkan ASN.",
     "Syamsari Kitta", PKAB.format("Takalar")),
    # a province's story naming one regency (where its event is): the head of a regional office bare is the
    # province's, as the province government is the story's
    ("SEMARANG - Pemprov Jawa Tengah menggelar apel di Kabupaten Demak. Kepala BKPSDM Dedi Santoso meminta ASN netral.",
     "Dedi Santoso", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Jawa Tengah"),
    ("Pemprov Jawa Timur menggelar sosialisasi di Kabupaten Sidoarjo. Kepala BKD Indah Wahyuni menjelaskan sanksinya.",
     "Indah Wahyuni", "Badan Kepegawaian Daerah Provinsi Jawa Timur"),
    ("Pemerintah Provinsi Banten menggelar apel di Kabupaten Serang. Inspektur Budi Hartono memeriksa laporan ASN.",
     "Budi Hartono", "Inspektorat Provinsi Banten"),
    ("SERANG - Pemprov Banten menggelar razia atribut di Kabupaten Lebak. Kasatpol PP Joko Susilo memimpin razia.",
     "Joko Susilo", "Satuan Polisi Pamong Praja Provinsi Banten"),
    ("MATARAM - Pemprov NTB menggelar deklarasi di Kabupaten Lombok Barat. Kepala Kesbangpol Ruslan Abdul Gani "
     "meminta ASN netral.", "Ruslan Abdul Gani", "Badan Kesatuan Bangsa dan Politik Provinsi Nusa Tenggara Barat"),
    ("Pemprov Sulawesi Selatan menggelar apel di Kabupaten Maros. Kepala Inspektorat Marwan Mansyur mengingatkan "
     "sanksi.", "Marwan Mansyur", "Inspektorat Provinsi Sulawesi Selatan"),
    ("KENDARI - Pemprov Sultra menggelar sosialisasi di Kabupaten Konawe. Kepala BKD Sukanto Toding menyebut "
     "ASN wajib netral.", "Sukanto Toding", "Badan Kepegawaian Daerah Provinsi Sulawesi Tenggara"),
    ("Pemprov Riau menggelar apel di Kabupaten Kampar. Kepala Dinas Pendidikan Edi Rusma meminta guru netral.",
     "Edi Rusma", "Dinas Pendidikan Provinsi Riau"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"),
                         [pytest.param(k, *f, id=f[0][:40]) for k, f in enumerate(FORMS)])
def test_a_bare_title_takes_the_institution_of_the_story(analysed: list, k: int, text: str, name: str,
                                                          agency: str) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert found.get(name) == agency
