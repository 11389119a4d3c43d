"""Fuzz tests share the command-line runner of tests/cli."""

from tests.cli.conftest import kiosk as kiosk
