"""Rarer directive cues and spoken forms: one sentence per form, with a civil servant addressee.

Unseen outlets write advice and requests in older, polite, spoken or regional words ("seyogianya", "hendaklah",
"kiranya", "mestinya", "tetap netral ya", Javanese "ojo") that the annotated items hardly contain; each form stays
covered here, next to the same words said of others or in set phrases, which instruct no civil servant.
"""

from __future__ import annotations

import pytest

RARER_FORMS: list[tuple[str, str]] = [
    # advice in its older and variant spellings
    ("appeal", "Seyogianya ASN menjaga netralitas pada Pilkada 2024."),
    ("appeal", "ASN seyogianya tidak memihak calon mana pun dalam Pilkada 2024."),
    ("appeal", "Seyogyanya para pegawai negeri bersikap netral selama Pemilu 2024."),
    ("appeal", "Para ASN seyogyanya menjauhi politik praktis menjelang Pilkada 2024."),
    ("appeal", "ASN hendaklah menjaga netralitas dalam Pilkada 2024."),
    ("appeal", "Hendaklah seluruh ASN bersikap netral pada Pemilu 2024."),
    ("appeal", "Hendaknya para pegawai tetap netral dalam Pilkada 2024."),
    ("obligation", "ASN sejatinya harus netral dalam Pilkada 2024."),
    # "should" in its short and colloquial forms
    ("obligation", "ASN mestinya menjadi teladan netralitas pada Pilkada 2024."),
    ("obligation", "Mestinya ASN tidak ikut berkampanye dalam Pilkada 2024."),
    ("obligation", "Para guru berstatus PNS mestinya fokus mengajar selama masa kampanye Pemilu 2024."),
    ("obligation", "ASN musti bersikap netral selama Pemilu 2024."),
    ("obligation", "Para PNS mesti menjauhi kegiatan kampanye selama Pilkada 2024."),
    ("obligation", "ASN semestinya menjaga jarak dengan calon dalam Pilkada 2024."),
    ("obligation", "Sepatutnya ASN menjaga netralitas dalam Pemilu 2024."),
    ("obligation", "ASN sudah sepatutnya netral dalam Pilkada 2024."),
    # advised, recommended
    ("appeal", "ASN dianjurkan untuk tidak hadir di kampanye Pilkada 2024."),
    ("appeal", "Para ASN disarankan untuk menahan diri di media sosial selama Pemilu 2024."),
    ("appeal", "Bupati menganjurkan agar ASN tidak berfoto dengan calon dalam Pilkada 2024."),
    ("appeal", "Sekda menyarankan agar ASN menahan diri selama Pilkada 2024."),
    ("appeal", "ASN disarankan tidak mengunggah foto calon selama Pilkada 2024."),
    # begged, asked politely
    ("appeal", "ASN dimohon untuk tetap netral selama Pilkada 2024."),
    ("appeal", "Mohon ASN menjaga netralitas selama Pilkada 2024."),
    ("appeal", "Mohon kepada seluruh ASN agar tetap netral dalam Pemilu 2024."),
    ("appeal", "Kami mohon kepada ASN untuk netral dalam Pilkada 2024."),
    ("prohibition", "Tolong ASN jangan ikut kampanye pada Pilkada 2024."),
    ("appeal", "Tolong para ASN tetap netral dalam Pilkada 2024."),
    ("appeal", "Harap ASN menjaga netralitas selama Pilkada 2024."),
    ("appeal", "Harap seluruh ASN tidak ikut kampanye dalam Pemilu 2024."),
    ("appeal", "Kiranya seluruh ASN dapat menjaga netralitas pada Pilkada 2024."),
    ("appeal", "ASN kiranya menjaga netralitas dalam Pemilu 2024."),
    ("appeal", "Bupati meminta agar kiranya ASN tetap netral selama Pilkada 2024."),
    ("appeal", "Bupati mengajak ASN agar kiranya tetap netral dalam Pilkada 2024."),
    ("appeal", "Kiranya para camat dan lurah tidak memihak dalam Pilkada 2024."),
    # bound by duty
    ("obligation", "Setiap ASN diwajibkan netral dalam Pemilu 2024."),
    ("obligation", "ASN diwajibkan untuk menjaga netralitas selama Pemilu 2024."),
    ("obligation", "Seluruh ASN berkewajiban bersikap netral selama Pilkada 2024."),
    ("obligation", "PNS berkewajiban menjaga netralitas dalam Pilkada 2024."),
    ("obligation", "ASN dituntut menjaga netralitas selama Pilkada 2024."),
    ("obligation", "Para ASN dituntut untuk bersikap profesional dan netral dalam Pemilu 2024."),
    ("obligation", "ASN perlu bersikap netral pada Pemilu 2024."),
    ("obligation", "ASN mesti tetap netral walau ada ajakan dari calon dalam Pilkada 2024."),
    # spoken particles after a rule or a request
    ("appeal", "Kepada ASN, tetap netral ya pada Pilkada 2024."),
    ("appeal", "Buat para ASN, tetap netral ya selama Pilkada 2024."),
    ("appeal", "Para ASN, tetap netral selama Pilkada 2024."),
    ("appeal", "Bupati bicara soal netralitas ASN jelang Pilkada 2024. \"Tetap netral, ya,\" katanya."),
    ("prohibition", "ASN jangan ikut-ikutan kampanye lho pada Pilkada 2024."),
    ("prohibition", "Para ASN, jangan ikut-ikutan lho dalam kampanye Pilkada 2024."),
    ("prohibition", "ASN jangan ikut kampanye ya dalam Pilkada 2024."),
    ("prohibition", "Rekan-rekan ASN, jangan posting dukungan ke calon ya di Pilkada 2024."),
    ("prohibition", "Pokoknya ASN jangan main politik praktis deh di Pilkada 2024."),
    ("prohibition", "Ingat, ASN tidak boleh ikut kampanye ya pada Pilkada 2024."),
    ("obligation", "ASN wajib netral ya dalam Pilkada 2024."),
    ("appeal", "ASN diharapkan untuk tetap netral ya dalam Pilkada 2024."),
    ("appeal", "Bapak ibu ASN, jaga sikap ya selama Pilkada 2024."),
    ("appeal", "Teman-teman ASN, jaga netralitas ya selama Pemilu 2024."),
    # imperatives after a vocative or "kepada X,"
    ("appeal", "Kepada seluruh ASN, tetaplah netral selama Pilkada 2024."),
    ("appeal", "Kepada para ASN, jaga netralitas selama Pemilu 2024."),
    ("appeal", "Kepada ASN, hindari politik praktis selama Pilkada 2024."),
    ("prohibition", "Kepada ASN, jangan ikut kampanye selama Pilkada 2024."),
    ("appeal", "Untuk ASN, tetap jaga netralitas dalam Pemilu 2024."),
    ("appeal", "Jagalah netralitas, wahai para ASN, dalam Pilkada 2024."),
    ("prohibition", "ASN janganlah sekali-kali ikut kampanye dalam Pilkada 2024."),
    ("appeal", "Sebaiknya ASN tidak hadir dalam kampanye Pilkada 2024."),
    # Javanese "jangan" and "kudu" in regional quotes
    ("prohibition", "\"ASN ojo melu-melu kampanye,\" kata Bupati jelang Pilkada 2024."),
    ("prohibition", "\"Pegawai ojo melu kampanye calon,\" ujar Sekda menjelang Pilkada 2024."),
    ("prohibition", "\"Para PNS ojo dukung-dukungan calon,\" pesan Bupati dalam Pilkada 2024."),
    ("obligation", "\"ASN kudu netral,\" kata Bupati menjelang Pilkada 2024."),
]

NOT_FORMS: list[str] = [
    # set phrases with the same words
    "Mohon maaf, jadwal kampanye Pilkada 2024 berubah.",
    "Warga hidup tolong-menolong menjelang Pilkada 2024.",
    "Harap maklum, kantor KPU tutup saat Pilkada 2024.",
    "Harap tenang, ujar panitia debat Pilkada 2024.",
    "Tolong bantu saya, kata warga saat kampanye Pilkada 2024.",
    "Pemerintah daerah mendukung tahapan Pilkada 2024 sebagaimana mestinya.",
    # a charge in court, not a duty
    "Ketua RT itu dituntut 2 tahun penjara karena politik uang pada Pilkada 2024.",
    "Terdakwa dituntut hukuman penjara oleh jaksa dalam kasus Pilkada 2024.",
    # the same words about others or about the event
    "Warga mestinya datang ke TPS pada Pilkada 2024.",
    "Pilkada 2024 sejatinya pesta demokrasi rakyat.",
    "Hasil Pilkada 2024 patut disyukuri bersama.",
    "Kiranya Pilkada 2024 berjalan aman dan damai.",
    "Seyogianya Pilkada 2024 berlangsung jujur dan adil.",
    "Hendaklah pemilih datang ke TPS pada Pilkada 2024.",
    "Penampilan calon itu layaknya artis dalam kampanye Pilkada 2024.",
    "KPU dianjurkan memperbaiki DPT sebelum Pilkada 2024.",
    "Warga ojo golput, kata kades pada Pilkada 2024.",
    # "ulah" (doings) and "aja" (just) are not the regional "jangan"
    "Akibat ulah oknum ASN itu, Bawaslu memeriksa kasus Pilkada 2024.",
    "Bukan ASN aja yang diperiksa Bawaslu dalam Pilkada 2024.",
    # a state of a group named before a bracket, no imperative
    "Kanwil bergerak mengawal pegawai non-PNS (PPNPN) tetap netral jelang Pemilu 2024.",
]


@pytest.mark.parametrize(("kind", "text"), RARER_FORMS, ids=[t[:48] for _, t in RARER_FORMS])
def test_rarer_cue_form_gives_its_kind(run, kind: str, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {kind}


@pytest.mark.parametrize("text", NOT_FORMS, ids=[t[:48] for t in NOT_FORMS])
def test_same_words_instruct_no_civil_servant(run, text: str) -> None:
    """Set phrases, a court's charge and the same cue words said of the public or the event give nothing."""
    assert run(text).directives == []
