"""Asking to join ("mengajak") with a letter lost, added or swapped is read as meant (spelling.yaml `words`), and its
appeal is found; the real verbs one letter from it (teaching, shuffling, parading, mimicking: `real_stems` ajar,
acak, arak, ajuk) stay as written with their affixes."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Sekda megajak pegawai menjaga sikap.", "Sekda mengajak pegawai menjaga sikap."),
    ("Camat mengjak perangkat desa ikut apel.", "Camat mengajak perangkat desa ikut apel."),
    ("Kepala dinas menagjak stafnya bekerja.", "Kepala dinas mengajak stafnya bekerja."),
])
def test_asking_to_join_misspelt_is_read_as_meant(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Guru itu mengajar di sekolah dasar.",
    "Panitia mengacak nomor undian peserta.",
    "Pendukung mengarak pasangan calon ke kantor KPU.",
    "Pasangan calon diarak keliling kota oleh pendukungnya.",
    "Pengajar honorer menerima tunjangan baru.",
])
def test_the_real_verbs_near_it_stay(text: str) -> None:
    assert repair(text) == text


def test_the_appeal_of_a_misspelt_verb_is_found(run) -> None:
    a = run("Bupati megajak seluruh ASN menjaga netralitas pada Pilkada 2024.")
    assert [d.kind for d in a.directives] == ["appeal"]
