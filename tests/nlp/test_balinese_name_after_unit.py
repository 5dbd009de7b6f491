"""A Balinese holder after a unit's name, with or without a comma ("Asisten Administrasi dan Umum, I Dewa Putu X,
...", "Kepala Bidang Kewaspadaan I Nyoman X menyampaikan"): the 'I' opening the name is no number of the unit, so
the name stays whole and the role ends at the unit. Numbered units ("Asisten I Setda X, I Made Y", "Asisten
Pemerintahan I Setda X, Budi") and other names keep their reading."""

from __future__ import annotations

import pytest

# (sentence, the holder's name, the role as the analysis should give it)
WHOLE = [
    ("Asisten Pemerintahan, I Ketut Wirawan mengajak ASN menjaga netralitas dalam Pilkada 2024.",
     "I Ketut Wirawan", "Asisten Pemerintahan"),
    ("Asisten Perekonomian dan Pembangunan, I Nyoman Sudirga, menegaskan ASN wajib netral pada Pilkada.",
     "I Nyoman Sudirga", "Asisten Perekonomian dan Pembangunan"),
    ("Kepala Bidang Mutasi, Promosi dan Kinerja, I Gusti Ngurah Mahardika, mengingatkan ASN agar netral.",
     "I Gusti Ngurah Mahardika", "Kepala Bidang Mutasi, Promosi dan Kinerja"),
    ("Asisten Administrasi Umum, Ni Made Sri Wahyuni, meminta pegawai tetap netral menjelang Pilkada.",
     "Ni Made Sri Wahyuni", "Asisten Administrasi Umum"),
    ("Asisten Pemerintahan dan Kesra, I Wayan Darmaputra menyampaikan bahwa ASN dilarang ikut kampanye.",
     "I Wayan Darmaputra", "Asisten Pemerintahan dan Kesra"),
    ("Asisten Perekonomian dan Pembangunan I Komang Sutapa menyampaikan bahwa ASN harus netral dalam Pilkada.",
     "I Komang Sutapa", "Asisten Perekonomian dan Pembangunan"),
    ("Kepala Bidang Kewaspadaan I Ketut Widiarsa mengingatkan ASN agar tidak ikut kampanye pada Pilkada.",
     "I Ketut Widiarsa", "Kepala Bidang Kewaspadaan"),
]

# near misses: a numbered unit before the comma, a name of other regions
KEPT = [
    ("Asisten I Setda Bali, I Komang Arimbawa mengajak ASN menjaga netralitas dalam Pilkada 2024.",
     "I Komang Arimbawa", "Asisten I Setda Bali"),
    ("Asisten Pemerintahan I Setda Gianyar, Hendra Kurniawan mengajak ASN menjaga netralitas dalam Pilkada 2024.",
     "Hendra Kurniawan", "Asisten Pemerintahan I Setda Gianyar"),
    ("Asisten Pemerintahan, Hendra Kurniawan mengajak ASN menjaga netralitas dalam Pilkada 2024.",
     "Hendra Kurniawan", "Asisten Pemerintahan"),
    ("Kepala Bidang Mutasi, Promosi dan Kinerja, Rina Oktaviani, mengingatkan ASN agar netral.",
     "Rina Oktaviani", "Kepala Bidang Mutasi, Promosi dan Kinerja"),
]


@pytest.mark.parametrize("text,name,role", WHOLE + KEPT)
def test_holder_after_unit_comma_is_whole(run, text: str, name: str, role: str) -> None:
    found = {(o.name, o.role) for o in run(text).officials}
    assert (name, role) in found, found


@pytest.mark.parametrize("text,name,role", WHOLE)
def test_opening_i_left_out_of_the_role(run, text: str, name: str, role: str) -> None:
    roles = [o.role for o in run(text).officials]
    assert not any(r and r.endswith(", I") or r and r.endswith(", Ni") for r in roles), roles
