"""A member of an election body whose title spells the body's name out without a region ("Ketua Badan Pengawas
Pemilu (Bawaslu), Budi", "Anggota Komisi Pemilihan Umum Budi") is a member of the story's regional body, as the
bare "Ketua Bawaslu Budi" already is; a national holder keeps the national body, however the apostrophe of the
name is written. Stories in our own words."""

from __future__ import annotations

import pytest

STORY = "Bawaslu Kota Tegal dan KPU Kota Tegal menggelar rapat netralitas ASN. "


@pytest.mark.parametrize("title, office", [
    ("Ketua Badan Pengawas Pemilu (Bawaslu), Rudi Hartono,", "Bawaslu Kota Tegal"),
    ("Anggota Badan Pengawas Pemilihan Umum Rudi Hartono", "Bawaslu Kota Tegal"),
    ("Komisioner Badan Pengawasan Pemilu, Rudi Hartono,", "Bawaslu Kota Tegal"),
    ("Ketua Komisi Pemilihan Umum (KPU), Rudi Hartono,", "Komisi Pemilihan Umum Kota Tegal"),
])
def test_spelt_out_body_is_the_story_s(run, title, office):
    a = run(STORY + f"{title} meminta pegawai tidak memihak pasangan calon.")
    assert any(o.name == "Rudi Hartono" and o.agency == office for o in a.officials)


@pytest.mark.parametrize("name", ["Hasyim Asyari", "Hasyim Asy'ari"])
def test_national_holder_keeps_the_national_body(run, name):
    a = run(STORY + f"Anggota Komisi Pemilihan Umum {name} meminta pegawai tidak memihak pasangan calon.")
    assert any(o.name == name and o.agency == "Komisi Pemilihan Umum" for o in a.officials)


def test_national_body_written_out_elsewhere_keeps_it(run):
    a = run("Badan Pengawas Pemilu Republik Indonesia menggelar rapat di Kota Tegal. Ketua Badan Pengawas Pemilu "
            "(Bawaslu), Rudi Hartono, meminta pegawai tidak memihak pasangan calon.")
    assert not any(o.name == "Rudi Hartono" and o.agency == "Bawaslu Kota Tegal" for o in a.officials)
