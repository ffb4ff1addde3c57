"""Tests of the pure core: risk score, keymap, review state machine, settings and metrics."""
