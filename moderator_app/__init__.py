"""Moderator workstation: offline-first desktop review for marketplace moderation desks."""

__version__ = "0.1.0"
