"""``ergon scaling``, registered through the ``ergon.commands`` group.

Importing this module registers the strategies as agents too (``MODEL+best-of@N`` …).
"""

from __future__ import annotations

from agents.scaling import agent  # noqa: F401  (registers the strategies)
