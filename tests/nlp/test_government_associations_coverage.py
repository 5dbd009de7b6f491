"""Probe list of the associations of city and regency governments (Apeksi, Apkasi), named by acronym, in full or
through their chair, each in a sentence of its own; the village heads' association (Apdesi) is no government's body
and must stay out. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

APEKSI = "Asosiasi Pemerintah Kota Seluruh Indonesia"
APKASI = "Asosiasi Pemerintah Kabupaten Seluruh Indonesia"

# (text, the association it names, or None where none may be read)
PROBES = [
    ("Dalam rapat di Jakarta, Apeksi meminta para wali kota memastikan ASN tetap netral pada Pilkada 2024.", APEKSI),
    ("Ketua Dewan Pengurus APEKSI, Rudi Hartono, menegaskan pegawai kota wajib netral menjelang pemilu.", APEKSI),
    ("Asosiasi Pemerintah Kota Seluruh Indonesia mengingatkan pegawai agar tidak berkampanye.", APEKSI),
    ("Pengurus APKASI menyebut bupati harus menindak ASN yang berpihak pada Pilkada 2024.", APKASI),
    ("Asosiasi Pemerintah Kabupaten Seluruh Indonesia (Apkasi) mendukung pengawasan netralitas ASN.", APKASI),
    ("Ratusan kepala desa anggota Apdesi hadir dalam deklarasi netralitas menjelang Pilkada 2024.", None),
]


@pytest.fixture(scope="module")
def agencies(analyse_all) -> list[set[str]]:
    """Each probe's institutions, from one batch analysis."""
    return [{a.agency for a in r.agencies} for r in analyse_all([p[0] for p in PROBES], published=None)]


@pytest.mark.parametrize(("index", "body"), indexed(PROBES, lambda v: v[0][:40], first=1))
def test_government_associations_are_read(agencies, index: int, body: str | None) -> None:
    if body is None:
        assert not {a for a in agencies[index] if a.startswith("Asosiasi")}, agencies[index]
    else:
        assert body in agencies[index], agencies[index]
