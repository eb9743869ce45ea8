"""Loaders that turn public datasets into Ergon tasks or task candidates."""
