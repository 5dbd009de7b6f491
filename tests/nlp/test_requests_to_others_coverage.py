"""Request words that ask civil servants nothing about their conduct in the election, next to those that do.

'meminta', 'mengingatkan', 'mengimbau', 'imbauan' and 'berharap' also ask the public, voters, candidates, the press or
the election's organisers (their staff too, named in apposition: "jajarannya, yakni Bawaslu ..."); ask the civil
servants about a government's other business (budgets, revenue targets, disasters) in a sentence that names nothing of
the election, or about the pandemic's health rules where it names only the contest; report help to a candidate asked
of them; report a date, a past case or a request made in an earlier election; name an appeal as a thing ("Imbauan
tersebut disampaikan dalam rapat ..."); or, with a thing said before as the subject of a passive request ("Hal
tersebut kembali diingatkan ...", "Hal yang sama juga dihimbau oleh ..."), restate an appeal the story has told, as
does a cleft whose content is a pronoun for what was just said ("Itu yang mau saya ingatkan kepada seluruh ASN"). A
hope of what an activity or a step should achieve ("Kegiatan ini diharapkan dapat memperkuat pemahaman ASN") asks no
one. The annotated items count none of these; requests to civil servants, village heads and heads of offices about
their conduct stay appeals, and a request that an official punish civil servants is the penalty asked for. Two request
verbs joined ("mengimbau dan mengajak seluruh warga") ask whom the second names, and a hope after a condition put
first ("Jika ada ASN yang ..., warga diharapkan ...") asks whom its own clause names, the condition's civil servants
where it names no one ("Kalau ASN ingin kariernya aman, diharapkan tetap netral"). Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

# A story about civil servants, for requests that name only village heads or neighbourhood heads
CONTEXT = "Sosialisasi netralitas ASN digelar menjelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # requests to the public, voters, candidates, parties, media, organisers
    ("Ketua KPU meminta petugas KPPS bekerja jujur dan teliti pada Pilkada 2024.", set()),
    ("Bawaslu mengingatkan para peserta pemilu agar tidak memasang alat peraga di sekolah pada Pemilu 2024.", set()),
    ("Bupati berharap para pemilih datang ke TPS dengan gembira pada Pilkada 2024.", set()),
    ("Kapolda mengimbau para pendukung calon tidak melakukan konvoi usai Pilkada 2024.", set()),
    ("Bawaslu meminta wartawan ikut melaporkan pelanggaran kampanye pada Pemilu 2024.", set()),
    ("Sekda berharap insan pers menyajikan berita yang menyejukkan selama Pilkada 2024.", set()),
    ("Partai itu mengimbau simpatisannya menjaga ketertiban selama Pemilu 2024.", set()),
    ("Bupati mengingatkan panitia pemilihan kecamatan untuk menjaga integritas pada Pilkada 2024.", set()),
    ("Tokoh agama diimbau menyejukkan umat menjelang Pilkada 2024.", set()),
    ("Pemuda diajak menolak politik uang pada Pilkada 2024.", set()),
    ("Pemilih diingatkan membawa KTP elektronik ke TPS pada Pilkada 2024.", set()),
    # the staff of the election's organisers, named in apposition after the staff word
    ("Ketua KPU meminta jajarannya di daerah, yakni KPU provinsi dan kabupaten, untuk mencermati netralitas ASN pada "
     "Pilkada 2024.", set()),
    ("Kami minta jajaran kami (Bawaslu) di kecamatan cermat mengawasi netralitas ASN pada Pilkada 2024.", set()),
    ("Bupati meminta jajarannya, yakni para kepala OPD, untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Kepala dinas meminta jajarannya (ASN dan honorer) tetap netral pada Pilkada 2024.", {"appeal"}),
    # each of them named ("masing-masing"): still whom the request names
    (CONTEXT + "Ia juga meminta masing-masing paslon dan pendukungnya menjaga kondusivitas selama tahapan.", set()),
    (CONTEXT + "Diharapkan masing-masing partai menertibkan alat peraganya sebelum masa tenang.", set()),
    ("Bupati meminta masing-masing kepala OPD mengawasi netralitas ASN pada Pilkada 2024.", {"appeal"}),
    ("Diharapkan masing-masing ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    # a government's other business (budgets, revenue targets, taxes, disasters, attendance) after a story about the
    # election, with no word of the election in the request's sentence
    ("Bupati mengumpulkan ASN jelang Pilkada 2024. Ia juga meminta ASN meningkatkan serapan anggaran daerah.", set()),
    ("Wali kota bicara soal netralitas ASN jelang Pemilu 2024. Selain itu ia meminta OPD mempercepat penyaluran "
     "bantuan korban banjir.", set()),
    ("Gubernur membahas netralitas ASN pada Pilkada 2024. Ia turut mengingatkan untuk lebih berhati-hati mengelola "
     "keuangan daerah.", set()),
    ("Netralitas ASN dibahas dalam rapat jelang Pilkada 2024. Kepala dinas diminta mengejar target pendapatan asli "
     "daerah.", set()),
    ("Sekda menyoroti netralitas ASN pada Pilkada 2024. Ia juga mengingatkan pegawai agar memperbaiki absensi "
     "kehadiran di kantor.", set()),
    ("Bupati menyinggung netralitas ASN pada Pemilu 2024. Ia juga mengimbau pegawai menyederhanakan layanan "
     "perizinan.", set()),
    ("Bupati meminta ASN tidak memakai anggaran daerah untuk kampanye calon pada Pilkada 2024.", {"appeal"}),
    # the pandemic's health rules, the election named only as the contest they are kept at
    ("Wali kota meminta ASN selalu memakai masker dan menjaga jarak, termasuk saat Pilkada 2020.", set()),
    ("Gubernur mengimbau agar protokol kesehatan tetap ditegakkan karena Pilkada 2020 digelar di tengah pandemi.",
     set()),
    ("Bupati meminta ASN tetap netral dan mematuhi protokol kesehatan selama Pilkada 2020.", {"appeal"}),
    ("Sekda mengingatkan ASN agar tidak berkampanye meski sedang pandemi covid-19 jelang Pilkada 2020.", {"appeal"}),
    ("Pj Gubernur mengingatkan ASN mematuhi PP 94 Tahun 2021 tentang Disiplin PNS jelang Pilkada 2024.", {"appeal"}),
    ("Netralitas ASN dibahas jelang Pilkada 2024. Bupati juga meminta ASN menjaga target kinerja tanpa berpihak.",
     {"appeal"}),
    # help to a candidate asked of or offered by civil servants: campaigning reported, no request; asked not to help,
    # or to help the organisers, it stays an appeal
    ("Menurut Mendagri, ASN biasanya diminta tim sukses untuk membantu pasangan calon pada Pilkada 2024.", set()),
    ("Netralitas ASN disorot jelang Pilkada 2024. Sejumlah pegawai diajak membantu paslon membagikan sembako.", set()),
    ("Sekda menyoroti netralitas ASN jelang Pilkada 2024. Ada pegawai yang diminta menawarkan bantuan kepada calon "
     "tertentu.", set()),
    ("ASN diminta tidak membantu pasangan calon pada Pilkada 2024.", {"appeal"}),
    ("Bupati meminta ASN membantu KPU menyukseskan Pilkada 2024.", {"appeal"}),
    # ... so is a vote asked for a ballot number or an election contestant, past a noun that only looks like a verb
    ("Netralitas guru disorot jelang Pemilu 2024. Dalam rekaman itu seorang kepala bidang meminta para kepala "
     "sekolah memilih pasangan nomor urut 2.", set()),
    ("Netralitas ASN disorot jelang Pemilu 2024. Seorang camat mengajak para lurah untuk mencoblos no urut 1.", set()),
    ("Netralitas ASN disorot jelang Pilkada 2024. Kepala puskesmas itu meminta para pegawai medis untuk mendukung "
     "paslon tertentu.", set()),
    ("Netralitas ASN disorot jelang Pemilu 2024. Seorang kepala dinas mengajak stafnya untuk mendukung salah satu "
     "peserta pemilu.", set()),
    ("Bawaslu mengimbau ASN agar tidak mendukung peserta pemilu secara terbuka pada Pemilu 2024.", {"appeal"}),
    ("Bupati meminta ASN tidak mengajak warga memilih pasangan nomor urut tertentu pada Pilkada 2024.", {"appeal"}),
    ("Kepala dinas meminta para pegawai medis tetap netral dan melayani pasien pada Pilkada 2024.", {"appeal"}),
    # two request verbs joined, or one written twice, ask whom the second names: the public, or the civil servants
    ("Netralitas ASN disorot jelang Pilkada 2024. Wali kota mengimbau dan mengajak seluruh warga untuk mengawal "
     "pesta demokrasi dengan damai.", set()),
    ("Netralitas ASN disorot jelang Pilkada 2024. Bupati mengajak mengajak semua elemen masyarakat untuk menjaga "
     "ketertiban kampung.", set()),
    ("Bupati mengingatkan dan mengimbau seluruh ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("Bawaslu mengimbau dan mengajak para calon untuk tidak melibatkan ASN dalam kampanye Pilkada 2024.", {"appeal"}),
    ("Sekda meminta sekaligus mengingatkan para pegawai agar tidak memihak pada Pilkada 2024.", {"appeal"}),
    # a hope after a condition put first asks whom the main clause names, not the civil servants of the condition
    ("Netralitas ASN disorot jelang Pilkada 2024. Jika ada ASN yang memihak pasangan calon, warga diharapkan segera "
     "melapor ke Bawaslu.", set()),
    ("Netralitas ASN disorot jelang Pilkada 2024. Apabila menemukan ASN yang berkampanye, masyarakat diharapkan tidak "
     "main hakim sendiri.", set()),
    ("Kalau ada atasan yang mengajak berkampanye, para ASN diharapkan berani menolak pada Pilkada 2024.", {"appeal"}),
    ("Jika ada warga yang menawarkan uang, ASN diharapkan menolak dengan tegas pada Pilkada 2024.", {"appeal"}),
    # ... and with no one after the comma, the condition's civil servants are asked
    ("Kalau ASN ingin kariernya aman, diharapkan tetap netral.", {"appeal"}),
    ("Apabila pegawai ingin kariernya lancar, diminta menjauhi politik praktis pada Pilkada 2024.", {"appeal"}),
    # dates and schedules
    ("Bawaslu mengingatkan masa kampanye Pilkada 2024 berakhir pada 23 November.", set()),
    ("KPU mengingatkan pendaftaran calon Pilkada 2024 dibuka selama tiga hari.", set()),
    ("Ia mengingatkan bahwa hari pemungutan suara Pemilu 2024 tinggal sebulan lagi.", set()),
    # told as history
    ("Pada Pilkada 2018, Bupati yang saat itu menjabat sempat meminta dukungan kepala desa.", set()),
    ("Lima tahun lalu Bawaslu juga pernah meminta klarifikasi sejumlah camat pada Pilkada 2018.", set()),
    # requests from the public to officials: about civil servants (counted as the penalty asked) or not
    ("Warga meminta Bawaslu memperluas sosialisasi pengawasan Pilkada 2024 ke desa-desa.", set()),
    ("Masyarakat berharap Bawaslu bertindak cepat menangani laporan kecurangan Pilkada 2024.", set()),
    ("Aliansi mahasiswa meminta KPU transparan dalam rekapitulasi suara Pilkada 2024.", set()),
    ("Pelapor meminta Bawaslu menindak tegas ASN yang berkampanye pada Pilkada 2024.", {"sanction"}),
    # asked to testify, apologies
    ("Kepala desa itu dipanggil untuk diminta keterangannya oleh Panwascam terkait Pilkada 2024.", set()),
    ("Lurah itu menyampaikan permintaan maaf setelah hadir di acara calon pada Pilkada 2024.", set()),
    ("ASN tersebut akhirnya meminta maaf secara terbuka atas unggahannya soal Pilkada 2024.", set()),
    ("Permohonan maaf camat itu disampaikan lewat video jelang Pilkada 2024.", set()),
    # recalling a past event
    ("Bupati mengingatkan kembali peristiwa tahun lalu saat kantor KPU dibakar massa menjelang Pilkada 2024.", set()),
    ("Dia mengingatkan pengalaman Pemilu 2019 yang menelan korban petugas KPPS.", set()),
    # imbauan as a noun only mentioned
    ("Imbauan itu sudah disebar ke seluruh OPD jelang Pilkada 2024.", set()),
    ("Imbauan tersebut disampaikan dalam rapat koordinasi bersama camat menjelang Pilkada 2024.", set()),
    ("Himbauan ini merujuk pada SKB netralitas ASN untuk Pilkada 2024.", set()),
    ("Surat imbauan sudah kami layangkan ke seluruh kecamatan jelang Pilkada 2024.", set()),
    ("Imbauan serupa pernah dikeluarkan Bawaslu pada Pilkada 2020.", set()),
    ("Namun, imbauan tersebut diabaikan oleh seorang kepala sekolah pada Pilkada 2024.", set()),
    # a thing said before as the subject of a passive request: the appeal restated, or who repeated it
    ("Hal yang sama juga diimbau oleh Wakil Bupati menjelang Pilkada 2024.", set()),
    ("Hal tersebut kembali diingatkan dalam rapat koordinasi netralitas ASN jelang Pilkada 2024.", set()),
    ("Hal itu juga diminta Sekda dalam apel pagi jelang Pilkada 2024.", set()),
    ("Soal netralitas ASN pada Pilkada 2024, hal serupa sudah dihimbau Kepala BKD pekan lalu.", set()),
    ("Bupati meminta ASN netral pada Pilkada 2024. Hal ini pun kembali diingatkan Sekda dalam apel.", {"appeal"}),
    # a cleft whose content is a pronoun for what was just said restates that request
    ("Bupati meminta ASN netral pada Pilkada 2024. \"Itu yang mau saya ingatkan kepada seluruh ASN di Pemkab,\" "
     "ujarnya.", {"appeal"}),
    ("ASN jangan ikut kampanye Pilkada 2024. Inilah yang kami minta dari seluruh pegawai.", {"prohibition"}),
    ("Netralitas ASN pada Pilkada 2024 dibahas. \"Itulah yang ingin kami imbau kepada para camat,\" kata Sekda.",
     set()),
    ("Yang diminta kepada ASN adalah menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    # a hope of what an activity, a step or a body should achieve: no one asked
    ("Keberadaan satgas netralitas ASN ini diharapkan dapat mencegah pelanggaran pada Pilkada 2024.", set()),
    ("Kegiatan ini diharapkan dapat memperkuat pemahaman ASN tentang Pilkada 2024.", set()),
    ("Sosialisasi netralitas ASN tersebut diharapkan mampu menekan pelanggaran pada Pilkada 2024.", set()),
    ("Jelang Pilkada 2024, upaya pencegahan oleh BKPSDM diharapkan bisa menjaga netralitas ASN.", set()),
    ("Dengan kegiatan ini diharapkan ASN dapat netral pada Pilkada 2024.", {"appeal"}),
    ("Kegiatan ini penting, ASN diharapkan dapat menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    # a hope or a reminder about a quality, not asked of anyone
    ("Ia berharap sosialisasi netralitas ASN untuk Pilkada 2024 berlanjut tahun depan.", set()),
    ("Bawaslu mengingatkan potensi kerawanan di wilayah perbatasan pada Pilkada 2024.", set()),
    # the forms the annotated items count
    ("Bupati meminta para camat dan lurah untuk tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Sekda mengingatkan pegawai honorer agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    (CONTEXT + "Ketua Bawaslu mengimbau kepala desa dan perangkatnya menjaga netralitas pada Pilkada 2024.",
     {"appeal"}),
    ("Bupati berharap para kepala sekolah tidak membawa siswa ke kampanye pada Pilkada 2024.", {"appeal"}),
    ("Pj Wali Kota mengingatkan ASN untuk bijak bermedia sosial selama Pilkada 2024.", {"appeal"}),
    ("Kepala BKD meminta ASN melaporkan bila ada atasan yang mengarahkan dukungan pada Pilkada 2024.", {"appeal"}),
    ("Para kepala OPD diminta mengawasi netralitas bawahannya selama Pilkada 2024.", {"appeal"}),
    ("Imbauan agar ASN tidak ikut kampanye disampaikan Sekda kepada peserta apel jelang Pilkada 2024.", {"appeal"}),
    (CONTEXT + "Bupati mengimbau RT dan RW yang menerima insentif pemkab agar netral pada Pilkada 2024.", {"appeal"}),
    ("Menteri meminta ASN di lingkungan kementerian tidak memakai fasilitas kantor untuk kampanye Pemilu 2024.",
     {"appeal"}),
    ("Ia kembali mengingatkan para lurah untuk tidak terlibat tim sukses pada Pilkada 2024.", {"appeal"}),
    ("Pada Pilkada 2024 ini, Bupati meminta ASN fokus melayani masyarakat dan tidak berpolitik.", {"appeal"}),
    ("Warga berharap ASN di desanya tetap netral pada Pilkada 2024.", {"appeal"}),
    (CONTEXT + "Bupati menyampaikan imbauan agar para kepala desa tidak mengarahkan warganya pada Pilkada 2024.",
     {"appeal"}),
    ("Camat mengimbau para perangkat desa tidak menjadi tim sukses pada Pilkada 2024.", {"appeal"}),
    ("Bawaslu meminta Pj Bupati menindak ASN yang terbukti berkampanye pada Pilkada 2024.", {"sanction"}),
    ("Ia meminta kepala dinas mengingatkan stafnya agar tidak memihak pada Pilkada 2024.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_word_gives_a_directive_only_for_civil_servants_conduct(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
