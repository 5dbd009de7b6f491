"""Following an account is one of the acts the civil servants' rules ban, not only the outlet's own prompt.

The joint decree lists posting, commenting, sharing, liking and joining or following the campaign's groups and accounts
among the banned acts, and reporters copy the list with the English verb ("dilarang ... menyukai, hingga bergabung atau
follow akun grup pemenangan"). A line so written is the story's prose. The outlet's prompt to follow its own account,
by the platform, with a handle, as its own or an office's ("follow akun Instagram @...", "follow akun kami", "follow
akun Diskominfo X"), stays no prose, as
the prompt to follow it on Google News does. The stories are ours.
"""

from __future__ import annotations

import pytest

LEAD = "Kepala BKPSDM Sukamaju meminta ASN tetap netral pada Pilkada 2024.\n"


@pytest.mark.parametrize("line", [
    "Aturan itu memuat larangan ASN mengunggah, menyukai, hingga bergabung atau follow akun grup pemenangan calon.",
    "ASN juga dilarang memberi komentar dan follow akun kampanye pasangan calon di media sosial.",
])
def test_following_a_campaign_account_among_the_banned_acts_stays_a_ban(run, line: str) -> None:
    assert sorted(d.kind for d in run(LEAD + line).directives) == ["appeal", "prohibition"]


@pytest.mark.parametrize("line", [
    "Jangan lupa follow akun Instagram @kabarsukamaju, ASN dilarang ikut kampanye.",
    "Yuk follow akun kami untuk berita terbaru, ASN dilarang ikut kampanye.",
    "Follow akun TikTok Kabar Sukamaju dan jangan sampai ASN ketinggalan berita.",
    "Jangan lupa follow akun Diskominfo Sukamaju, ASN dilarang ikut kampanye.",
])
def test_the_outlets_prompt_to_follow_its_account_gives_nothing(run, line: str) -> None:
    assert [d.kind for d in run(LEAD + line).directives] == ["appeal"]
