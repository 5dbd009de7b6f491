"""Probe list of a member's title with no holder opening a sentence as the class a rule is for ("Anggota Polri yang
berpihak akan dijatuhi sanksi", "Anggota TNI dilarang ..."): the title is read as an office, yet it names the
soldiers or the police the rule binds, not the civil servants the story addresses, so no directive is borrowed for
them. Negatives: a member title as a speaker before a speech verb, the corps of civil servants by its member title,
a legislator's member title (the forces' alone are the class: "Anggota DPRD ... wajib cuti" keeps the legislators'
own duty, as the annotation gives it), and civil servants named in the sentence.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# the regent's region is named: without it "Anggota DPRD ... wajib ..." below gives no obligation at all
CONTEXT = "Bupati Sleman meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Anggota Polri yang berpihak kepada calon akan dijatuhi sanksi tegas.", set()),
    (CONTEXT + "Anggota TNI yang ikut berkampanye akan dikenai hukuman disiplin militer.", set()),
    (CONTEXT + "Anggota Polri dilarang menggunakan hak pilih dalam pemilihan.", set()),
    (CONTEXT + "Anggota TNI tidak boleh terlibat dalam politik praktis.", set()),
    (CONTEXT + "Anggota Bawaslu Kabupaten itu menegaskan ASN dilarang berkampanye.", {"prohibition"}),
    (CONTEXT + "Anggota Korpri dilarang menjadi tim sukses calon.", {"prohibition"}),
    (CONTEXT + "Anggota DPRD yang ikut berkampanye wajib mengambil cuti.", {"obligation"}),
    (CONTEXT + "Anggota Polri dan ASN yang berpihak akan dijatuhi sanksi tegas.", {"sanction"}),
    (CONTEXT + "Pegawai yang berpihak kepada calon akan dijatuhi sanksi tegas.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:62]))
def test_a_member_title_with_no_holder_is_the_class_the_rule_binds(analysed: list, k: int, text: str,
                                                                  kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
