"""What each role may do, checked in the services (a hidden button is not a rule).

UU 27/2022 asks that personal data be reachable only as far as the task needs: a field
officer (petugas) registers and corrects; a supervisor also sees full NIKs in exports,
deletes records, resets passwords and revokes certificates. Every service that does one of
those calls ``require`` first, so the CLI, the GUI and any later caller are held to it.
"""

from __future__ import annotations

from enum import StrEnum

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP

from .actor import Actor, Role


class Permission(StrEnum):
    EXPORT_UNMASKED_NIK = "export_unmasked_nik"
    DELETE_RECORD = "delete_record"
    RESET_PASSWORD = "reset_password"
    MANAGE_OFFICERS = "manage_officers"
    REVOKE_CERTIFICATE = "revoke_certificate"
    VIEW_AUDIT_LOG = "view_audit_log"
    HAND_OVER_REVOKED_DATA = "hand_over_revoked_data"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PETUGAS: frozenset(),
    Role.SUPERVISOR: frozenset(Permission),
}

# What the officer is told, per permission (English source, translated through Qt).
MESSAGES: dict[Permission, str] = {
    Permission.EXPORT_UNMASKED_NIK: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may export full NIKs."
    ),
    Permission.DELETE_RECORD: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may delete or restore a record."
    ),
    Permission.RESET_PASSWORD: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may reset another officer's password."
    ),
    Permission.MANAGE_OFFICERS: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may add officers or change their role."
    ),
    Permission.REVOKE_CERTIFICATE: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may revoke a certificate."
    ),
    Permission.VIEW_AUDIT_LOG: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may view or export the audit log."
    ),
    Permission.HAND_OVER_REVOKED_DATA: QT_TRANSLATE_NOOP(
        "Permission", "Only a supervisor may hand over or erase the data of a revoked laptop."
    ),
}


class PermissionDeniedError(PermissionError):
    """The acting officer's role does not allow this. ``message`` is the English source text
    (context "Permission") for the GUI to translate."""

    def __init__(self, actor: Actor, permission: Permission) -> None:
        self.actor = actor
        self.permission = permission
        self.message = MESSAGES[permission]
        super().__init__(self.message)


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    """Raise ``PermissionDeniedError`` unless ``actor``'s role grants ``permission``."""
    if not allowed(actor, permission):
        raise PermissionDeniedError(actor, permission)
