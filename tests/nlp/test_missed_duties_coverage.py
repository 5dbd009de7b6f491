"""Duties as the read half and unseen outlets write them, each form kept covered: a state of the service as the subject
of a passive duty ('Netralitas ASN harus dijaga'), whom the duty binds named in the sentence before ('Mereka harus
...'), the speakers named by what they are ('Kita sebagai ASN harus ...'), pose rules stated as duties, rules in noun
form ('tertuang kewajiban ASN untuk ...'), and 'semestinya', 'sepatutnya', 'sudah seharusnya'. Forms the read gold
splits ('netralitas sangat diperlukan', 'bukan hanya kewajiban, tetapi ...', 'hal-hal yang harus dihindari antara
lain ...' with no addressee) are left out. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "
OB = ("obligation",)

# (the sentence after CONTEXT, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # a state of the service as the subject of a passive duty
    ("Netralitas ASN harus dijaga selama Pilkada 2024.", OB),
    ("Netralitas harus dikedepankan oleh setiap pegawai.", OB),
    ("Netralitas pegawai tetap harus diutamakan.", OB),
    ("Netralitas ASN wajib dijaga oleh seluruh pegawai.", OB),
    ("Netralitas mesti dikedepankan dalam setiap tahapan pilkada.", OB),
    ("Sikap netral harus ditunjukkan oleh setiap pegawai.", OB),
    ("Netralitas merupakan komitmen yang harus dijaga bersama.", OB),
    ("Netralitas itu adalah sesuatu yang sudah menjadi keharusan.", OB),
    # whom it binds named before, or the subject dropped
    ("Mereka harus menjaga jarak dengan semua calon.", OB),
    ("Pegawai tersebut wajib melaporkan diri kepada atasannya.", OB),
    ("Pilihan harus diberikan secara rahasia, harus bijak dalam bermedia sosial.", OB),
    # the speakers named by what they are
    ("Kita sebagai ASN harus menjaga netralitas.", OB),
    ("Kita sebagai abdi negara wajib menjaga netralitas.", OB),
    ("Kami selaku ASN wajib bersikap netral.", OB),
    ("Saudara sebagai ASN harus betul-betul menjaga netralitas.", OB),
    ("Bapak dan ibu sebagai ASN harus menjaga netralitas.", OB),
    # pose and photo rules
    ("Saat berfoto, pegawai harus berpose dengan tangan terbuka.", OB),
    ("Kalau mau foto bersama calon, harus pakai pose lima jari.", OB),
    ("ASN harus menghindari gaya jari yang menunjukkan dukungan.", OB),
    ("Ada beberapa hal yang harus dihindari ASN selama kampanye.", OB),
    # rules in noun form
    ("Keharusan ASN untuk netral diatur dalam UU ASN.", OB),
    ("Dalam aturan itu tertuang kewajiban ASN untuk bersikap netral.", OB),
    ("Menjadi kewajiban setiap pegawai untuk bersikap netral.", OB),
    ("Bersikap netral itu wajib hukumnya bagi ASN.", OB),
    ("Menjaga netralitas merupakan kewajiban setiap ASN.", OB),
    # should
    ("ASN semestinya tidak ikut berkampanye.", OB),
    ("Pegawai sepatutnya menjaga jarak dengan calon.", OB),
    ("ASN sudah seharusnya netral dalam pilkada.", OB),
    ("Sudah semestinya pegawai bersikap netral.", OB),
    ("ASN dituntut menjaga netralitas.", OB),
    ("ASN haruslah netral dalam pilkada.", OB),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + text for text, _ in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_missed_duty_form_is_an_obligation(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
