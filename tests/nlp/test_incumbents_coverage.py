"""Probe list of office holders in transition: sitting heads who run again ("Bupati X petahana Budi", "calon
petahana Budi yang juga Bupati X", "Budi, Wakil Wali Kota X yang maju sebagai calon wali kota"), heads on campaign
leave or suspended and the acting heads who stand in for them, acting heads newly appointed or replaced,
legislators and civil servants running for a regional head, and former holders. As in the gold, a candidate who
holds an office is its official; one who holds none, or held it before ("mantan", "eks"), is not. Heads elected but
not yet sworn in ("Bupati X terpilih, Budi") are left out: the gold reads them both ways. Each sentence is our own
words; all are analysed in one call."""

from __future__ import annotations

import pytest

PK = "Pemerintah Kabupaten "
PKO = "Pemerintah Kota "
PP = "Pemerintah Provinsi "

# (story, the person named, the institution whose official he is, or None where he holds no office)
CASES: list[tuple[str, str, str | None]] = [
    # incumbents running again
    ("Bupati Kendal petahana Dyah Kartika diminta tidak memanfaatkan ASN.", "Dyah Kartika", PK + "Kendal"),
    ("Calon petahana Arif Rahman yang juga Bupati Kebumen meminta ASN netral.", "Arif Rahman", PK + "Kebumen"),
    ("Calon petahana Rina Marlina, yang juga Wali Kota Depok, didatangi sejumlah lurah.",
     "Rina Marlina", PKO + "Depok"),
    ("Hendra Gunawan, Wakil Wali Kota Malang yang maju sebagai calon wali kota, meminta ASN netral.",
     "Hendra Gunawan", PKO + "Malang"),
    ("Wakil Bupati Jombang Siti Aminah yang kini maju sebagai calon bupati diminta tidak melibatkan ASN.",
     "Siti Aminah", PK + "Jombang"),
    ("Bupati Lumajang Ahmad Fauzi yang kembali maju dalam Pilkada 2024 mengingatkan ASN netral.",
     "Ahmad Fauzi", PK + "Lumajang"),
    ("Gubernur Kalimantan Selatan petahana, Budi Santoso, dilaporkan ke Bawaslu.",
     "Budi Santoso", PP + "Kalimantan Selatan"),
    ("Dalam daftar itu ada Andi Rahman, Bupati Bone yang kini maju sebagai calon gubernur.",
     "Andi Rahman", PK + "Bone"),
    ("Bupati Blitar Rini Wulandari yang juga calon petahana meminta ASN tidak berpihak.",
     "Rini Wulandari", PK + "Blitar"),
    ("Wali Kota Bekasi Tri Handoko, yang kembali mencalonkan diri, meminta ASN netral.", "Tri Handoko", PKO + "Bekasi"),
    ("Wakil Gubernur Jawa Timur Emil Santoso yang maju sebagai calon wakil gubernur mengingatkan ASN.",
     "Emil Santoso", PP + "Jawa Timur"),
    ("Kepala Dinas ESDM Jawa Timur Setiadi yang akan maju sebagai bakal calon bupati Tuban mengundurkan diri.",
     "Setiadi", "Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Timur"),
    ("Camat Weleri Joko Susilo yang maju sebagai calon bupati diminta mengundurkan diri.",
     "Joko Susilo", "Kecamatan Weleri"),
    ("Anggota DPRD Kabupaten Sleman Heru Santosa yang maju sebagai calon bupati diminta mundur.",
     "Heru Santosa", "Dewan Perwakilan Rakyat Daerah Kabupaten Sleman"),
    ("Ketua DPRD Kota Semarang Kadar Lusman yang maju sebagai calon wali kota meminta ASN netral.",
     "Kadar Lusman", "Dewan Perwakilan Rakyat Daerah Kota Semarang"),
    ("Anggota DPR RI Rahmat Saleh yang maju sebagai calon gubernur Jawa Barat berfoto dengan camat.",
     "Rahmat Saleh", "Dewan Perwakilan Rakyat Republik Indonesia"),
    ("Salah satu calon adalah petahana, yakni Wali Kota Balikpapan Rahmad Hidayat.",
     "Rahmad Hidayat", PKO + "Balikpapan"),
    ("Camat Bokan menjemput calon Bupati Banggai Laut nomor urut 1 yang juga Bupati Petahana, Wenny Lumentut.",
     "Wenny Lumentut", PK + "Banggai Laut"),
    # office holders on campaign leave
    ("Bupati Jember Hendy Santoso yang sedang cuti kampanye tetap memantau ASN.", "Hendy Santoso", PK + "Jember"),
    ("Bupati Jember Hendy Santoso, yang tengah menjalani cuti kampanye, diminta tidak memakai fasilitas negara.",
     "Hendy Santoso", PK + "Jember"),
    ("Wakil Wali Kota Padang Hendri Saputra yang sudah cuti merupakan salah satu kandidat.",
     "Hendri Saputra", PKO + "Padang"),
    ("Bupati nonaktif Sragen Kusdinar Utomo dilaporkan karena melibatkan ASN.", "Kusdinar Utomo", PK + "Sragen"),
    ("Wali Kota Tegal nonaktif, Dedy Yon, diperiksa Bawaslu.", "Dedy Yon", PKO + "Tegal"),
    ("Plt Bupati Sragen Dwi Purnomo menggantikan Kusdinar Utomo yang cuti kampanye meminta ASN netral.",
     "Dwi Purnomo", PK + "Sragen"),
    ("Plt Bupati Sragen, Dwi Purnomo, menggantikan bupati yang sedang cuti, meminta ASN netral.",
     "Dwi Purnomo", PK + "Sragen"),
    ("Selama bupati cuti, Wakil Bupati Sragen Dwi Purnomo ditunjuk sebagai Plt Bupati.", "Dwi Purnomo", PK + "Sragen"),
    ("Pjs Bupati Kendal Sugiono meminta ASN netral selama bupati definitif cuti di luar tanggungan negara.",
     "Sugiono", PK + "Kendal"),
    ("Pejabat Sementara Wali Kota Medan, Arief Trinugroho, menggantikan wali kota yang cuti kampanye.",
     "Arief Trinugroho", PKO + "Medan"),
    # Pj heads replaced or appointed
    ("Pj Bupati Cilacap yang baru, Awaluddin Muuri, menggantikan Yuni Suminar, meminta ASN netral.",
     "Awaluddin Muuri", PK + "Cilacap"),
    ("Pj Wali Kota Kediri yang baru dilantik, Zanariah Putri, mengingatkan ASN netral.",
     "Zanariah Putri", PKO + "Kediri"),
    ("Sekda Cilacap Awaluddin Muuri dilantik menjadi Pj Bupati Cilacap menggantikan Yuni Suminar.",
     "Awaluddin Muuri", PK + "Cilacap"),
    ("Penjabat Gubernur Jawa Tengah Nana Sudjana digantikan oleh Komjen Pol Ahmad Luthfiansyah.",
     "Nana Sudjana", PP + "Jawa Tengah"),
    ("Pj Bupati Bekasi Dani Ramdan resmi digantikan Dedy Supriyadi pada Senin.", "Dani Ramdan", PK + "Bekasi"),
    ("Mendagri melantik Agus Fatoni sebagai Pj Gubernur Sumatera Selatan.", "Agus Fatoni", PP + "Sumatera Selatan"),
    ("Agus Fatoni resmi dilantik sebagai Penjabat Gubernur Sumatera Selatan pada Senin.",
     "Agus Fatoni", PP + "Sumatera Selatan"),
    ("Pj Gubernur Papua yang baru, Ramses Limbong, meminta ASN netral.", "Ramses Limbong", PP + "Papua"),
    ("Pj Bupati Bojonegoro Adi Santoso yang baru ditunjuk Mendagri meminta ASN netral.",
     "Adi Santoso", PK + "Bojonegoro"),
    # elected, not yet sworn in
    # legislators running for regional head: covered above; civil servants resigning to run
    ("Mantan Sekda Kabupaten Garut, Iman Santoso, yang mundur untuk maju sebagai calon bupati, didukung ASN.",
     "Iman Santoso", None),
    ("Iman Santoso, mantan Sekda Garut yang mundur untuk maju pada Pilkada 2024, hadir di acara itu.",
     "Iman Santoso", None),
    ("Kepala Dinas PUPR Kabupaten Garut Rudi Hartono mengundurkan diri untuk maju sebagai calon bupati.",
     "Rudi Hartono", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut"),
    ("Rudi Hartono, yang sebelumnya menjabat Kepala Dinas PUPR Garut, kini maju sebagai calon bupati.",
     "Rudi Hartono", None),
    # former holders
    ("Mantan Bupati Gowa Ichsan Limpo kini menjadi calon gubernur.", "Ichsan Limpo", None),
    ("Eks Wali Kota Makassar Danny Pomanto diduga didukung ASN.", "Danny Pomanto", None),
    ("Ruhimat, mantan Bupati Subang, tidak lagi berstatus petahana.", "Ruhimat", None),
    ("Mantan Wakil Bupati Bantul Abdul Halim Muslih meminta ASN netral.", "Abdul Halim Muslih", None),
    ("Rijanto yang merupakan mantan Bupati Blitar kembali maju.", "Rijanto", None),
    ("Bupati Blitar periode 2016-2021 Rijanto kembali maju.", "Rijanto", PK + "Blitar"),
    ("Calon bupati Blitar Rijanto yang pernah menjabat Bupati Blitar didukung ASN.", "Rijanto", None),
    ("Purnawirawan Kapolda Jawa Tengah Ahmad Luthfi maju sebagai calon gubernur.", "Ahmad Luthfi", None),
    # candidates without office
    ("Calon Bupati Kendal Rina Marlina diduga melibatkan ASN.", "Rina Marlina", None),
    ("Calon Wali Kota Malang Rahmat Hidayat, yang bukan petahana, membantah memobilisasi ASN.", "Rahmat Hidayat", None),
    ("Pasangan calon petahana, Wenny Bukamo, dilaporkan karena camat ikut menjemput.", "Wenny Bukamo", None),
    ("Bupati Pandeglang Irna Narulita, yang kembali maju sebagai calon, didukung camat.",
     "Irna Narulita", PK + "Pandeglang"),
    ("Camat Cigeulis diduga mengajak warga mendukung petahana (Bupati Pandeglang, Irna Narulita).",
     "Irna Narulita", PK + "Pandeglang"),
    ("Wali Kota Makassar petahana, Mohammad Ramdhan, berpasangan dengan Indira Yusuf.",
     "Mohammad Ramdhan", PKO + "Makassar"),
    # the word alone before the name: the incumbent head of the story's one region (as the gold reads it)
    # ... and between the title and its place, a village's head too
    ("Kepala Desa Sukamaju petahana, Asep Saepudin, kembali mencalonkan diri.", "Asep Saepudin", "Desa Sukamaju"),
    # named only as a candidate, behind a list opener, among the incumbents, or as a candidate's camp: no office
    ("ASN Pemkot Balikpapan diminta netral. Salah satu calon adalah petahana, yakni Rahmad Masud.", "Rahmad Masud",
     None),
    ("ASN Pemkab Kendal diminta netral. Kubu calon petahana Dyah Kartika membantah melibatkan ASN.", "Dyah Kartika",
     None),
    # appointed, told as the day's news without "yang"
    ("Dimas Prasetyo resmi dikukuhkan sebagai Pjs Bupati Kendal oleh Gubernur.", "Dimas Prasetyo", PK + "Kendal"),
    ("Agus Fatoni resmi ditunjuk menjadi Pj Gubernur Sumatera Selatan.", "Agus Fatoni", PP + "Sumatera Selatan"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([t for t, _, _ in CASES], published=None)


@pytest.mark.parametrize("k", range(len(CASES)), ids=[c[0][:48] for c in CASES])
def test_an_office_in_transition_has_its_holder(analysed: list, k: int) -> None:
    _, name, agency = CASES[k]
    found = {o.name: o.agency for o in analysed[k].officials}
    if agency is None:
        assert name not in found, found
    else:
        assert found.get(name) == agency, found
