"""`moderator-server`: run the reference backend, or check its audit log.

    moderator-server [--host 127.0.0.1] [--port 8765] [--database URL|FILE] [--demo] [--workers N]
                     [--audit-key-file FILE] [--audit-checkpoints FILE] [--forwarded-allow-ips IPS]
    moderator-server verify-audit [--database URL|FILE] [--audit-key-file FILE] [--checkpoints FILE ...]
    moderator-server audit-checkpoint [--database URL|FILE] [--audit-key-file FILE] [--audit-checkpoints FILE]
    moderator-server export-sor --database URL --from DATE --to DATE
    moderator-server submit-sor --database URL --endpoint URL --token-file FILE

The server prints the URL it listens on (the real port when ``--port 0``) once it accepts
connections. With ``--workers N`` several processes serve one address and one database; on Linux
each has its own ``SO_REUSEPORT`` socket so that the kernel balances desks across them (see
``server/workers.py``). SQLite works with several workers (writers queue on a lock file);
PostgreSQL scales further.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import socket
import sys
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def default_database() -> str:
    """The SQLite file in the user's data directory (created on first use)."""
    from moderator_app.config import app_paths

    data_dir = app_paths().data_dir
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return str(Path(data_dir) / "reference-server.sqlite3")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moderator-server", description="The moderation queue reference server."
    )
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help=f"interface to listen on (default {DEFAULT_HOST})"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="TCP port; 0 picks a free one")
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL or SQLite file (default: user data dir)"
    )
    parser.add_argument("--demo", action="store_true", help="seed the demo dataset into an empty database")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes serving the same address and database (default 1)",
    )
    parser.add_argument("--lease-seconds", type=int, default=600, help="how long a claim lasts (default 600)")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    _audit_arguments(parser, checkpoint_help="append signed checkpoints of the audit log's head here")
    parser.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="behind a reverse proxy: trust its X-Forwarded-For from these addresses (comma-separated), so "
        "sign-in throttling sees the desk's address, not the proxy's",
    )
    sub = parser.add_subparsers(dest="command")
    verify = sub.add_parser(
        "verify-audit",
        help="check the audit log, the exported checkpoints and the tables against the log; exit 1 on any finding",
    )
    verify.add_argument("--database", dest="verify_database", metavar="URL", help="as for the server")
    verify.add_argument("--audit-key-file", dest="verify_key_file", metavar="FILE", help="as for the server")
    verify.add_argument(
        "--checkpoints",
        metavar="FILE",
        action="append",
        help="a checkpoint file or a log extract with audit-checkpoint lines (repeatable; default: the "
        "server's checkpoint file)",
    )
    point = sub.add_parser("audit-checkpoint", help="export a signed checkpoint of the audit log's head now")
    point.add_argument("--database", dest="point_database", metavar="URL", help="as for the server")
    _audit_arguments(point, checkpoint_help="as for the server", dest_prefix="point_")
    from moderator_app.server.dsa import cli as dsa_cli

    dsa_cli.add_parsers(sub)
    return parser


def _audit_arguments(parser: argparse.ArgumentParser, *, checkpoint_help: str, dest_prefix: str = "") -> None:
    parser.add_argument(
        "--audit-key-file",
        dest=f"{dest_prefix}audit_key_file",
        metavar="FILE",
        help="the audit log's secret key (default: $MODERATOR_AUDIT_KEY_FILE, else audit.key in the data "
        "directory, created on first use); see docs/audit-log.md",
    )
    parser.add_argument(
        "--audit-checkpoints",
        dest=f"{dest_prefix}audit_checkpoints",
        metavar="FILE",
        help=f"{checkpoint_help} (default: beside a SQLite database, else in the data directory)",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "verify-audit":
        database = args.verify_database or args.database or default_database()
        key_file = args.verify_key_file or args.audit_key_file
        checkpoints = args.checkpoints or [str(default_checkpoint_file(database))]
        return verify_audit(database, key_file, checkpoints, explicit=bool(args.checkpoints))
    if args.command == "audit-checkpoint":
        database = args.point_database or args.database or default_database()
        return audit_checkpoint(database, args.point_audit_key_file or args.audit_key_file,
                                args.point_audit_checkpoints or args.audit_checkpoints)
    if args.command in ("export-sor", "submit-sor"):
        from moderator_app.server.dsa import cli as dsa_cli

        if args.command == "export-sor":
            logging.getLogger().setLevel(logging.WARNING)  # stdout is the JSON Lines
        return dsa_cli.run(args, args.sor_database or args.database or default_database())
    return serve(args)


def default_checkpoint_file(database: str) -> Path:
    """Where checkpoints go by default: beside a SQLite file, else in the data directory (per database)."""
    from sqlalchemy.engine import make_url

    from moderator_app.server.db import normalize_database_url

    url = make_url(normalize_database_url(database))
    if url.drivername.startswith("sqlite") and url.database not in (None, "", ":memory:"):
        return Path(f"{url.database}.audit-checkpoints")
    from moderator_app.config import app_paths

    name = "".join(c if c.isalnum() else "-" for c in f"{url.host}-{url.port}-{url.database}")
    return Path(app_paths().data_dir) / f"audit-checkpoints-{name}"


def verify_audit(database: str, key_file: str | None, checkpoint_files: list[str], *, explicit: bool) -> int:
    """Run every check of server.audit_verify and print a report; 0 when all hold, 1 otherwise."""
    from moderator_app.server.audit_checkpoints import read_checkpoints
    from moderator_app.server.audit_key import AuditKeyError, load_audit_key
    from moderator_app.server.audit_verify import verify_database
    from moderator_app.server.db import Database

    try:
        key = load_audit_key(key_file)
    except AuditKeyError as exc:
        print(f"verify-audit: {exc}", file=sys.stderr)
        return 2
    checkpoints = []
    for name in checkpoint_files:
        path = Path(name)
        if path.is_file():
            checkpoints.extend(read_checkpoints(path))
        elif explicit:
            print(f"verify-audit: no checkpoint file {path}", file=sys.stderr)
            return 2
    db = Database(database, key)
    try:
        with db.read() as conn:
            report = verify_database(conn, key, checkpoints)
    finally:
        db.dispose()
    chain = report.chain
    if not chain.ok:
        print(
            f"audit log BROKEN at entry {chain.broken_seq}: {chain.reason} "
            f"({chain.entries} entries verified before it)"
        )
        return 1
    print(f"audit log chain OK: {chain.entries} entries sealed under key {key.key_id}")
    if checkpoints:
        print(f"checked against {report.checkpoints} checkpoint(s)")
    else:
        print("no checkpoints given: a cut tail or a rolled-back database cannot be detected (see docs/audit-log.md)")
    print(f"tables: {report.decisions} decisions, {report.audits} audits, {report.disputes} disputes checked")
    if report.ok:
        print("audit log OK")
        return 0
    for problem in report.problems:
        print(f"TAMPERED: {problem}")
    if report.more_problems:
        print(f"... and {report.more_problems} more")
    print(f"audit log BROKEN: {len(report.problems) + report.more_problems} finding(s)")
    return 1


def audit_checkpoint(database: str, key_file: str | None, checkpoint_file: str | None) -> int:
    """Write a checkpoint of the head now (for a cron job, or before a maintenance window)."""
    from datetime import UTC, datetime

    from moderator_app.server.audit_checkpoints import Checkpointer
    from moderator_app.server.audit_key import load_audit_key
    from moderator_app.server.db import Database

    key = load_audit_key(key_file)
    path = Path(checkpoint_file) if checkpoint_file else default_checkpoint_file(database)
    db = Database(database, key)
    try:
        with db.read() as conn:
            point = Checkpointer(key, path).checkpoint(conn, datetime.now(UTC), force=True)
    finally:
        db.dispose()
    if point is None:
        print("the audit log is empty: nothing to checkpoint")
        return 0
    print(f"checkpoint of entry {point.seq} appended to {path}")
    return 0


def _bind(host: str, port: int) -> socket.socket:
    """One listening socket for the single process, or for uvicorn's shared-socket workers."""
    from moderator_app.server.workers import LISTEN_BACKLOG, bind_socket

    sock = bind_socket(host, port)
    sock.listen(LISTEN_BACKLOG)
    sock.set_inheritable(True)
    return sock


def serve(args: argparse.Namespace) -> int:
    try:
        return _serve(args)
    except OSError as exc:
        if exc.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES):
            raise
        print(f"moderator-server: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from moderator_app.server.app import CHECKPOINTS_ENV, DATABASE_ENV, LEASE_ENV, create_app
    from moderator_app.server.audit_key import KEY_FILE_ENV, AuditKeyError, load_audit_key
    from moderator_app.server.audit_seal import AuditChainError
    from moderator_app.server.context import ServerSettings

    database = args.database or default_database()
    try:
        key = load_audit_key(args.audit_key_file)
    except AuditKeyError as exc:
        print(f"moderator-server: {exc}", file=sys.stderr)
        return 2
    checkpoints = Path(args.audit_checkpoints) if args.audit_checkpoints else default_checkpoint_file(database)
    settings = ServerSettings(lease_seconds=args.lease_seconds, checkpoint_file=checkpoints)
    # Creating the app migrates the schema; seeding happens before any worker starts.
    try:
        app = create_app(database, settings=settings, audit_key=key)
    except AuditChainError as exc:
        print(f"moderator-server: {exc}", file=sys.stderr)
        return 2
    if args.demo:
        _seed_demo(app.state.ctx.db)
    common = {"log_level": "info", "access_log": args.access_log, "timeout_keep_alive": 30}
    if args.forwarded_allow_ips:
        common.update(proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips)
    # Worker processes find the key and the checkpoint file here (server.app.app_from_env).
    os.environ[KEY_FILE_ENV] = key.source
    os.environ[CHECKPOINTS_ENV] = str(checkpoints)
    if args.workers <= 1:
        sock = _bind(args.host, args.port)
        _announce(args.host, sock.getsockname()[1])
        config = uvicorn.Config(app, **common)
        uvicorn.Server(config).run(sockets=[sock])
        return 0
    app.state.ctx.db.dispose()
    os.environ[DATABASE_ENV] = app.state.ctx.db.url
    os.environ[LEASE_ENV] = str(args.lease_seconds)
    from moderator_app.server.workers import APP_FACTORY, WorkerPool, balanced_workers_supported

    if balanced_workers_supported():
        pool = WorkerPool(args.host, args.port, args.workers, common)
        pool.start()
        pool.supervise(on_ready=lambda: _announce(args.host, pool.port))
        return 0
    from uvicorn.supervisors import Multiprocess

    sock = _bind(args.host, args.port)
    _announce(args.host, sock.getsockname()[1])
    config = uvicorn.Config(APP_FACTORY, factory=True, workers=args.workers, **common)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def _announce(host: str, port: int) -> None:
    shown = f"[{host}]" if ":" in host else host
    print(f"moderator-server listening on http://{shown}:{port}", flush=True)


def _seed_demo(db) -> None:
    from moderator_app.server.seed import database_is_empty

    if not database_is_empty(db):
        log.info("--demo: the database already holds data; not seeding again")
        return
    from moderator_app.server.demo.seeding import seed_demo

    log.info("--demo: building and seeding the demo dataset")
    seed_demo(db)


if __name__ == "__main__":
    sys.exit(main())
