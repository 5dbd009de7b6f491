"""Probe list of sentences that name a penalty word but threaten or impose no penalty on civil servants: "pidana"
followed by the words naming a crime's category or a prosecutor's division ("bukan pidana pemilu, tetapi pidana
umum", "Asisten Pidana Umum", "Bidang Pidana Khusus"), a kind of case or a post; a penalty noun heading its clause,
given in the passive with its reason right after ("Sanksi diberikan lantaran mereka berkampanye"), says why a penalty
reported was given; a penalty right after "dalam" ("ketegasan Pemkab dalam menindak ASN yang melanggar", "tegas dalam
memberikan sanksi") names the business someone acts in, unless a word of what will follow stands before it; a
follow-up as the purpose of a report someone is asked to make ("kami berharap warga melaporkannya ke Bawaslu untuk
ditindaklanjuti") asks the public to report; a penalty highlighted or to be made clear ("menyoroti sanksi yang akan
diberlakukan", "kejelasan sanksi itu penting") is the topic of a remark; a penalty not decided yet or left to be seen
("Bawaslu belum menentukan sanksinya", "Sanksinya masih ditunggu", "Sanksi tegas nanti kita lihat") is none imposed;
a candidate's or a campaign's penalty ("diskualifikasi", "penghentian sementara kampanye") in a sentence naming no
civil servant is the supervisors' measure against contestants; a penalty the public gives ("sanksi publik", "hukuman
langsung dari masyarakat", "sanksi adat") is disapproval or custom, while "sanksi moral" stays the commission's; the
first person right before a passive penalty ("Kami dinonjobkan tanpa pemeriksaan") tells of one the speaker bore,
while a pledge ("kami bersedia dijatuhi sanksi") stays; a penalty wanting grounds or seldom reached ("tidak punya
cukup alasan untuk menjatuhkan sanksi", "jarang yang berujung pada hukuman"), or said not to exist yet ("Sanksinya
belum ada"), is none imposed; seldom or left to be seen past a comma ("akan dihukum, dan jarang yang lolos") is not;
a penalty asked about ("ditanya sanksi bagi ...") is a question's topic; a penalty of the organisers' ethics council
(DKPP) in a sentence naming no civil servant falls on election organisers, and one of vote buying on anyone who buys
votes. A penalty of prison threatened to civil servants, and a penalty given to someone, stay sanctions. Sentences
are our own; all texts are analysed in one batch after a sentence naming the civil servants, and only the last
sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # a crime's category or a prosecutor's division
    ("Menurut Gakkumdu, perkara camat itu bukan pidana pemilu melainkan pidana umum.", ()),
    ("Kabar itu dibenarkan oleh mantan Asisten Pidana Umum Kejaksaan Tinggi.", ()),
    ("Surat tersebut diteruskan kepada Bidang Pidana Khusus Kejaksaan Negeri.", ()),
    ("Kepala Seksi Pidana Khusus hadir dalam rapat koordinasi Sentra Gakkumdu.", ()),
    # ... but a category put on someone by a verb of giving is a penalty
    ("ASN yang terbukti bisa dikenai pidana umum.", S),
    ("Pegawai yang memalsukan dukungan calon dapat dijatuhi pidana khusus.", S),
    # why a penalty reported was given
    ("Sanksi diberikan lantaran kedua lurah itu berfoto dengan pasangan calon.", ()),
    ("Sanksi disiplin dijatuhkan karena camat tersebut mendaftar sebagai bakal calon.", ()),
    ("Hukuman itu diberikan sebab ia mengunggah dukungan di media sosial.", ()),
    # the business someone acts in
    ("Bawaslu kota menunjukkan keseriusan dalam menindak pelanggaran netralitas pegawai.", ()),
    ("Ketegasan wali kota dalam menindak ASN yang berpihak sudah terbukti pada pemilu lalu.", ()),
    ("Warga berharap bupati bersikap tegas dalam memberikan sanksi kepada camat yang berpihak.", ()),
    ("Bawaslu meneruskan temuan itu ke BKN dalam hal pemberian sanksi.", ()),
    # a report asked for, the follow-up its purpose
    ("Jika ada temuan, kami berharap warga segera melaporkannya ke Bawaslu untuk ditindaklanjuti.", ()),
    ("Kalau ada yang berbuat onar, saya harap para lurah melapor ke polisi agar bisa segera ditindaklanjuti.",
     ("appeal",)),
    ("Bila ada pelanggaran, kami mengimbau masyarakat melapor ke Panwascam supaya langsung diproses.", ()),
    # a penalty as the topic of a remark
    ("Ketua DPRD juga menyoroti sanksi yang akan diberlakukan bagi ASN yang melanggar.", ()),
    ("Anggota dewan itu menyoroti konsekuensi bagi pegawai yang terlibat kampanye.", ()),
    ("Menurutnya, kejelasan hukuman bagi pegawai yang berpihak sangat penting.", ()),
    # a penalty put as a question; the answer after the comma still warns
    ("Ditanya sanksi bagi guru honorer yang ikut berkampanye, ia memilih tidak berkomentar.", ()),
    ("Seorang wartawan menanyakan hukuman untuk lurah yang memasang baliho calon.", ()),
    ("Ditanya soal netralitas, ia menjawab bahwa pegawai yang berpihak akan dijatuhi sanksi berat.", S),
    # a penalty of the organisers' ethics council, which judges only election organisers
    ("DKPP menjatuhkan sanksi pemberhentian tetap kepada seorang anggota KPU kota karena menerima uang dari calon.",
     ()),
    ("Lima komisioner Bawaslu kabupaten itu menerima sanksi dari Dewan Kehormatan Penyelenggara Pemilu.", ()),
    ("Usai bertemu DKPP, menteri menegaskan ASN yang berkampanye akan dijatuhi sanksi.", S),
    # vote buying, a crime of anyone, its penalty told with no civil servant named
    ("Polisi menegaskan, baik yang membagikan maupun yang menerima politik uang dapat dipenjara.", ()),
    ("Orang yang memberikan uang kepada warga agar mencoblos calon tertentu diancam pidana penjara tiga tahun.", ()),
    ("Guru honorer yang ikut membagikan politik uang akan diberhentikan.", S),
    # a penalty not decided yet, or left to be seen
    ("Namun Bawaslu belum menentukan ada atau tidaknya sanksi bagi kedua camat itu.", ()),
    ("Rekomendasi sudah dikirim ke BKN, dan sanksinya masih ditunggu.", ()),
    ("Sanksi tegas bagi camat itu nanti kita lihat.", ()),
    # a candidate's or a campaign's penalty, no civil servant named
    ("Hukuman paling berat bagi peserta pilkada adalah diskualifikasi dari pencalonan.", ()),
    ("Pelanggaran kampanye itu diganjar teguran tertulis hingga penghentian sementara kampanye.", ()),
    ("Panwas semestinya memberi sanksi tegas kepada kandidat itu berupa diskualifikasi.", ()),
    # a penalty the public gives
    ("Pegawai yang berpihak biar menerima sanksi sosial dari lingkungannya.", ()),
    ("Kalau ada camat yang main mata dengan calon, biarlah ia mendapat hukuman langsung dari masyarakat.", ()),
    ("Warga banjar yang tidak mencoblos calon pilihan paruman akan dikenakan sanksi adat.", ()),
    ("Menurut pengamat itu, pegawai yang berpihak akan menuai sanksi publik.", ()),
    # the speaker's own account of a penalty he bore
    ("Kami dinonjobkan tanpa pemeriksaan apa pun oleh inspektorat.", ()),
    ("Saya diberhentikan dari jabatan kepala seksi padahal tidak pernah berkampanye.", ()),
    ("Lebih baik mundur daripada kami dipecat di tengah masa tugas.", ()),
    # a penalty wanting grounds, or seldom reached
    ("Untuk dua lurah lainnya, panwas tidak punya cukup alasan untuk menjatuhkan sanksi.", ()),
    ("Sayangnya, laporan semacam itu jarang yang berujung pada hukuman disiplin.", ()),
    ("Menurut Bawaslu, kasus kepala dinas itu tidak cukup bukti untuk diberi sanksi.", ()),
    # ... but seldom or left to be seen past a comma, or seldom after the penalty, speaks of something else
    ("ASN yang melanggar akan dihukum, dan jarang yang lolos.", S),
    ("Pelanggaran ASN jarang yang dilaporkan, padahal ancaman sanksinya berat dan pasti dijatuhkan.", S),
    ("ASN yang terbukti berkampanye akan dijatuhi sanksi, kita lihat nanti hasil pemeriksaannya.", S),
    ("Bupati menegaskan pegawai yang berpihak akan dijatuhi sanksi, dan jarang yang bisa lolos.", S),
    # a penalty said not to exist yet
    ("Menurut Panwascam, sanksi disiplin belum ada hingga hari ini.", ()),
    ("Pidana pilkada belum pernah ada sejak tahapan dimulai, kata ketua Gakkumdu.", ()),
    # stay as they were
    ("ASN yang terbukti menjadi tim kampanye bisa dikenai pidana penjara satu tahun.", S),
    ("Kepala desa yang berpihak terancam pidana kurungan dan denda.", S),
    ("Jika terbukti, pegawai itu akan dipidana sesuai UU Pemilu.", S),
    ("Sanksi diberikan kepada tiga ASN yang hadir dalam deklarasi calon.", S),
    ("Sanksi tegas akan dijatuhkan kepada ASN yang terbukti berpihak.", S),
    ("Dua kepala dinas dijatuhi sanksi karena ikut berkampanye.", S),
    ("Pemkab akan tegas dalam memberikan sanksi bagi ASN yang tidak netral.", S),
    ("Kami bakal tegas dalam menindak pegawai yang ikut kampanye.", S),
    ("Temuan itu akan kami laporkan ke BKN untuk ditindaklanjuti dengan sanksi.", S),
    ("Calon yang mengerahkan ASN bisa didiskualifikasi, dan ASN itu dijatuhi sanksi disiplin.", S),
    ("Lurah yang terbukti berpihak dijatuhi sanksi moral oleh komisi ASN.", S),
    ("Pegawai yang berkampanye akan dikenai sanksi disiplin dan sanksi sosial.", S),
    ("Jika terbukti berpihak, kami bersedia dijatuhi sanksi sesuai aturan.", S),
    ("Camat yang berkampanye itu sudah kami berhentikan dari jabatannya.", S),
    ("Bukti cukup kuat, sehingga sekdes itu dijatuhi sanksi teguran tertulis.", S),
    ("ASN yang berkampanye akan dikenai sanksi, tidak ada tawar-menawar.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_word_that_threatens_no_one(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
