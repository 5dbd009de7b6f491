"""Probe list of a campaign's board whose acronym shadows a state body's ('Badan Pemenangan Nasional (BPN)' of a
presidential ticket, 'Badan Pemenangan Kabupaten (BPK)' of its regency branch): in a story that spells the board out,
the acronym written bare anywhere ('atas perintah BPN Pusat', 'BPK setempat') is the board, not the land agency
(ATR/BPN) or the audit board (BPK), as the read gold lists neither. The state bodies' full names in such a story, and
their acronyms in a story naming no campaign board or only the other board, stay listed. Sentences in our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

BPN = "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
BPK = "Badan Pemeriksa Keuangan"
S = " Seluruh ASN diminta menjaga netralitas pada Pemilu 2019."

# (text, bodies that must be listed, bodies that must not)
FORMS = [
    ("Badan Pemenangan Nasional (BPN) Pusat melaporkan seorang camat ke Bawaslu." + S, (), (BPN,)),
    ("Relawan mengaku datang ke Bawaslu atas perintah BPN Pusat. Mereka sebelumnya dibentuk oleh Badan Pemenangan "
     "Nasional pasangan calon nomor 02." + S, (), (BPN,)),
    ("Ketua Badan Pemenangan Kabupaten (BPK) Sleman melaporkan video kepala dinas yang mendukung capres." + S,
     (), (BPK,)),
    ("Laporan disampaikan BPK dan BPN ke Bawaslu Kabupaten Sleman. Keduanya adalah Badan Pemenangan Kabupaten dan "
     "Badan Pemenangan Nasional pasangan capres." + S, (), (BPN, BPK)),
    # look-alikes: the state bodies by their full names in such a story, and their acronyms in other stories
    ("Badan Pemenangan Nasional (BPN) menuding pegawai Badan Pertanahan Nasional di daerah itu ikut berkampanye." + S,
     (BPN,), ()),
    ("Kepala Kantor BPN Kabupaten Sleman meminta pegawainya netral." + S, (), ()),
    ("Kementerian ATR/BPN meminta seluruh pegawainya netral." + S, (BPN,), ()),
    ("Hasil audit BPK menemukan anggaran perjalanan dinas dipakai untuk kampanye." + S, (BPK,), ()),
    # one board spelt out shadows its own acronym only: the other bare acronym stays the state body
    ("Badan Pemenangan Nasional (BPN) pasangan calon 02 berkumpul di Jakarta. Di tempat lain, BPK mendapati dana "
     "desa dipakai berkampanye." + S, (BPK,), (BPN,)),
    ("Tim Badan Pemenangan Kabupaten (BPK) Sleman mendatangi Bawaslu. Sementara itu, petugas BPN mengukur tanah "
     "kantor desa." + S, (), (BPK,)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2019-03-10")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_campaign_boards_acronym_is_no_state_body(analysed: list, k: int, text: str, listed: tuple[str, ...],
                                                    unlisted: tuple[str, ...]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
