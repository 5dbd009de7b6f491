"""Structures of Indonesian news that tie a name to an office: the title before the name with and without a comma,
the name before it ("<Name>, <Title>", "selaku", "sebagai", "yang juga", "yang (saat ini) menjabat (sebagai)", "yang
merupakan"), the office held by the name ("yang dijabat (oleh)"), named by "yakni", "yaitu" or "bernama", in brackets
either way, with the holder's age, after speech verbs and "Menurut", in "Hal itu disampaikan ...", in a speech
("sambutan"), a caption, a list of two officials, two offices joined by "sekaligus", "merangkap" or a title's two
forms by "atau", and acting posts. One sentence per structure and several titles each, so that a form once covered
stays covered: outlets the yardstick has not read write structures its read half lacks. Former holders ("mantan")
and candidates ("calon") name no official, as in the yardstick's gold."""

from __future__ import annotations

import pytest

# (sentence, holder as the gold writes it, institution)
STRUCTURES = [
    # Title Region, Name
    ('Bupati Purworejo, Agus Bastian, meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Ketua Bawaslu Kota Depok, Fathul Arif, mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Kepala BKPSDM Kabupaten Ciamis, Rinaldi Nugraha, mengatakan ASN wajib netral.',
     'Rinaldi Nugraha', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Ciamis'),
    # Name, Title Region,
    ('Agus Bastian, Bupati Purworejo, meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Fathul Arif, Ketua Bawaslu Kota Depok, mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Hendro Sasongko, Sekda Kabupaten Kebumen, meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    # selaku
    ('Agus Bastian selaku Bupati Purworejo meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Fathul Arif selaku Ketua Bawaslu Kota Depok mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Hendro Sasongko selaku Sekda Kabupaten Kebumen meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    # sebagai
    ('Agus Bastian sebagai Bupati Purworejo meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Dalam kesempatan itu, Fathul Arif sebagai Ketua Bawaslu Kota Depok mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Rudi Hartono sebagai Kepala Inspektorat Kabupaten Sragen meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    # yang juga
    ('Hendro Sasongko yang juga Sekda Kabupaten Kebumen meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Rudi Hartono, yang juga Kepala Inspektorat Kabupaten Sragen, meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Fathul Arif yang juga Ketua Bawaslu Kota Depok mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    # yang menjabat (sebagai)
    ('Hendro Sasongko yang menjabat Sekda Kabupaten Kebumen meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Rudi Hartono, yang menjabat sebagai Kepala Inspektorat Kabupaten Sragen, meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Fathul Arif yang menjabat sebagai Ketua Bawaslu Kota Depok mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # yang merupakan
    ('Hendro Sasongko yang merupakan Sekda Kabupaten Kebumen meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Rudi Hartono, yang merupakan Kepala Inspektorat Kabupaten Sragen, meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Fathul Arif yang merupakan Ketua Bawaslu Kota Depok mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # yang saat ini menjabat
    ('Hendro Sasongko yang saat ini menjabat Sekda Kabupaten Kebumen meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Rudi Hartono, yang saat ini menjabat sebagai Kepala Inspektorat Kabupaten Sragen, meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Fathul Arif yang kini menjabat Ketua Bawaslu Kota Depok mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # Title Region yang dijabat (oleh) Name
    ('Sekda Kabupaten Kebumen yang dijabat Hendro Sasongko meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Pj Bupati Purworejo yang dijabat oleh Agus Bastian meminta ASN netral.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Kepala Inspektorat Kabupaten Sragen yang kini dijabat Rudi Hartono meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    # Title, yakni/yaitu Name
    ('Imbauan itu disampaikan Sekda Kabupaten Kebumen, yakni Hendro Sasongko, kepada ASN.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Hadir pula Ketua Bawaslu Kota Depok, yaitu Fathul Arif, yang mengingatkan ASN netral.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Hadir Bupati Purworejo yakni Agus Bastian yang meminta ASN netral.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    # Title bernama Name
    ('Seorang Camat Kecamatan Bayan bernama Lalu Sapri diperiksa Bawaslu karena tidak netral.',
     'Lalu Sapri', 'Kecamatan Bayan'),
    ('Kepala Inspektorat Kabupaten Sragen bernama Rudi Hartono meminta ASN netral.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Lurah Mekarsari, yakni Dadang Kusnadi, mengikuti sosialisasi netralitas ASN.',
     'Dadang Kusnadi', 'Kelurahan Mekarsari'),
    ('Jabatan Kepala BKD Kabupaten Kebumen saat ini dijabat oleh Hendro Sasongko.',
     'Hendro Sasongko', 'Badan Kepegawaian Daerah Kabupaten Kebumen'),
    ('Ketua Bawaslu Kota Depok yang bernama Fathul Arif mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Hadir pula Wali Kota Tegal, yaitu Dedy Yon Supriyono, yang meminta ASN netral.',
     'Dedy Yon Supriyono', 'Pemerintah Kota Tegal'),
    # Name (Title)
    ('Hendro Sasongko (Sekda Kabupaten Kebumen) meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Fathul Arif (Ketua Bawaslu Kota Depok) mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Rapat dihadiri Agus Bastian (Bupati Purworejo) dan para camat.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    # Title (Name)
    ('Sekda Kabupaten Kebumen (Hendro Sasongko) meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Ketua Bawaslu Kota Depok (Fathul Arif) mengingatkan ASN netral.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    # Title Region Name (age)
    ('Kepala Desa Sukamaju, Kecamatan Cibadak, Asep Saepudin (52), dilaporkan ke Bawaslu.',
     'Asep Saepudin', 'Desa Sukamaju'),
    ('Camat Bayan, Lalu Sapri (48), diperiksa Bawaslu karena tidak netral.', 'Lalu Sapri', 'Kecamatan Bayan'),
    ('Kades Sukamaju, Asep Saepudin (52), dilaporkan ke Bawaslu.', 'Asep Saepudin', 'Desa Sukamaju'),
    ('Sekda Kabupaten Kebumen Hendro Sasongko (55) meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Camat Kecamatan Bayan Lalu Sapri (48) diperiksa Bawaslu.', 'Lalu Sapri', 'Kecamatan Bayan'),
    # speech verbs
    ('"ASN harus netral," kata Bupati Purworejo Agus Bastian.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('"ASN harus netral," ujar Ketua Bawaslu Kota Depok Fathul Arif.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('"ASN harus netral," ungkap Sekda Kabupaten Kebumen Hendro Sasongko.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('"ASN harus netral," jelas Kepala Inspektorat Kabupaten Sragen Rudi Hartono.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('"ASN harus netral," tegas Bupati Purworejo, Agus Bastian.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('"ASN harus netral," tutur Ketua Bawaslu Kota Depok, Fathul Arif.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('"ASN harus netral," terang Sekda Kabupaten Kebumen, Hendro Sasongko.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    # ujar Name, Title
    ('"ASN harus netral," ujar Agus Bastian, Bupati Purworejo.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('"ASN harus netral," kata Fathul Arif, Ketua Bawaslu Kota Depok.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('"ASN harus netral," tegas Rudi Hartono, Kepala Inspektorat Kabupaten Sragen, Senin.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    # later short mention
    ('Bupati Purworejo Agus Bastian membuka apel. "ASN harus netral," kata Agus.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    # Menurut Title, Name
    ('Menurut Ketua Bawaslu Kota Depok, Fathul Arif, ASN dilarang berkampanye.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Menurut Sekda Kabupaten Kebumen Hendro Sasongko, ASN dilarang berkampanye.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Menurut Rudi Hartono, Kepala Inspektorat Kabupaten Sragen, ASN dilarang berkampanye.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    # Hal itu disampaikan/diungkapkan
    ('Hal itu disampaikan Bupati Purworejo Agus Bastian saat apel pagi.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Hal itu diungkapkan Ketua Bawaslu Kota Depok, Fathul Arif, Senin.', 'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Hal tersebut ditegaskan Sekda Kabupaten Kebumen Hendro Sasongko di Kebumen.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Hal itu dikatakan oleh Kepala Inspektorat Kabupaten Sragen Rudi Hartono kepada wartawan.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Imbauan ini disampaikan oleh Ketua Bawaslu Kota Depok, Fathul Arif, dalam rapat.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # sambutan
    ('Dalam sambutannya, Bupati Purworejo Agus Bastian meminta ASN netral.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Sambutan Sekda Kabupaten Kebumen Hendro Sasongko menekankan netralitas ASN.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    # captions
    ('Bupati Purworejo Agus Bastian saat memimpin apel netralitas ASN.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Ketua Bawaslu Kota Depok Fathul Arif saat memberikan materi netralitas ASN.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    # lists
    ('Hadir Bupati Purworejo, Agus Bastian, dan Ketua Bawaslu Kota Depok, Fathul Arif.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Hadir Bupati Purworejo, Agus Bastian, dan Ketua Bawaslu Kota Depok, Fathul Arif.',
     'Fathul Arif', 'Bawaslu Kota Depok'),
    ('Hadir Sekda Kabupaten Kebumen, Hendro Sasongko, serta Kepala Inspektorat Kabupaten Sragen, Rudi Hartono.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Hadir Sekda Kabupaten Kebumen, Hendro Sasongko, serta Kepala Inspektorat Kabupaten Sragen, Rudi Hartono.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    # sekaligus / merangkap / atau
    ('Sekda Kabupaten Kebumen sekaligus Ketua Korpri Kebumen, Hendro Sasongko, meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Hendro Sasongko, Sekda Kabupaten Kebumen sekaligus Ketua Tim Netralitas ASN, meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Sekda Kabupaten Kebumen merangkap Plt Kepala BKD Kebumen, Hendro Sasongko, meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Kepala Bagian Hukum atau Kabag Hukum Setda Kabupaten Sragen, Rudi Hartono, meminta ASN netral.',
     'Rudi Hartono', 'Pemerintah Kabupaten Sragen'),
    ('Sekretaris Daerah atau Sekda Kabupaten Kebumen, Hendro Sasongko, meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Hendro Sasongko, Sekretaris Daerah atau Sekda Kabupaten Kebumen, meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Agus Bastian selaku Penjabat atau Pj Bupati Purworejo meminta ASN netral.',
     'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    # acting posts
    ('Plt Bupati Purworejo, Agus Bastian, meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Plh Sekda Kabupaten Kebumen Hendro Sasongko meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    ('Pj Bupati Purworejo Agus Bastian meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Pjs Bupati Purworejo, Agus Bastian, meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Agus Bastian selaku Pj Bupati Purworejo meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Hendro Sasongko, Plt Kepala BKD Kabupaten Kebumen, meminta ASN netral.',
     'Hendro Sasongko', 'Badan Kepegawaian Daerah Kabupaten Kebumen'),
    ('Penjabat Bupati Purworejo, Agus Bastian, meminta ASN netral.', 'Agus Bastian', 'Pemerintah Kabupaten Purworejo'),
    ('Pelaksana Tugas Sekda Kabupaten Kebumen Hendro Sasongko meminta ASN netral.',
     'Hendro Sasongko', 'Pemerintah Kabupaten Kebumen'),
    # more titles, national
    ('Menteri PANRB Abdullah Azwar Anas meminta ASN netral.',
     'Abdullah Azwar Anas', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'),
    ('Abdullah Azwar Anas selaku Menteri PANRB meminta ASN netral.',
     'Abdullah Azwar Anas', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'),
    ('Ketua KPU Kabupaten Bantul, Joko Santosa, mengingatkan ASN netral.',
     'Joko Santosa', 'Komisi Pemilihan Umum Kabupaten Bantul'),
    ('Joko Santosa yang juga Ketua KPU Kabupaten Bantul mengingatkan ASN netral.',
     'Joko Santosa', 'Komisi Pemilihan Umum Kabupaten Bantul'),
    ('Kapolres Klaten AKBP Wiwit Ari Wibisono meminta ASN netral.', 'Wiwit Ari Wibisono', 'Kepolisian Resor Klaten'),
    ('Wali Kota Tegal, Dedy Yon Supriyono, meminta ASN netral.', 'Dedy Yon Supriyono', 'Pemerintah Kota Tegal'),
    ('Dedy Yon Supriyono selaku Wali Kota Tegal meminta ASN netral.', 'Dedy Yon Supriyono', 'Pemerintah Kota Tegal'),
    ('Gubernur Jawa Tengah yang dijabat Nana Sudjana meminta ASN netral.',
     'Nana Sudjana', 'Pemerintah Provinsi Jawa Tengah'),
    ('Disampaikan Wali Kota Tegal Dedy Yon Supriyono, ASN harus netral.',
     'Dedy Yon Supriyono', 'Pemerintah Kota Tegal'),
    ('Dikatakan oleh Ketua KPU Kabupaten Bantul, Joko Santosa, ASN harus netral.',
     'Joko Santosa', 'Komisi Pemilihan Umum Kabupaten Bantul'),
    ('Demikian disampaikan Kepala Inspektorat Kabupaten Sragen Rudi Hartono.',
     'Rudi Hartono', 'Inspektorat Kabupaten Sragen'),
    ('Sementara itu, Wakil Bupati Purworejo, Yuli Hastuti, meminta ASN netral.',
     'Yuli Hastuti', 'Pemerintah Kabupaten Purworejo'),
    ('Yuli Hastuti yang saat ini menjabat sebagai Wakil Bupati Purworejo meminta ASN netral.',
     'Yuli Hastuti', 'Pemerintah Kabupaten Purworejo'),
]

# an office no longer held or only sought: no official of its institution
NOT_HELD = [
    ('Mantan Bupati Purworejo, Agus Bastian, hadir dalam acara itu.', 'Agus Bastian'),
    ('Agus Bastian, mantan Sekda Kabupaten Kebumen, hadir dalam acara itu.', 'Agus Bastian'),
    ('Calon Bupati Purworejo Agus Bastian mendatangi kantor KPU.', 'Agus Bastian'),
    ('Agus Bastian yang mencalonkan diri sebagai Bupati Purworejo hadir.', 'Agus Bastian'),
]


@pytest.mark.parametrize(("text", "name", "agency"), STRUCTURES, ids=[t[:50] for t, _, _ in STRUCTURES])
def test_structure_ties_name_to_office(run, text: str, name: str, agency: str) -> None:
    found = {o.name: o for o in run(text).officials}
    assert name in found, f"{name} not found: {list(found)}"
    assert found[name].agency == agency


@pytest.mark.parametrize(("text", "name"), NOT_HELD, ids=[t[:50] for t, _ in NOT_HELD])
def test_former_or_sought_office_names_no_official(run, text: str, name: str) -> None:
    assert name not in {o.name for o in run(text).officials}
