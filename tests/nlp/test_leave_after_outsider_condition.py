""""Leave after a condition that opens its clause and names someone outside the civil service as its subject
("Kalau warga melihat pegawai ikut kampanye, silakan ...") is that outsider's leave, though civil servants are named
inside the condition (permission precision).

A condition ("jika", "kalau", "apabila", "bila", past "ada"/"para") closed by a comma, with no one named between the
comma and the leave word: the leave goes to the condition's subject. Civil servants as that subject, or named after
the comma, keep the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Wali kota meminta semua pegawai negeri menjaga netralitas dalam pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Kalau warga memergoki pegawai negeri memasang stiker calon, silakan ikuti tata caranya.", False),
    ("Apabila ada masyarakat yang melihat ASN berkampanye, boleh difoto lalu dikirim ke posko.", False),
    ("Bila para calon hendak menemui ASN, silakan saja di luar jam dinas.", False),
    ("Jika tim sukses mendapati PNS berpihak, maka dipersilakan menempuh mekanismenya.", False),
    # the condition's subject a civil servant, or civil servants named after its comma: leave as before
    ("Jika ASN ingin mendengar visi misi calon, silakan datang ke kampanye tanpa atribut.", True),
    ("Kalau pegawai mau hadir di kampanye, boleh saja asal tanpa seragam.", True),
    ("Kalau warga mengajak ke lokasi kampanye, pegawai boleh ikut sebagai pendengar.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-02")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_leave_after_outsider_condition(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
