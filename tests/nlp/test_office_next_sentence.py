"""A name given bare in one sentence and its office in the sentence right after it: a definite description opening that
sentence ("Kepala BKD X itu menambahkan ...", "Menurut Inspektur X ini, ...", "Pria yang menjabat Kepala Dinas X itu
..."), or a copula about the person ("Ia merupakan Kepala BKD X."). Only the sentence right after one whose subject
(or speaker) is a bare name is looked at. No tie when the office is already held by a name of the story, when it is a
former one ("Mantan Sekda X itu"), when the office carries its own holder, when the name already has an office, or
when the office has no pointing word. Also two holderless offices taken by the names after "Kedua pejabat itu," in
the next sentence, and in one sentence "merangkap" after the name, "definitif" or "nonaktif" inside an office, and an
office's short form with its unit before "atau" and its full form; an office a quote reports something to ("ke
Mendagri") is not the quoted person's. The stories are ours; all are analysed in one batch; forms still missed are
strict expected failures."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN menjelang Pilkada 2024 terus diingatkan. "
BKD = "Badan Kepegawaian Daerah Kabupaten "
BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten "

MISSED = pytest.mark.xfail(strict=True, reason="form not covered yet")

# (story, holder as the gold writes it, institution)
TIED = [
    # a definite description opening the next sentence: "itu", "ini", "tersebut"
    (LEAD + 'Sugiono Hadi menegaskan ASN dilarang berkampanye. Kepala BKD Kabupaten Kendal itu menambahkan sanksi '
     'menanti.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Sugiono Hadi menegaskan ASN dilarang berkampanye. Kepala BKD Kabupaten Kendal ini juga meminta ASN '
     'melapor.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Sugiono Hadi menegaskan ASN dilarang berkampanye. Kepala BKD Kabupaten Kendal tersebut menambahkan '
     'sanksi menanti.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Fathul Arif mengingatkan ASN agar netral. Ketua Bawaslu Kota Depok itu meminta warga melapor.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    (LEAD + 'Fathul Arif mengingatkan ASN agar netral. Ketua Bawaslu Kota Depok ini mengaku sudah menerima laporan.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    (LEAD + 'Harda Kiswaya membuka apel netralitas. Sekda Kabupaten Sleman itu meminta ASN menjaga sikap.',
     'Harda Kiswaya', 'Pemerintah Kabupaten Sleman'),
    (LEAD + 'Harda Kiswaya membuka apel netralitas. Sekretaris Daerah Kabupaten Sleman itu meminta ASN menjaga '
     'sikap.', 'Harda Kiswaya', 'Pemerintah Kabupaten Sleman'),
    (LEAD + 'Dedi Mulyadi memaparkan sanksi bagi ASN. Inspektur Kabupaten Purwakarta itu meminta ASN berhati-hati.',
     'Dedi Mulyadi', 'Inspektorat Kabupaten Purwakarta'),
    (LEAD + 'Willi Sumarlin mengajak ASN menggunakan hak pilih. Ketua KPU Kota Depok itu menyebut logistik siap.',
     'Willi Sumarlin', 'Komisi Pemilihan Umum Kota Depok'),
    (LEAD + 'Bambang Sugiarto meminta guru tidak berkampanye. Kepala Dinas Pendidikan Kabupaten Purbalingga itu '
     'mengancam sanksi.', 'Bambang Sugiarto', 'Dinas Pendidikan Kabupaten Purbalingga'),
    (LEAD + 'Arif Sugiyanto meminta ASN netral. Bupati Kebumen itu menyebut sanksi menanti.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    (LEAD + 'Arif Sugiyanto meminta ASN netral. Pj Bupati Kebumen itu menyebut sanksi menanti.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    (LEAD + 'Sugiono Hadi menegaskan ASN dilarang berkampanye. Plt Kepala BKD Kabupaten Kendal itu menambahkan '
     'sanksi menanti.', 'Sugiono Hadi', BKD + 'Kendal'),
    # ... an office of a village or district, named with its place
    (LEAD + 'Asep Saepudin membantah tudingan itu. Kepala Desa Sukamaju itu mengaku hanya hadir.', 'Asep Saepudin',
     'Desa Sukamaju'),
    (LEAD + 'Asep Saepudin membantah tudingan itu. Menurut Camat Weleri tersebut, ia hanya hadir.', 'Asep Saepudin',
     'Kecamatan Weleri'),
    (LEAD + 'Budi Santoso membantah tudingan itu. Lurah Mekarsari ini mengaku hanya hadir.', 'Budi Santoso',
     'Kelurahan Mekarsari'),
    # ... after "Menurut", its sentence going on after a comma
    (LEAD + 'Rina Wati meminta ASN melapor. Menurut Kepala BKPSDM Kabupaten Kebumen itu, sanksi sudah disiapkan.',
     'Rina Wati', BKPSDM + 'Kebumen'),
    (LEAD + 'Rina Wati meminta ASN melapor. Menurut Ketua Bawaslu Kabupaten Kebumen ini, laporan akan diproses.',
     'Rina Wati', 'Bawaslu Kabupaten Kebumen'),
    # ... the speaker named after the quote or a passive verb in the sentence before
    (LEAD + '"ASN harus netral," kata Sugiono Hadi. Kepala BKD Kabupaten Kendal itu menambahkan sanksi menanti.',
     'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Hal itu disampaikan Sugiono Hadi di Kendal, Senin. Kepala BKD Kabupaten Kendal itu meminta ASN '
     'netral.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Penegasan tersebut diungkapkan Fathul Arif. Ketua Bawaslu Kota Depok itu meminta warga melapor.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # ... the name with honorifics and degrees, after a connective, or after the passive's "oleh"
    (LEAD + 'Drs. H. Sugiono Hadi, M.Si menegaskan ASN netral. Kepala BKD Kabupaten Kendal itu menambahkan sanksi '
     'menanti.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Sugiono Hadi SH menegaskan ASN netral. Kepala BKD Kabupaten Kendal itu menambahkan sanksi menanti.',
     'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Sementara itu, Fathul Arif mengingatkan ASN agar netral. Ketua Bawaslu Kota Depok itu meminta warga '
     'melapor.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    (LEAD + 'Hal itu ditegaskan oleh Fathul Arif. Ketua Bawaslu Kota Depok itu meminta warga melapor.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # the office as the capacity the pronoun acts in
    (LEAD + 'Sugiono Hadi menegaskan ASN netral. Sebagai Kepala BKD Kabupaten Kendal, ia meminta ASN melapor.',
     'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Fathul Arif mengingatkan ASN agar netral. Selaku Ketua Bawaslu Kota Depok, dia meminta warga melapor.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # a person who holds it, described: "pria/perempuan/sosok yang (juga) menjabat ... itu"
    (LEAD + 'Bambang Sugiarto mengingatkan guru agar netral. Pria yang menjabat Kepala Dinas Pendidikan Kabupaten '
     'Purbalingga itu meminta guru melapor.', 'Bambang Sugiarto', 'Dinas Pendidikan Kabupaten Purbalingga'),
    (LEAD + 'Bambang Sugiarto mengingatkan guru agar netral. Menurut pria yang menjabat sebagai Kepala Dinas '
     'Pendidikan Kabupaten Purbalingga itu, guru harus netral.', 'Bambang Sugiarto',
     'Dinas Pendidikan Kabupaten Purbalingga'),
    (LEAD + 'Siti Aminah meminta ASN netral. Wanita yang kini menjabat Ketua KPU Kabupaten Kendal itu meminta ASN '
     'menggunakan hak pilih.', 'Siti Aminah', 'Komisi Pemilihan Umum Kabupaten Kendal'),
    (LEAD + 'Siti Aminah meminta ASN netral. Perempuan yang saat ini menjabat sebagai Inspektur Kabupaten Kendal '
     'ini meminta ASN melapor.', 'Siti Aminah', 'Inspektorat Kabupaten Kendal'),
    (LEAD + 'Harda Kiswaya membuka apel netralitas. Sosok yang juga menjabat Sekda Kabupaten Sleman itu meminta ASN '
     'menjaga sikap.', 'Harda Kiswaya', 'Pemerintah Kabupaten Sleman'),
    (LEAD + 'Harda Kiswaya membuka apel netralitas. Pria yang merupakan Sekda Kabupaten Sleman itu meminta ASN '
     'menjaga sikap.', 'Harda Kiswaya', 'Pemerintah Kabupaten Sleman'),
    # a copula about the person in the sentence right after
    (LEAD + 'Hal itu disampaikan Sugiono Hadi. Ia merupakan Kepala BKD Kabupaten Kendal.', 'Sugiono Hadi',
     BKD + 'Kendal'),
    (LEAD + 'Sugiono Hadi meminta ASN netral. Ia adalah Kepala BKD Kabupaten Kendal.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Sugiono Hadi meminta ASN netral. Dia saat ini menjabat Kepala BKD Kabupaten Kendal.', 'Sugiono Hadi',
     BKD + 'Kendal'),
    (LEAD + 'Fathul Arif mengingatkan ASN agar netral. Ia kini menjabat sebagai Ketua Bawaslu Kota Depok.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    (LEAD + 'Fathul Arif mengingatkan ASN agar netral. Beliau merupakan Ketua Bawaslu Kota Depok.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    (LEAD + 'Dedi Mulyadi memaparkan sanksi bagi ASN. Ia juga merupakan Inspektur Kabupaten Purwakarta.',
     'Dedi Mulyadi', 'Inspektorat Kabupaten Purwakarta'),
    (LEAD + 'Dedi Mulyadi memaparkan sanksi bagi ASN. Dia menjabat sebagai Inspektur Kabupaten Purwakarta sejak '
     '2022.', 'Dedi Mulyadi', 'Inspektorat Kabupaten Purwakarta'),
    # a copula after the name in its own sentence
    (LEAD + 'Sugiono Hadi saat ini menjabat Kepala BKD Kabupaten Kendal. Ia meminta ASN netral.', 'Sugiono Hadi',
     BKD + 'Kendal'),
    (LEAD + 'Fathul Arif kini menjabat sebagai Ketua Bawaslu Kota Depok. Ia meminta ASN netral.', 'Fathul Arif',
     'Bawaslu Kota Depok'),
    # two offices named, then "kedua pejabat itu" / "keduanya" with both names in order
    (LEAD + 'Rapat menghadirkan Kepala BKD Kabupaten Kendal dan Inspektur Kabupaten Kendal. Kedua pejabat itu, '
     'Sugiono Hadi dan Rina Wati, meminta ASN netral.', 'Sugiono Hadi', BKD + 'Kendal'),
    (LEAD + 'Rapat menghadirkan Kepala BKD Kabupaten Kendal dan Inspektur Kabupaten Kendal. Kedua pejabat itu, '
     'Sugiono Hadi dan Rina Wati, meminta ASN netral.', 'Rina Wati', 'Inspektorat Kabupaten Kendal'),
    (LEAD + 'Bawaslu memanggil Kepala Dinas Sosial Kabupaten Kendal dan Kepala Dinas Pendidikan Kabupaten Kendal. '
     'Kedua pejabat tersebut, Bambang Sugiarto dan Siti Aminah, diminta klarifikasi.', 'Siti Aminah',
     'Dinas Pendidikan Kabupaten Kendal'),
    (LEAD + 'Bawaslu memanggil Kepala Dinas Sosial Kabupaten Kendal dan Kepala Dinas Pendidikan Kabupaten Kendal. '
     'Keduanya, Bambang Sugiarto dan Siti Aminah, diminta klarifikasi.', 'Bambang Sugiarto',
     'Dinas Sosial Kabupaten Kendal'),
    # the other office held besides, after the name: "merangkap"
    ('Hendra Gunawan merangkap Ketua Bawaslu Kabupaten Kendal meminta ASN netral.', 'Hendra Gunawan',
     'Bawaslu Kabupaten Kendal'),
    ('Budi Santoso, yang juga merangkap Kepala BKD Kabupaten Kendal, meminta ASN netral.', 'Budi Santoso',
     BKD + 'Kendal'),
    ('Budi Santoso yang merangkap Plt Inspektur Kabupaten Kendal meminta ASN netral.', 'Budi Santoso',
     'Inspektorat Kabupaten Kendal'),
    # holder and office in one sentence, other joins
    pytest.param('Sugiono, Kepala BKD Kabupaten Kendal sekaligus Ketua Korpri Kendal, meminta ASN netral.', 'Sugiono',
                 BKD + 'Kendal', marks=MISSED),
    # "definitif"/"nonaktif" between a regional title and its region, or after a village's or district's place
    ('Sekda definitif Kota Depok Supian Suri meminta ASN netral.', 'Supian Suri', 'Pemerintah Kota Depok'),
    ('Sekretaris Daerah definitif Kabupaten Kendal, Sugiono Hadi, meminta ASN netral.', 'Sugiono Hadi',
     'Pemerintah Kabupaten Kendal'),
    ('Bupati nonaktif Kebumen Arif Sugiyanto diperiksa Bawaslu.', 'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Camat Weleri nonaktif, Sugiono Hadi, diperiksa Bawaslu.', 'Sugiono Hadi', 'Kecamatan Weleri'),
    ('Camat Weleri nonaktif Sugiono Hadi diperiksa Bawaslu.', 'Sugiono Hadi', 'Kecamatan Weleri'),
    ('Lurah Mekarsari nonaktif, Budi Santoso, diperiksa Bawaslu.', 'Budi Santoso', 'Kelurahan Mekarsari'),
    # an office's short form with its unit, "atau", then its full form, after the name
    ('Sugiono Hadi, Kabag Pemerintahan atau Kepala Bagian Pemerintahan Setda Kabupaten Kendal, meminta ASN netral.',
     'Sugiono Hadi', 'Pemerintah Kabupaten Kendal'),
    ('Budi Santoso, Kasat Reskrim atau Kepala Satuan Reserse Kriminal Polres Kendal, meminta ASN netral.',
     'Budi Santoso', 'Kepolisian Resor Kendal'),
]

# (story, name that must get no office of that sentence, or no official at all: agency None)
UNTIED = [
    # "itu" pointing back to an office already held by a name of the story
    (LEAD + 'Bupati Kebumen Arif Sugiyanto membuka acara. Rina Wati memaparkan aturan. Bupati Kebumen itu lalu '
     'menegaskan sanksi.', 'Rina Wati', None),
    (LEAD + 'Kepala BKD Kabupaten Kendal Sugiono membuka rapat. Rina Wati memaparkan aturan. Kepala BKD Kabupaten '
     'Kendal itu lalu menegaskan sanksi.', 'Rina Wati', None),
    # the name already has an office: the next sentence's does not replace it
    (LEAD + 'Ketua Bawaslu Kota Depok Fathul Arif meminta ASN netral. Kepala BKD Kota Depok itu juga hadir.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # the office in the next sentence has its own holder
    (LEAD + 'Rina Wati memaparkan aturan. Kepala BKD Kabupaten Kendal Sugiono menambahkan sanksi menanti.',
     'Rina Wati', None),
    (LEAD + 'Rina Wati memaparkan aturan. Kepala BKD Kabupaten Kendal, Sugiono, menambahkan sanksi menanti.',
     'Rina Wati', None),
    # no pointing word: another person may speak
    (LEAD + 'Rina Wati memaparkan aturan. Kepala BKD Kabupaten Kendal menambahkan sanksi menanti.', 'Rina Wati', None),
    (LEAD + 'Rina Wati memaparkan aturan. Ia mengundang Kepala BKD Kabupaten Kendal.', 'Rina Wati', None),
    # former offices
    (LEAD + 'Rina Wati memaparkan aturan. Mantan Kepala BKD Kabupaten Kendal itu meminta ASN netral.',
     'Rina Wati', None),
    (LEAD + 'Rina Wati memaparkan aturan. Eks Inspektur Kabupaten Kendal ini meminta ASN netral.', 'Rina Wati', None),
    (LEAD + 'Rina Wati memaparkan aturan. Ia merupakan mantan Kepala BKD Kabupaten Kendal.', 'Rina Wati', None),
    (LEAD + 'Rina Wati memaparkan aturan. Pria yang pernah menjabat Kepala BKD Kabupaten Kendal itu meminta ASN '
     'netral.', 'Rina Wati', None),
    # the sentence before has no bare name as its subject, or the office is not right after it
    (LEAD + 'Bawaslu Kota Depok menggelar sosialisasi. Ketua Bawaslu Kota Depok itu meminta warga melapor.',
     'Depok', None),
    (LEAD + 'Rina Wati memaparkan aturan. Acara berlangsung tertib. Kepala BKD Kabupaten Kendal itu meminta ASN '
     'netral.', 'Rina Wati', None),
    # two offices, then "keduanya" without their names in that order, or names not listed right after it
    (LEAD + 'Rapat menghadirkan Kepala BKD Kabupaten Kendal dan Inspektur Kabupaten Kendal. Keduanya, bersama '
     'Sugiono Hadi dan Rina Wati, meminta ASN netral.', 'Sugiono Hadi', None),
    (LEAD + 'Rapat menghadirkan Kepala BKD Kabupaten Kendal dan Inspektur Kabupaten Kendal. Kedua pejabat itu '
     'meminta maaf. Sugiono Hadi dan Rina Wati hadir.', 'Rina Wati', None),
    # "merangkap" between two offices of one person, no name before it
    ('Sanksi dijatuhkan kepada Budi Santoso selaku Ketua merangkap Anggota KPU Kabupaten Kendal.', 'Ketua', None),
    # the capacity given to another name, or a name in the sentence before that is no subject
    (LEAD + 'Sugiono Hadi menegaskan ASN netral. Sebagai Kepala BKD Kabupaten Kendal, Rina Wati meminta ASN melapor.',
     'Sugiono Hadi', None),
    (LEAD + 'Sugiono Hadi, warga Weleri, melapor ke Bawaslu. Kepala Desa Sukamaju itu membantah.', 'Sugiono Hadi',
     None),
    # a village's office pointing back where no bare name opens the sentence before
    (LEAD + 'Para kepala desa diminta netral. Kepala Desa Sukamaju itu hadir bersama Asep Saepudin.',
     'Asep Saepudin', None),
    # "definitif" with no region after it: no office of a region
    ('Sekda definitif segera dilantik, kata Budi Santoso.', 'Budi Santoso', None),
    # a candidate is no official
    (LEAD + 'Rina Wati mendaftar ke KPU. Ia merupakan calon Bupati Kendal.', 'Rina Wati', None),
    # an office the quote reports something to is told, not speaking: the person quoted after it does not hold it
    ('"Laporan sudah saya sampaikan ke KASN dan ke Mendagri," kata Robby Ardi usai melapor.', 'Robby Ardi', None),
    (LEAD + '"Aduan warga kami teruskan kepada Kepala BKD Kabupaten Kendal," ujar Rina Wati.', 'Rina Wati', None),
    (LEAD + 'Laporan warga sudah diteruskan kepada Kepala BKD Kabupaten Kendal. "Kami menunggu hasilnya," ujar Rina '
     'Wati.', 'Rina Wati', None),
]


def _values(case) -> tuple:
    return case.values if hasattr(case, "values") else case


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every story of both lists analysed in one batch, by text."""
    texts = [_values(c)[0] for c in TIED] + [t for t, _, _ in UNTIED]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), TIED, ids=[f"{_values(c)[0][-50:]}|{_values(c)[1]}" for c in TIED])
def test_the_next_sentence_gives_the_holder_the_office(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found


@pytest.mark.parametrize(("text", "name", "agency"), UNTIED, ids=[f"{t[-50:]}|{n}" for t, n, _ in UNTIED])
def test_no_tie_without_a_bare_name_and_a_pointing_office(analysed: dict, text: str, name: str,
                                                          agency: str | None) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found
