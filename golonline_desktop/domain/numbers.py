"""Shared clean-up of identity numbers typed or pasted by officers."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s.\-/_]+")


def strip_separators(raw: str) -> str:
    """Digits as typed, without spaces, dots, dashes or slashes.

    NFKC first, so full-width digits pasted from a phone keyboard become ASCII. Whatever
    else remains (letters, other digits) is kept, for the caller to reject; the result is
    ASCII digits only when ``str.isdigit`` and ``str.isascii`` both hold.
    """
    text = unicodedata.normalize("NFKC", raw or "")
    cleaned = _SEPARATORS.sub("", text)
    return cleaned if cleaned.isascii() else cleaned.encode("ascii", "replace").decode()
