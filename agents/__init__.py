"""Optimisation agents (LangGraph): performance edits and ISA translations with profiler feedback."""
