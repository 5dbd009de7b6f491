"""A court or a prosecutor's office named bare in a list or a clause keeps the town it sits in, also one no list
holds ("Kejaksaan Negeri Kisaran," in a story on Asahan): one or two title-case words naming no known place,
closed by a comma, a full stop or a lower-case word, are its seat, not the story's regency. After a holder's title
the words may be the holder's name, so the office is the story's as before. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,body", [
    ("Rapat netralitas ASN di Kabupaten Asahan dihadiri Polres, Kejaksaan Negeri Kisaran, dan tokoh agama "
     "jelang Pilkada 2024.", "Kejaksaan Negeri Kisaran"),
    ("Sebelum mencalonkan diri pada Pilkada Kabupaten Bone 2024, ia bertugas di Pengadilan Negeri Watampone.",
     "Pengadilan Negeri Watampone"),
    ("Pegawai Pengadilan Agama Pasir Pengaraian menggelar apel netralitas ASN di Kabupaten Rokan Hulu menjelang "
     "Pilkada 2024.", "Pengadilan Agama Pasir Pengaraian"),
])
def test_a_bare_body_keeps_its_seat(run, text, body):
    agencies = {m.agency for m in run(text).agencies}
    assert body in agencies
    assert not any(a.endswith(("Asahan", "Bone", "Rokan Hulu")) and a.startswith(("Kejaksaan", "Pengadilan"))
                   for a in agencies)


def test_after_a_title_the_words_are_the_holders_name(run):
    a = run("Rapat di Kabupaten Ende dihadiri Bupati Ende dan Kepala Kejaksaan Negeri Yohanes Bata dan jajaran "
            "jelang Pilkada 2024.")
    assert not any(m.agency == "Kejaksaan Negeri Yohanes Bata" for m in a.agencies)


def test_a_body_before_a_name_in_title_case_is_no_seat(run):
    a = run("Di Kabupaten Ende, Kejaksaan Negeri Yohanes Bata Kusuma memeriksa laporan netralitas Pilkada 2024.")
    assert not any("Yohanes" in m.agency for m in a.agencies)
