"""Coordinator mode: PIN entry, dashboard, export and settings screens.

Each screen takes plain callables (usually bound methods of the Desk) and reports taps with
signals; `CoordinatorMode` puts them together behind the PIN and locks itself when idle.
`HousekeepingTimer` runs the desk's closing, retention and backups while the kiosk is on.
"""
