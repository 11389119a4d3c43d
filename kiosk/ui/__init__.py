"""The touchscreen of the reception desk (PySide6 widgets).

Screens only show things and report taps; `registration_flow` and `first_run` hold the
logic and talk to the `Desk`. Nothing here touches the database directly.
"""
