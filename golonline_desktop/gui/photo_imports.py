"""Photo imports off the GUI thread, handed over in the order the officer chose them.

Each job (a file, a pasted or captured picture) runs the photo pipeline on the runner's
readers (decoding a 12 MP JPEG takes ~100 ms: never on the GUI thread). Workers finish in
any order; results are handed to the editor strictly in the order the jobs were given,
and a batch started while another runs extends it. Showing another product cancels the
batch: late results of it are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from golonline_desktop.services.photo_pipeline import PhotoRejected, ProcessedPhoto

from .i18n import translate
from .runner import Runner

Job = tuple[str, Callable[[], ProcessedPhoto]]  # (file name for messages, the work)


class PhotoImports(QObject):
    """One running batch of photo jobs with its progress bar and status line.

    Signals:
        finished(int): every job of the batch answered; the number of photos added.
    """

    finished = Signal(int)

    def __init__(
        self,
        runner: Runner,
        progress: QProgressBar,
        status: QLabel,
        add: Callable[[ProcessedPhoto], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._progress = progress
        self._status = status
        self._add = add  # True when the photo was added (False: already there)
        self._batch = 0
        self._results: dict[int, ProcessedPhoto | None] = {}
        self._expected = 0
        self._delivered = 0
        self._added = 0
        self._problems: list[str] = []

    @property
    def busy(self) -> bool:
        return self._expected > 0

    def cancel(self) -> None:
        """Forget the running batch (the form shows another product)."""
        self._batch += 1
        self._expected = 0
        self._results.clear()
        self._progress.hide()

    def start(self, jobs: list[Job]) -> None:
        if not jobs:
            return
        if not self._expected:  # a new batch (one still running is extended)
            self._results.clear()
            self._delivered = 0
            self._added = 0
            self._problems = []
        batch = self._batch
        start = self._expected
        self._expected += len(jobs)
        self._progress.setRange(0, self._expected)
        self._progress.setValue(self._delivered)
        self._progress.show()
        self._status.setText(translate("ProductEditor", "Preparing photos…"))
        for offset, (name, job) in enumerate(jobs):
            index = start + offset
            self._runner.submit(
                job,
                on_done=lambda r, i=index, b=batch: self._done(b, i, r),
                on_error=lambda e, i=index, b=batch, n=name: self._failed(b, i, n, e),
            )

    def _done(self, batch: int, index: int, photo: ProcessedPhoto) -> None:
        if batch != self._batch:
            return
        self._results[index] = photo
        self._problems.extend(w.render(translate) for w in photo.warnings)
        self._hand_over()

    def _failed(self, batch: int, index: int, name: str, exc: BaseException) -> None:
        if batch != self._batch:
            return
        self._results[index] = None
        if isinstance(exc, PhotoRejected):
            self._problems.append(exc.finding.render(translate))
        else:
            self._problems.append(
                translate("ProductEditor", "{name} could not be added: {error}").format(
                    name=name, error=exc
                )
            )
        self._hand_over()

    def _hand_over(self) -> None:
        """Add finished photos in order; finish the batch when every job has answered."""
        while self._delivered in self._results:
            photo = self._results.pop(self._delivered)
            self._delivered += 1
            if photo is not None and self._add(photo):
                self._added += 1
        self._progress.setValue(self._delivered)
        if self._delivered < self._expected:
            return
        self._expected = 0
        self._progress.hide()
        status = translate("ProductEditor", "Photos added: {count}.").format(count=self._added)
        if self._problems:
            status += " " + " ".join(dict.fromkeys(self._problems))
        self._status.setText(status)
        self.finished.emit(self._added)
