"""Task schema, authoring formats and the built-in suites."""
