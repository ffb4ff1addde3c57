"""`moderator-server`: run the reference backend, or check its audit chain.

    moderator-server [--host 127.0.0.1] [--port 8765] [--database URL|FILE] [--demo] [--workers N]
    moderator-server verify-audit [--database URL|FILE]
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
    sub = parser.add_subparsers(dest="command")
    verify = sub.add_parser(
        "verify-audit", help="check the audit log's hash chain; exit 1 at the first broken link"
    )
    verify.add_argument("--database", dest="verify_database", metavar="URL", help="as for the server")
    from moderator_app.server.dsa import cli as dsa_cli

    dsa_cli.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "verify-audit":
        return verify_audit(args.verify_database or args.database or default_database())
    if args.command in ("export-sor", "submit-sor"):
        from moderator_app.server.dsa import cli as dsa_cli

        if args.command == "export-sor":
            logging.getLogger().setLevel(logging.WARNING)  # stdout is the JSON Lines
        return dsa_cli.run(args, args.sor_database or args.database or default_database())
    return serve(args)


def verify_audit(database: str) -> int:
    from moderator_app.server.audit import verify_chain
    from moderator_app.server.db import Database

    db = Database(database)
    try:
        with db.read() as conn:
            report = verify_chain(conn)
    finally:
        db.dispose()
    if report.ok:
        print(f"audit log OK: {report.entries} entries verified")
        return 0
    print(
        f"audit log BROKEN at entry {report.broken_seq}: {report.reason} ({report.entries} entries verified before it)"
    )
    return 1


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

    from moderator_app.server.app import DATABASE_ENV, LEASE_ENV, create_app
    from moderator_app.server.context import ServerSettings

    database = args.database or default_database()
    settings = ServerSettings(lease_seconds=args.lease_seconds)
    # Creating the app migrates the schema; seeding happens before any worker starts.
    app = create_app(database, settings=settings)
    if args.demo:
        _seed_demo(app.state.ctx.db)
    common = {"log_level": "info", "access_log": args.access_log, "timeout_keep_alive": 30}
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
    from moderator_app.server.seed import database_is_empty, seed_dataset

    if not database_is_empty(db):
        log.info("--demo: the database already holds data; not seeding again")
        return
    from moderator_app.server.demo import build_demo_dataset
    from moderator_app.server.demo.history import seed_history
    from moderator_app.server.dsa.demo import seed_dsa_demo

    log.info("--demo: building and seeding the demo dataset")
    seed_dataset(db, build_demo_dataset())
    seed_history(db)  # weeks of past decisions and audits, so the lead dashboard has figures
    seed_dsa_demo(db)  # notices, statements of reasons and appeals on that history


if __name__ == "__main__":
    sys.exit(main())
