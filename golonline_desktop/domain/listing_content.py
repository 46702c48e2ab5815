"""Content marketplaces refuse in names and descriptions: other marketplaces, phones, links.

Every marketplace forbids steering buyers elsewhere; Blibli's template says so outright.
The patterns are kept apart from the length and range rules because they are the part
most likely to need tuning (false positives on product codes, new link shorteners).
"""

from __future__ import annotations

import re
from functools import cache

from .findings import Finding, error
from .i18n import QT_TRANSLATE_NOOP
from .marketplaces import MarketplaceProfile

PHONE = re.compile(r"(?<![\d+])(?:\+62|62|0)[\s.\-]?[2-9](?:[\s.\-]?\d){7,11}(?!\d)")
LINK = re.compile(
    r"(?i)(?:https?://|www\.)\S+"
    r"|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|id|me|ly|io|shop|store|link|xyz"
    r"|info|biz|site|online|app|page|ee|gl)\b(?:/\S*)?"
    r"|\b[\w.+\-]+@[\w\-]+\.[\w.\-]+"
)
HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>")
HASHTAG = re.compile(r"(?<!\w)#\w+")


@cache
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])")


def forbidden_content(text: str, field: str, profile: MarketplaceProfile) -> list[Finding]:
    findings: list[Finding] = []
    pattern = _name_pattern(profile.forbidden_names)
    names = sorted({m.group(0) for m in pattern.finditer(text)}) if pattern else []
    if names:
        findings.append(
            error(
                f"listing.{field}.other_marketplace",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Remove the mention of {names}: {marketplace} rejects listings that name "
                    "other marketplaces or outside channels.",
                ),
                field,
                names=", ".join(names),
                marketplace=profile.name,
            )
        )
    phone = PHONE.search(text)
    if phone:
        findings.append(
            error(
                f"listing.{field}.phone",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    'Remove the phone number "{found}": buyers must contact the seller '
                    "through {marketplace}'s chat.",
                ),
                field,
                found=phone.group(0).strip(),
                marketplace=profile.name,
            )
        )
    link = LINK.search(text)
    if link:
        findings.append(
            error(
                f"listing.{field}.link",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    'Remove the link or address "{found}": {marketplace} does not allow '
                    "links to outside pages.",
                ),
                field,
                found=link.group(0),
                marketplace=profile.name,
            )
        )
    return findings
