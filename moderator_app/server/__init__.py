"""The reference queue server (FastAPI + SQLAlchemy): `create_app()` in `app`, `moderator-server` in `cli`."""
