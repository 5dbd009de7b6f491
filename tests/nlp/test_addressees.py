"""Addressee coverage: directives to civil servants under every name reporters give them, one sentence per form.

Unseen outlets name the addressees of appeals, bans, duties, leave and penalties in forms the read half barely
holds (contract and volunteer staff, extension and health workers, those under an official, office titles,
village officials); each form stays covered here. Village officials count only in a story that addresses civil
servants, so they are probed after such a sentence. The public, voters, candidates, party cadres, organisers and
supervisors, and the police and army alone stay no addressee.
"""

from __future__ import annotations

import pytest

ADDRESSED: list[tuple[str, str]] = [
    ("appeal", "Bupati mengimbau seluruh ASN menjaga netralitas pada Pilkada 2024."),
    ("prohibition", "PNS dilarang menghadiri deklarasi pasangan calon pada Pilkada 2024."),
    ("prohibition", "PPPK dilarang ikut berkampanye untuk calon tertentu dalam Pilkada 2024."),
    ("obligation", "Pegawai P3K wajib menjaga netralitas selama tahapan Pilkada 2024."),
    ("prohibition", "CPNS dilarang memasang foto calon di akun media sosialnya pada Pemilu 2024."),
    ("obligation", "Aparatur sipil negara harus bersikap netral dalam Pemilu 2024."),
    ("appeal", "Gubernur meminta aparatur negara tidak memihak dalam Pilkada 2024."),
    ("obligation", "Aparatur pemerintah wajib netral pada Pilkada 2024."),
    ("obligation", "Sebagai abdi negara, mereka harus netral dalam Pemilu 2024."),
    ("obligation", "Abdi negara wajib menjaga netralitas pada Pilkada 2024."),
    ("prohibition", "Pegawai negeri dilarang menjadi anggota tim kampanye pada Pemilu 2024."),
    ("obligation", "Pegawai pemerintah wajib bersikap netral pada Pilkada 2024."),
    ("prohibition", "Pegawai honorer juga dilarang terlibat politik praktis pada Pilkada 2024."),
    ("appeal", "Sekda meminta tenaga honorer tidak ikut berkampanye pada Pilkada 2024."),
    ("prohibition", "Honorer di lingkungan pemkab dilarang mengikuti kampanye pada Pilkada 2024."),
    ("obligation", "Seluruh ASN dan non-ASN wajib menjaga netralitas pada Pilkada 2024."),
    ("appeal", "Bupati mengimbau pegawai non-ASN agar tidak terlibat kampanye pada Pilkada 2024."),
    ("prohibition", "Tenaga harian lepas dilarang memakai atribut partai saat bekerja pada Pemilu 2024."),
    ("prohibition", "THL di lingkungan Pemkot dilarang ikut kampanye dalam Pilkada 2024."),
    ("prohibition", "Tenaga kerja sukarela atau TKS juga dilarang berpihak pada Pilkada 2024."),
    ("obligation", "Pegawai tidak tetap (PTT) wajib netral pada Pemilu 2024."),
    ("prohibition", "Pegawai kontrak dilarang mengunggah dukungan kepada calon pada Pilkada 2024."),
    ("prohibition", "Tenaga kontrak di dinas itu dilarang ikut kampanye pada Pilkada 2024."),
    ("prohibition", "Guru berstatus ASN dilarang mengajak murid memilih calon tertentu pada Pilkada 2024."),
    ("prohibition", "Para guru dilarang berkampanye di sekolah pada Pemilu 2024."),
    ("obligation", "Tenaga pendidik wajib netral selama Pilkada 2024."),
    ("appeal", "Kadis Kesehatan meminta tenaga kesehatan menjaga netralitas pada Pilkada 2024."),
    ("prohibition", "Nakes di puskesmas dilarang memihak calon pada Pilkada 2024."),
    ("obligation", "Penyuluh pertanian wajib netral selama Pilkada 2024."),
    ("prohibition", "Penyuluh KB dilarang menjadi tim sukses pada Pemilu 2024."),
    ("prohibition", "Pejabat di lingkungan Pemprov dilarang memakai mobil dinas untuk kampanye pada Pilkada 2024."),
    ("prohibition", "Pejabat struktural dilarang membuat keputusan yang menguntungkan calon pada Pilkada 2024."),
    ("obligation", "Pejabat fungsional juga wajib netral pada Pemilu 2024."),
    ("prohibition", "Pejabat eselon II dilarang hadir dalam deklarasi calon pada Pilkada 2024."),
    ("appeal", "Bupati mengingatkan pejabat eselon III agar tidak ikut kampanye pada Pilkada 2024."),
    ("appeal", "Pj Gubernur meminta kepala OPD mengawasi netralitas bawahannya pada Pilkada 2024."),
    ("obligation", "Kepala SKPD wajib memberi contoh netralitas pada Pilkada 2024."),
    ("appeal", "Sekda meminta pimpinan OPD memastikan stafnya netral pada Pilkada 2024."),
    ("appeal", "Wali kota meminta jajaran Pemkot menjaga netralitas pada Pilkada 2024."),
    ("appeal", "Ia meminta bawahannya tidak terlibat politik praktis pada Pilkada 2024."),
    ("appeal", "Kepala dinas meminta seluruh staf menjaga netralitas pada Pilkada 2024."),
    ("obligation", "Pegawai di lingkungan Pemkab Sleman wajib netral pada Pilkada 2024."),
    ("prohibition", "Camat dilarang mengarahkan warga memilih calon tertentu pada Pilkada 2024."),
    ("obligation", "Para lurah wajib netral selama Pilkada 2024."),
    ("appeal", "Camat meminta ketua RT dan RW tidak memihak pada Pilkada 2024."),
    ("obligation", "ASN, TNI dan Polri wajib netral dalam Pilkada 2024."),
    ("appeal", "Kapolres mengimbau ASN, TNI, dan Polri menjaga netralitas pada Pemilu 2024."),
    ("obligation", "Seluruh ASN dan non ASN wajib netral pada Pilkada 2024."),
    ("sanction", "PNS yang terbukti berkampanye akan dikenai sanksi disiplin pada Pilkada 2024."),
    ("sanction", "Pegawai honorer yang ikut kampanye akan diberhentikan pada Pilkada 2024."),
    ("sanction", "ASN yang melanggar netralitas dapat dijatuhi hukuman disiplin berat pada Pemilu 2024."),
    ("sanction", "PPPK yang tidak netral dapat diberhentikan pada Pilkada 2024."),
    ("permission", "PNS boleh menggunakan hak pilihnya pada Pilkada 2024."),
    ("permission", "Tenaga honorer boleh memilih sesuai hati nurani pada Pilkada 2024."),
    ("appeal", "Bupati mengimbau para ASN dan tenaga honorer tidak memakai atribut partai pada Pilkada 2024."),
    ("appeal", "Kepala BKPSDM meminta para PNS menjauhi politik praktis pada Pilkada 2024."),
    ("appeal", "Pj Bupati mengingatkan aparatur sipil negara (ASN) agar netral pada Pilkada 2024."),
    ("obligation", "Birokrasi harus netral pada Pilkada 2024."),
    ("appeal", "Ia mengingatkan para birokrat untuk tidak memihak pada Pilkada 2024."),
    ("obligation", "Aparatur desa wajib netral pada Pilkada 2024."),
    ("appeal", "Gubernur meminta seluruh aparatur pemerintahan desa menjaga netralitas pada Pilkada 2024."),
    ("obligation", "Pejabat pimpinan tinggi pratama wajib netral dalam Pilkada 2024."),
    ("prohibition", "Kepala sekolah dilarang mengarahkan guru memilih calon pada Pilkada 2024."),
    ("obligation", "Sekretaris desa wajib netral pada Pilkada 2024."),
    ("appeal", "Bupati meminta pegawai pemerintah dengan perjanjian kerja menjaga netralitas pada Pilkada 2024."),
    ("obligation", "Pegawai BUMD juga wajib netral pada Pilkada 2024."),
    ("prohibition", "ASN dan PPPK dilarang menghadiri kampanye dalam Pilkada 2024."),
    ("appeal", "Bupati mengimbau kepada seluruh ASN untuk tidak terlibat kampanye pada Pilkada 2024."),
    ("appeal", "Ia meminta seluruh pegawai negeri sipil menjaga netralitas pada Pemilu 2024."),
    ("prohibition", "Pegawai kelurahan dilarang ikut kampanye pada Pilkada 2024."),
    ("prohibition", "Pegawai kecamatan dilarang membagikan bahan kampanye pada Pilkada 2024."),
    ("obligation", "Pegawai puskesmas wajib netral pada Pilkada 2024."),
    ("obligation", "Para kepala dinas wajib menjaga netralitas pada Pilkada 2024."),
    ("obligation", "Seluruh kepala perangkat daerah wajib netral pada Pilkada 2024."),
    ("appeal", "Bupati meminta pejabat eselon menjaga netralitas pada Pilkada 2024."),
    ("prohibition", "Aparatur kelurahan dilarang ikut kampanye pada Pilkada 2024."),
    ("obligation", "Pegawai BLUD wajib netral pada Pilkada 2024."),
    ("obligation", "Kepala puskesmas wajib netral pada Pilkada 2024."),
    ("obligation", "Pegawai negeri sipil (PNS) wajib netral dalam Pemilu 2024."),
]

# Village heads and their staff under their regional names, in a story that addresses civil servants.
CONTEXT = "Bawaslu menyoroti netralitas ASN pada Pilkada 2024. "
VILLAGE: list[str] = [
    "Kepala desa dilarang ikut kampanye.",
    "Kades dilarang ikut kampanye.",
    "Perangkat desa dilarang menjadi tim sukses calon.",
    "Aparat desa dilarang menjadi tim sukses calon.",
    "Aparatur desa dilarang menjadi tim sukses calon.",
    "Anggota BPD juga dilarang terlibat kampanye.",
    "Badan Permusyawaratan Desa juga dilarang terlibat kampanye.",
    "Geuchik dilarang terlibat kampanye.",
    "Keuchik dilarang terlibat kampanye.",
    "Wali nagari dilarang terlibat kampanye.",
    "Kepala pekon dilarang terlibat kampanye.",
    "Kepala kampung dilarang terlibat kampanye.",
    "Hukum tua dilarang terlibat kampanye.",
    "Kumtua dilarang terlibat kampanye.",
    "Perbekel dilarang terlibat kampanye.",
    "Kuwu dilarang terlibat kampanye.",
    "Kepala lembang dilarang terlibat kampanye.",
    "Ketua RT dan RW dilarang terlibat kampanye.",
    "Pemerintah desa dilarang terlibat kampanye.",
    "Kepala dusun dilarang terlibat kampanye.",
    "Kadus dilarang terlibat kampanye.",
    "Sekdes dilarang terlibat kampanye.",
    "Petinggi desa dilarang terlibat kampanye.",
    "Kepala desa atau sebutan lain dilarang terlibat kampanye.",
    "Penyuluh agama dilarang terlibat kampanye.",
    "Nakes dilarang terlibat kampanye.",
    "Staf kecamatan dilarang terlibat kampanye.",
]

NOT_ADDRESSED: list[str] = [
    "Bupati mengimbau masyarakat menggunakan hak pilihnya pada Pilkada 2024.",
    "KPU meminta pemilih datang ke TPS pada Pilkada 2024.",
    "Bawaslu mengingatkan pasangan calon tidak melakukan politik uang pada Pilkada 2024.",
    "Partai meminta kader-kadernya memenangkan calon pada Pilkada 2024.",
    "Ketua partai menginstruksikan kader partai bekerja keras pada Pemilu 2024.",
    "Penyelenggara pemilu harus netral dalam Pilkada 2024.",
    "Bawaslu wajib mengawasi seluruh tahapan Pilkada 2024.",
    "Pengawas pemilu diminta bekerja profesional pada Pilkada 2024.",
    "Calon bupati dilarang melibatkan anak-anak dalam kampanye Pilkada 2024.",
    "Warga diimbau tidak golput pada Pilkada 2024.",
    "Relawan diminta menjaga kondusivitas selama Pilkada 2024.",
    "Tim sukses dilarang membagikan uang pada Pilkada 2024.",
    "Kapolda meminta anggota Polri netral pada Pilkada 2024.",
    "Pangdam menegaskan prajurit TNI wajib netral pada Pemilu 2024.",
    "KPPS wajib bekerja jujur pada Pilkada 2024.",
    "Peserta pemilu dilarang berkampanye di tempat ibadah pada Pemilu 2024.",
    "Mahasiswa diajak mengawal Pilkada 2024.",
    "Wartawan diminta menjaga independensi selama Pilkada 2024.",
    "Tokoh agama diimbau menyejukkan suasana pada Pilkada 2024.",
    "Para caleg dilarang memasang baliho di sekolah pada Pemilu 2024.",
    "Tenaga ahli dan staf khusus bupati juga wajib netral pada Pilkada 2024.",
]


@pytest.mark.parametrize(("kind", "text"), ADDRESSED, ids=[t[:56] for _, t in ADDRESSED])
def test_each_name_for_civil_servants_is_addressed(run, kind: str, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {kind}


@pytest.mark.parametrize("text", VILLAGE, ids=[t[:56] for t in VILLAGE])
def test_village_officials_are_addressed_where_civil_servants_are(run, text: str) -> None:
    assert {d.kind for d in run(CONTEXT + text).directives} == {"prohibition"}


@pytest.mark.parametrize("text", NOT_ADDRESSED, ids=[t[:56] for t in NOT_ADDRESSED])
def test_others_are_no_addressee(run, text: str) -> None:
    """The public, voters, candidates, cadres, organisers, supervisors, police or soldiers alone, and an
    official's political staff ("staf khusus bupati": the regent's own), are told nothing as civil servants."""
    assert not run(text).directives
