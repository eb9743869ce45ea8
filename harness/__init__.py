"""Ergon's harness: registry, models, runs, results store and the ``ergon`` CLI."""
