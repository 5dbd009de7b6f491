"""Relevance coverage: stories about civil servants' neutrality in an election, and the election and civil-service
news around them, in the forms unseen outlets write.

Relevant: a neutrality word (netral, tidak netral, ketidaknetralan in its spellings, berpihak, politik praktis,
cawe-cawe, dukung-mendukung, joining or attending a campaign) with a civil-servant word (ASN, PNS, PPPK and P3K,
aparatur, abdi negara, pegawai, honorer, THL, guru, nakes, penyuluh, camat, lurah), or a directive to them, in an
election. Not relevant: election news without civil servants, the neutrality of soldiers, police or the election's
organisers alone, civil-service pay, discipline or recruitment without an election, village-head elections, and
village officials alone.
"""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Bawaslu Kabupaten Sragen mengingatkan abdi negara agar tidak cawe-cawe dalam Pilkada 2024.',
    'Pegawai pemerintah dilarang dukung-mendukung calon pada Pemilu 2024.',
    'Sejumlah PNS terekam ikut kampanye akbar salah satu paslon di lapangan kota menjelang Pilkada 2024.',
    'Bupati menegaskan pegawai P3K tidak boleh berpihak pada Pilkada 2024.',
    'Ketidaknetralan ASN masih menjadi kerawanan tertinggi pada Pemilu 2024, kata anggota Bawaslu.',
    'Dugaan ketidak netralan ASN di Kecamatan Sukamaju dilaporkan ke Bawaslu pada Pilkada 2024.',
    'Bawaslu menerima laporan ketidak-netralan seorang PNS dalam Pemilu 2024.',
    'Seorang guru PNS diduga tidak netral karena mengunggah foto bersama caleg pada Pemilu 2024.',
    'Keberpihakan aparatur sipil negara kepada calon petahana disorot dalam Pilkada 2024.',
    'Camat diduga berpihak kepada salah satu paslon dalam Pilkada 2024.',
    'Lurah dilaporkan memihak pasangan calon tertentu pada Pilkada 2024.',
    'Bawaslu memeriksa seorang camat yang diduga terlibat politik praktis menjelang Pilkada 2024.',
    'Tenaga honorer dilarang terjun ke politik praktis selama Pilkada 2024.',
    'PNS yang berpolitik praktis pada Pemilu 2024 akan dikenai sanksi disiplin.',
    'Netralitas guru dan tenaga kesehatan dipantau selama Pemilu 2024.',
    'Kepala desa dan ASN diminta tidak berpihak pada Pilkada 2024.',
    'ASN, TNI, dan Polri wajib netral dalam Pemilu 2024.',
    'Netralitas P3K dalam Pilkada 2024 menjadi sorotan Bawaslu setempat.',
    'Nakes di puskesmas diminta netral pada Pilkada 2024.',
    'Para penyuluh pertanian diminta bersikap netral selama Pemilu 2024.',
    'THL di dinas kebersihan diminta netral pada Pilkada 2024.',
    'Netralitas tenaga harian lepas dipertanyakan menjelang Pilkada 2024.',
    'Netralitas nakes di rumah sakit daerah disorot jelang Pilkada 2024.',
    'Netralitas penyuluh agama menjelang Pemilu 2024 dibahas dalam rapat Kemenag.',
    'Netralitas ASN di Pilkada 2024 diawasi ketat oleh Komisi ASN.',
    'Aparatur negara harus menjaga netralitas pada pesta demokrasi tahun 2024.',
    'Apel pagi: Sekda ingatkan aparatur netral jelang pemilihan bupati 2024.',
    'Pemkab memasang spanduk netralitas aparatur sipil negara menjelang Pilkada 2024.',
    'Bawaslu menemukan oknum PNS ikut menjadi tim sukses caleg pada Pemilu 2024.',
    'Seorang ASN dilaporkan ke Bawaslu karena menghadiri deklarasi capres pada Pemilu 2024.',
    'Bawaslu mengusut keterlibatan ASN dalam kampanye calon gubernur pada Pilkada 2024.',
    'Oknum pegawai negeri sipil terlibat kampanye salah satu calon bupati pada Pilkada 2024.',
    'Pelanggaran netralitas ASN pada Pilkada 2024 direkomendasikan ke BKN.',
    'Pj Gubernur meminta seluruh ASN menjaga netralitas pada Pilkada 2024.',
    'Netralitas birokrasi dan ASN dipertaruhkan dalam Pilkada 2024, kata pengamat.',
    'Kasus ASN tidak netral di Pemilu 2024 meningkat dibanding Pemilu 2019.',
    'Ada lima PNS yang terbukti tidak netral dalam Pilpres 2024.',
    'Komisi ASN menjatuhkan rekomendasi sanksi kepada PNS yang berkampanye pada Pilkada 2024.',
    'Bawaslu menyoroti PNS yang memberikan dukungan kepada calon legislatif di media sosial jelang Pemilu 2024.',
    'PNS dilarang memberi like dan komentar pada unggahan calon presiden selama Pemilu 2024.',
    'Wali Kota meminta ASN menjauhi politik praktis pada Pemilu 2024.',
    'ASN wajib netral dalam Pemilihan Serentak 2024.',
    'Penjabat bupati mengingatkan ASN tetap netral di Pilbup 2024.',
    'Netralitas ASN dalam pemilukada menjadi perhatian Kemendagri.',
    'Bawaslu menggelar sosialisasi netralitas ASN jelang pemilu.',
    'Pegawai honorer dan THL diminta netral pada Pilkada 2024.',
    'Tenaga harian lepas dilarang ikut kampanye pasangan calon pada Pilkada 2024, kata Sekda bersama ASN lain.',
    'Netralitas PPPK di Pemilu 2024 ditegaskan oleh MenPANRB.',
    'Ribuan ASN menandatangani pakta integritas netralitas menjelang Pilkada 2024.',
    'ASN jangan ikut dukung mendukung pasangan calon di Pilkada 2024, kata Bupati.',
    'ASN diminta tak berpihak dalam Pilwalkot 2024.',
    'Netralitas abdi negara diuji pada Pemilu 2024.',
    'Bawaslu: netralitas aparatur sipil negara rawan dilanggar pada masa kampanye Pilkada 2024.',
    'Camat dan lurah dikumpulkan untuk ikrar netralitas jelang Pilkada 2024.',
    'Guru honorer dilaporkan berkampanye untuk caleg di sekolah saat Pemilu 2024.',
    'Netralitas ASN pada Pilgub 2024 harus dijaga, ujar Sekda.',
    'Keterlibatan aparatur desa dan ASN dalam kampanye Pilkada 2024 dilaporkan warga.',
    'Isu cawe-cawe aparatur sipil negara dalam Pemilu 2024 kembali mencuat di media sosial.',
    'Praktik dukung-mendukung di kalangan PNS menjelang Pilkada 2024 disorot Bawaslu.',
    'Budaya dukung mendukung calon oleh pegawai negeri masih terjadi pada Pilkada 2024.',
    'Ketidak-netralan aparatur pada Pilkada 2024 menjadi temuan terbanyak Bawaslu.',
    'Temuan ketidak netralan PNS meningkat pada Pilkada 2024.',
    'Netralitsa ASN menjelang Pilkada 2024 menjadi perhatian Bawaslu.',
    'Bawaslu: netrlitas ASN pada Pemilu 2024 rawan dilanggar.',
    'Keberpihakkan ASN kepada petahana menjadi temuan Bawaslu pada Pilkada 2024.',
    'Sejumlah ASN tertangkap kamera mengikuti kampanye calon bupati pada Pilkada 2024.',
    'Foto camat ikut kampanye paslon beredar luas jelang Pilkada 2024.',
    'Dua PNS kedapatan ikut kampanye di lapangan desa pekan lalu.',
    'Puluhan honorer terlihat ikut serta dalam kampanye terbuka caleg pada Pemilu 2024.',
    'Seorang lurah kedapatan menghadiri kampanye pasangan calon wali kota pada Pilkada 2024.',
    'Soal netralitas, ASN yang kedapatan ikut kampanye Pilkada 2024 akan diproses.',
    'Tidak netralnya aparatur sipil negara menjadi catatan Bawaslu pada Pemilu 2024.',
    'Pemilu 2024: kenetralan ASN dipertanyakan warga.',
    'Sikap tidak netral oknum pegawai negeri sipil pada Pilkada 2024 dilaporkan ke Bawaslu.',
]

NOT_RELEVANT: list[str] = [
    'Panglima TNI meminta seluruh prajurit menjaga netralitas dalam Pemilu 2024.',
    'Kapolda mengingatkan personel Polri agar netral dalam Pilkada 2024.',
    'Kapolres menegaskan anggota kepolisian tidak boleh berpihak pada Pilkada 2024.',
    'Netralitas TNI-Polri menjadi syarat Pemilu 2024 berjalan damai, kata pengamat.',
    'KPU meminta anggota PPK dan PPS menjaga netralitas selama Pilkada 2024.',
    'Bawaslu mengingatkan pengawas TPS agar netral pada Pemilu 2024.',
    'DKPP memberhentikan komisioner KPU yang tidak netral pada Pemilu 2024.',
    'Ketua KPU menegaskan penyelenggara pemilu wajib bersikap netral dan profesional.',
    'Anggota KPPS yang terbukti berpihak kepada caleg diberhentikan jelang Pemilu 2024.',
    'Pemerintah menaikkan gaji PNS sebesar delapan persen mulai Januari.',
    'Seleksi PPPK guru tahun ini membuka ribuan formasi.',
    'BKD menjatuhkan sanksi disiplin kepada PNS yang membolos selama sebulan.',
    'Honorer yang belum terdata diminta segera melapor ke BKPSDM.',
    'Tunjangan kinerja pegawai negeri sipil akan dibayar pekan depan.',
    'ASN dilarang bermain judi online, tegas Kepala BKN.',
    'Pilkades serentak digelar di 120 desa; kepala desa petahana diminta tidak memihak.',
    'Calon kepala desa diminta menjaga kondusivitas jelang pilkades serentak.',
    'Perangkat desa diminta netral selama Pemilu 2024, kata Ketua Bawaslu.',
    'Kepala desa dilaporkan mendukung salah satu caleg pada Pemilu 2024.',
    'Ketua RT dan RW diminta tidak berpihak pada Pilkada 2024.',
    'KPU mendistribusikan logistik Pemilu 2024 ke seluruh kecamatan.',
    'Pasangan calon bupati menggelar kampanye akbar di alun-alun menjelang Pilkada 2024.',
    'Media massa diminta netral dalam memberitakan Pilkada 2024.',
    'Rektor meminta mahasiswa tidak terlibat politik praktis di kampus menjelang Pemilu 2024.',
    'Tim kampanye capres melaporkan dugaan politik uang ke Bawaslu.',
    'Partai politik peserta Pemilu 2024 menyerahkan laporan dana kampanye.',
    'Gubernur melantik penjabat bupati untuk mengisi kekosongan jelang Pilkada 2024.',
    'Tokoh agama diminta tidak berpihak dan menjaga kedamaian Pilkada 2024.',
    'Ormas keagamaan menyatakan netral dalam Pilpres 2024.',
    'Hasil survei menunjukkan elektabilitas paslon nomor dua naik jelang Pilkada 2024.',
    'ASN diberi libur untuk menggunakan hak pilih pada hari pemungutan suara Pemilu 2024.',
    'Kejaksaan menetapkan kepala dinas sebagai tersangka korupsi dana hibah.',
    'Bawaslu merekrut pengawas kelurahan untuk Pilkada 2024; pendaftar harus netral dan tidak berpihak.',
    'Pengamat menilai netralitas Presiden dalam Pilpres 2024 dipertanyakan.',
    'Cawe-cawe Presiden dalam Pilpres 2024 dikritik akademisi.',
    'Dukung-mendukung antarpendukung capres memanas di media sosial jelang Pemilu 2024.',
    'Ribuan simpatisan ikut kampanye akbar pasangan calon gubernur pada Pilkada 2024.',
    'Nakes di puskesmas menerima insentif bulan ini setelah vaksinasi massal.',
    'Penyuluh pertanian mendampingi petani menghadapi musim tanam.',
    'Pengangkatan P3K formasi 2024 diumumkan oleh BKPSDM.',
    'THL dinas kebersihan menuntut kenaikan upah kepada DPRD.',
    'Anggota Polri yang ikut kampanye pasangan calon pada Pilkada 2024 akan ditindak tegas.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servants_neutrality_in_an_election_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_hard_negatives_are_not_relevant(run, text: str) -> None:
    """Soldiers, police, organisers, the president, campaigners, the public or village officials alone, and
    civil servants without an election, make no story about civil servants' neutrality."""
    assert not run(text).is_relevant
