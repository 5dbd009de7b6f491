"""A generated matrix of appeals to civil servants: speakers x framings x addressees x links x conducts x frames.

Officials ask civil servants in many framings (hoping, stressing the importance, reminding, asking, inviting, leaving
a message, urging, instructing), name them by group or by title ("seluruh ASN di lingkungan Pemkab X", "para kepala
OPD", "camat dan lurah", "PPPK dan honorer", "kepala sekolah"), say what is important for them ("penting bagi
seluruh ASN untuk ...") or leave a message to them ("pesan kepada para PNS untuk ..."), stress it with "untuk" alone
("menegaskan untuk bersikap netral"), link what they ask with "agar", "supaya", "untuk" or a bare adverb or modal
("dapat", "tetap", "senantiasa"), and the story may quote them, report them after "X mengatakan,", open with "Dalam
sambutannya," or put a statement before them; the read half's gold gives each an appeal. The same framings about
the event, the voters, the press or a law give none. Left out: a bare adverb or modal after "menegaskan" and its
object ("menegaskan ASN tetap ..."), which the read half never writes, and "seluruh jajaran" after a verb of
stressing, which its gold splits. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed

A = "appeal"
TAIL = " pada Pilkada 2024."
CONTEXT = "Netralitas ASN dibahas dalam apel pagi jelang Pilkada 2024."

# how each framing asks: {s} the speaker, {a} whom it asks, {l} the link, {c} the conduct
FRAMINGS: dict[str, str] = {
    "berharap": "{s} berharap {a} {l} {c}",
    "berharap kepada": "{s} berharap kepada {a} {l} {c}",
    "mengharapkan": "{s} mengharapkan {a} {l} {c}",
    "menekankan pentingnya": "{s} menekankan pentingnya {a} {l} {c}",
    "menekankan kepada": "{s} menekankan kepada {a} {l} {c}",
    "mengingatkan pentingnya": "{s} mengingatkan {a} akan pentingnya {c}",
    "menegaskan kepada": "{s} menegaskan kepada {a} {l} {c}",
    "meminta": "{s} meminta {a} {l} {c}",
    "mengajak": "{s} mengajak {a} {l} {c}",
    "berpesan": "{s} berpesan kepada {a} {l} {c}",
    "menitipkan pesan": "{s} menitipkan pesan kepada {a} {l} {c}",
    "mendorong": "{s} mendorong {a} {l} {c}",
    "menginstruksikan": "{s} menginstruksikan {a} {l} {c}",
    "menghimbau": "{s} menghimbau {a} {l} {c}",
    "mengingatkan": "{s} mengingatkan {a} {l} {c}",
}
SPEAKERS: list[str] = ["Bupati Sleman Kustini Sri Purnomo", "Pj Gubernur Jawa Tengah Nana Sudjana",
                       "Sekda Bantul Agus Budiraharja", "Ketua Bawaslu Kabupaten Klaten Arif Fatkhurrohman"]
ADDRESSEES: list[str] = ["ASN", "seluruh ASN di lingkungan Pemkab Sleman", "para kepala OPD", "camat dan lurah",
                         "jajarannya", "PPPK dan honorer", "para guru", "kepala sekolah", "seluruh pegawai"]
LINKS: list[str] = ["agar", "supaya", "untuk", "dapat", "bisa", "senantiasa", "tetap", "selalu"]
CONDUCTS: list[str] = ["menjaga netralitas", "bersikap netral", "tidak terlibat politik praktis",
                       "menjaga integritas dan netralitas", "bersikap profesional dan netral",
                       "tidak memihak kepada calon mana pun"]


def _sentence(framing: str, speaker: str, whom: str, link: str, conduct: str) -> str:
    """One appeal without its tail, the first letter raised."""
    text = " ".join(FRAMINGS[framing].format(s=speaker, a=whom, l=link, c=conduct).split())
    return text[0].upper() + text[1:]


def _framed(frame: str, core: str, speaker: str) -> str:
    """The appeal as a story writes it: plain, quoted, after "X mengatakan,", after "Dalam sambutannya," or after a
    statement in the same sentence."""
    own = core[len(speaker):] if core.startswith(speaker) else None
    if frame == "quoted" and own is not None:
        return f"\"Saya{own} pada Pilkada 2024,\" kata {speaker}."
    if frame == "reported" and own is not None:
        return f"{speaker} mengatakan, ia{own}{TAIL}"
    if frame == "opening":
        return f"Dalam sambutannya, {core}{TAIL}"
    if frame == "statement":
        return f"Tahapan kampanye sudah dimulai, sehingga {core[0].lower() + core[1:]}{TAIL}"
    return core + TAIL


CASES: list[tuple[str, set[str]]] = (
    # every framing with every addressee, the link, conduct and speaker turning
    [(_sentence(f, SPEAKERS[k % 4], a, LINKS[k % 8], CONDUCTS[k % 6]) + TAIL, {A})
     for k, (f, a) in enumerate(product(FRAMINGS, ADDRESSEES))]
    # every framing with every link, the conduct turning
    + [(_sentence(f, SPEAKERS[k % 4], "ASN", link, CONDUCTS[(k + 1) % 6]) + TAIL, {A})
       for k, (f, link) in enumerate(product(FRAMINGS, LINKS))]
    # every framing in every frame, the speaker turning
    + [(_framed(frame, _sentence(f, SPEAKERS[k % 4], "seluruh ASN", "agar", "menjaga netralitas"), SPEAKERS[k % 4]),
        {A}) for k, (f, frame) in enumerate(product(FRAMINGS, ["plain", "quoted", "reported", "opening", "statement"]))]
    # the speaker himself, or none: the passive hope
    + [(_sentence(f, s, "seluruh pegawai", "untuk", "menjaga netralitas") + TAIL, {A})
       for s, f in product(["Kami", "Saya"], ["berharap", "meminta", "mengajak", "menghimbau", "mengingatkan"])]
    + [(f"{a[0].upper() + a[1:]} diharapkan {link} {c}{TAIL}", {A})
       for a, link, c in zip(ADDRESSEES, LINKS + ["agar"], CONDUCTS + CONDUCTS[:3])]
    + [
        # the civil servants after a quantifier right after a verb of stressing, and their conduct after
        # "pentingnya" negated or a state
        (f"Sekda menegaskan para guru untuk menjaga netralitas{TAIL}", {A}),
        (f"Bupati menekankan seluruh ASN di lingkungan Pemkab Sleman agar tidak memihak{TAIL}", {A}),
        (f"Kepala BKD menegaskan, seluruh pegawai untuk bersikap netral{TAIL}", {A}),
        (f"\"Kami tegaskan semua PNS untuk tetap netral,\" kata Bupati{TAIL}", {A}),
        (f"Ia menekankan para kepala sekolah supaya tidak terlibat kampanye{TAIL}", {A}),
        (f"Sekda menyampaikan setiap ASN untuk menjaga netralitas{TAIL}", {A}),
        ("“Kami tegaskan seluruh ASN untuk menjauhi politik praktis pada Pilkada 2024,” ujar Sekda.", {A}),
        (f"Bupati menegaskan para PNS untuk menolak ajakan tim sukses{TAIL}", {A}),
        (f"Bupati menekankan pentingnya ASN tidak terlibat politik praktis{TAIL}", {A}),
        (f"Sekda menegaskan pentingnya seluruh pegawai tetap netral{TAIL}", {A}),
        (f"Bupati menekankan pentingnya para guru tak memihak{TAIL}", {A}),
        # what is important for them, with "bagi" and a link to what they are to do
        (f"Menurutnya, penting bagi seluruh ASN untuk tetap netral{TAIL}", {A}),
        (f"Karena itu, penting bagi camat dan lurah untuk tidak memihak{TAIL}", {A}),
        (f"Sangat penting bagi para pegawai agar menjaga integritas{TAIL}", {A}),
        (f"\"Penting bagi PPPK dan honorer untuk bersikap netral,\" kata Sekda{TAIL}", {A}),
        (f"Penting bagi kita untuk menjaga integritas lembaga{TAIL}", set()),
        (f"Penting bagi semua pihak untuk mematuhi aturan kampanye{TAIL}", set()),
        (f"Netralitas sangat penting bagi ASN{TAIL}", set()),
        (f"Partisipasi pemilih penting bagi keberhasilan pesta demokrasi{TAIL}", set()),
        # a verb of stressing closed by "untuk" before the conduct, whom it asks named or in the sentence before;
        # before a noun it names a topic or a purpose
        (f"Bupati menegaskan untuk ASN bersikap netral{TAIL}", {A}),
        (f"Seluruh pegawai ditekankan untuk tidak terlibat politik praktis{TAIL}", {A}),
        (f"{CONTEXT} Sekda menegaskan untuk tetap netral{TAIL}", {A}),
        (f"{CONTEXT} \"Saya tekankan untuk menjaga integritas dan netralitas,\" kata Bupati.", {A}),
        (f"{CONTEXT} Kepala BKD juga menekankan untuk tidak memihak kepada calon mana pun.", {A}),
        (f"{CONTEXT} \"Kami tegaskan untuk kita semua bersikap netral,\" ujar Sekda.", {A}),
        (f"{CONTEXT} Kami lebih menekankan untuk pencegahannya{TAIL}", set()),
        ("Netralitas ASN sangat ditekankan untuk suksesnya Pilkada 2024.", set()),
        (f"{CONTEXT} Sekda menegaskan, untuk jadwalnya masih menunggu KPU.", set()),
        # a message to them with a link to their conduct; a message only named, or to others, asks nothing
        (f"Kepala BKD menyampaikan pesannya kepada para PNS untuk bersikap netral{TAIL}", {A}),
        (f"Sekda memberikan pesan kepada seluruh pegawai di lingkungan Pemkab Sleman agar tidak memihak{TAIL}", {A}),
        (f"Bupati menitipkan pesan kepada PPPK dan honorer supaya menjaga netralitas{TAIL}", {A}),
        (f"Camat memberikan pesan kepada para guru untuk tidak terlibat kampanye{TAIL}", {A}),
        (f"Pesannya kepada seluruh ASN untuk menjaga integritas dan netralitas{TAIL}", {A}),
        (f"Sekda menyampaikan kepada seluruh pegawai untuk tidak terlibat politik praktis{TAIL}", {A}),
        (f"Bupati menyampaikan pesan khusus kepada para ASN{TAIL}", set()),
        (f"Sekda menyampaikan beberapa pesan kepada para pegawai{TAIL}", set()),
        (f"Bupati menyampaikan pesan kepada warga untuk datang ke TPS{TAIL}", set()),
        # all the staff of a ministry or a government by the name their heads give them; a candidate's family is none
        ("\"Saya mohon dengan sangat kepada keluarga besar Kementerian Agama untuk tidak berpolitik,\" kata Menteri "
         "jelang Pemilu 2024.", {A}),
        (f"Seluruh keluarga besar Pemkab Sleman diimbau tetap menjaga netralitas{TAIL}", {A}),
        (f"Bupati berharap keluarga besar Pemerintah Kabupaten Bantul tidak memihak{TAIL}", {A}),
        (f"Bupati meminta keluarga besar calon untuk tenang{TAIL}", set()),
        # the same framings about the event, the voters, the press, other bodies or a law: none
        ("Bupati Sleman Kustini berharap Pilkada 2024 berjalan lancar dan aman.", set()),
        ("Pj Gubernur Jawa Tengah Nana Sudjana mengharapkan Pilkada 2024 berlangsung damai.", set()),
        ("Sekda menekankan pentingnya Pilkada 2024 berjalan jujur dan adil.", set()),
        ("Dalam sambutannya, Bupati berharap pesta demokrasi pada Pilkada 2024 berjalan sukses.", set()),
        (f"Ketua Bawaslu mengajak masyarakat untuk menggunakan hak pilih{TAIL}", set()),
        (f"Bupati mengimbau warga agar datang ke TPS{TAIL}", set()),
        (f"Kami berharap para pemilih tidak golput{TAIL}", set()),
        (f"Sekda berpesan kepada warga agar tidak mudah terprovokasi hoaks{TAIL}", set()),
        (f"Ketua Bawaslu mendorong masyarakat untuk melaporkan pelanggaran{TAIL}", set()),
        (f"Bupati mengingatkan pentingnya partisipasi pemilih{TAIL}", set()),
        (f"Bupati menitipkan pesan kepada para pemuda agar menjadi pemilih cerdas{TAIL}", set()),
        (f"Ia berharap media massa memberitakan pilkada secara berimbang{TAIL}", set()),
        (f"Ketua Bawaslu meminta jajaran pengawas untuk mengawasi netralitas ASN{TAIL}", set()),
        (f"Kapolres meminta anggotanya untuk menjaga netralitas{TAIL}", set()),
        (f"Bupati menginstruksikan Satpol PP untuk menertibkan alat peraga kampanye{TAIL}", set()),
        (f"Para pemilih diharapkan dapat menggunakan hak pilihnya{TAIL}", set()),
        (f"Bupati menekankan pentingnya netralitas penyelenggara{TAIL}", set()),
        (f"Bupati menegaskan seluruh pemilih untuk datang ke TPS{TAIL}", set()),
        (f"Bupati menekankan pentingnya pemilih tidak golput{TAIL}", set()),
        (f"Undang-Undang Nomor 5 Tahun 2014 mengatur netralitas ASN{TAIL}", set()),
        ("Netralitas ASN diatur dalam UU ASN dan PP Nomor 94 Tahun 2021 menjelang Pilkada 2024.", set()),
        (f"Sekda mengatakan netralitas ASN sangat penting{TAIL}", set()),
    ]
)


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the matrix analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][:64]))
def test_appeal_matrix_gives_the_gold_kinds(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
