"""Leave in explainers: what civil servants may and may not do, as explainer stories and government pages set it
out in questions and answers, lists and limited leave.

Explainers ask and answer ("Bolehkah ASN hadir di kampanye? Boleh, asalkan ..."), list what is allowed ("Berikut
hal yang boleh dilakukan ASN: ...") and bound it ("hanya diperkenankan", "dengan catatan", "sepanjang tidak",
"sebatas"). The yardstick's conventions: the answer carries the directive, never the question; a
list's lead gives one directive and each item with its own modal one more. The read half holds almost no such
explainers, so the forms are here for the unseen outlets that write them. The stories are ours; all are analysed in
one batch."""

from __future__ import annotations

import pytest

P, B = "permission", "prohibition"

# (text, kinds the gold convention expects)
CASES: list = [
    # question and answer: the answer carries the leave
    ("Bolehkah ASN hadir di kampanye pada Pilkada 2024? Boleh, asalkan tidak memakai atribut calon.", {P}),
    ("Apakah PNS boleh berfoto dengan calon pada Pilkada 2024? Tidak boleh.", {B}),
    ("Apakah ASN boleh menghadiri kampanye pada Pilkada 2024? Jawabannya boleh, sepanjang hanya sebagai "
     "pendengar.", {P}),
    ("Bolehkah ASN menggunakan hak pilih pada Pemilu 2024? Tentu boleh.", {P}),
    ("Bisakah ASN datang ke kampanye calon pada Pilkada 2024? Bisa, tetapi tidak boleh memakai atribut.", {P, B}),
    ("Apakah ASN dilarang menonton debat calon pada Pilkada 2024? Tidak dilarang, asal tidak ikut bersorak.", {P}),
    ("Bolehkah PNS menjadi tim sukses pada Pilkada 2024? Jelas tidak boleh.", {B}),
    ("Apakah ASN diperbolehkan mencalonkan diri pada Pilkada 2024? Diperbolehkan, dengan catatan mengundurkan "
     "diri.", {P}),
    ("Bolehkah ASN menyukai unggahan calon di media sosial pada Pilkada 2024? Tidak diperbolehkan.", {B}),
    ("Apakah ASN boleh memasang foto calon sebagai foto profil pada Pilkada 2024? Jawabannya tidak boleh.", {B}),
    ("Bolehkah ASN mendampingi istrinya yang menjadi calon pada Pilkada 2024? Boleh saja, tetapi tanpa atribut.", {P}),
    ("Lalu bolehkah ASN hadir di kampanye pada Pilkada 2024? Boleh, namun hanya sebagai pendengar.", {P}),
    # lists of allowed acts: the lead gives one
    ("Berikut hal yang boleh dilakukan ASN pada Pilkada 2024: 1. menggunakan hak pilih; 2. menghadiri kampanye "
     "sebagai pendengar.", {P}),
    ("Yang diperbolehkan bagi ASN selama Pilkada 2024: menggunakan hak pilih di TPS dan mendengarkan visi misi "
     "calon.", {P}),
    ("Ada beberapa hal yang diperbolehkan bagi ASN selama Pilkada 2024, antara lain menggunakan hak pilih.", {P}),
    ("Hal-hal yang boleh dilakukan ASN selama Pemilu 2024 antara lain menghadiri kampanye sebagai pendengar.", {P}),
    ("Adapun yang dibolehkan bagi ASN dalam Pilkada 2024 adalah hadir di kampanye tanpa atribut.", {P}),
    ("Beberapa hal yang masih boleh dilakukan ASN pada Pilkada 2024 yaitu memilih di TPS.", {P}),
    # limited leave
    ("ASN hanya diperkenankan hadir di kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN boleh menghadiri kampanye dengan catatan tidak memakai seragam dinas pada Pilkada 2024.", {P}),
    ("ASN boleh berfoto dengan calon sepanjang tidak berpose jari pada Pilkada 2024.", {P}),
    ("Kehadiran ASN di kampanye sebatas mendengarkan visi misi diperbolehkan pada Pilkada 2024.", {P}),
    ("ASN boleh hadir di kampanye hanya sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN masih bisa hadir di kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN tidak masalah datang ke kampanye asal tidak memakai atribut pada Pilkada 2024.", {P}),
    ("Hadir di kampanye sebagai pendengar sah-sah saja bagi ASN pada Pilkada 2024.", {P}),
    ("ASN diberi kesempatan mendengarkan visi misi calon pada Pilkada 2024.", {P}),
    ("ASN diberikan kesempatan untuk hadir di kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN sah saja memilih calon mana pun pada Pilkada 2024.", {P}),
    ("ASN dipersilakan hadir di kampanye, sebatas mendengarkan visi misi pada Pilkada 2024.", {P}),
    ("ASN boleh memilih calon mana saja, asalkan di bilik suara pada Pilkada 2024.", {P}),
    ("ASN tetap diperkenankan menggunakan hak pilihnya pada Pilkada 2024.", {P}),
    ("ASN tidak dilarang hadir di kampanye sepanjang tidak memakai atribut pada Pilkada 2024.", {P}),
    ("Tidak masalah ASN hadir di kampanye, asal tidak memakai atribut pada Pilkada 2024.", {P}),
    ("ASN juga diizinkan menerima undangan calon dalam acara keluarga pada Pilkada 2024.", {P}),
    ("ASN diperkenankan memberikan tanda suka pada unggahan netral pada Pilkada 2024.", {P}),
    ("ASN dapat menggunakan hak pilihnya asalkan tidak menunjukkan pilihannya pada Pilkada 2024.", {P}),
    ("ASN tentu boleh menggunakan hak pilihnya pada Pilkada 2024.", {P}),
    ("Bagi ASN, menghadiri kampanye tidak masalah asal tanpa atribut pada Pilkada 2024.", {P}),
    ("ASN tetap diberi hak untuk memilih di TPS pada Pilkada 2024.", set()),
    ("ASN boleh hadir di kampanye, namun sebatas sebagai pendengar pada Pilkada 2024.", {P}),
    ("ASN diperbolehkan hadir dengan catatan tidak ikut berorasi di kampanye Pilkada 2024.", {P}),
    ("ASN yang maju sebagai calon diizinkan cuti di luar tanggungan negara pada Pilkada 2024.", {P}),
    ("ASN juga boleh menonton debat calon di rumah pada Pilkada 2024.", {P}),
    ("ASN boleh datang ke kampanye, tapi hanya sebagai pendengar, tidak lebih pada Pilkada 2024.", {P}),
    ("Sah-sah saja ASN mendengarkan visi misi calon pada Pilkada 2024.", {P}),
    ("Tidak apa-apa ASN datang ke kampanye asal tanpa atribut pada Pilkada 2024.", {P}),
    ("Diperbolehkan bagi ASN untuk menghadiri kampanye sebagai pendengar pada Pilkada 2024.", {P}),
    ("Dibolehkan bagi ASN menghadiri acara keluarga calon pada Pilkada 2024.", {P}),
    # negatives: questions unanswered, forbidden lists
    ("Bolehkah ASN menghadiri kampanye pada Pilkada 2024? Simak penjelasannya berikut.", set()),
    ("Hal-hal yang tidak boleh dilakukan ASN selama Pilkada 2024 antara lain memasang spanduk calon.", {B}),
    ("Pemkab menyosialisasikan apa yang boleh dan apa yang tidak boleh dilakukan ASN pada Pilkada 2024.", set()),
    ("Menurut Bawaslu, alasan itu tidak dibenarkan dalam Pilkada 2024.", set()),
    ("ASN tidak dibenarkan menjadi tim sukses calon pada Pilkada 2024.", {B}),
    # short answers with the modal alone, granted and refused
    ("Bisakah ASN hadir di kampanye pada Pilkada 2024? Bisa.", {P}),
    ("Apakah ASN bisa hadir di kampanye pada Pilkada 2024? Bisa saja, asalkan tanpa atribut.", {P}),
    ("Dapatkah ASN hadir di kampanye pada Pilkada 2024? Dapat, sepanjang sebagai pendengar.", {P}),
    ("Apakah ASN boleh hadir di kampanye pada Pilkada 2024? Ya, bisa.", {P}),
    ("Bisakah ASN menjadi tim sukses pada Pilkada 2024? Tidak bisa.", {B}),
    ("Apakah ASN boleh hadir di kampanye pada Pilkada 2024? Ya, boleh.", {P}),
    # "dibenarkan" that confirms a report, and leave that is a condition of a post
    ("Kabar ASN hadir di kampanye itu dibenarkan Kepala BKD pada Pilkada 2024.", set()),
    ("ASN yang menjadi anggota PPK harus mendapat izin atasan pada Pilkada 2024.", {"obligation"}),
    ("Kapan Pilkada 2024 digelar? Bisa dilihat di situs KPU, kata ASN itu.", set()),
    ("Ya, bisa saja lebih dari tiga pasangan calon ASN yang maju pada Pilkada 2024.", set()),
    # explainers set out as lists and question-and-answer blocks, one rule a line
    ("Netralitas ASN pada Pilkada 2024 diatur tegas.\n\nBerikut hal yang boleh dilakukan ASN:\n1. Menggunakan hak "
     "pilih di TPS.\n2. Menghadiri kampanye sebagai pendengar.\n3. Berfoto dengan calon di acara keluarga.", {P}),
    ("Netralitas ASN pada Pilkada 2024 diatur tegas.\n\nYang diperbolehkan bagi ASN:\n- Menggunakan hak pilih.\n"
     "- Mendengarkan visi misi calon.", {P}),
    ("Netralitas ASN pada Pilkada 2024 diatur tegas.\n\nHal yang tidak boleh dilakukan ASN:\n1. Memasang spanduk "
     "calon.\n2. Menjadi tim sukses.", {B}),
    ("Panduan netralitas ASN pada Pilkada 2024.\n\n- Hak pilih: ASN boleh menggunakan hak pilihnya di TPS.\n"
     "- Kampanye: ASN diperbolehkan hadir sebagai pendengar, tetapi tidak boleh memakai atribut.\n"
     "- Media sosial: ASN dilarang membagikan unggahan calon.", {P, B}),
    ("Panduan netralitas ASN pada Pilkada 2024.\n\nBolehkah ASN hadir di kampanye?\nBoleh, sepanjang hanya sebagai "
     "pendengar dan tanpa atribut.\n\nBolehkah ASN berfoto dengan calon?\nTidak boleh, kecuali di acara keluarga.",
     {P, B}),
    ("Pertanyaan yang sering muncul menjelang Pilkada 2024: bolehkah PNS hadir di kampanye? Jawabannya boleh, "
     "asalkan tidak memakai atribut.", {P}),
    ("Lalu, apa saja yang boleh dilakukan ASN selama Pilkada 2024? ASN boleh menggunakan hak pilih dan menghadiri "
     "kampanye sebagai pendengar.", {P}),
    ("Q: Bolehkah ASN ikut kampanye pada Pilkada 2024?\nA: Boleh, tetapi hanya sebagai pendengar.", {P}),
    ("Tanya: Bolehkah ASN ikut kampanye pada Pilkada 2024?\nJawab: Boleh, sebatas mendengarkan visi misi.", {P}),
    # the answer reported after the one who gives it: the speaker rules, the civil servants asked are addressed
    ("Bolehkah ASN hadir di kampanye Pilkada 2024? Bawaslu menjawab boleh, asal hanya sebagai pendengar.", {P}),
    ("ASN bertanya apakah mereka boleh hadir di kampanye Pilkada 2024. Bupati menjawab boleh, asalkan tanpa "
     "atribut.", {P}),
    ("Sejumlah ASN bertanya soal kampanye Pilkada 2024. Bupati menegaskan tidak boleh.", {B}),
    ("Sejumlah ASN bertanya soal kampanye Pilkada 2024. Bawaslu pun menegaskan dilarang.", {B}),
    ("Sejumlah ASN hadir di rapat persiapan Pilkada 2024. KPU menegaskan harus siap.", set()),
    ("Bawaslu menggelar rapat soal Pilkada 2024. Ketua Bawaslu menyebut tidak boleh ada kampanye di tempat ibadah.",
     set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every text of the list analysed in one batch, by text."""
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "kinds"), CASES, ids=[t[:60] for t, _ in CASES])
def test_explainer_leave_gives_the_gold_kinds(analysed: dict, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[text].directives} == kinds
