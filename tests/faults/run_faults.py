"""`make faults`: the full fault suite, randomized, and its table.

Usage: python tests/faults/run_faults.py [--iterations 108] [--seed N] [--kinds "proxy cut,full disk"]

Each iteration takes one kind of fault, in turn, with random parameters from the seed. The table
counts, per kind, the decisions that were lost, doubled, wrong, stuck or misreported: every one of
those columns must be 0. The exit status is 1 when one is not.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import KINDS, run_iteration, seeded_template, table  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=6 * len(KINDS))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--kinds", help="comma-separated fault kinds (default: all)")
    args = parser.parse_args()
    kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds else list(KINDS)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown fault kinds: {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    rng = random.Random(args.seed)
    print(f"fault suite: {args.iterations} iterations, seed {args.seed}", flush=True)
    outcomes = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="moderator-faults-") as tmp:
        root = Path(tmp)
        template = seeded_template(root)
        for n in range(args.iterations):
            kind = kinds[n % len(kinds)]
            workdir = root / f"iteration-{n}"
            workdir.mkdir()
            outcome = run_iteration(kind, rng.randrange(2**31), workdir, template)
            outcomes.append(outcome)
            flag = "skipped" if outcome.skipped else ("ok" if not outcome.bad() else "BAD")
            notes = "; ".join(outcome.notes[:4])
            print(
                f"[{n + 1}/{args.iterations}] {kind}: {outcome.decisions} decisions, {flag} {notes}",
                flush=True,
            )
    print(f"\n{table(outcomes)}\n({time.monotonic() - started:.0f} s)")
    return 1 if any(o.bad() for o in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
