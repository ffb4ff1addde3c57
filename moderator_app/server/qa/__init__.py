"""Quality assurance on the reference server: sampling decisions for blind audits, golden items,
audits and their disputes, and calibration sets. The routes live in server.routes.qa; the wire
shapes in core.qa_schema."""
