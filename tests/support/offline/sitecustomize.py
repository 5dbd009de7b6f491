"""Loaded by every Python process the tests start (via PYTHONPATH): no network but loopback."""

from support_guard import install

install()
