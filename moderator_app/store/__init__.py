"""The workstation's local SQLite cache, decision outbox and migrations (sqlite-utils)."""
