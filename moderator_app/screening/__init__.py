"""Screening engines: text findings (`moderator_app.screening.text`) and image pre-screening.

No Qt here; everything is callable from worker threads.
"""
