"""Ties between a name and an office beyond the plain apposition: two offices joined by "sekaligus" or "merangkap",
a holder entrusted with the office ("yang (juga/kini) dipercaya sebagai/menjadi/menjabat", "didapuk sebagai"),
the relative clause after a comma ("Siti, yang kini ... menjabat"), an office's two names joined by "atau", words
after an office before its holder (a term, "definitif", "nonaktif", "yang baru (dilantik)"), and the name a
holder goes by ("Pj Bupati X yang biasa dipanggil Yuyun itu"). Former holders ("mantan", "eks") name no official, as
in the yardstick's gold. The stories are ours; all are analysed in one batch. Forms still missed are kept as
strict expected failures, so that the list shows them and a fix turns them into passes."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN menjelang Pilkada 2024 terus diingatkan. "
BKD_KENDAL = "Badan Kepegawaian Daerah Kabupaten Kendal"
BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten "
MISSED = pytest.mark.xfail(strict=True, reason="form not covered yet")

# (story, holder as the gold writes it, institution)
TIES = [
    # two offices joined by "sekaligus" / "merangkap": the first is the holder's
    ('Agus Salim, Sekda Kabupaten Kebumen merangkap Kepala BKPSDM Kebumen, meminta ASN netral.',
     'Agus Salim', 'Pemerintah Kabupaten Kebumen'),
    ('Rudi Hartono, Kepala Inspektorat Kabupaten Sragen sekaligus Plh Sekda Sragen, meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Fathul Arif, Ketua Bawaslu Kota Depok sekaligus Koordinator Divisi Pencegahan, mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Kepala BKPSDM Kabupaten Ciamis sekaligus Plt Kepala Dinas Pendidikan Ciamis Rinaldi Nugraha meminta ASN netral.',
     'Rinaldi Nugraha', BKPSDM + 'Ciamis'),
    ('Ketua Bawaslu Kabupaten Kendal sekaligus Koordinator Sentra Gakkumdu Hendra Gunawan mengingatkan ASN netral.',
     'Hendra Gunawan', 'Bawaslu Kabupaten Kendal'),
    ('Sekda Kabupaten Sleman sekaligus Ketua Korpri Sleman Harda Kiswaya meminta ASN netral.',
     'Harda Kiswaya', 'Pemerintah Kabupaten Sleman'),
    ('Hendro Sasongko merangkap Plt Kepala BKD Kabupaten Kebumen meminta ASN netral.',
     'Hendro Sasongko', 'Badan Kepegawaian Daerah Kabupaten Kebumen'),
    pytest.param('Winarti, Kepala BKD Kabupaten Purbalingga sekaligus Ketua Korpri Purbalingga, meminta ASN netral.',
                 'Winarti', 'Badan Kepegawaian Daerah Kabupaten Purbalingga', marks=MISSED),
    # held, entrusted, appointed: a relative clause after the name, with or without a comma
    ('Harda Kiswaya, yang juga menjabat Sekda Kabupaten Sleman, meminta ASN netral.',
     'Harda Kiswaya', 'Pemerintah Kabupaten Sleman'),
    ('Siti Aminah, yang saat ini menjabat Ketua KPU Kabupaten Kendal, mengingatkan ASN netral.',
     'Siti Aminah', 'Komisi Pemilihan Umum Kabupaten Kendal'),
    ('Dedi Mulyadi, yang dipercaya sebagai Inspektur Kabupaten Purwakarta, meminta ASN netral.',
     'Dedi Mulyadi', 'Inspektorat Kabupaten Purwakarta'),
    ('Dedi Mulyadi yang juga dipercaya sebagai Kepala BKPSDM Kabupaten Purwakarta meminta ASN netral.',
     'Dedi Mulyadi', BKPSDM + 'Purwakarta'),
    ('Siti Aminah, yang kini dipercaya menjadi Ketua Bawaslu Kabupaten Kendal, mengingatkan ASN netral.',
     'Siti Aminah', 'Bawaslu Kabupaten Kendal'),
    ('Rina Wati, yang dipercaya menjabat Kepala BKD Kabupaten Kendal, meminta ASN netral.', 'Rina Wati', BKD_KENDAL),
    ('Prof Rina Wati yang kini juga dipercaya menjabat Kepala BKD Kabupaten Kendal meminta ASN netral.',
     'Rina Wati', BKD_KENDAL),
    ('Rina Wati yang didapuk sebagai Ketua Bawaslu Kabupaten Kebumen meminta ASN netral.',
     'Rina Wati', 'Bawaslu Kabupaten Kebumen'),
    ('Bambang Sugiarto yang sehari-hari menjabat Kepala Dinas Sosial Kabupaten Purbalingga meminta ASN netral.',
     'Bambang Sugiarto', 'Dinas Sosial Kabupaten Purbalingga'),
    ('Bambang Sugiarto, yang diberi amanah sebagai Kepala BKD Kabupaten Purbalingga, meminta ASN netral.',
     'Bambang Sugiarto', 'Badan Kepegawaian Daerah Kabupaten Purbalingga'),
    ('Rina Wati yang ditunjuk sebagai Plt Kepala BKD Kabupaten Kendal meminta ASN netral.', 'Rina Wati', BKD_KENDAL),
    ('Rina Wati yang baru saja dilantik sebagai Kepala BKD Kabupaten Kendal meminta ASN netral.',
     'Rina Wati', BKD_KENDAL),
    ('Rina Wati yang resmi dilantik menjadi Kepala BKD Kabupaten Kendal meminta ASN netral.', 'Rina Wati', BKD_KENDAL),
    ('Pada Pilkada 2024, Wenny Lumentut, yang saat ini masih menjabat sebagai Wali Kota Tomohon, maju lagi.',
     'Wenny Lumentut', 'Pemerintah Kota Tomohon'),
    # an office's two names joined by "atau"
    ('Kabag Hukum atau Kepala Bagian Hukum Setda Kabupaten Kebumen, Budi Santoso, meminta ASN netral.',
     'Budi Santoso', 'Pemerintah Kabupaten Kebumen'),
    ('Rina Wati, Kadisdik atau Kepala Dinas Pendidikan Kabupaten Kebumen, meminta guru netral.',
     'Rina Wati', 'Dinas Pendidikan Kabupaten Kebumen'),
    ('Kepala Badan Kepegawaian Daerah atau BKD Kabupaten Kendal, Sugiono, meminta ASN netral.', 'Sugiono', BKD_KENDAL),
    ('Kaban Kesbangpol atau Kepala Badan Kesbangpol Kabupaten Kendal Sugiono meminta ASN netral.',
     'Sugiono', 'Badan Kesatuan Bangsa dan Politik Kabupaten Kendal'),
    ('Budi Santoso, Kabag Hukum atau Kepala Bagian Hukum Setda Kabupaten Kebumen, meminta ASN netral.',
     'Budi Santoso', 'Pemerintah Kabupaten Kebumen'),
    # words between the office and its holder: newly filled, for good, suspended, a term
    ('Bupati Kebumen yang baru dilantik, Arif Sugiyanto, meminta ASN netral.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Sekda Kabupaten Kendal yang baru dilantik, Sugiono, meminta ASN netral.',
     'Sugiono', 'Pemerintah Kabupaten Kendal'),
    ('Penjabat Bupati Kendal yang baru dilantik Sugiono meminta ASN netral.',
     'Sugiono', 'Pemerintah Kabupaten Kendal'),
    ('Kepala BKD Kabupaten Kendal yang baru dikukuhkan, Sugiono, meminta ASN netral.', 'Sugiono', BKD_KENDAL),
    ('Inspektur Kabupaten Kendal yang baru ditunjuk Sugiono meminta ASN netral.',
     'Sugiono', 'Inspektorat Kabupaten Kendal'),
    ('Ketua Bawaslu Kota Depok yang baru, Fathul Arif, mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Kepala BKD Kabupaten Kendal yang baru, yakni Sugiono, meminta ASN netral.', 'Sugiono', BKD_KENDAL),
    ('Sekda Kabupaten Kendal definitif, Sugiono, meminta ASN netral.', 'Sugiono', 'Pemerintah Kabupaten Kendal'),
    ('Bupati Kebumen nonaktif Arif Sugiyanto diperiksa Bawaslu.', 'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Bupati Kebumen (nonaktif) Arif Sugiyanto diperiksa Bawaslu.', 'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Bupati Kebumen periode 2021-2024 Arif Sugiyanto meminta ASN netral.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Ketua KPU Kota Depok masa jabatan 2023-2028, Willi Sumarlin, mengingatkan ASN netral.',
     'Willi Sumarlin', 'Komisi Pemilihan Umum Kota Depok'),
    ('Arif Sugiyanto, Bupati Kebumen periode 2021-2024, meminta ASN netral.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Sekda definitif Kabupaten Kendal Sugiono meminta ASN netral.', 'Sugiono', 'Pemerintah Kabupaten Kendal'),
    ('Kepala Desa Sukamaju nonaktif, Asep Saepudin, diperiksa Bawaslu.', 'Asep Saepudin', 'Desa Sukamaju'),
    # the name the holder goes by
    ('Bupati Kebumen Arif Sugiyanto yang akrab disapa Arif meminta ASN netral.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    ('Ketua Bawaslu Kota Depok, Fathul Arif, yang akrab disapa Bang Fathul, mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Sekda Kabupaten Kendal Sugiono atau yang akrab disapa Pak Gik meminta ASN netral.',
     'Sugiono', 'Pemerintah Kabupaten Kendal'),
    ('Menurut Pj Bupati Kendal yang biasa dipanggil Yuyun itu, ASN wajib netral.', 'Yuyun',
     'Pemerintah Kabupaten Kendal'),
    ('Ketua Bawaslu Kota Depok yang akrab disapa Fathul mengingatkan ASN netral.', 'Fathul', 'Bawaslu Kota Depok'),
    ('Kepala BKD Kabupaten Kendal, yang akrab disapa Pak Sugi, meminta ASN netral.', 'Sugi', BKD_KENDAL),
    ('Sugiono Hadi, Sekda Kabupaten Kendal yang akrab disapa Pak Gik, meminta ASN netral.',
     'Sugiono Hadi', 'Pemerintah Kabupaten Kendal'),
    # an office given in another sentence that points back to the name
    (LEAD + 'Kepala BKD Kabupaten Kendal, Sugiono, meminta ASN netral. Mantan Sekda Kendal itu menambahkan sanksi '
     'menanti.', 'Sugiono', BKD_KENDAL),
    (LEAD + 'Bupati Kebumen Arif Sugiyanto meminta ASN netral. Menurut Arif, sanksi menanti.',
     'Arif Sugiyanto', 'Pemerintah Kabupaten Kebumen'),
    (LEAD + 'Ahmad Yani menegaskan ASN dilarang berpolitik praktis. Kepala BKPSDM Kabupaten Kebumen itu '
     'menambahkan sanksi menanti.', 'Ahmad Yani', BKPSDM + 'Kebumen'),
    (LEAD + 'Ahmad Yani mengingatkan ASN netral. Menurut pria yang menjabat Kepala Dinas Pendidikan '
     'Kabupaten Kebumen itu, guru harus netral.', 'Ahmad Yani', 'Dinas Pendidikan Kabupaten Kebumen'),
    (LEAD + 'Rina Wati mengingatkan ASN netral. Perempuan yang menjabat Inspektur Kabupaten Kebumen itu '
     'meminta ASN melapor.', 'Rina Wati', 'Inspektorat Kabupaten Kebumen'),
    (LEAD + 'Hal itu disampaikan Rina Wati. Ia merupakan Kepala BKD Kabupaten Kebumen.',
     'Rina Wati', 'Badan Kepegawaian Daerah Kabupaten Kebumen'),
    (LEAD + 'Sosialisasi menghadirkan Kepala BKPSDM Kabupaten Kebumen dan Inspektur Kabupaten Kebumen. '
     'Kedua pejabat itu, Ahmad Yani dan Rina Wati, meminta ASN netral.', 'Ahmad Yani', BKPSDM + 'Kebumen'),
]

# a former office, a post held no more, or one only won: no official
NOT_HELD = [
    ('Eks Bupati Kebumen Arif Sugiyanto hadir dalam acara itu.', 'Arif Sugiyanto'),
    ('Mantan Sekda Kabupaten Kendal Sugiono hadir dalam acara itu.', 'Sugiono'),
    ('Eks Kepala BKD Kabupaten Kendal, Sugiono, hadir dalam acara itu.', 'Sugiono'),
    ('Sugiono, eks Camat Weleri, hadir dalam acara itu.', 'Sugiono'),
    ('Sugiono, Sekda Kabupaten Kendal yang akrab disapa Pak Gik, meminta ASN netral.', 'Gik'),
    (LEAD + 'Sugiono meminta ASN netral. Mantan Camat Weleri itu menambahkan sanksi menanti.', 'Sugiono'),
]


def _text(case) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every story of both lists analysed in one batch, by text."""
    texts = [_text(c) for c in TIES] + [t for t, _ in NOT_HELD]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), TIES, ids=[_text(c)[-60:] for c in TIES])
def test_tie_gives_the_holder_the_office(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found


@pytest.mark.parametrize(("text", "name"), NOT_HELD, ids=[t[-60:] for t, _ in NOT_HELD])
def test_former_office_names_no_official(analysed: dict, text: str, name: str) -> None:
    assert name not in {o.name for o in analysed[text].officials}
