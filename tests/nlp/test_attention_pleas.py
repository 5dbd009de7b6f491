"""A plea that asks only for attention to what was just said ("Jadi tolong diperhatikan bapak ibu", "Tolong ini
menjadi perhatian, agar kantor kita kondusif", "tolong saling diingatkan di antara kita") asks no conduct of its own,
as "mohon diperhatikan" does not; a plea that names a conduct ("tolong netral", "tolong diperhatikan aturan
netralitas", "tolong saling menjaga agar pilkada lancar") still asks. Sentences are our own."""

from __future__ import annotations

import pytest

LEAD = "Kepala BKPSDM meminta seluruh ASN bersikap netral dalam Pilkada 2024."
WARNING = "Sudah ada pegawai yang dipanggil Bawaslu karena unggahannya."

FORMS: list[tuple[str, list[str]]] = [
    (f'{LEAD} "{WARNING} Jadi tolong diperhatikan bapak ibu," katanya.', ["appeal"]),
    (f'{LEAD} "{WARNING} Tolong ini menjadi perhatian, agar kantor kita tetap kondusif," ujarnya.', ["appeal"]),
    (f'{LEAD} "{WARNING} Terus tolong saling diingatkan di antara kita," tegasnya.', ["appeal"]),
    (f'{LEAD} "{WARNING} Ini tolong dicatat," katanya.', ["appeal"]),
    (f'{LEAD} "{WARNING} Tolong jadi perhatian bapak ibu," katanya.', ["appeal"]),
    # a conduct named: the plea asks it
    (f'{LEAD} "{WARNING} Tolong diperhatikan aturan netralitas ASN," katanya.', ["appeal", "appeal"]),
    (f'{LEAD} "{WARNING} Jadi tolong netral," katanya.', ["appeal", "appeal"]),
    (f'{LEAD} "{WARNING} Tolong saling menjaga agar pilkada di kota ini lancar," katanya.', ["appeal", "appeal"]),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[-55:] for text, _ in FORMS])
def test_attention_pleas(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
