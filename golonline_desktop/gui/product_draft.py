"""The product editor's draft questions: continue an unsaved product, or throw it away.

The writing itself is ``draft_writer.DraftWriter`` (shared with the registration form).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from . import dialogs
from .i18n import translate

log = logging.getLogger(__name__)


def ask_to_continue(parent: QWidget, name: str, *, saved_before: bool) -> bool:
    """Offer an unsaved product back; True when the officer wants to continue it."""
    shown = name.strip() or translate("ProductDrafts", "no name typed yet")
    if saved_before:
        text = translate(
            "ProductDrafts",
            "Changes to the product {name} were not saved the last time. Continue them now?\n\n"
            "If you answer No, the saved product is shown and the changes stay kept until "
            "you change it again.",
        )
    else:
        text = translate(
            "ProductDrafts",
            "A new product was not saved the last time ({name}). Continue it now?\n\n"
            "If you answer No, it stays kept and is offered again later.",
        )
    answer = dialogs.ask(
        parent,
        translate("ProductDrafts", "Unsaved product"),
        text.format(name=shown),
        (dialogs.Choice.YES, dialogs.Choice.NO),
        dialogs.Choice.YES,
    )
    return answer is dialogs.Choice.YES


def ask_to_discard(parent: QWidget, name: str) -> bool:
    """Before unsaved changes are thrown away; True when the officer agrees."""
    shown = name.strip() or translate("ProductDrafts", "no name typed yet")
    answer = dialogs.ask(
        parent,
        translate("ProductDrafts", "Discard changes?"),
        translate("ProductDrafts", "Throw away what was typed in this product ({name})?").format(
            name=shown
        ),
        (dialogs.Choice.YES, dialogs.Choice.NO),
        dialogs.Choice.NO,
    )
    return answer is dialogs.Choice.YES
