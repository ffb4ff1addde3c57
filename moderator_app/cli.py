"""`moderator-app`: the workstation and its command-line tools.

Subcommands are imported lazily so that `screen` never pays for Qt or ONNX start-up.
Without a subcommand, the workstation GUI starts.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moderator-app",
        description="Moderator workstation. Without a subcommand, opens the desktop app.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument("--demo", action="store_true", help="start the embedded demo backend and sign in")
    parser.add_argument(
        "--demo-user",
        metavar="NAME",
        default="moderator1",
        help="demo account to sign in as: moderator1..moderator6, lead1, qa1 or admin1 (default moderator1); "
        "intake1 is the API-only service account for notices and appeals",
    )
    parser.add_argument("--server", metavar="URL", help="backend to connect to")
    sub = parser.add_subparsers(dest="command")

    screen = sub.add_parser("screen", help="screen listing text (JSONL on stdin, findings JSONL on stdout)")
    screen.add_argument("--policy", metavar="FILE", help="policy JSON file (default: the shipped policy)")
    screen.add_argument("--country", metavar="CC", help="default ISO 3166 alpha-2 region for phone numbers")

    images = sub.add_parser("screen-images", help="pre-screen image files and print one JSON object per file")
    images.add_argument("--country", metavar="CC", help="default region for phone numbers read in photos")
    images.add_argument("files", nargs="+", metavar="FILE")

    _add_report_parser(sub)
    return parser


def _iso_day(text: str) -> date:
    """An argparse type: a YYYY-MM-DD calendar day."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def _add_report_parser(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="print QA reports from the server (JSON or CSV)")
    reports = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    rates = reports.add_parser(
        "error-rates",
        help="audited error rates with their 95%% Wilson interval",
        description="Audited error rates with their 95% Wilson interval, one row per group. "
        "Signs in with the workstation's stored token (the last user, or --username), or with "
        "--username and --password-stdin. Exit codes: 0 done, 2 bad arguments, 3 server "
        "unreachable, 4 not signed in or wrong password, 5 not allowed, 6 the server failed or refused.",
    )
    rates.add_argument("--server", dest="report_server", metavar="URL", help="backend (default: the app's)")
    rates.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_iso_day, required=True)
    rates.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_iso_day, required=True)
    rates.add_argument(
        "--group-by", dest="group_by", choices=("moderator", "queue", "reason", "category"), required=True
    )
    rates.add_argument("--format", dest="output_format", choices=("json", "csv"), default="json")
    rates.add_argument(
        "--period", choices=("all", "day", "week"), default="all", help="bucket rows by period"
    )
    for name in ("moderator", "queue", "reason", "category"):
        rates.add_argument(f"--{name}", dest=f"filter_{name}", metavar=name.upper(), help=f"only this {name}")
    rates.add_argument("--username", metavar="NAME", help="account to use (default: the app's last sign-in)")
    rates.add_argument(
        "--password-stdin", action="store_true", help="sign in with the password read from standard input"
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from moderator_app.version_info import version_lines

        print("\n".join(version_lines()))
        return 0
    if args.command == "screen":
        from moderator_app.screening.text_cli import run_screen

        return run_screen(policy_path=args.policy, country=args.country, stdin=sys.stdin, stdout=sys.stdout)
    if args.command == "screen-images":
        from moderator_app.screening.image_cli import run_screen_images

        return run_screen_images(files=args.files, country=args.country, stdout=sys.stdout)
    if args.command == "report":
        if args.date_to < args.date_from:
            parser.error("--to is before --from")
        if args.password_stdin and not args.username:
            parser.error("--password-stdin needs --username")
        from moderator_app.report_cli import ErrorRatesRequest, run_error_rates

        request = ErrorRatesRequest(
            server=args.report_server or args.server,
            date_from=args.date_from,
            date_to=args.date_to,
            group_by=args.group_by,
            output_format=args.output_format,
            period=args.period,
            filters={
                name: getattr(args, f"filter_{name}") for name in ("moderator", "queue", "reason", "category")
            },
            username=args.username,
            password_stdin=args.password_stdin,
        )
        return run_error_rates(request, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr)
    from moderator_app.app import run_gui

    return run_gui(demo=args.demo, server=args.server, demo_user=args.demo_user)


if __name__ == "__main__":
    raise SystemExit(main())
