"""Leave with the emphatic particle: "ASN bolehlah hadir" is a permission, refused a ban (permission recall).

"-lah" only stresses the modal, as "janganlah" and "haruslah" stay a ban and a duty; "tidak bolehlah" refuses
the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKPSD mengumpulkan para pegawai menjelang Pilkada 2024. "

# (text, the kind expected, the kind that must not be found)
CASES: list[tuple[str, str, str]] = [
    (f"{LEAD}Menurutnya, ASN bolehlah datang ke kampanye asal hanya mendengarkan.", "permission", "prohibition"),
    (f"{LEAD}Jadi bolehlah pegawai yang istrinya mencalonkan diri ikut mendampingi.", "permission", "prohibition"),
    # refused: a ban, no leave
    (f"{LEAD}Kalau sampai berorasi di panggung, ASN tidak bolehlah.", "prohibition", "permission"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "want", "not_want"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_emphatic_leave(analysed: list, k: int, text: str, want: str, not_want: str) -> None:
    got = {d.kind for d in analysed[k].directives if "boleh" in d.sentence}
    assert want in got and not_want not in got, (text, got)
