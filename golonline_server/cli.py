"""``golonline-server``: run the server and administer offices, officers and devices.

Every command takes ``--database-url`` (or ``GOLONLINE_DATABASE_URL``). Admin commands
print one JSON object per result with ``--json`` so scripts and tests can read them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from .settings import Settings

ENV_WORKERS = "GOLONLINE_WORKERS"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="golonline-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--database-url", help="SQLAlchemy URL (env GOLONLINE_DATABASE_URL)")
        p.add_argument("--json", action="store_true", help="print JSON")
        return p

    serve = command("serve", "run the HTTP server (uvicorn)")
    serve.add_argument("--blob-dir", help="folder for uploaded blobs (env GOLONLINE_BLOB_DIR)")
    serve.add_argument("--host", help="bind address (env GOLONLINE_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (env GOLONLINE_PORT, default 8800)")
    serve.add_argument("--regions", help="regions.sqlite3 (env GOLONLINE_REGIONS_PATH)")
    serve.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get(ENV_WORKERS, "1")),
        help=f"uvicorn worker processes (env {ENV_WORKERS}, default 1)",
    )
    serve.add_argument("--migrate", action="store_true", help="upgrade the schema first")
    serve.add_argument("--log-level", default="warning")

    command("migrate", "upgrade the database schema to the newest revision")

    p = command("create-office", "create a field office")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)

    p = command("create-officer", "create an officer account in an office")
    p.add_argument("--office", required=True, help="office code")
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True)
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )

    p = command("list-devices", "list enrolled devices")
    p.add_argument("--office", help="only this office code")

    p = command("revoke-device", "revoke a device: its token stops working at once")
    p.add_argument("device_id")
    return parser


def _engine(args: argparse.Namespace):
    from .db import make_engine

    return make_engine(Settings.from_env(database_url=args.database_url).database_url)


def _print(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, default=str) if args.json else text)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = Settings.from_env(
        database_url=args.database_url,
        blob_dir=args.blob_dir,
        host=args.host,
        port=args.port,
        regions_path=args.regions,
    )
    if args.migrate:
        from .db import make_engine
        from .migrate import upgrade

        engine = make_engine(settings.database_url)
        upgrade(engine)
        engine.dispose()
    from .app import create_app

    if args.workers > 1:
        # Workers import the app themselves; they read the same settings from the environment.
        from . import settings as s

        os.environ.update(
            {
                s.ENV_DATABASE_URL: settings.database_url,
                s.ENV_BLOB_DIR: str(settings.blob_dir),
            }
        )
        if settings.regions_path:
            os.environ[s.ENV_REGIONS] = str(settings.regions_path)
        uvicorn.run(
            "golonline_server.app:app_from_env",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=args.workers,
            log_level=args.log_level,
        )
    else:
        uvicorn.run(
            create_app(settings), host=settings.host, port=settings.port, log_level=args.log_level
        )
    return 0


def _admin(args: argparse.Namespace) -> int:
    from . import accounts
    from .migrate import upgrade

    engine = _engine(args)
    try:
        if args.command == "migrate":
            revision = upgrade(engine)
            _print(args, {"revision": revision}, f"database at revision {revision}")
            return 0
        with engine.begin() as conn:
            if args.command == "create-office":
                office = accounts.create_office(conn, args.code, args.name)
                _print(args, asdict(office), f"office {office.code} created: {office.id}")
            elif args.command == "create-officer":
                if args.password_stdin:
                    password = sys.stdin.readline().rstrip("\r\n")
                else:
                    password = getpass.getpass("Password: ")
                officer = accounts.create_officer(
                    conn, args.office, args.username, args.name, password
                )
                _print(args, asdict(officer), f"officer {officer.username} created: {officer.id}")
            elif args.command == "list-devices":
                devices = accounts.list_devices(conn, args.office)
                if args.json:
                    print(json.dumps([asdict(d) for d in devices], default=str))
                for d in devices if not args.json else ():
                    state = f"revoked {d.revoked_at:%Y-%m-%d %H:%M}" if d.revoked else "active"
                    print(
                        f"{d.id}  {d.device_code}  {d.office_code}  {d.officer_name}  "
                        f"{d.name}  {state}"
                    )
            elif args.command == "revoke-device":
                device = accounts.revoke_device(conn, args.device_id)
                _print(args, asdict(device), f"device {device.device_code} revoked")
    except accounts.AccountError as exc:
        print(f"error ({exc.code}): {exc.message}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    return _admin(args)


if __name__ == "__main__":
    raise SystemExit(main())
