"""The fast similar-name check gives exactly the answer of the plain difflib comparison."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from golonline_desktop.storage.businesses import (
    SIMILAR_NAME_RATIO,
    name_key,
    names_similar,
)


def reference(a: str, b: str) -> bool:
    """The rule written plainly: same key, or difflib ratio of the keys at least 0.85."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return a.casefold().strip() == b.casefold().strip()
    return ka == kb or difflib.SequenceMatcher(None, ka, kb).ratio() >= SIMILAR_NAME_RATIO


WORDS = st.sampled_from(
    ["warung", "bu", "sri", "toko", "keripik", "singkong", "batik", "jaya", "abadi", "makmur",
     "sumber", "rejeki", "rezeki", "berkah", "ud", "cv", "kopi", "aa", "b", "Ṭāhir", "北京"]
)  # fmt: skip
NAMES = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


@st.composite
def near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A name and a slightly edited copy: the pairs where the answer is close to the line."""
    base = draw(st.text(alphabet="abcdeiknorstu ", min_size=1, max_size=30))
    chars = list(base)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["swap", "drop", "add"]))
        at = draw(st.integers(0, max(len(chars) - 1, 0)))
        letter = draw(st.sampled_from("abcdeiknorstu "))
        if op == "drop" and chars:
            del chars[at]
        elif op == "add":
            chars.insert(at, letter)
        elif chars:
            chars[at] = letter
    return base, "".join(chars)


@settings(max_examples=600, deadline=None)
@given(near_pairs())
def test_edited_names_agree_with_the_plain_rule(pair: tuple[str, str]) -> None:
    a, b = pair
    assert names_similar(a, b) == reference(a, b)


@settings(max_examples=400, deadline=None)
@given(NAMES, NAMES)
def test_word_names_agree_with_the_plain_rule(a: str, b: str) -> None:
    assert names_similar(a, b) == reference(a, b)


def test_known_pairs() -> None:
    assert names_similar("Warung Bu Sri", "Warung Sri")
    assert names_similar("Toko Sumber Rejeki", "Sumber Rezeki")  # ratio 0.92
    assert not names_similar("Keripik Singkong Renyah", "Batik Tulis Sekar Jagad")
    assert not names_similar("Warung Bu Sri", "Warung Bu Ani")
