"""Gates of the directive reader loosened where they also blocked directives (pipeline/nlp/components/directives.py):
sentences a loosened gate now reads, and ones it must still reject. In our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

OPENING = "Bawaslu mengingatkan ASN netral dalam Pilkada 2024. "


def kinds_of(run, sentence):
    return sentence_kinds(run(OPENING + sentence), sentence)


# A sanction cue before a modal absorbs it ("sanksi ... harus tegas": the penalty, no conduct asked), but a
# word that is a penalty only as a consequence ("tindakan") is conduct there: the modal is an obligation.
@pytest.mark.parametrize("sentence", [
    "Menurut Bupati, tindakan pegawai di media sosial harus netral dari kepentingan politik praktis.",
    "Bawaslu menyebut setiap tindakan ASN harus diperhatikan dengan cermat selama Pilkada 2024.",
])
def test_conduct_word_before_a_modal_is_no_penalty(run, sentence):
    assert "obligation" in kinds_of(run, sentence)


@pytest.mark.parametrize("sentence", [
    "Ia menegaskan, sanksi bagi ASN yang terlibat kampanye harus tegas.",
    "ASN yang melanggar netralitas akan dijatuhi sanksi dan harus siap menerima hukuman disiplin.",
])
def test_a_penalty_still_absorbs_its_modal(run, sentence):
    assert kinds_of(run, sentence) == {"sanction"}


# An appeal verb after a ban is what the ban forbids ("tidak boleh ... mengajak keluarga"), unless the speaker
# asks anew ("..., jadi kami harap ASN ...") or invites ("..., mari ..."): then it is a request of its own.
@pytest.mark.parametrize("sentence", [
    "Jangan sampai ASN terkena masalah hukum karena dinilai tidak netral, mari sama-sama jadi penengah.",
    "ASN jangan ikut berkampanye, saya minta pegawai tetap menjaga netralitas dalam Pilkada 2024.",
])
def test_a_request_after_a_ban_is_an_appeal(run, sentence):
    assert "appeal" in kinds_of(run, sentence)


@pytest.mark.parametrize("sentence", [
    "ASN tidak boleh berkampanye, mengajak keluarga memilih calon tertentu, atau memasang baliho.",
    "Pegawai dilarang mengajak rekan kerja mendukung pasangan calon.",
])
def test_an_appeal_verb_under_a_ban_stays_forbidden(run, sentence):
    assert "appeal" not in kinds_of(run, sentence)


# A modal right after a reason word gives a reason, no rule ("karena dilarang oleh undang-undang"), unless the
# reason word opens the sentence: a speaker then states the rule as the ground of what follows.
@pytest.mark.parametrize("sentence", [
    "“Karena tidak boleh memihak kepada salah satu calon, pegawai harus netral,” ujarnya.",
])
def test_a_rule_opening_the_sentence_as_a_reason_is_a_rule(run, sentence):
    assert "prohibition" in kinds_of(run, sentence)


@pytest.mark.parametrize("sentence", [
    "Pegawai menjauhi acara partai karena dilarang oleh undang-undang.",
    "ASN tidak hadir di kampanye sebab dilarang aturan netralitas.",
    "Jika ada ASN yang dilarang hadir, Bawaslu akan mencatatnya.",
])
def test_a_reason_or_condition_inside_the_sentence_is_no_rule(run, sentence):
    assert kinds_of(run, sentence) == set()


# Words of authority before a penalty disclaim it only when negated ("tidak berwenang memberikan sanksi") or when
# they open the clause to say who holds the power ("Kewenangan menjatuhkan hukuman ada pada ..."); an
# authority said to hold the power names the penalty that awaits ("memiliki kewenangan untuk menjatuhkan sanksi").
@pytest.mark.parametrize("sentence", [
    "Menurutnya, Badan Kepegawaian Negara memiliki kewenangan untuk menjatuhkan sanksi kepada ASN yang melanggar "
    "netralitas.",
    "Temuan itu diteruskan ke BKN sebagai lembaga yang berwenang memberikan sanksi kepada pegawai yang tidak netral.",
])
def test_an_authority_that_may_punish_threatens_a_penalty(run, sentence):
    assert "sanction" in kinds_of(run, sentence)


@pytest.mark.parametrize("sentence", [
    "Bawaslu tidak memiliki kewenangan menjatuhkan sanksi kepada ASN yang melanggar netralitas.",
    "Panwaslu tidak berwenang memberikan sanksi kepada PNS yang terlibat kampanye.",
    "Bawaslu tidak dapat memberikan sanksi kepada ASN yang berkampanye.",
    # the power opening its clause says who holds it, no penalty awaits
    "Kewenangan menjatuhkan hukuman ada pada pejabat pembina kepegawaian masing-masing.",
])
def test_an_authority_that_may_not_punish_threatens_nothing(run, sentence):
    assert kinds_of(run, sentence) == set()
