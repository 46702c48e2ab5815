"""Fixtures that run the real sync server as a subprocess against a real database.

Public API (kept stable for the sync-engine tests):

* ``postgres_cluster`` (session): a throwaway PostgreSQL 15 cluster (initdb in a temp dir,
  TCP on a free 127.0.0.1 port), torn down at the end; ``.create_database()`` -> URL.
* ``postgres_url`` (session): URL of one database in that cluster.
* ``server_factory`` (function): ``server_factory(database_url=None) -> RunningServer``;
  ``None`` means a fresh SQLite file. Every server started is stopped at teardown.
* ``server`` (function, parametrised ``["sqlite", "postgresql"]``): a running server on a
  fresh database of that kind.
* ``RunningServer``: ``base_url``, ``api_url``, ``database_url``, ``blob_dir``,
  ``admin(*args)``, ``create_office(code, name)``, ``create_officer(office_code,
  username, password, name)``, ``enroll(username, password, device_name)`` ->
  ``Enrolled`` (token, response, private key), ``client(token)`` -> ``httpx.Client``,
  ``revoke(device_id)``, ``stop()``, ``start()`` (same port and database: a restart).

PostgreSQL needs Debian's ``postgresql`` package (``/usr/lib/postgresql/15/bin``); as
root the cluster runs as the ``postgres`` user through ``runuser``.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from golonline_desktop.wire import API_PREFIX, EnrollRequest, EnrollResponse

REPO_ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("GOLONLINE_PG_BIN", "/usr/lib/postgresql/15/bin"))
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    for name in ("GOLONLINE_DATABASE_URL", "GOLONLINE_BLOB_DIR", "GOLONLINE_PORT"):
        env.pop(name, None)
    return env


# -- PostgreSQL -------------------------------------------------------------------------


@dataclass
class PostgresCluster:
    root: Path
    port: int
    as_postgres: list[str]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        import psycopg

        name = name or f"golonline_{next(self._names)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def pg(self, tool: str, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_postgres, str(PG_BIN / tool), *args],
            check=True,
            capture_output=True,
            text=True,
            **kwargs,
        )


def start_postgres(durable: bool = False) -> PostgresCluster:
    """initdb + pg_ctl start in a fresh temp dir; fsync off unless ``durable`` (benchmarks)."""
    if not (PG_BIN / "initdb").is_file():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN}")
    root = Path(tempfile.mkdtemp(prefix="golonline-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    cluster = PostgresCluster(root, free_port(), as_postgres)
    cluster.pg(
        "initdb",
        "-D",
        str(root / "data"),
        "-A",
        "trust",
        "-U",
        "postgres",
        "--no-sync",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    )
    options = f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    cluster.pg(
        "pg_ctl",
        "-D",
        str(root / "data"),
        "-o",
        options,
        "-l",
        str(root / "log"),
        "-w",
        "-t",
        "60",
        "start",
    )
    return cluster


def stop_postgres(cluster: PostgresCluster) -> None:
    try:
        cluster.pg("pg_ctl", "-D", str(cluster.root / "data"), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    cluster = start_postgres()
    try:
        yield cluster
    finally:
        stop_postgres(cluster)


@pytest.fixture(scope="session")
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    return postgres_cluster.create_database("golonline")


# -- the server -------------------------------------------------------------------------


def new_public_key() -> tuple[Any, str]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return key, base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@dataclass(frozen=True)
class Enrolled:
    response: EnrollResponse
    private_key: Any  # cryptography Ed25519PrivateKey

    @property
    def token(self) -> str:
        return self.response.device_token

    @property
    def device_id(self) -> str:
        return self.response.device_id


class RunningServer:
    """One ``golonline-server serve`` subprocess; restartable on the same port and data."""

    def __init__(self, database_url: str, workdir: Path) -> None:
        self.database_url = database_url
        self.workdir = workdir
        self.blob_dir = workdir / "blobs"
        self.log_path = workdir / "server.log"
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    def start(self) -> RunningServer:
        command = [
            sys.executable, "-m", "golonline_server", "serve",
            "--database-url", self.database_url, "--blob-dir", str(self.blob_dir),
            "--host", "127.0.0.1", "--port", str(self.port), "--migrate",
        ]  # fmt: skip
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=REPO_ROOT, env=_server_env(), stdout=log, stderr=log
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited {self.process.returncode}:\n{self.log()}")
            try:
                if httpx.get(self.api_url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server not healthy after {START_TIMEOUT}s:\n{self.log()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def admin(self, *args: str, stdin: str | None = None) -> Any:
        """Run an admin subcommand with ``--json``; returns the parsed output."""
        done = subprocess.run(
            [sys.executable, "-m", "golonline_server", args[0],
             "--database-url", self.database_url, "--json", *args[1:]],
            cwd=REPO_ROOT, env=_server_env(), input=stdin, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"admin {args} failed ({done.returncode}): {done.stderr}")
        return json.loads(done.stdout) if done.stdout.strip() else None

    def create_office(self, code: str, name: str | None = None) -> dict[str, str]:
        return self.admin("create-office", "--code", code, "--name", name or f"Office {code}")

    def create_officer(
        self, office_code: str, username: str, password: str, name: str | None = None
    ) -> dict[str, str]:
        return self.admin(
            "create-officer", "--office", office_code, "--username", username,
            "--name", name or username.title(), "--password-stdin", stdin=password + "\n",
        )  # fmt: skip

    def revoke(self, device_id: str) -> dict[str, Any]:
        return self.admin("revoke-device", device_id)

    def enroll(self, username: str, password: str, device_name: str = "laptop") -> Enrolled:
        key, public = new_public_key()
        request = EnrollRequest(
            username=username, password=password, device_name=device_name, public_key=public
        )
        answer = httpx.post(self.api_url + "/enroll", json=request.model_dump(), timeout=30)
        answer.raise_for_status()
        return Enrolled(EnrollResponse.model_validate(answer.json()), key)

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.api_url, headers=headers, timeout=30, **kwargs)

    def office_with_device(self, code: str, username: str | None = None) -> Enrolled:
        """Shortcut: an office, one officer and one enrolled device."""
        username = username or f"officer-{code.lower()}"
        self.create_office(code)
        self.create_officer(code, username, "correct horse battery")
        return self.enroll(username, "correct horse battery")


@pytest.fixture
def server_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    started: list[RunningServer] = []

    def start(database_url: str | None = None) -> RunningServer:
        workdir = tmp_path_factory.mktemp("server")
        url = database_url or f"sqlite:///{workdir / 'server.sqlite3'}"
        server = RunningServer(url, workdir)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, server_factory: Any) -> RunningServer:
    if request.param == "sqlite":
        return server_factory()
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return server_factory(cluster.create_database())
