"""Headquarters' web dashboard for people (server-rendered, no JavaScript, no CDN)."""
