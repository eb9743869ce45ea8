"""Sandboxed execution (executors) and measurement (counters, timing, memory, energy)."""
