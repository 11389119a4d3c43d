"""Headquarters: receives every desk's daily packets and serves them to readers.

A separate program (`kiosk-hq`) with its own database. It reads packets with the rules in
kiosk.core and never imports the kiosk's store, screens or sync client.
"""
