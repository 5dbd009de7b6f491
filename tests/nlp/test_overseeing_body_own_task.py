"""Probe list of duties and bans whose subject is the speakers' own pronoun, said by someone speaking for a body that
runs or oversees the contest ("Kami harus menambah personel pengawas," ujar Ketua Bawaslu ...): the body's own task,
no rule laid on civil servants. Negatives: the same pronoun from a regional secretary, who speaks as a civil servant
to civil servants, still binds them; a rule with civil servants as its subject said by the overseer still binds; a
speaker only assumed from an earlier sentence decides nothing. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, the sentence the kinds are read in, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, str, set[str]]] = [
    ('Ketua Bawaslu Kota Bima, Rudi Hartono, meminta ASN netral di Pilkada 2024. "Kami harus menambah personel '
     'pengawas di setiap kecamatan," kata Rudi.',
     '"Kami harus menambah personel pengawas di setiap kecamatan," kata Rudi.', set()),
    ('Ketua KPU Kabupaten Jepara, Dewi Lestari, mengingatkan ASN netral pada Pilkada 2024. "Kita juga harus '
     'menyiapkan logistik lebih awal," ujar Dewi.',
     '"Kita juga harus menyiapkan logistik lebih awal," ujar Dewi.', set()),
    ('Anggota Bawaslu Provinsi Riau, Yusuf Hamdan, meminta ASN netral pada Pilkada 2024. "Kita tidak boleh lengah '
     'selama masa tenang," tutur Yusuf.',
     '"Kita tidak boleh lengah selama masa tenang," tutur Yusuf.', set()),
    ('Sekda Kabupaten Jepara, Agus Salim, meminta ASN netral pada Pilkada 2024. "Kita harus netral dan tidak memihak '
     'calon mana pun," kata Agus.',
     '"Kita harus netral dan tidak memihak calon mana pun," kata Agus.', {"obligation"}),
    ('Ketua Bawaslu Kota Bima, Rudi Hartono, meminta ASN netral di Pilkada 2024. "ASN harus menjaga jarak dari '
     'kegiatan kampanye," kata Rudi.',
     '"ASN harus menjaga jarak dari kegiatan kampanye," kata Rudi.', {"obligation"}),
    # the information commission (key "kip", as Aceh's election commission's keys begin) oversees no contest
    ('Ketua Komisi Informasi Pusat, Rudi Hartono, meminta ASN netral di Pilkada 2024. "Kita harus netral dan tidak '
     'memihak calon mana pun," kata Rudi.',
     '"Kita harus netral dan tidak memihak calon mana pun," kata Rudi.', {"obligation"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _, _ in FORMS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for _, sentence, _ in FORMS])
def test_overseeing_body_states_its_own_task(analysed: list, k: int) -> None:
    _, sentence, kinds = FORMS[k]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence} == kinds
