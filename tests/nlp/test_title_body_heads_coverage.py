"""Probe list of a placed body named inside its member's title by a generic body's full name and the place
('Ketua Panitia Pemilihan Kecamatan (PPK) Maba Utara Budi', 'Anggota Panitia Pemilihan Kecamatan Cibinong, Budi'):
the generic name is the head word of the placed body's name, no mention of the generic body, as the read gold lists
only the placed one. The generic name written elsewhere in the story, and the placed body itself, stay listed.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PPK = "Panitia Pemilihan Kecamatan"
S = " Seluruh ASN diminta menjaga netralitas pada Pemilu 2024."

# (sentence, bodies that must be listed, bodies that must not)
FORMS = [
    ("Ketua Panitia Pemilihan Kecamatan (PPK) Tanjung Harapan Budi Santoso menemukan dua ASN berkampanye." + S,
     (f"{PPK} Tanjung Harapan",), (PPK,)),
    ("Ketua Panitia Pemilihan Kecamatan Wates, Budi Santoso, melaporkan guru yang ikut kampanye." + S,
     (f"{PPK} Wates",), (PPK,)),
    ("Anggota Panitia Pemilihan Kecamatan (PPK) Cibinong, Rina Wati, mengatakan pegawai harus netral." + S,
     (f"{PPK} Cibinong",), (PPK,)),
    ("Menurut Anggota Panitia Pemilihan Kecamatan Kasihan Dedi Kurnia, kepala sekolah itu hadir di kampanye." + S,
     (f"{PPK} Kasihan",), (PPK,)),
    # look-alikes: the generic name in a sentence of its own, and a title naming the placed body by its own name
    ("Ketua Panitia Pemilihan Kecamatan Wates, Budi Santoso, menemukan ASN berkampanye. Seluruh Panitia Pemilihan "
     "Kecamatan (PPK) dilantik pekan lalu di aula KPU." + S, (f"{PPK} Wates", PPK), ()),
    ("Pelantikan Panitia Pemilihan Kecamatan (PPK) untuk Pilkada 2024 digelar di hotel itu, dan Bupati meminta "
     "ASN netral." + S, (PPK,), ()),
    ("Kepala Kantor Kementerian Agama Kabupaten Bogor Budi Santoso meminta pegawai netral." + S,
     ("Kantor Kementerian Agama Kabupaten Bogor",), ("Kementerian Agama",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_generic_name_heading_a_placed_title_is_no_mention(analysed: list, k: int, text: str,
                                                             listed: tuple[str, ...],
                                                             unlisted: tuple[str, ...]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
