"""Prompt templates as data: one TOML file per template, loaded by :mod:`harness.endpoints.prompts`."""
