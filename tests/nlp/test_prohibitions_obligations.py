"""Prohibition and obligation coverage: what the joint decree on ASN neutrality (SKB 2022) and KASN guidance forbid
civil servants and require of them, one sentence per form reporters write the rule in.

Unseen outlets write the same rules in many shapes (the addressee before or after the cue, a rule noun heading a
copula, colon and numbered lists after a cue, topicalised and passive conduct, an active verb of a rule-giver,
quotes); each form stays covered here. A list after a cue is one directive, as the gold counts it. Rules for
candidates that involve civil servants bind them too ("Pasangan calon dilarang melibatkan ASN", gold 4 to 0);
rules for others, rules pointed back to, a question and a request a condition only supposes give none.
"""

from __future__ import annotations

import pytest

# Conduct forbidden: attending declarations, campaigning, party attributes, social media, hand signs, support
# letters, state facilities, success teams, decisions and events favouring a candidate.
PROHIBITED: list[str] = [
    "ASN dilarang menghadiri deklarasi pasangan calon bupati pada Pilkada 2024.",
    "Larangan bagi ASN antara lain ikut kampanye, memasang spanduk calon, dan menjadi tim sukses dalam Pilkada 2024.",
    "Larangan bagi ASN antara lain: ikut kampanye, memakai atribut partai, dan mengunggah foto calon pada Pemilu 2024.",
    "ASN tidak boleh: 1) menghadiri deklarasi calon; 2) memakai atribut partai; 3) menjadi tim sukses dalam "
    "Pilkada 2024.",
    "Yang tidak boleh dilakukan ASN adalah ikut berkampanye untuk calon kepala daerah dalam Pilkada 2024.",
    "Hal yang tidak boleh dilakukan ASN adalah memberi tanda suka pada unggahan calon di media sosial "
    "menjelang Pemilu 2024.",
    "Memasang spanduk calon dilarang bagi ASN selama Pilkada 2024.",
    "Mengunggah foto bersama calon bupati di media sosial dilarang bagi ASN pada Pilkada 2024.",
    "Berfoto dengan gaya jari calon juga dilarang untuk ASN dalam Pemilu 2024.",
    "Bagi ASN, ikut kampanye calon gubernur dilarang dalam Pilkada 2024.",
    "Bagi ASN dilarang menjadi anggota tim sukses pasangan calon dalam Pilkada 2024.",
    "Kepada ASN dilarang memakai kaos bergambar calon selama Pilkada 2024.",
    "Para ASN dilarang membagikan konten kampanye calon legislatif di grup WhatsApp menjelang Pemilu 2024.",
    "ASN dilarang mengomentari unggahan calon presiden di media sosial selama Pemilu 2024.",
    "ASN juga dilarang menggunakan fasilitas negara untuk kepentingan calon dalam Pilkada 2024.",
    "ASN dilarang membuat keputusan yang menguntungkan salah satu pasangan calon dalam Pilkada 2024.",
    "ASN dilarang mengadakan kegiatan yang mengarah pada keberpihakan kepada calon dalam Pilkada 2024.",
    "ASN dilarang memberikan surat dukungan kepada bakal calon anggota DPD dalam Pemilu 2024.",
    "ASN dilarang menjadi pengurus atau anggota partai politik menjelang Pemilu 2024.",
    "ASN dilarang berpose dengan simbol tangan pasangan calon saat berfoto dalam Pilkada 2024.",
    "ASN dilarang ikut dalam konvoi dan pawai pendukung calon dalam Pilkada 2024.",
    "ASN tidak boleh hadir dalam deklarasi dukungan kepada calon wali kota pada Pilkada 2024.",
    "Seorang ASN tidak boleh menjadi juru kampanye pasangan calon pada Pilkada 2024.",
    "Setiap ASN dilarang menyebarkan alat peraga kampanye calon selama Pilkada 2024.",
    "Seluruh ASN di lingkungan Pemkab dilarang terlibat politik praktis selama Pilkada 2024.",
    "Ada beberapa larangan bagi ASN, di antaranya menghadiri kampanye dan memasang alat peraga dalam Pilkada 2024.",
    "Sejumlah larangan bagi ASN yakni ikut kampanye, menjadi tim sukses dan memasang baliho calon dalam Pilkada 2024.",
    "Adapun larangan bagi ASN yaitu mendukung calon secara terbuka di media sosial pada Pemilu 2024.",
    "ASN dilarang, antara lain, ikut kampanye dan memakai atribut partai dalam Pemilu 2024.",
    "ASN dilarang keras terlibat dalam kegiatan kampanye calon legislatif pada Pemilu 2024.",
    "Salah satu larangan bagi ASN adalah ikut serta dalam kampanye calon bupati pada Pilkada 2024.",
    "ASN diharamkan ikut kampanye calon kepala daerah dalam Pilkada 2024.",
    "Sesuai SKB, ASN dilarang menghadiri kegiatan kampanye pasangan calon dalam Pilkada 2024.",
    "Menurut aturan, ASN dilarang mengunggah dukungan kepada calon di media sosial pada Pilkada 2024.",
    "Dalam SKB itu disebutkan, ASN dilarang memasang spanduk promosi calon selama Pemilu 2024.",
    "Ia menegaskan ASN tidak boleh ikut kampanye calon bupati dalam Pilkada 2024.",
    "Bupati menegaskan bahwa ASN dilarang menghadiri deklarasi calon dalam Pilkada 2024.",
    "ASN tidak boleh terlibat dalam tim pemenangan pasangan calon, kata Sekda dalam Pilkada 2024.",
    "Dilarang bagi ASN untuk ikut berkampanye dalam Pilkada 2024.",
    "Dilarang keras bagi ASN memasang foto calon sebagai foto profil media sosial dalam Pemilu 2024.",
    "ASN dilarang menjadi peserta kampanye dengan memakai atribut partai dalam Pemilu 2024.",
    "ASN dilarang melakukan ajakan kepada keluarga untuk memilih calon tertentu dalam Pilkada 2024.",
    "ASN dilarang memberikan barang kepada warga untuk memenangkan calon dalam Pilkada 2024.",
    "PNS dilarang menjadi anggota tim kampanye calon presiden dalam Pemilu 2024.",
    "PPPK juga dilarang ikut kampanye calon gubernur dalam Pilkada 2024.",
    "ASN tidak diperbolehkan menyukai atau membagikan unggahan calon bupati di media sosial pada Pilkada 2024.",
    "Pasangan calon dilarang melibatkan ASN dalam kampanye Pilkada 2024.",
    "ASN dilarang:\n1. menghadiri deklarasi calon;\n2. memasang alat peraga kampanye;\n3. menjadi tim "
    "sukses.\nHal itu berlaku selama Pilkada 2024.",
    "Larangan bagi ASN dalam Pilkada 2024 sebagai berikut:\na. ikut kampanye;\nb. memakai atribut partai;\nc. "
    "mengunggah dukungan di media sosial.",
    "Hal-hal yang dilarang bagi ASN dalam Pemilu 2024 antara lain menjadi anggota partai dan ikut kampanye.",
    "Yang dilarang bagi ASN adalah ikut kampanye calon bupati dalam Pilkada 2024.",
    "ASN pun dilarang ikut kampanye calon gubernur dalam Pilkada 2024.",
    "ASN tak diperkenankan mengikuti kampanye calon bupati pada Pilkada 2024.",
    "ASN dilarang keras, baik secara langsung maupun melalui media sosial, mendukung calon dalam Pilkada 2024.",
    "Kami tegaskan, ASN dilarang menghadiri deklarasi calon kepala daerah pada Pilkada 2024.",
    "\u201cASN dilarang berfoto dengan calon sambil menunjukkan simbol jari,\u201d kata Sekda soal Pilkada 2024.",
    "Untuk ASN, dilarang mengikuti kampanye calon bupati pada Pilkada 2024.",
    "Terkait Pilkada 2024, ASN dilarang mempromosikan calon di media sosial.",
    "ASN dilarang menyukai, mengomentari, atau membagikan unggahan calon di media sosial pada Pemilu 2024.",
    "Ikut kampanye calon bupati tidak boleh dilakukan ASN pada Pilkada 2024.",
    "Menjadi tim sukses calon juga tidak diperbolehkan bagi ASN dalam Pilkada 2024.",
    "ASN juga tidak boleh memasang foto calon sebagai gambar profil di media sosial pada Pilkada 2024.",
    "Pegawai negeri dilarang ikut kampanye calon presiden dalam Pemilu 2024.",
    "Aparatur sipil negara dilarang terlibat politik praktis menjelang Pilkada 2024.",
    "ASN dilarang menghadiri kampanye, kecuali sebagai pendengar tanpa atribut dalam Pilkada 2024.",
    "Dilarang untuk ASN ikut kampanye calon bupati pada Pilkada 2024.",
    "Bupati melarang ASN ikut kampanye calon gubernur pada Pilkada 2024.",
    "Bupati melarang keras seluruh ASN memasang spanduk calon pada Pilkada 2024.",
    "SKB itu melarang ASN memberikan dukungan kepada calon dalam Pilkada 2024.",
    "Surat edaran itu melarang PNS menghadiri deklarasi calon presiden pada Pemilu 2024.",
    "Tidak boleh ada ASN yang ikut kampanye calon bupati dalam Pilkada 2024.",
    "Tidak ada ASN yang boleh ikut kampanye calon gubernur dalam Pilkada 2024.",
    "Tidak satu pun ASN boleh terlibat kampanye dalam Pilkada 2024.",
    "ASN dilarang terlibat kampanye, apalagi menjadi tim sukses calon dalam Pilkada 2024.",
    "ASN, dilarang ikut kampanye calon kepala daerah pada Pilkada 2024.",
    "ASN dilarang menggunakan mobil dinas untuk mengantar calon berkampanye pada Pilkada 2024.",
    "ASN dilarang mengarahkan bawahan untuk memilih calon tertentu dalam Pilkada 2024.",
    "ASN dilarang memberikan like pada postingan calon legislatif di Facebook menjelang Pemilu 2024.",
    "ASN dilarang ikut mengkampanyekan calon melalui grup WhatsApp selama Pilkada 2024.",
    "ASN dilarang menjadi saksi pasangan calon di TPS pada Pilkada 2024.",
    "Pejabat eselon dilarang membuat program yang menguntungkan salah satu calon dalam Pilkada 2024.",
    "Kepala OPD dilarang mengumpulkan ASN untuk mendukung calon dalam Pilkada 2024.",
]


# Conduct required: neutrality, distance, reporting violations, privacy of choice, equal service.
REQUIRED: list[str] = [
    "ASN wajib bersikap netral dalam Pilkada 2024.",
    "ASN harus menjaga jarak dengan semua pasangan calon dalam Pilkada 2024.",
    "ASN diwajibkan melaporkan dugaan pelanggaran netralitas kepada Bawaslu selama Pilkada 2024.",
    "ASN wajib merahasiakan pilihan politiknya pada Pemilu 2024.",
    "ASN wajib memberikan pelayanan yang sama kepada semua warga selama Pilkada 2024.",
    "ASN harus melayani masyarakat tanpa membeda-bedakan pilihan politik pada Pemilu 2024.",
    "Kewajiban ASN adalah menjaga netralitas dalam Pilkada 2024.",
    "Kewajiban bagi ASN antara lain bersikap netral dan menjaga jarak dengan calon dalam Pilkada 2024.",
    "Yang harus dilakukan ASN adalah menjaga netralitas selama Pilkada 2024.",
    "Bagi ASN, menjaga netralitas adalah kewajiban dalam Pemilu 2024.",
    "Netralitas wajib dijaga oleh ASN selama Pilkada 2024.",
    "ASN wajib: menjaga netralitas, melayani masyarakat dan melaporkan pelanggaran dalam Pilkada 2024.",
    "Setiap ASN wajib menjaga kerahasiaan pilihannya dalam Pemilu 2024.",
    "Seluruh ASN harus tetap profesional dan tidak memihak dalam Pilkada 2024.",
    "ASN harus bisa menempatkan diri secara netral dalam Pilkada 2024.",
    "ASN wajib menjaga netralitas, tegas Bupati dalam Pilkada 2024.",
    "Ia menegaskan ASN wajib netral dalam Pilkada 2024.",
    "ASN dituntut menjaga jarak dengan partai politik selama Pemilu 2024.",
    "Para PNS diwajibkan tetap netral dalam Pemilu 2024.",
    "ASN berkewajiban melaporkan jika melihat pelanggaran netralitas dalam Pilkada 2024.",
    "Diwajibkan bagi ASN untuk menjaga netralitas selama Pilkada 2024.",
    "Wajib bagi ASN untuk bersikap netral dalam Pemilu 2024.",
    "Kepada ASN diwajibkan menjaga netralitas dalam Pilkada 2024.",
    "ASN pun wajib menjaga netralitas selama Pilkada 2024.",
    "Yang wajib dilakukan ASN ialah menjaga netralitas selama Pilkada 2024.",
    "Kewajiban ASN yaitu bersikap netral dalam Pilkada 2024.",
    "Ada kewajiban bagi ASN untuk menjaga netralitas dalam Pilkada 2024.",
    "Salah satu kewajiban ASN adalah menjaga netralitas dalam Pilkada 2024.",
    "Adapun kewajiban ASN yaitu menjaga netralitas dalam Pemilu 2024.",
    "Semua ASN harus menjaga jarak dari kegiatan politik praktis selama Pilkada 2024.",
    "ASN harus melaporkan kepada atasan bila diajak berkampanye dalam Pilkada 2024.",
    "ASN wajib menjaga kerahasiaan pilihan politiknya di lingkungan kerja dalam Pilkada 2024.",
    "ASN wajib melayani semua pihak secara adil tanpa memandang pilihan politik dalam Pilkada 2024.",
    "Sebagai abdi negara, ASN wajib netral dalam Pilkada 2024.",
    "ASN dituntut untuk bersikap netral dan tidak berpihak selama Pemilu 2024.",
    "\u201cASN wajib netral,\u201d tegas Bupati tentang Pilkada 2024.",
    "ASN mutlak wajib menjaga jarak dengan calon dalam Pilkada 2024.",
    "Bupati mewajibkan ASN melaporkan dugaan pelanggaran netralitas selama Pilkada 2024.",
    "Surat edaran itu mewajibkan seluruh ASN menjaga netralitas dalam Pemilu 2024.",
    "Kepala OPD wajib mengawasi netralitas ASN di instansinya selama Pilkada 2024.",
    "ASN wajib menolak bila diajak ikut kampanye calon dalam Pilkada 2024.",
    "ASN wajib menolak jika diminta menjadi tim sukses dalam Pilkada 2024.",
]


# A ban and a duty in one sentence.
BOTH: list[str] = [
    "ASN tidak boleh ikut kampanye dan wajib menjaga netralitas dalam Pilkada 2024.",
    "ASN wajib netral dan dilarang ikut kampanye dalam Pilkada 2024.",
]


# Rules for others, rules pointed back to or cited, a question, a request only supposed by a condition.
NOT_BINDING: list[str] = [
    "Larangan ini diatur dalam Surat Keputusan Bersama tentang netralitas ASN pada Pilkada 2024.",
    "Larangan tersebut tertuang dalam SKB lima menteri tentang netralitas ASN dalam Pemilu 2024.",
    "Aturan larangan itu tercantum dalam UU ASN yang berlaku pada Pemilu 2024.",
    "Peserta kampanye dilarang membawa senjata tajam pada Pilkada 2024.",
    "Penyelenggara pemilu wajib bersikap netral dalam Pilkada 2024.",
    "KPU wajib menyediakan TPS bagi pemilih disabilitas pada Pemilu 2024.",
    "Calon kepala daerah dilarang menggunakan fasilitas negara selama kampanye Pilkada 2024.",
    "Tim kampanye dilarang memasang alat peraga di kantor pemerintah pada Pilkada 2024.",
    "Bawaslu wajib mengawasi netralitas ASN selama Pilkada 2024.",
    "Pelaksana kampanye dilarang mengikutsertakan ASN dalam Pilkada 2024.",
    "Petahana wajib cuti di luar tanggungan negara selama kampanye Pilkada 2024.",
    "Larangan itu diatur dalam Undang-Undang Pilkada tahun 2024.",
    "Kewajiban ini diatur dalam PP Nomor 94 Tahun 2021 tentang Disiplin PNS yang berlaku pada Pemilu 2024.",
    "Pemilih dilarang membawa telepon genggam ke bilik suara pada Pemilu 2024.",
    "KPPS wajib membacakan tata cara pencoblosan pada Pemilu 2024.",
    "Warga dilarang merusak alat peraga kampanye selama Pilkada 2024.",
    "Apakah ASN dilarang ikut kampanye pada Pilkada 2024?",
    "Caleg dilarang berkampanye di kantor pemerintah selama Pemilu 2024.",
    "Peserta pemilu wajib melaporkan dana kampanye pada Pemilu 2024.",
    "Larangan tersebut merujuk pada Pasal 280 UU Pemilu yang berlaku pada Pemilu 2024.",
    "Kewajiban itu sejalan dengan UU ASN yang berlaku pada Pilkada 2024.",
    "Masyarakat diminta melapor bila menemukan politik uang pada Pilkada 2024.",
    "Bila ASN diminta netral, maka warga bebas memilih calonnya pada Pilkada 2024.",
]


@pytest.mark.parametrize("text", PROHIBITED, ids=[t[:56] for t in PROHIBITED])
def test_each_forbidden_conduct_is_a_prohibition(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"prohibition"}


@pytest.mark.parametrize("text", REQUIRED, ids=[t[:56] for t in REQUIRED])
def test_each_required_conduct_is_an_obligation(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"obligation"}


@pytest.mark.parametrize("text", BOTH, ids=[t[:56] for t in BOTH])
def test_a_ban_and_a_duty_give_both(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"prohibition", "obligation"}


@pytest.mark.parametrize("text", NOT_BINDING, ids=[t[:56] for t in NOT_BINDING])
def test_rules_for_others_cited_or_supposed_give_none(run, text: str) -> None:
    """'Peserta pemilu wajib ...' binds others, 'Larangan tersebut merujuk pada ...' cites, 'Bila ASN diminta
    netral, maka ...' supposes a request."""
    assert {d.kind for d in run(text).directives} == set()


@pytest.mark.parametrize("text", [t for t in PROHIBITED if "\n" in t], ids=["numbered-list", "lettered-list"])
def test_a_list_after_a_cue_is_one_directive(run, text: str) -> None:
    assert len(run(text).directives) == 1


@pytest.mark.parametrize("text", [
    "Jika menemukan pelanggaran ASN diminta segera melapor kepada atasan selama Pilkada 2024.",
    "Bila ada pelanggaran, ASN diminta melapor ke Bawaslu pada Pilkada 2024.",
])
def test_a_request_after_a_condition_of_its_own_still_asks(run, text: str) -> None:
    """A verb of the condition ('menemukan') or a comma closes it: the request is made."""
    assert {d.kind for d in run(text).directives} == {"appeal"}


# A rule noun after a word of topic or a speech verb, with whom it binds (one or a list) and an unprefixed verb or a
# negator opening what it forbids.
NAMED_BANS: list[str] = [
    "Camat menjelaskan tentang larangan bagi ASN untuk ikut dalam kegiatan kampanye Pilkada 2024.",
    "Sekda mengingatkan tentang larangan ASN terlibat politik praktis pada Pilkada 2024.",
    "Kepala BKD menjelaskan larangan ASN, PPPK, dan honorer berpihak kepada salah satu calon pada Pilkada 2024.",
    "Panwaslu menyosialisasikan terkait larangan ASN untuk tidak terlibat kampanye pada Pilkada 2024.",
    "Surat edaran itu memuat soal larangan bagi PNS untuk turut serta dalam kampanye Pemilu 2024.",
    "Inspektur menerangkan mengenai larangan ASN hadir dalam deklarasi calon pada Pilkada 2024.",
    "Bupati menjelaskan larangan bagi ASN serta PPPK untuk ikut kampanye pada Pilkada 2024.",
]


@pytest.mark.parametrize("text", NAMED_BANS, ids=[t[:56] for t in NAMED_BANS])
def test_a_ban_named_with_whom_it_binds_and_its_content_is_a_prohibition(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"prohibition"}


@pytest.mark.parametrize("text", [
    "Dalam PKPU itu ada penjelasan terkait larangan kampanye di tempat ibadah pada Pemilu 2024.",
    "Bawaslu menerbitkan pedoman terkait larangan bagi ASN dalam Pilkada 2024.",
])
def test_a_ban_only_mentioned_gives_none(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == set()
