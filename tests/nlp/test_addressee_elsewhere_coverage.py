"""Probe list of bans and duties whose civil servants stand outside the sentence: in the sentence before, behind a
pronoun ("mereka", "kalian", "anda", "saudara-saudara", "bapak ibu", "kita" said to one's staff), as the implied
subject of a list after a header, of a rule written as a noun, of a bare imperative ("Jangan ikut-ikutan"), after
"termasuk", "baik ... maupun", "apalagi", "bahkan", and over a quote that runs on. Conduct put first whose object a
candidate owns ("menyukai unggahan calon pun dilarang") forbids it to them, not to the candidate; "no need to" with
taking sides or showing it ("tidak perlu ikut-ikutan", "dukungan tidak perlu diumbar") is a ban, as the read half
reads it, unless a request frames it. Unseen outlets bring forms the annotated items lack; each form stays covered
here. Sentences are our own; all texts are analysed in one batch and the kinds of the last sentence are checked."""

from __future__ import annotations

import pytest

ABOUT = "Bupati mengingatkan ASN di lingkungan Pemkab agar netral pada Pilkada 2024. "

# (kind the last sentence must give, the text before it naming whom, the last sentence)
FORMS: list[tuple[str, str, str]] = [
    ("prohibition", "ASN harus netral pada Pilkada 2024. ",
     "Tidak boleh ikut kampanye, tidak boleh memakai atribut partai."),
    ("prohibition", "ASN wajib netral dalam Pilkada 2024. ", "Dilarang hadir dalam deklarasi calon."),
    ("prohibition", ABOUT, "Mereka dilarang ikut kampanye calon bupati."),
    ("prohibition", ABOUT, "Mereka tidak boleh memasang foto calon di media sosial."),
    ("obligation", ABOUT, "Mereka wajib menjaga jarak dengan semua calon."),
    ("obligation", ABOUT, "Mereka harus melayani warga tanpa membedakan pilihan politik."),
    ("prohibition", ABOUT, "“Kalian dilarang ikut kampanye,” tegasnya."),
    ("obligation", ABOUT, "“Kalian harus netral,” tegasnya."),
    ("prohibition", ABOUT, "“Anda tidak boleh memihak salah satu calon,” katanya."),
    ("obligation", ABOUT, "“Saudara-saudara wajib menjaga netralitas,” katanya."),
    ("obligation", ABOUT, "“Kita sebagai ASN harus netral,” ujar Bupati."),
    ("obligation", ABOUT, "“Kita harus netral dan profesional,” ujar Bupati di depan para pegawainya."),
    ("prohibition", ABOUT, "“Kita tidak boleh ikut kampanye,” ujar Bupati kepada jajarannya."),
    ("prohibition", ABOUT, "“Jangan ikut-ikutan kampanye,” tegasnya."),
    ("prohibition", ABOUT, "“Jangan sampai ada yang ikut kampanye,” tegasnya."),
    ("prohibition", ABOUT, "“Jangan memasang foto calon di media sosial,” katanya."),
    ("prohibition", ABOUT, "Jangan coba-coba berpihak kepada calon tertentu."),
    ("prohibition", "", "Larangan bagi ASN antara lain:\n1. ikut kampanye;\n2. memakai atribut partai;\n"
     "3. berfoto dengan calon. Itu berlaku pada Pilkada 2024."),
    ("prohibition", "",
     "ASN dilarang:\na. ikut kampanye;\nb. menjadi tim sukses. Ketentuan ini berlaku pada Pilkada 2024."),
    ("prohibition", ABOUT, "Ada larangan berfoto dengan calon sambil mengacungkan jari."),
    ("prohibition", ABOUT, "Larangan berfoto dengan calon juga berlaku."),
    ("obligation", ABOUT, "Kewajiban menjaga netralitas berlaku bagi seluruh pegawai."),
    ("prohibition", ABOUT, "Termasuk dilarang menyukai unggahan calon di media sosial."),
    ("prohibition", ABOUT, "Baik ASN maupun honorer dilarang ikut kampanye."),
    ("prohibition", ABOUT, "Apalagi sampai ikut kampanye, itu dilarang."),
    ("prohibition", ABOUT, "Bahkan sekadar menyukai unggahan calon pun dilarang."),
    ("prohibition", ABOUT, "Memberi like pada unggahan calon juga tidak boleh."),
    ("prohibition", ABOUT, "Berfoto dengan calon juga dilarang."),
    ("obligation", ABOUT, "Netralitas wajib dijaga."),
    ("obligation", ABOUT, "Menjaga netralitas itu wajib."),
    ("prohibition", ABOUT, "“Tidak boleh ada yang ikut kampanye,” tegasnya."),
    ("prohibition", ABOUT, "“Tidak ada yang boleh memakai atribut calon,” tegasnya."),
    ("prohibition", ABOUT, "Seluruh pegawai dilarang hadir dalam kampanye."),
    ("obligation", ABOUT, "Semua pegawai wajib netral."),
    ("prohibition", ABOUT, "Para pegawai dilarang mengunggah dukungan kepada calon."),
    ("obligation", ABOUT, "Jajaran Pemkab harus netral."),
    ("prohibition", ABOUT, "Bawahan dilarang diarahkan memilih calon tertentu."),
    ("prohibition", ABOUT, "Yang bersangkutan dilarang ikut kampanye."),
    ("obligation", ABOUT, "Setiap pegawai wajib melaporkan bila diajak berkampanye."),
    ("prohibition", ABOUT, "Tidak boleh ikut kampanye."),
    ("prohibition", ABOUT, "Dilarang keras memakai mobil dinas untuk kampanye."),
    ("obligation", ABOUT, "Wajib menjaga netralitas sampai pemungutan suara."),
    ("obligation", ABOUT, "Harus netral, tidak boleh memihak."),
    ("prohibition", ABOUT, "Tidak diperbolehkan menghadiri deklarasi calon."),
    ("prohibition", ABOUT, "Tak boleh pula memasang stiker calon di kendaraan dinas."),
    ("obligation", ABOUT, "Semua harus netral."),
    ("prohibition", ABOUT, "“Saya tegaskan, tidak boleh ada yang berpihak,” katanya."),
    ("obligation", ABOUT, "“Saya minta kalian semua wajib netral,” katanya."),
    ("prohibition", ABOUT, "“Bapak dan ibu tidak boleh ikut kampanye,” kata Bupati."),
    ("obligation", ABOUT, "“Bapak ibu sekalian harus netral,” kata Bupati."),
    ("prohibition", ABOUT, "“Teman-teman ASN dilarang berfoto dengan calon,” katanya."),
    ("prohibition", ABOUT, "“Jangan sekali-kali memakai fasilitas kantor untuk kampanye,” katanya."),
    ("prohibition", "“ASN harus netral pada Pilkada 2024. ",
     "Tidak boleh berpihak. Tidak boleh ikut kampanye,” katanya."),
    ("obligation", ABOUT, "Netral itu harga mati dan wajib hukumnya."),
    ("prohibition", ABOUT, "Kepala desa dan perangkatnya juga tidak boleh ikut kampanye."),
    ("prohibition", ABOUT, "Pegawai honorer pun tidak boleh ikut kampanye."),
    ("obligation", ABOUT, "Sebagai pelayan masyarakat, mereka wajib bersikap netral."),
    ("prohibition", ABOUT, "Mereka juga dilarang berfoto bersama calon."),
    ("prohibition", ABOUT, "Mereka tak boleh mengenakan kaos calon."),
    ("obligation", ABOUT, "Mereka dituntut netral."),
    ("obligation", ABOUT, "Kalian wajib menjaga nama baik korps."),
    ("prohibition", ABOUT, "Anda dilarang mengomentari unggahan calon."),
    ("obligation", ABOUT, "Anda harus menjaga jarak dari politik praktis."),
    ("prohibition", ABOUT, "Tidak boleh ada keberpihakan."),
    ("prohibition", ABOUT, "Jangan ada yang terlibat politik praktis."),
    ("obligation", ABOUT, "Pegawai kontrak pun harus netral."),
    ("prohibition", ABOUT, "Sekadar menyukai unggahan calon pun dilarang."),
    ("prohibition", ABOUT, "Bahkan memberi komentar pada unggahan calon juga dilarang."),
    ("prohibition", ABOUT, "Menyukai unggahan calon pun dilarang."),
    ("prohibition", ABOUT, "“Tidak perlu ikut-ikutan kampanye,” katanya."),
    ("prohibition", ABOUT, "Tidak perlu ikut-ikutan mendukung calon tertentu."),
    ("prohibition", ABOUT, "“Gak perlu ikut-ikut berkampanye,” katanya."),
    ("prohibition", ABOUT, "Mereka tidak perlu ikut-ikutan berkampanye."),
    ("prohibition", ABOUT, "Dukungan kepada calon tidak perlu diumbar di media sosial."),
]

# Forms the rules do not read yet: "tidak ada yang boleh" with no one named.
NOT_YET = {"“Tidak ada yang boleh memakai atribut calon,” tegasnya."}


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, set[str]]:
    texts = [before + last for _, before, last in FORMS]
    results = analyse_all(texts)
    return {last: {d.kind for d in a.directives if d.sentence.strip()[-15:] in last or last.strip()[-15:] in d.sentence}
            for (_, _, last), a in zip(FORMS, results)}


@pytest.mark.parametrize(("kind", "before", "last"), [
    pytest.param(*f, marks=pytest.mark.xfail(reason="form not covered yet")) if f[2] in NOT_YET else f for f in FORMS
], ids=[f[2][:56] for f in FORMS])
def test_a_rule_whose_addressee_stands_elsewhere_is_read(analysed, kind: str, before: str, last: str) -> None:
    assert kind in analysed[last]


@pytest.mark.parametrize("text", [
    "ASN di lingkungan Pemkab diminta netral dan tidak perlu ikut-ikutan main politik pada Pilkada 2024.",
    "Pegawai diharapkan tetap profesional dan tidak perlu ikut-ikutan mendukung calon pada Pilkada 2024.",
])
def test_a_weak_ban_a_request_frames_stays_the_request(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"appeal"}


@pytest.mark.parametrize("text", [
    "Warga tidak perlu takut melaporkan pelanggaran pada Pilkada 2024.",
    "Menurut Gubernur, pilkada masih jauh sehingga tidak perlu tergesa-gesa pada Pilkada 2024.",
    "Bupati itu menjabat dua periode dan tidak perlu kampanye pada Pilkada 2024.",
    "Calon bupati mengunggah foto kampanye pada Pilkada 2024.",
])
def test_no_need_without_taking_sides_and_a_candidates_own_act_give_no_ban(run, text: str) -> None:
    assert "prohibition" not in {d.kind for d in run(text).directives}
