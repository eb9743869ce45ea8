"""Test-time scaling strategies: many samples (or verifications) per task, one chosen candidate.

Each strategy is a :class:`agents.scaling.strategy.Strategy` in a module of its own and is
usable as ``MODEL+NAME@N`` (``openai:m+best-of@8``) through the ``ergon.agents`` registry; the
candidate it chooses is scored by the run like any sample.  ``ergon scaling`` sweeps budgets and
derives every smaller budget from the largest one's samples (:mod:`agents.scaling.subsample`).
"""
