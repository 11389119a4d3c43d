"""Headquarters' routes, one router per area: desks send, readers read, monitoring looks."""
