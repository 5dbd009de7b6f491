"""A modal of ability whose clause goes on to a proviso of approval ("dapat dilakukan setelah mendapat persetujuan
Menteri") is leave bound to whoever approves, past a passive too (permission recall).

The plain proviso rule ("bisa ..., asalkan ...") leaves passives out ("dapat dikenai sanksi selama ..."); an approval
after one of its leads ("setelah mendapat izin", "asalkan ada persetujuan") marks leave whatever the voice. Leave
refused ("tidak dapat") or done without approval ("tanpa izin") is none. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu provinsi mengingatkan netralitas ASN menjelang pilkada serentak. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Namun, rotasi pegawai masih bisa dilakukan setelah mendapat izin dari Menteri Dalam Negeri.", True),
    ("Pelantikan pejabat baru tetap dapat dilaksanakan asalkan ada persetujuan tertulis Mendagri.", True),
    ("Pegawai dapat menghadiri acara itu setelah mendapat izin dari atasannya.", True),
    # no approval, without it, or refused: no leave
    ("Rotasi pegawai dapat dilakukan setelah kepala daerah terpilih dilantik.", False),
    ("Rotasi pegawai tidak dapat dilakukan tanpa izin dari Menteri Dalam Negeri.", False),
    ("Pegawai yang melanggar dapat dikenai sanksi selama masa kampanye.", False),
    # a passive other than doing names a bound, no conduct left to anyone
    ("Batas kewenangan penjabat dapat dikecualikan setelah mendapat persetujuan Menteri.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_leave_with_approval(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    found = [d for d in analysed[k].directives
             if d.kind == "permission" and sentence.startswith(d.sentence.strip()[:30])]
    assert bool(found) is allowed, (sentence, [d.sentence for d in found])
