"""Moves data between the API client (net) and the local store, and the Workstation facade."""
