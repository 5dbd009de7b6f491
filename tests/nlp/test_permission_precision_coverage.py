"""Leave the gold counts and look-alikes it does not, in the forms unseen outlets write (permission precision).

A modal of ability right after "agar"/"supaya" says what something is for or what is asked ("membujuk warga agar
bisa memilih calon X", "TPS keliling bagi pasien agar bisa memberikan suaranya"), no leave of the civil servants'; a
request keeps its appeal, and leave given before a purpose clause stays leave. Leave also comes from one who could
forbid taking no issue ("Bawaslu tidak mempermasalahkan ASN ..."), a choice of their own they may hold ("ASN bisa
punya pilihan apa saja", "wajar-wajar saja") and leave asked for to stand ("bisa mengajukan cuti atau mundur"), as
the read half's gold reads them. Leave in a relative clause on someone outside the civil service ("ASN berbeda
dengan kepala daerah yang boleh berpolitik") is theirs. Leave only imagined, believed or misread ("seolah-olah ASN
boleh ...", "ada anggapan ASN boleh ...") gives none, where leave conceded before a ban ("meskipun ASN
diperbolehkan hadir, mereka tidak boleh ...") stays leave; leave no longer or never given ("tidak lagi boleh",
"tidak pernah mengizinkan") forbids. "jika"/"kalau" right after a verb of saying ("menjelaskan jika boleh
mendampingi ...") reports what is said, no condition. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B, A, OB = "permission", "prohibition", "appeal", "obligation"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
T = " pada Pilkada 2024."
LEAD = "Bupati mengingatkan seluruh ASN agar bersikap netral" + T + " "

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # a purpose or a request after "agar"/"supaya": no leave
    ("Oknum guru itu mengarahkan wali murid agar dapat memilih calon tertentu" + T, NO_LEAVE),
    ("Seorang ASN diduga membujuk warga agar bisa memilih calon petahana" + T, NO_LEAVE),
    (LEAD + "Jadwal pencoblosan dimajukan bagi jemaat supaya tetap bisa menggunakan hak pilihnya.", {A}),
    (LEAD + "TPS dibuka lebih pagi untuk para pekerja agar juga dapat mencoblos sebelum berangkat kerja.", {A}),
    (LEAD + "KPU menyiapkan TPS keliling bagi pasien rumah sakit agar bisa memberikan suaranya.", {A}),
    # leave before a purpose, a purpose before leave, a request: unchanged
    ("ASN tetap bisa menggunakan hak pilihnya agar suaranya tidak hilang" + T, {P}),
    ("Agar jelas, ASN boleh hadir di kampanye sebagai pendengar" + T, {P}),
    ("Bupati meminta agar ASN dapat menggunakan hak pilihnya dengan bijak" + T, {A}),
    ("Kepada ASN agar dapat menggunakan hak pilihnya secara bebas" + T, {A}),
    # one who could forbid taking no issue, a choice of their own they may hold, leave asked for to stand
    ("Kepala BKD tidak mempermasalahkan ASN hadir di kampanye sebagai pendengar" + T, {P}),
    ("Bawaslu tak mempermasalahkan pegawai yang menonton debat calon" + T, {P}),
    ("ASN bisa punya pilihan apa saja, asalkan disalurkan di bilik suara" + T, {P}),
    ("Pegawai dapat memiliki preferensi politik, tetapi jangan ditunjukkan" + T, {P, B}),
    ("PNS bisa memiliki pilihan sendiri di bilik suara" + T, {P}),
    ("Kalau ASN secara pribadi punya pilihan, saya kira wajar-wajar saja" + T, {P}),
    ("ASN bisa mengajukan cuti di luar tanggungan negara untuk maju" + T, {P}),
    ("Apabila ingin berpolitik, ASN bisa mengajukan cuti atau mundur" + T, {P}),
    # ... not for others, nor leave of another kind
    ("Masyarakat tidak mempermasalahkan jadwal kampanye yang padat" + T, NO_LEAVE),
    ("ASN tidak mempermasalahkan jika ada yang ikut kampanye, kata warga" + T, NO_LEAVE),
    ("Kalau calon punya pilihan wakil, itu wajar-wajar saja" + T, NO_LEAVE),
    ("Pemilih bisa punya pilihan berbeda" + T, NO_LEAVE),
    ("ASN yang hamil bisa mengajukan cuti melahirkan" + T, NO_LEAVE),
    # leave to take a leave of absence for a purpose: leave still (only an appeal needs a conduct after "untuk")
    ("ASN dapat mengambil cuti untuk kampanye suaminya" + T, {P}),
    ("PNS bisa mengajukan cuti untuk ikut kampanye pasangannya" + T, {P}),
    # look-alikes that stay what they are: a ban a condition follows, a ban on others, a ban negated
    ("Bukan berarti ASN bebas, kalau ikut kampanye mereka tetap tidak boleh memakai atribut" + T, {B}),
    ("Kalau ASN ikut kampanye, bukan hanya dilarang, tetapi juga bisa dipecat" + T, NO_LEAVE),
    ("Bawaslu bukan melarang warga datang ke kampanye" + T, NO_LEAVE),
    ("ASN bukan dilarang memilih, melainkan dilarang berkampanye" + T, NO_LEAVE),
    # leave in a relative clause on someone outside the civil service is theirs
    ("ASN berbeda dengan kepala daerah yang boleh berpolitik" + T, NO_LEAVE),
    ("Syafruddin mengatakan, PNS tidak sama dengan gubernur yang boleh berkampanye" + T, NO_LEAVE),
    ("Netralitas ASN dijaga, lain halnya dengan partai politik yang diperbolehkan memasang baliho" + T, NO_LEAVE),
    ("ASN tidak seperti pasangan calon yang bisa mengikuti kampanye setiap hari" + T, NO_LEAVE),
    # ... and the civil servants' own stays leave
    ("Ada ASN yang boleh hadir di kampanye, yaitu yang mendampingi kepala daerah sesuai tugasnya" + T, {P}),
    ("Pegawai yang diperbolehkan hadir di kampanye hanya sebagai pendengar" + T, {P}),
    ("Berbeda dengan TNI dan Polri, ASN boleh memilih" + T, {P}),
    # leave only imagined, believed or misread gives none
    ("ASN seolah-olah boleh berkampanye" + T, NO_LEAVE),
    ("Seakan-akan PNS diperbolehkan memasang baliho calon" + T, NO_LEAVE),
    ("Seandainya ASN diizinkan ikut kampanye, pelayanan publik terganggu" + T, NO_LEAVE),
    ("Andaikan PNS boleh memihak, netralitas tidak ada artinya" + T, NO_LEAVE),
    ("Ada anggapan ASN boleh ikut kampanye asal tidak berseragam" + T, NO_LEAVE),
    ("Jangan sampai ada persepsi pegawai boleh ikut kampanye" + T, NO_LEAVE),
    ("Jangan salah mengartikan bahwa ASN boleh berkampanye" + T, NO_LEAVE),
    ("Keliru bila ASN menganggap dirinya boleh berkampanye" + T, NO_LEAVE),
    # ... while leave conceded before a ban or a duty stays leave, as the read gold reads it
    ("Meskipun ASN diperbolehkan hadir, mereka tidak boleh berkampanye secara aktif" + T, {P, B}),
    ("Walaupun boleh memilih, ASN tetap dituntut netral" + T, {P, OB}),
    # leave no longer or never given forbids
    ("ASN tidak lagi boleh hadir di kampanye" + T, {B}),
    ("Kini pegawai tak lagi diperbolehkan berfoto dengan calon" + T, {B}),
    ("Setelah penetapan calon, PNS tidak lagi dibolehkan menyukai unggahan calon" + T, {B}),
    ("Pemerintah tidak pernah mengizinkan ASN ikut kampanye" + T, {B}),
    ("Mendagri tak pernah memperbolehkan PNS menjadi juru kampanye" + T, {B}),
    ("ASN tidak pernah diizinkan memakai atribut partai" + T, {B}),
    ("Aturan tidak pernah melarang ASN menggunakan hak pilihnya" + T, {P}),
    ("Warga tidak lagi boleh berkampanye di masa tenang" + T, NO_LEAVE),
    # "jika"/"kalau" right after a verb of saying reports what is said, no condition
    ("Bagi ASN yang istrinya menjadi calon, aturannya sudah jelas" + T + " Surat edaran itu menjelaskan jika boleh "
     "mendampingi istri saat kampanye.", {P}),
    ("Kepala BKD menyebutkan kalau boleh hadir di kampanye sebagai pendengar bagi ASN" + T, {P}),
    ("Aturan baru menegaskan jika dilarang memasang foto calon di akun ASN" + T, {B}),
    ("Jika boleh hadir di kampanye, ASN harus tetap netral" + T, {OB}),
    ("Kalau dilarang, ASN tidak akan datang" + T, NO_LEAVE),
    # leave after a contrast whose own subject is outside the civil service is theirs, and civil servants a candidate
    # may not involve past a contrast do not make the candidate's leave theirs
    ("PNS tidak boleh memihak, namun warga biasa diperbolehkan mendukung salah satu calon" + T, {B}),
    ("ASN dilarang ikut kampanye, tetapi relawan boleh" + T, {B}),
    ("ASN tidak boleh memasang spanduk calon, sedangkan tim kampanye boleh memasangnya di lokasi resmi" + T, {B}),
    (LEAD + "Kandidat diperbolehkan menemui pedagang di pasar, tapi dilarang memobilisasi ASN.", {A, B}),
    (LEAD + "Paslon boleh menyapa warga, namun tidak boleh melibatkan pegawai negeri.", {A, B}),
    # ... while staff, the civil servants themselves or a head on leave after the contrast keep it, and a request
    # about involving them stays a request
    ("PNS dilarang berkampanye, tetapi tenaga honorer boleh ikut kampanye" + T, {B, P}),
    ("ASN tidak boleh memihak, namun tetap boleh menggunakan hak pilihnya" + T, {B, P}),
    ("Warga tidak boleh golput, tetapi ASN boleh menghadiri kampanye sebagai pendengar" + T, {P}),
    ("ASN dilarang berkampanye, namun bupati boleh berkampanye asalkan cuti" + T, {B, P}),
    (LEAD + "Bawaslu meminta paslon berkampanye santun, tetapi tidak melibatkan ASN.", {A}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][-70:]))
def test_leave_precision(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
