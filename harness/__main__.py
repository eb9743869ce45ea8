"""``python -m harness`` is the ``ergon`` command."""

from harness.cli import main

main()
