"""The `kiosk` command line: the same services as the screens, for coordinators and scripts."""
