"""A hope whose content is passive names whom it asks as the agent after "oleh" ("berharap sosialisasi ini dipahami
oleh para ASN", "Semoga arahan tadi dipedomani oleh seluruh pegawai"): an appeal to them. The agent of a deed in a
relative clause ("pelanggaran yang dilakukan oleh ASN"), someone else as agent, or a hope with "diharapkan" after a
thing ("Kegiatan ini diharapkan dapat dipahami oleh para PNS") asks nothing. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemkab menggelar sosialisasi netralitas ASN jelang Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati berharap materi sosialisasi ini bisa dipahami oleh para ASN agar tidak terlibat politik praktis.",
     {"appeal"}),
    ("\"Semoga pesan tadi dipedomani oleh seluruh pegawai selama masa kampanye,\" katanya.", {"appeal"}),
    ("Harapannya, pakta ini tidak hanya ditandatangani, tetapi juga dijalankan oleh semua ASN.", {"appeal"}),
    # the agent of a deed told in a relative clause, someone else, or a thing's aim: no one asked
    ("Bupati berharap pelanggaran yang dilakukan oleh ASN segera dilaporkan warga.", set()),
    ("Semoga pesta demokrasi ini dinikmati oleh seluruh warga.", set()),
    ("Kegiatan ini diharapkan dapat dipahami oleh para PNS di daerah itu.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_hope_asks_the_agent_of_its_passive(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
