"""A speaker's hope, naming no one, whose content opens with the neutrality and asks it be kept or done ('Saya
berharap agar netralitas ini tetap dipertahankan') asks the civil servants the story addresses: an appeal. A hope
closed by a comma reports the speaker's view ('berharap, netralitas bukan cuma omongan tapi sungguh dijalankan',
which the gold of ../shared's realtext-dev gives no appeal); neutrality named further on in the hope (another's aim,
the topic of a sosialisasi), a breach of it, or the neutrality of others named gives none either.
Sentences in our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = "Wali Kota Madiun Eko Prasetyo memimpin apel netralitas ASN jelang Pilkada 2024 di halaman balai kota. "

# (sentence after the lead, whether it is an appeal)
FORMS = [
    ('"Saya berharap agar netralitas ini tetap dipertahankan sampai pilkada usai," kata Eko.', True),
    ("Eko berharap netralitas tetap terjaga sampai hari pencoblosan.", True),
    # a view the hope reports; neutrality not the hope's subject, or a breach of it
    ('"Kami berharap, netralitas bukan cuma omongan tapi sungguh dijalankan," ujar Eko.', False),
    ('"Harapan saya, netralitas itu benar-benar kita jaga," tutur Eko.', False),
    ("Melalui apel ini, diharapkan dapat menumbuhkan kesadaran tentang pentingnya netralitas dalam menjaga "
     "kondusivitas.", False),
    ('"Kami berharap pelanggaran netralitas yang dilaporkan segera dijalankan proses hukumnya," kata Eko.', False),
    ('"Saya berharap pilkada berjalan aman dan damai," kata Eko.', False),
    # the neutrality of others named in the hope
    ('"Saya berharap netralitas penyelenggara pemilu tetap terjaga," kata Eko.', False),
    ('"Kami berharap dengan netralitas pegawai, pilkada dapat berjalan lancar," kata Eko.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([LEAD + sentence for sentence, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "appeal"), [(k, s, a) for k, (s, a) in enumerate(FORMS)],
                         ids=[s[:40] for s, _ in FORMS])
def test_hoped_neutrality_kept(analysed: list, k: int, sentence: str, appeal: bool) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], sentence)) is appeal
