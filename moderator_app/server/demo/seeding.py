"""Everything the demo seeds into an empty database, in order: the dataset (with its rings), weeks
of decision and audit history, the DSA cases on that history, two weeks of exposure, and the
clusters of the pending listings. ``moderator-server --demo`` and the workstation's embedded demo
both call :func:`seed_demo`."""

from __future__ import annotations

import logging

from moderator_app.server.db import Database

log = logging.getLogger(__name__)


def seed_demo(db: Database) -> None:
    from moderator_app.server.clusters.builder import build
    from moderator_app.server.context import ServerContext
    from moderator_app.server.demo.builder import build_demo_dataset
    from moderator_app.server.demo.exposure import seed_exposure
    from moderator_app.server.demo.history import seed_history
    from moderator_app.server.dsa.demo import seed_dsa_demo
    from moderator_app.server.seed import seed_dataset

    seed_dataset(db, build_demo_dataset())
    seed_history(db)  # weeks of past decisions and audits, so the lead dashboard has figures
    seed_dsa_demo(db)  # notices, statements of reasons and appeals on that history
    seed_exposure(db)  # two weeks of exposure, so the leads' exposure view has figures
    report = build(ServerContext(db=db))  # the rings are clusters from the first request on
    if report is not None:
        log.info("demo clusters: %d, over %d open items", report.clusters, report.open_items)
