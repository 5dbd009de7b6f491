"""Probe list of appeals whose civil servants are named in less common places, the third pass over missed appeals:
in the sentence before or fronted before a passive hope ("Kepada ASN, diharapkan menjelang pilkada ..."); by the
speakers naming themselves by what they are ("berharap kita sebagai ASN ...", "Semoga kita selaku abdi negara ...");
called on right before an imperative in "-lah" ("Para pegawai tetaplah netral", "ASN dan kepala desa fokuslah
bekerja"); through a request noun ("memberikan arahan kepada", "ajakan kepada", "Pesan saya, ASN ...", "mengeluarkan
imbauan agar", "seruan agar") and by a request to refrain, which stays an appeal ("mengimbau agar tidak ...",
"meminta agar ASN tidak dilibatkan ..."). The read half's gold gives such sentences an appeal; the same forms naming
the public, the nation or a task the speakers share ("kita jaga bersama") ask nothing. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # named in the sentence before, or put first before a passive
    ("Wali kota mengumpulkan para pegawai di balai kota jelang Pilkada 2024. Ia meminta agar mereka tetap netral.", A),
    ("Kadis memberi pengarahan kepada para ASN dinas jelang Pilkada 2024. Ia mengimbau agar tetap netral.", A),
    ("Kepada seluruh pegawai, diharapkan selama Pilkada 2024 tetap bersikap netral.", A),
    ("Bagi para ASN, diharapkan tidak memihak calon mana pun pada Pilkada 2024.", A),
    ("Khusus bagi guru ASN, diminta tidak ikut kampanye pada Pilkada 2024.", A),
    # the speakers naming themselves by what they are
    ("Kami berharap kita sebagai ASN tetap netral pada Pilkada 2024.", A),
    ("Semoga kita sebagai abdi negara bisa menjaga netralitas pada Pilkada 2024.", A),
    ("Saya berharap kita selaku aparatur sipil negara tidak memihak pada Pilkada 2024.", A),
    ("Harapan kami, kita sebagai pegawai tetap netral pada Pilkada 2024.", A),
    ("Diharapkan kita sebagai ASN tidak ikut kampanye pada Pilkada 2024.", A),
    ("Kami berharap kita sebagai warga datang ke TPS pada Pilkada 2024.", set()),
    ("Semoga kita sebagai bangsa tetap bersatu pada Pilkada 2024.", set()),
    # hopes about staff, employees, village heads with the civil servants
    ("Kepala dinas berharap jajarannya tetap netral pada Pilkada 2024.", A),
    ("Sekda berharap setiap pegawai bisa bersikap netral pada Pilkada 2024.", A),
    ("Bupati berharap seluruh ASN dan kepala desa menjaga netralitas pada Pilkada 2024.", A),
    ("Diharapkan seluruh ASN dan perangkat desa tidak memihak pada Pilkada 2024.", A),
    # called on right before an imperative in "-lah"
    ("ASN dan kepala desa fokuslah bekerja sesuai tugas masing-masing selama Pilkada 2024.", A),
    ("Para pegawai tetaplah netral selama Pilkada 2024.", A),
    ("Seluruh ASN jagalah netralitas selama Pilkada 2024.", A),
    ("Warga jagalah ketertiban selama Pilkada 2024.", set()),
    ("Netralitas ASN kita jaga bersama selama Pilkada 2024.", set()),
    # through a request noun
    ("Bupati memberikan arahan kepada seluruh ASN agar netral pada Pilkada 2024.", A),
    ("Arahan Sekda kepada para pegawai agar menjaga netralitas pada Pilkada 2024.", A),
    ("Ajakan kepada seluruh ASN untuk menjaga netralitas disampaikan Bupati jelang Pilkada 2024.", A),
    ("Pesan saya, ASN tetap netral pada Pilkada 2024.", A),
    ("Pesan kami, seluruh pegawai jangan ikut kampanye pada Pilkada 2024.", {"prohibition"}),
    ("Pesan saya kepada ASN agar netral pada Pilkada 2024.", A),
    ("Pesan saya, pilkada harus damai pada Pilkada 2024.", set()),
    ("Pesan kami, masyarakat datang ke TPS pada Pilkada 2024.", set()),
    ("Sekda mengeluarkan imbauan agar ASN tidak ikut kampanye pada Pilkada 2024.", A),
    ("Bupati menerbitkan surat imbauan kepada seluruh ASN agar netral pada Pilkada 2024.", A),
    ("Seruan agar ASN netral disampaikan Bupati jelang Pilkada 2024.", A),
    ("Bupati menginstruksikan seluruh ASN agar netral pada Pilkada 2024.", A),
    # a request to refrain stays an appeal
    ("Bupati mengimbau agar ASN tidak ikut kampanye pada Pilkada 2024.", A),
    ("Bupati meminta ASN untuk tidak melibatkan diri dalam kampanye pada Pilkada 2024.", A),
    ("Bupati meminta agar ASN tidak dilibatkan dalam kampanye pada Pilkada 2024.", A),
    ("Ia menyarankan agar ASN tidak ikut kampanye pada Pilkada 2024.", A),
    ("Bupati menganjurkan ASN untuk tidak ikut kampanye pada Pilkada 2024.", A),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_appeal_names_its_civil_servants_where_it_may(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
