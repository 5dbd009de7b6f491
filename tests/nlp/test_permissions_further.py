"""Further ways reporters tell what civil servants may do in an election, and look-alikes that give no leave.

Unseen outlets bring forms the read half lacks; each form here stays covered: leave in other words ("masih bisa",
"diberi kesempatan", "sah-sah saja", "tidak masalah"), bounded leave ("boleh ... asalkan"), leave in the second clause
of a ban ("dilarang ..., tetapi boleh ..."), standing for office on resigning, an explainer's answer to its own
question, and the forms that are no leave: a ban ("tidak ada yang boleh", "tidak diperbolehkan"), a possible penalty
("dapat dikenai sanksi"), "bisa saja" and "boleh jadi" that mean "perhaps", and the bare right to vote ("ASN tetap
punya hak pilih"), which the read half's gold mostly gives no directive. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

P, B, S = "permission", "prohibition", "sanction"

# (text, kinds the gold convention expects)
CASES: list[tuple[str, set[str]]] = [
    # leave in other words
    ("ASN dipersilakan hadir di kampanye asal tidak memakai atribut pada Pilkada 2024.", {P}),
    ("ASN tidak dilarang datang ke lokasi kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("Bukan berarti ASN tidak boleh menggunakan hak pilihnya pada Pilkada 2024.", {P}),
    ("Bagi pegawai, menonton debat calon sah-sah saja pada Pilkada 2024.", {P}),
    ("Pegawai hadir di acara keluarga calon tidak masalah pada Pilkada 2024.", {P}),
    ("PNS hanya boleh memberikan dukungan lewat bilik suara pada Pilkada 2024.", {P}),
    ("Para ASN masih bisa mencoblos di TPS terdekat pada Pilkada 2024.", {P}),
    ("Pegawai diberi kesempatan menyimak debat para calon pada Pilkada 2024.", {P}),
    ("PNS diperkenankan menyimak penyampaian visi misi calon pada Pilkada 2024.", {P}),
    ("ASN diberikan ruang untuk menyimak visi misi calon pada Pilkada 2024.", {P}),
    ("ASN diperkenankan datang ke TPS untuk mencoblos pada Pilkada 2024.", {P}),
    ("ASN masih diperbolehkan hadir di kampanye tanpa atribut pada Pilkada 2024.", {P}),
    ("Pegawai tetap bisa memilih sesuai hati nurani pada Pilkada 2024.", {P}),
    ("ASN silakan menyalurkan hak pilihnya di TPS pada Pilkada 2024.", {P}),
    ("Pegawai negeri dipersilakan mengikuti debat publik calon pada Pilkada 2024.", {P}),
    ("ASN tetap dipersilahkan menggunakan hak suaranya pada Pilkada 2024.", {P}),
    ("ASN dipersilakan menggunakan hak politiknya di bilik suara pada Pilkada 2024.", {P}),
    ("ASN tetap bisa menyalurkan aspirasinya di TPS pada Pilkada 2024.", {P}),
    ("ASN tak masalah mendengarkan debat calon pada Pilkada 2024.", {P}),
    ("ASN tidak masalah hadir di acara keagamaan yang dihadiri calon pada Pilkada 2024.", {P}),
    ("ASN diberikan kebebasan menentukan pilihan pada Pilkada 2024.", {P}),
    ("Sekda mengingatkan netralitas pada Pilkada 2024. \"Silahkan anda berpihak di bilik suara, tidak di media "
     "sosial,\" katanya.", {P}),
    ("PNS dipersilakan memilih calon sesuai hati nurani pada Pilkada 2024.", {P}),
    ("ASN boleh-boleh aja mendengar visi misi calon pada Pilkada 2024.", {P}),
    ("Bagi ASN, hadir di kampanye hanya sebagai pendengar diperkenankan pada Pilkada 2024.", {P}),
    ("Yang boleh dilakukan ASN pada Pilkada 2024 adalah memilih di TPS.", {P}),
    # leave with its bound
    ("ASN boleh menonton kampanye asalkan tidak bersorak pada Pilkada 2024.", {P}),
    ("ASN boleh berfoto bersama calon asalkan tidak berpose mendukung pada Pilkada 2024.", {P}),
    ("PNS tidak dilarang menerima alat peraga kampanye asal tidak memakainya pada Pilkada 2024.", {P}),
    ("ASN boleh menghadiri sosialisasi calon asal di luar jam kerja pada Pilkada 2024.", {P}),
    ("Kalau sekadar mendengarkan, ASN boleh datang ke kampanye pada Pilkada 2024.", {P}),
    ("ASN boleh datang ke kampanye, yang penting tidak memakai atribut pada Pilkada 2024.", {P}),
    ("ASN diperbolehkan hadir di kampanye sepanjang tidak berseragam pada Pilkada 2024.", {P}),
    ("Kalau hanya menyukai unggahan calon, itu boleh bagi ASN pada Pilkada 2024.", {P}),
    ("Bagi ASN, menghadiri kampanye boleh, asal tanpa atribut pada Pilkada 2024.", {P}),
    ("ASN boleh hadir di kampanye. Syaratnya tidak memakai atribut pada Pilkada 2024.", {P}),
    ("Bawaslu menjelaskan ASN boleh menghadiri kampanye asalkan tidak menggunakan fasilitas negara pada Pilkada 2024.",
     {P}),
    # social media, family, office
    ("ASN boleh menyukai unggahan calon di media sosial pada Pilkada 2024.", {P}),
    ("ASN boleh me-like postingan kandidat pada Pilkada 2024.", {P}),
    ("ASN diperbolehkan memberi like pada unggahan netral pada Pilkada 2024.", {P}),
    ("ASN tidak dilarang menyukai unggahan calon pada Pilkada 2024.", {P}),
    ("ASN tetap boleh berteman dengan calon di media sosial pada Pilkada 2024.", {P}),
    ("ASN masih boleh berteman dengan calon di Facebook pada Pilkada 2024.", {P}),
    ("ASN diizinkan hadir di acara pernikahan kerabat calon pada Pilkada 2024.", {P}),
    ("ASN masih diperkenankan menghadiri undangan pernikahan calon pada Pilkada 2024.", {P}),
    ("Tidak ada larangan ASN berfoto dengan calon di acara keluarga pada Pilkada 2024.", {P}),
    ("ASN tidak dilarang untuk bertemu calon dalam urusan dinas pada Pilkada 2024.", {P}),
    ("ASN tetap boleh mengikuti perkembangan politik lewat media pada Pilkada 2024.", {P}),
    # standing for office
    ("ASN boleh mencalonkan diri asal mundur dari jabatannya pada Pilkada 2024.", {P}),
    ("ASN boleh maju sebagai calon bupati asal mengundurkan diri pada Pilkada 2024.", {P}),
    ("ASN diperbolehkan maju dalam Pilkada 2024 setelah mengundurkan diri.", {P}),
    ("ASN yang ingin maju boleh mendaftar asalkan mengundurkan diri pada Pilkada 2024.", {P}),
    ("ASN diizinkan mengambil cuti untuk mencalonkan diri pada Pilkada 2024.", {P}),
    ("ASN diperkenankan cuti di luar tanggungan negara untuk maju pada Pilkada 2024.", {P}),
    # answers to the explainer's own question
    ("Bolehkah ASN datang ke kampanye pada Pilkada 2024? Boleh, asal tanpa seragam dinas.", {P}),
    ("Apakah PNS bisa menghadiri debat calon pada Pilkada 2024? Bisa, sebatas menonton.", {P}),
    ("Apakah ASN boleh mendaftar sebagai calon pada Pilkada 2024? Diperbolehkan, asalkan mundur.", {P}),
    ("Bolehkah ASN menghadiri debat pada Pilkada 2024? Tentu saja boleh.", {P}),
    ("Bolehkah ASN memilih pada Pilkada 2024? Silakan, itu hak pribadi.", {P}),
    ("Apakah ASN bisa memilih pada Pilkada 2024? Silahkan saja, asalkan di bilik suara.", {P}),
    ("Bolehkah PNS menonton debat calon pada Pilkada 2024? Ya, monggo.", {P}),
    ("Apakah ASN boleh menyukai postingan calon pada Pilkada 2024? Tidak boleh.", {B}),
    ("Apakah ASN boleh memakai kaos calon pada Pilkada 2024? Tidak diperbolehkan.", {B}),
    # leave in the second clause of a ban, and the ban's own clause
    ("ASN dilarang berkampanye, tetapi boleh menggunakan hak pilihnya pada Pilkada 2024.", {B, P}),
    ("PNS dilarang menjadi tim sukses, namun tetap dapat menggunakan hak pilih pada Pilkada 2024.", {B, P}),
    ("ASN tidak boleh memakai atribut partai, tapi boleh hadir sebagai pendengar pada Pilkada 2024.", {B, P}),
    ("ASN dilarang memakai atribut calon, tetapi diperbolehkan datang ke kampanye pada Pilkada 2024.", {B, P}),
    ("PNS dilarang berpose dengan jari, tapi boleh berfoto dengan calon pada Pilkada 2024.", {B, P}),
    ("ASN tidak boleh terlibat kampanye, namun tetap diizinkan mencoblos pada Pilkada 2024.", {B, P}),
    ("Silakan ASN datang ke kampanye, asal jangan pakai seragam pada Pilkada 2024.", {P, B}),
    ("Silakan ASN mendengarkan debat calon, tetapi jangan berkomentar pada Pilkada 2024.", {P, B}),
    ("ASN dilarang hadir dengan seragam, akan tetapi boleh datang dengan pakaian biasa pada Pilkada 2024.", {B, P}),
    ("ASN tak boleh jadi juru kampanye, tapi boleh mencoblos pada Pilkada 2024.", {B, P}),
    ("ASN dilarang memberi dukungan di media sosial, sedangkan menggunakan hak pilih diperbolehkan pada Pilkada 2024.",
     {B, P}),
    ("ASN dilarang berkampanye. Namun mereka tetap boleh hadir sebagai pendengar pada Pilkada 2024.", {B, P}),
    # no leave: bans, penalties, "perhaps", the bare right to vote
    ("Tidak ada yang boleh ikut kampanye di antara ASN pada Pilkada 2024.", {B}),
    ("Tidak ada ASN yang diperbolehkan ikut kampanye pada Pilkada 2024.", {B}),
    ("Tidak satu pun ASN boleh memasang stiker calon pada Pilkada 2024.", {B}),
    ("PNS tidak diperbolehkan memasang baliho calon pada Pilkada 2024.", {B}),
    ("ASN tidak dibolehkan membagikan unggahan calon pada Pilkada 2024.", {B}),
    ("ASN tak bisa berpihak kepada salah satu calon pada Pilkada 2024.", {B}),
    ("ASN yang terbukti berkampanye dapat dikenai sanksi pada Pilkada 2024.", {S}),
    ("ASN yang tidak netral dapat dikenakan hukuman disiplin pada Pilkada 2024.", {S}),
    ("Bisa saja ada oknum ASN yang terlibat politik praktis pada Pilkada 2024.", set()),
    ("Jumlah pemilih ASN bisa saja bertambah pada Pilkada 2024.", set()),
    ("ASN bisa jadi korban tekanan calon petahana pada Pilkada 2024.", set()),
    ("Boleh jadi ada ASN yang ikut kampanye pada Pilkada 2024.", set()),
    ("ASN boleh jadi menjadi sasaran politik uang pada Pilkada 2024.", set()),
    ("Jumlah ASN yang melanggar boleh jadi lebih banyak pada Pilkada 2024.", set()),
    ("Boleh dikatakan ASN menjadi pihak yang paling disorot pada Pilkada 2024.", set()),
    ("ASN boleh dibilang paling rawan dimobilisasi pada Pilkada 2024.", set()),
    ("Pegawai ASN tidak boleh jadi tim sukses pada Pilkada 2024.", {B}),
    ("ASN tetap punya hak pilih pada Pilkada 2024.", set()),
    ("Hak politik ASN tetap ada di bilik suara pada Pilkada 2024.", set()),
    ("ASN tetap memiliki hak untuk memilih pada Pilkada 2024.", set()),
    ("ASN diberi izin cuti untuk mengurus keluarga pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every text of the list analysed in one batch, by text."""
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "kinds"), CASES, ids=[t[:60] for t, _ in CASES])
def test_each_form_gives_the_gold_kinds(analysed: dict, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[text].directives} == kinds
