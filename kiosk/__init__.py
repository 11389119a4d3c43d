"""Startpunt Kiosk: the reception desk for people on their first day in Belgium."""

__version__ = "0.1.0"
