"""The command line on a data folder set up with officer accounts (an encrypted database)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from golonline_desktop import cli
from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.revocation import RevocationService, is_revoked
from tests.accounts_factory import set_up_office
from tests.factories import business_input

PASSWORD = "sandi-rahasia-1"
PASSPHRASE = "serah-terima-kantor-jkp01"


def set_up(root: Path, office_code: str = "JKP01") -> DataPaths:
    paths = DataPaths(root).ensure()
    setup = set_up_office(paths, SystemClock(), office_code=office_code)
    app = open_app(paths, key=setup.data_key, officer_id=setup.actor.officer_id)
    try:
        assert app.registration.register(business_input(1)).saved
        if root.name == "revoked":
            RevocationService(app.store, app.paths, app.clock).handle_revocation("revoked")
    finally:
        app.close()
    return paths


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: object,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_encrypted_folder_opens_for_the_officer_named_with_their_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = set_up(tmp_path / "data")
    target = tmp_path / "umkm.csv"
    base = ["--data-dir", paths.root, "--language", "en", "export", target]

    code, _, err = run(capsys, monkeypatch, *base)
    assert code == cli.EXIT_USAGE and "give --user NAME" in err and not target.exists()

    code, _, err = run(capsys, monkeypatch, *base, "--user", "sri", "--password-stdin", stdin="x\n")
    assert code == cli.EXIT_USAGE and "Wrong username or password." in err

    code, out, err = run(
        capsys, monkeypatch, *base, "--user", "sri", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert code == cli.EXIT_OK, err
    assert "Exported 1 businesses" in out and target.exists()


def test_a_revoked_laptops_work_is_handed_over_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    revoked = set_up(tmp_path / "revoked")
    other = set_up(tmp_path / "other")
    file = tmp_path / "serah-terima.golonline"
    login = ["--user", "sri", "--password-stdin"]
    secrets = f"{PASSWORD}\n{PASSPHRASE}\n"

    code, out, err = run(
        capsys, monkeypatch, "--data-dir", revoked.root, "--language", "en",
        "handover", "export", file, *login, stdin=secrets,
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    # one registration and the supervisor's officer record, queued by the setup
    assert out.startswith("Wrote 2 unsent changes and 0 photos to ")

    code, out, err = run(
        capsys, monkeypatch, "--data-dir", other.root, "handover", "import", file, *login,
        stdin=f"{PASSWORD}\nbukan-kata-sandinya\n",
    )  # fmt: skip
    assert code == cli.EXIT_USAGE
    assert err == "Galat: Frasa sandi salah, atau berkas diubah setelah ditulis.\n"  # id default

    code, out, err = run(
        capsys, monkeypatch, "--data-dir", other.root, "--language", "en",
        "handover", "import", file, *login, stdin=secrets,
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert "Queued 2 changes and 0 photos to be sent; 0 were already here." in out

    code, _, err = run(
        capsys, monkeypatch, "--data-dir", revoked.root, "--language", "en",
        "handover", "erase", *login, stdin=secrets,
    )  # fmt: skip
    assert code == cli.EXIT_USAGE and "--yes" in err and revoked.database.exists()
    code, out, err = run(
        capsys, monkeypatch, "--data-dir", revoked.root, "--language", "en",
        "handover", "erase", "--yes", *login, stdin=secrets,
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert not revoked.database.exists() and is_revoked(revoked) is not None
