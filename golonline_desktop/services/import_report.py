"""An import's problems as a CSV file the officer opens in Excel next to the imported file.

The GUI offers "save the problems" and the CLI has ``import --report``; both write this.
Messages are rendered in the officer's language by the ``translate`` they pass in; cells
quote the officer's own values, so they are neutralised against formula injection.
"""

from __future__ import annotations

import csv
from pathlib import Path

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP, Translate

from .business_import import ImportReport
from .spreadsheet_safety import neutralise_csv

HEADERS = (
    QT_TRANSLATE_NOOP("ImportReport", "Row"),
    QT_TRANSLATE_NOOP("ImportReport", "Column"),
    QT_TRANSLATE_NOOP("ImportReport", "Severity"),
    QT_TRANSLATE_NOOP("ImportReport", "Code"),
    QT_TRANSLATE_NOOP("ImportReport", "Message"),
)
SEVERITY = {
    "error": QT_TRANSLATE_NOOP("ImportReport", "error"),
    "warning": QT_TRANSLATE_NOOP("ImportReport", "warning"),
}


def write_problem_report(report: ImportReport, path: Path, translate: Translate) -> int:
    """Write one line per problem (file-level ones first, row 0); returns the line count."""

    def tr(text: str) -> str:
        return translate("ImportReport", text)

    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(tr(h) for h in HEADERS)
        lines = [(0, None, f) for f in report.file_findings]
        lines += [(p.row, p.column, p.finding) for p in report.problems]
        for row, column, finding in lines:
            writer.writerow(
                [
                    row or "",
                    neutralise_csv(column or ""),
                    tr(SEVERITY[finding.severity.value]),
                    finding.code,
                    neutralise_csv(finding.render(translate)),
                ]
            )
            count += 1
    return count
