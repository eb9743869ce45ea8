"""How each program language is built and run: pinned compilers and flags.

The flags are part of the instrument (they change every count), so they are fixed here, recorded
in every evaluation's provenance with the compiler's version, and the same for references and
candidates.  C++ uses PIE's flags (``g++ --std=c++17 -O3``, ``gem5/benchmarking.py`` and
``gem5/simulator.py`` in LearningOpt/pie), so that counts rank PIE's pairs as its authors built them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Toolchain:
    language: str
    source: str
    """The file the candidate's code is written to in the sandbox."""
    compile: tuple[str, ...] | None
    """The build command (``None``: interpreted)."""
    binary: str | None
    program: tuple[str, ...]
    """The command that runs the program (``{python}``: the sandbox's interpreter)."""
    version: tuple[str, ...] | None
    env: tuple[tuple[str, str], ...] = ()
    run_files: tuple[str, ...] = ()
    """What each run's fresh directory gets a copy of (the program runs there, beside nothing else)."""


TOOLCHAINS = {
    "cpp": Toolchain("cpp", "prog.cpp", ("g++", "-std=c++17", "-O3", "-o", "prog", "prog.cpp"), "prog", ("./prog",),
                     ("g++", "--version"), run_files=("prog",)),
    "c": Toolchain("c", "prog.c", ("gcc", "-std=gnu17", "-O3", "-o", "prog", "prog.c", "-lm"), "prog", ("./prog",),
                   ("gcc", "--version"), run_files=("prog",)),
    "python-program": Toolchain("python-program", "program.py", None, None,
                                ("{python}", "-S", "-B", "boot.py", "program.py"), None,
                                (("PYTHONHASHSEED", "0"),), run_files=("boot.py", "program.py")),
}
