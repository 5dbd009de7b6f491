"""Probe list of the inverted speech tag with a verb of telling ("Diingatkan Sekda, ...", "Diingatkan pula oleh
Kepala Dinas, ...", "Diingatkannya, ..."): a passive telling verb opening its sentence, its agent and a comma name
who states what follows, as "Dikatakan Sekda, ..." does; a statement that names no civil servant and asks nothing is
no request. A statement asking something ("agar ...") or naming civil servants as its subject stays a request, and
civil servants put in the agent's place by their acronym are those told. Each probe follows a sentence naming civil
servants; only the probe sentence's directives are read. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
LEAD = "Pemerintah Kota Sukamaju menggelar apel pagi untuk seluruh ASN menjelang pilkada. "

# (probe sentence, whether it must give an appeal)
FORMS: list[tuple[str, set[str]]] = [
    ("Diingatkan Sekda, menjelang pencoblosan suhu politik di desa-desa makin panas.", set()),
    ("Diingatkan pula oleh Kepala Dinas Kesehatan, tahapan kampanye berlangsung dua bulan.", set()),
    ("Diingatkannya, tahun ini daerah itu menggelar dua pemilihan sekaligus.", set()),
    ("Diingatkan Wali Kota Rahmat Hidayat, pemungutan suara digelar pada akhir November.", set()),
    # look-alikes: the tag before a request, civil servants as the subject, or civil servants told
    ("Diingatkan Sekda, agar ASN tidak memasang foto calon di media sosial.", A),
    ("Diharapkan Wagub, seluruh ASN mematuhi ikrar netralitas yang dibacakan.", A),
    ("Diingatkan ASN, menjelang pencoblosan suhu politik di desa-desa makin panas.", A),
    ("Sekda mengingatkan seluruh ASN untuk tidak memihak salah satu calon.", A),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_inverted_tag_states_no_request(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & A == kinds
