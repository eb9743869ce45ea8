"""Prompt templates of the program languages (TOML data)."""
