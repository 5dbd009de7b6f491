"""Probe list of appeals of hope, reminder and urging that name the civil servants, in every form reporters write them:
hopes ("Harapannya, ASN ...", "diharapkan kepada seluruh ASN agar ...", "Harap ASN ...", "kami harap", "berharap
netralitas ASN terjaga", "semoga ASN ..."), reminders ("diingatkan", "kembali mengingatkan", "sekali lagi saya
ingatkan", "Ingat, ... tidak boleh") and urging ("menghimbau/mengimbau kepada", "diimbau", "himbauan kepada"), with
the civil servants before the verb, after it or in a relative clause, the conduct after "agar/untuk/supaya/biar/dan"
or none, across a quote, with the friendly address before them ("teman-teman ASN", "rekan-rekan ASN") and in common
misspellings ("berharab", "mengingat kan") and speech ("biar" for "agar"). Where such a cue meets a rule the rule's
kind is given, as the annotated items have it; the same cues about the event, the voters or the press give none.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # hopes: the noun, the passive, the bare stem after its speaker, the imperative, with the civil servants
    # after the cue, before it, in a relative clause, with or without a link word, their conduct as a noun, and
    # the friendly address before them ("teman-teman ASN")
    ("Harapannya, para PNS tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Harapannya ASN bisa bersikap netral selama Pemilu 2024.", {"appeal"}),
    ("\"Harapan kami ASN di lingkungan pemkab tidak memihak,\" kata Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Diharapkan kepada seluruh ASN agar tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Diharapkan kepada para pegawai untuk menjaga netralitas pada Pemilu 2024.", {"appeal"}),
    ("Para guru ASN diharapkan tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Seluruh ASN juga diharapkan tidak mengunggah konten politik jelang Pemilu 2024.", {"appeal"}),
    ("ASN yang bertugas di kecamatan diharapkan tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengharapkan para camat dan lurah tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Kami mengharapkan kepada seluruh ASN untuk tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Harap para pegawai tidak memasang stiker calon pada Pilkada 2024.", {"appeal"}),
    # a hope that none of them does it names them after the denial ("tidak ada lagi ASN yang ...")
    ("Bupati berharap tidak ada lagi ASN yang menjadi tim sukses pada Pilkada 2024.", {"appeal"}),
    ("\"Saya berharap ke depan tak ada satu pun PNS yang ikut kampanye,\" kata Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Kami mengharapkan tidak ada pegawai yang memasang stiker calon pada Pemilu 2024.", {"appeal"}),
    ("\"Kami harap ASN tetap netral,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("\"Saya harap seluruh pegawai tidak ikut kampanye,\" ujar Sekda jelang Pemilu 2024.", {"appeal"}),
    ("Kami harap kepada ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Saya harap agar para PNS tidak berpolitik praktis pada Pilkada 2024.", {"appeal"}),
    ("Bupati berharap kepada seluruh ASN untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Sekda berharap agar para pegawai tidak terlibat kampanye pada Pemilu 2024.", {"appeal"}),
    ("Bupati berharap ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Ia berharap netralitas ASN tetap terjaga selama Pilkada 2024.", {"appeal"}),
    ("Kami berharap netralitas para pegawai terjaga sampai Pemilu 2024 usai.", {"appeal"}),
    ("Bupati berharap supaya ASN tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Saya berharap teman-teman ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Kami sangat berharap ASN bisa menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Bupati juga berharap para ASN untuk tidak berpolitik praktis pada Pilkada 2024.", {"appeal"}),
    ("\"Saya berharab ASN tetap netral,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("Bupati berharap, seluruh ASN tidak memihak pada Pemilu 2024.", {"appeal"}),
    ("Kami berharap ASN yang ada di Pemkab tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Besar harapan kami ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Harapan saya ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Semoga ASN tetap netral selama Pilkada 2024.", {"appeal"}),
    ("Mudah-mudahan seluruh ASN tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Harapan saya kepada seluruh ASN agar tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Kami berharap kepada rekan-rekan ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("Kami berharap sekali ASN bisa netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati berharap seluruh aparatur sipil negara tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Ia berharap para kepala desa dan ASN tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengharapkan netralitas ASN tetap terjaga pada Pilkada 2024.", {"appeal"}),
    ("Sekda mengharapkan agar ASN tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Semoga teman-teman ASN bisa menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Bupati berharap ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Diharapkan, seluruh pegawai tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Bupati berharap dengan sangat agar ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati sangat mengharapkan ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengharap kepada ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengharapkan, seluruh ASN netral pada Pilkada 2024.", {"appeal"}),
    # reminders: the passive, repeated, to whom with "kepada", the bare stem, across a quote, the suffix written apart
    ("Seluruh ASN diingatkan agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Para pegawai diingatkan untuk tidak memihak pada Pemilu 2024.", {"appeal"}),
    ("Diingatkan kepada seluruh ASN untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Bupati kembali mengingatkan ASN agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Sekda mengingatkan kepada para pegawai untuk tidak memasang atribut calon pada Pemilu 2024.", {"appeal"}),
    ("\"Saya ingatkan ASN jangan ikut kampanye,\" kata Bupati jelang Pilkada 2024.", {"prohibition"}),
    ("\"Kami ingatkan seluruh ASN untuk tetap netral,\" kata Sekda jelang Pilkada 2024.", {"appeal"}),
    ("\"Sekali lagi saya ingatkan, ASN harus netral,\" kata Bupati jelang Pilkada 2024.", {"obligation"}),
    ("\"Sekali lagi saya ingatkan kepada ASN untuk netral,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("\"Ingat, ASN tidak boleh ikut kampanye,\" kata Bupati jelang Pilkada 2024.", {"prohibition"}),
    ("Bupati mengingat kan ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan para ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan ASN yang ada di lingkungan pemkab agar netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan, ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("ASN kembali diingatkan untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati kembali mengingatkan kepada ASN untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Bupati juga mengingatkan seluruh ASN dan honorer untuk tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Ia mengingatkan jajaran ASN supaya tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Ia turut mengingatkan ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Kepada ASN, ia mengingatkan agar tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan ASN dan tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati ingatkan para ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Saya mengingatkan kepada rekan-rekan ASN untuk tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan sekali lagi agar ASN netral pada Pilkada 2024.", {"appeal"}),
    ("ASN kembali diingatkan lagi untuk tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("\"Ingat ya, ASN harus netral,\" kata Bupati jelang Pilkada 2024.", {"obligation"}),
    ("\"Ingat, ASN jangan ikut kampanye,\" kata Bupati jelang Pilkada 2024.", {"prohibition"}),
    ("Bupati berpesan dan mengingatkan ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Kami ingatkan ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati meminta sekaligus mengingatkan ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengingatkan agar netralitas ASN tetap dijaga pada Pilkada 2024.", {"appeal"}),
    # urging: both spellings, the passive, the noun with its link or as the speaker's own, before a rule it keeps
    ("Bupati menghimbau kepada seluruh ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("Sekda mengimbau kepada para pegawai supaya tidak memihak pada Pemilu 2024.", {"appeal"}),
    ("Himbauan kepada ASN agar tidak ikut kampanye disampaikan Bupati jelang Pilkada 2024.", {"appeal"}),
    ("Bupati menyampaikan himbauan kepada seluruh ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Imbauan kepada seluruh ASN untuk tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Seluruh ASN diimbau tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Para pegawai dihimbau untuk menjaga netralitas pada Pemilu 2024.", {"appeal"}),
    ("Diimbau kepada seluruh ASN untuk tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Dihimbau kepada para pegawai agar netral pada Pilkada 2024.", {"appeal"}),
    ("ASN yang ada di lingkungan Pemkab diimbau untuk netral pada Pilkada 2024.", {"appeal"}),
    ("\"Kami himbau ASN untuk netral,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("\"Saya imbau seluruh ASN jangan ikut kampanye,\" kata Bupati jelang Pilkada 2024.", {"prohibition"}),
    ("Bupati mengimbau ASN biar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengimbau, seluruh ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati kembali menghimbau ASN untuk tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Ia menghimbau para pegawai supaya menjaga netralitas pada Pemilu 2024.", {"appeal"}),
    ("Bupati juga mengimbau jajaran ASN dan tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengimbaukan kepada ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Imbauan saya, ASN jangan ikut kampanye pada Pilkada 2024.", {"prohibition"}),
    ("Himbauan kami, seluruh ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Kami mengimbau seluruh ASN yang bertugas di kecamatan agar netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengimbau bagi seluruh ASN untuk netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati menghimbau untuk seluruh ASN agar tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("\"Kami imbau kepada teman-teman ASN untuk netral,\" kata Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Himbauan untuk ASN agar netral disampaikan Bupati jelang Pilkada 2024.", {"appeal"}),
    ("Bupati mengimbau agar ASN yang ada di lingkungan Pemkab tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Dia menghimbau seluruh ASN untuk tak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengimbau ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Kami himbau teman-teman ASN netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati menghimbau agar netralitas ASN dijaga pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengimbau seluruh ASN, jangan ikut kampanye pada Pilkada 2024.", {"prohibition"}),
    # the spoken "biar" for "agar", after a hope or a request noun
    ("Bupati kasih imbauan biar ASN fokus melayani warga selama Pilkada 2024.", {"appeal"}),
    ("Sekda memberi arahan biar para pegawai tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati berharap biar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Diharapkan biar ASN netral pada Pilkada 2024.", {"appeal"}),
    # the hope's noun stressed, and the means of a hope before the civil servants hoped for
    ("Harapan besar kami, ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Harapan besar saya agar para pegawai tidak memihak pada Pemilu 2024.", {"appeal"}),
    ("Bupati berharap melalui apel ini ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati berharap lewat kegiatan ini pegawai tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    # urging and reminding in the passive, misspelt by a letter
    ("Bupati menghimbua seluruh ASN agar netral pada Pilkada 2024.", {"appeal"}),
    ("Para pegawai diingatkn agar tidak memihak pada Pemilu 2024.", {"appeal"}),
    ("ASN diimbu untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Seluruh ASN dihimbua agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    # particles of speech between the hope and the civil servants
    ("\"Kami harap ya ASN netral,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("\"Harapannya sih para pegawai tidak ikut kampanye,\" ujar Sekda jelang Pemilu 2024.", {"appeal"}),
    ("\"Saya harap banget ASN netral,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("\"Saya berharap nih seluruh ASN tidak memihak,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    # "ke depan" written as one word before the civil servants hoped for
    ("Bupati berharap kedepan ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Kami berharap kedepannya para pegawai tetap netral pada Pemilu 2024.", {"appeal"}),
    # the same cues about the event, the voters or the press give none
    ("Bupati berharap Pilkada 2024 berjalan aman dan damai.", set()),
    ("Semoga Pilkada 2024 berjalan lancar.", set()),
    ("Bupati mengingatkan warga untuk datang ke TPS pada Pilkada 2024.", set()),
    ("Harapan kami Pilkada 2024 berjalan damai.", set()),
    ("Bupati berharap netralitas penyelenggara terjaga pada Pilkada 2024.", set()),
    ("Bupati berharap teman-teman media memberitakan Pilkada 2024 dengan berimbang.", set()),
    ("Kami mengajak rekan-rekan wartawan mengawal Pilkada 2024.", set()),
    ("Bupati berharap biar Pilkada 2024 damai.", set()),
    ("Harapan besar kami Pilkada 2024 damai.", set()),
    ("Bupati berharap kedepan Pilkada 2024 damai.", set()),
    ("\"Kami harap ya Pilkada 2024 damai,\" kata Bupati.", set()),
    ("\"Semoga dong pilkada damai,\" kata Bupati jelang Pilkada 2024.", set()),
    ("Bupati berharap melalui sosialisasi ini Pilkada 2024 damai.", set()),
    ("Imbauan itu dibuat biar pilkada damai pada Pilkada 2024.", set()),
    ("Kami berharap sekali Pilkada 2024 berjalan damai.", set()),
    ("Kami berharap tidak ada kecurangan dalam Pilkada 2024.", set()),
    ("Bupati mengingat kan warga untuk datang ke TPS pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_hope_reminder_or_urging_gives_its_kind(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
