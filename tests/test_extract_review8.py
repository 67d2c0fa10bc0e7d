"""From a review of the eighth rounds: a word ending in 图 before a colon (发展蓝图：) is no photo credit (it
dropped the name after it); and, as guards, a transcript's newsroom keeps its whole ending (融媒体中心,
广播电视台) and a real photo credit still drops the name after it.

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

import pytest
from test_extract_names import draft_of, labels


@pytest.mark.parametrize("sentence, newsroom", [
    ("记者提问（河套县融媒体中心记者）：", "河套县融媒体中心"),
    ("记者提问（北江广播电视台记者）：", "北江广播电视台"),
])
def test_the_newsroom_a_transcript_credits_with_its_full_ending(sentence, newsroom):
    assert labels(draft_of(sentence), "organisation") == {newsroom: "Publisher"}


def test_a_word_ending_in_tu_before_a_colon_is_no_photo_credit():
    found = labels(draft_of("发展蓝图：临江光电产业园管委会牵头编制模组产业三年行动方案。"), "organisation")
    assert "临江光电产业园管委会" in found


def test_a_photo_credit_still_drops_the_name_after_it():
    found = labels(draft_of("图｜临江光电产业园管委会"), "organisation")
    assert "临江光电产业园管委会" not in found
