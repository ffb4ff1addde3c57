"""`moderator-app`: the workstation and its command-line tools.

Subcommands are imported lazily so that `screen` never pays for Qt or ONNX start-up.
Without a subcommand, the workstation GUI starts.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moderator-app",
        description="Moderator workstation. Without a subcommand, opens the desktop app.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument("--demo", action="store_true", help="start the embedded demo backend and sign in")
    parser.add_argument("--server", metavar="URL", help="backend to connect to")
    sub = parser.add_subparsers(dest="command")

    screen = sub.add_parser("screen", help="screen listing text (JSONL on stdin, findings JSONL on stdout)")
    screen.add_argument("--policy", metavar="FILE", help="policy JSON file (default: the shipped policy)")
    screen.add_argument("--country", metavar="CC", help="default ISO 3166 alpha-2 region for phone numbers")

    images = sub.add_parser("screen-images", help="pre-screen image files and print one JSON object per file")
    images.add_argument("--country", metavar="CC", help="default region for phone numbers read in photos")
    images.add_argument("files", nargs="+", metavar="FILE")

    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    from moderator_app.app import run_gui

    return run_gui(demo=args.demo, server=args.server)


if __name__ == "__main__":
    raise SystemExit(main())
