"""Probe list of the drug offenders' prisons, whose word 'Narkotika' stands between the head and the class as a
women's prison's 'Perempuan' does ('Lapas Narkotika Kelas IIA X'): the unit of that class and place, its head's title
naming it too, not a unit named 'Narkotika Kelas' with a holder 'IIA X'. Written without a place, it names none; the
narcotics agency's regional office stays its own body. Each sentence is our own; the probes are analysed in one
batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

SENTENCES = [
    "Seluruh petugas {x} mengucapkan ikrar netralitas ASN menjelang Pemilu 2024.",
    "Kepala {x} mengingatkan pegawainya agar tidak memihak pada Pilkada 2024.",
]
FORMS = [  # (as written, the canonical name)
    ("Lapas Narkotika Kelas IIA {p}", "Lembaga Pemasyarakatan Narkotika Kelas IIA {p}"),
    ("Lembaga Pemasyarakatan Narkotika Kelas III {p}", "Lembaga Pemasyarakatan Narkotika Kelas III {p}"),
    ("Lapas Narkotika {p}", "Lembaga Pemasyarakatan Narkotika {p}"),
]
PLACES = ["Pamekasan", "Samarinda", "Bangli"]
PROBES = [(s.format(x=w.format(p=p)), n.format(p=p), True) for s, (w, n), p in product(SENTENCES, FORMS, PLACES)] + [
    # the warden's title with the class and the place, his name after a comma
    ("Kalapas Narkotika Kelas IIA Bangli, Rudi Hartono, meminta jajarannya netral pada Pemilu 2024.",
     "Lembaga Pemasyarakatan Narkotika Kelas IIA Bangli", True),
    # negatives: no place names no unit; the narcotics agency's office is not a prison
    ("Petugas lapas narkotika diminta menjaga netralitas pada Pemilu 2024.",
     "Lembaga Pemasyarakatan Narkotika", False),
    ("Kepala BNNK Bangli meminta ASN menjaga netralitas pada Pilkada 2024.",
     "Lembaga Pemasyarakatan Narkotika Bangli", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_a_drug_prison_is_listed_by_class_and_place(analysed: list, k: int, text: str, agency: str,
                                                    listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names


def test_the_class_is_no_holders_name(analysed: list) -> None:
    holders = {o.name for a in analysed for o in a.officials}
    assert not {h for h in holders if h.split()[0] in {"IIA", "III", "Kelas"}}, holders
    assert "Rudi Hartono" in holders
