"""Officials written in series, two or more offices and their holders in one sentence, in the orders regional news
uses: each name before its office ("Budi, Kepala Dinas Sosial X, Rina, Kepala Bappeda X, ..."), each office before its
name ("Kepala Dinas Sosial X, Budi, Kepala Bappeda X, Rina"), offices in brackets after the names, "selaku", "serta",
lists after "antara lain" that mix the orders. Every holder gets its own office, none the next one's. One text per
form, in our own words, so that a form once covered stays covered."""

from __future__ import annotations

import pytest

OPENING = "Apel netralitas ASN jelang Pilkada 2024 digelar di halaman kantor bupati, Senin (7/10/2024). "

# (the series as a story prints it, each official's name and how its office begins)
SERIES = [
    # Name, Title, Name, Title: each name holds the office after it
    (OPENING + 'Hadir dalam apel itu Budi Santoso, Kepala Dinas Sosial Kabupaten Kebumen, Rina Wati, Kepala Bappeda '
     'Kabupaten Kebumen, dan Agus Salim, Kepala BKPSDM Kebumen.',
     {'Budi Santoso': 'Kepala Dinas Sosial', 'Rina Wati': 'Kepala Bappeda', 'Agus Salim': 'Kepala BKPSDM'}),
    (OPENING + 'Kegiatan dihadiri Teguh Prasetyo, Ketua Bawaslu Kota Semarang, Nanda Putri, Ketua KPU Kota Semarang, '
     'serta Joko Susilo, Kepala BKPP Kota Semarang.',
     {'Teguh Prasetyo': 'Ketua Bawaslu', 'Nanda Putri': 'Ketua KPU', 'Joko Susilo': 'Kepala BKPP'}),
    (OPENING + 'Tampak hadir Heru Wibisono, Kepala Dinas Pendidikan Kabupaten Kebumen, Rini Astuti, Kepala Bappeda '
     'Kabupaten Kebumen, Agus Salim, Kepala BKPSDM Kebumen, dan Dedi Mulyadi, Inspektur Kabupaten Kebumen.',
     {'Heru Wibisono': 'Kepala Dinas Pendidikan', 'Rini Astuti': 'Kepala Bappeda', 'Agus Salim': 'Kepala BKPSDM',
      'Dedi Mulyadi': 'Inspektur'}),
    (OPENING + 'Hadir pula Bambang Sugiarto, S.Sos, Kepala Dinas Sosial Kabupaten Purbalingga, Winarti, M.Si, Kepala '
     'Bappeda Kabupaten Purbalingga, serta Yusuf Hidayat, Inspektur Kabupaten Purbalingga.',
     {'Bambang Sugiarto': 'Kepala Dinas Sosial', 'Winarti': 'Kepala Bappeda', 'Yusuf Hidayat': 'Inspektur'}),
    (OPENING + 'Apel diikuti Slamet Raharjo, S.H., Kepala Dinas Kesehatan Kabupaten Wonogiri, Ani Rahayu, S.E., M.M., '
     'Kepala Bappeda Kabupaten Wonogiri, Fajar Nugroho, Kepala BKD Wonogiri, dan Eko Prasetyo, Camat Selogiri.',
     {'Slamet Raharjo': 'Kepala Dinas Kesehatan', 'Ani Rahayu': 'Kepala Bappeda', 'Fajar Nugroho': 'Kepala BKD',
      'Eko Prasetyo': 'Camat'}),
    (OPENING + 'Narasumber kegiatan ini Hendro Wibowo, Sekda Kabupaten Purworejo, dan Sri Lestari, Kepala Inspektorat '
     'Kabupaten Purworejo.',
     {'Hendro Wibowo': 'Sekda', 'Sri Lestari': 'Kepala Inspektorat'}),
    # Title, Name, Title, Name: each name holds the office before it
    (OPENING + 'Hadir dalam apel itu Kepala Dinas Sosial Kabupaten Kebumen, Budi Santoso, Kepala Bappeda Kabupaten '
     'Kebumen, Rina Wati, dan Kepala BKPSDM Kebumen, Agus Salim.',
     {'Budi Santoso': 'Kepala Dinas Sosial', 'Rina Wati': 'Kepala Bappeda', 'Agus Salim': 'Kepala BKPSDM'}),
    (OPENING + 'Turut hadir Penjabat Sekda Kota Kupang, B. C. D., Manafe, S.IP., M.Si., Ketua Bawaslu Kota Kupang, '
     'Yohanes Adi Nange, Ketua DPRD Kota Kupang, Yakob Loudoe, S.Sos., serta para camat.',
     {'Yohanes Adi Nange': 'Ketua Bawaslu', 'Yakob Loudoe': 'Ketua DPRD'}),
    # Title1 dan Title2, masing-masing/yakni/yaitu Name1 dan Name2: one name per office, in order
    (OPENING + 'Imbauan itu disampaikan Ketua Bawaslu Kabupaten Kendal dan Ketua KPU Kabupaten Kendal, masing-masing '
     'Hendra Gunawan dan Siti Aminah.',
     {'Hendra Gunawan': 'Ketua Bawaslu', 'Siti Aminah': 'Ketua KPU'}),
    (OPENING + 'Hadir Ketua Bawaslu Kabupaten Batang dan Ketua KPU Kabupaten Batang, yakni Hendra Saputra dan Rizki '
     'Amalia.',
     {'Hendra Saputra': 'Ketua Bawaslu', 'Rizki Amalia': 'Ketua KPU'}),
    (OPENING + 'Materi diberikan Kepala BKD Provinsi Jawa Tengah dan Inspektur Provinsi Jawa Tengah yaitu Wisnu '
     'Hartono dan Dyah Lukisari.',
     {'Wisnu Hartono': 'Kepala BKD', 'Dyah Lukisari': 'Inspektur'}),
    (OPENING + 'Dua narasumber, Ketua Bawaslu Kabupaten Tegal dan Kepala BKPSDM Kabupaten Tegal, masing-masing Agus '
     'Sunarto dan Rini Astuti, hadir di lokasi.',
     {'Agus Sunarto': 'Ketua Bawaslu', 'Rini Astuti': 'Kepala BKPSDM'}),
    # Name1 dan Name2, masing-masing (selaku) Title1 dan Title2
    (OPENING + 'Hendra Gunawan dan Siti Aminah, masing-masing Ketua Bawaslu Kabupaten Kendal dan Ketua KPU Kabupaten '
     'Kendal, meminta ASN netral.',
     {'Hendra Gunawan': 'Ketua Bawaslu', 'Siti Aminah': 'Ketua KPU'}),
    (OPENING + 'Materi disampaikan oleh Dwi Hartono dan Ani Suryani masing-masing selaku Kepala BKPSDM Kabupaten '
     'Sragen dan Inspektur Kabupaten Sragen.',
     {'Dwi Hartono': 'Kepala BKPSDM', 'Ani Suryani': 'Inspektur'}),
    (OPENING + 'Narasumber kegiatan, Dr. Yusuf Maulana, M.Si dan Lina Marlina, S.H., masing-masing sebagai Ketua KPU '
     'Kabupaten Garut dan Kepala Kesbangpol Kabupaten Garut.',
     {'Yusuf Maulana': 'Ketua KPU', 'Lina Marlina': 'Kepala Kesbangpol'}),
    # Title1 Name1 serta Title2 Name2
    (OPENING + 'Hadir Sekda Kabupaten Klaten Jaka Winarko serta Kepala BKPSDM Kabupaten Klaten Sri Purwanti.',
     {'Jaka Winarko': 'Sekda', 'Sri Purwanti': 'Kepala BKPSDM'}),
    # Name1 (Title1) dan Name2 (Title2)
    (OPENING + 'Pemateri sosialisasi adalah Agus Riyanto (Ketua Bawaslu Kabupaten Boyolali) dan Dewi Kartika (Kepala '
     'BKPSDM Kabupaten Boyolali).',
     {'Agus Riyanto': 'Ketua Bawaslu', 'Dewi Kartika': 'Kepala BKPSDM'}),
    (OPENING + 'Hadir Agus Riyanto (Ketua Bawaslu Kabupaten Boyolali), Dewi Kartika (Kepala BKPSDM Kabupaten '
     'Boyolali), serta Bambang Irawan (Inspektur Kabupaten Boyolali).',
     {'Agus Riyanto': 'Ketua Bawaslu', 'Dewi Kartika': 'Kepala BKPSDM', 'Bambang Irawan': 'Inspektur'}),
    # lists after "antara lain" mixing the orders
    (OPENING + 'Hadir pula sejumlah pejabat, antara lain Kepala Kesbangpol Kabupaten Demak Slamet Riyadi, Wahyu '
     'Nugroho, Kepala BKPP Kabupaten Demak, dan Inspektur Kabupaten Demak Tri Handayani.',
     {'Slamet Riyadi': 'Kepala Kesbangpol', 'Wahyu Nugroho': 'Kepala BKPP', 'Tri Handayani': 'Inspektur'}),
    (OPENING + 'Pejabat yang hadir antara lain Wahyu Nugroho, Kepala BKPP Kabupaten Demak, Kepala Kesbangpol '
     'Kabupaten Demak Slamet Riyadi, serta Tri Handayani selaku Inspektur Kabupaten Demak.',
     {'Slamet Riyadi': 'Kepala Kesbangpol', 'Wahyu Nugroho': 'Kepala BKPP', 'Tri Handayani': 'Inspektur'}),
    (OPENING + 'Turut hadir, Plt Kepala BKN Drs. Haryomo Dwi Putranto, M.Hum, Brigjen Pol Boy Rando, S.IK, M.Si '
     'Wakil Direktur Tipidum Polri, Plt Deputi Bidang SDM Aparatur Kemenpan-RB, Aba Subagja S.Sos, M.AP, Sekretaris '
     'Jenderal Kementerian Dalam Negeri Dr. Suhajar Diantoro M.Si.',
     {'Haryomo Dwi Putranto': 'Plt Kepala BKN', 'Boy Rando': 'Wakil Direktur', 'Aba Subagja': 'Plt Deputi',
      'Suhajar Diantoro': 'Sekretaris Jenderal'}),
    (OPENING + 'Hadir antara lain Agus Riyanto (Ketua Bawaslu Kabupaten Boyolali), Kepala BKPSDM Kabupaten Boyolali '
     'Dewi Kartika, dan Bambang Irawan, Inspektur Kabupaten Boyolali.',
     {'Agus Riyanto': 'Ketua Bawaslu', 'Dewi Kartika': 'Kepala BKPSDM', 'Bambang Irawan': 'Inspektur'}),
    (OPENING + 'Di antaranya Sekda Kabupaten Kudus, Revlisianto Subekti, Catur Sulistiyanto (Kepala Bappeda Kabupaten '
     'Kudus), serta Inspektur Kabupaten Kudus Didik Tri Prasetyo.',
     {'Revlisianto Subekti': 'Sekda', 'Catur Sulistiyanto': 'Kepala Bappeda', 'Didik Tri Prasetyo': 'Inspektur'}),
    (OPENING + 'Hadir Budi Santoso, Kepala Dinas Sosial Kabupaten Kebumen, dan Rina Wati selaku Kepala Bappeda '
     'Kabupaten Kebumen.',
     {'Budi Santoso': 'Kepala Dinas Sosial', 'Rina Wati': 'Kepala Bappeda'}),
    (OPENING + 'Sosialisasi menghadirkan Rahmat Hidayat, Anggota Bawaslu Kabupaten Cilacap, dan Sri Mulyani, Kepala '
     'BKPSDM Kabupaten Cilacap.',
     {'Rahmat Hidayat': 'Anggota Bawaslu', 'Sri Mulyani': 'Kepala BKPSDM'}),
    (OPENING + 'Apel diikuti Kapolres Kebumen AKBP Rizal Hakim serta Dandim 0709/Kebumen Letkol Inf Arif Rahman, juga '
     'Sekda Kebumen Edi Rianto.',
     {'Rizal Hakim': 'Kapolres', 'Arif Rahman': 'Dandim', 'Edi Rianto': 'Sekda'}),
]


@pytest.mark.parametrize(("text", "officials"), SERIES,
                         ids=[f"{i:03d}-{next(iter(o))[:24]}" for i, (_, o) in enumerate(SERIES)])
def test_each_holder_gets_its_own_office(run, text: str, officials: dict[str, str]) -> None:
    found = {o.name: o.role or "" for o in run(text).officials}
    missing = [n for n in officials if n not in found]
    assert not missing, f"{missing} not found: {found}"
    wrong = {n: found[n] for n, role in officials.items() if not found[n].startswith(role)}
    assert not wrong, f"wrong offices: {wrong}"
    extra = sorted(set(found) - set(officials))
    assert not extra, f"{extra} read as officials"


# (two offices joined by "dan" whose first body is written bare before the second's region, each holder's institution)
SHARED_REGION = [
    (OPENING + 'Hadir Ketua Bawaslu dan Ketua KPU Kabupaten Batang, yakni Hendra Saputra dan Rizki Amalia.',
     {'Hendra Saputra': 'Bawaslu Kabupaten Batang', 'Rizki Amalia': 'Komisi Pemilihan Umum Kabupaten Batang'}),
    (OPENING + 'Sosialisasi diisi Ketua KPU dan Ketua Bawaslu Kota Pekalongan, masing-masing Fajar Ramadhan dan '
     'Nur Hidayah.',
     {'Fajar Ramadhan': 'Komisi Pemilihan Umum Kota Pekalongan', 'Nur Hidayah': 'Bawaslu Kota Pekalongan'}),
    (OPENING + 'Hadir Ketua Bawaslu RI dan Ketua KPU Kabupaten Batang, yakni Rahmat Bagja dan Rizki Amalia.',
     {'Rahmat Bagja': 'Badan Pengawas Pemilihan Umum', 'Rizki Amalia': 'Komisi Pemilihan Umum Kabupaten Batang'}),
]


@pytest.mark.parametrize(("text", "agencies"), SHARED_REGION,
                         ids=[f"{i:03d}-{next(iter(a))[:24]}" for i, (_, a) in enumerate(SHARED_REGION)])
def test_paired_offices_share_the_region(run, text: str, agencies: dict[str, str]) -> None:
    found = {o.name: o.agency for o in run(text).officials}
    assert {n: found.get(n) for n in agencies} == agencies
