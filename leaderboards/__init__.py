"""Leaderboard tables computed from the results store, rendered as Markdown, CSV, JSON or HTML."""
