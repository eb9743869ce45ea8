"""Loaders that turn public datasets into Ergon tasks or task candidates.

Their tasks may modify their arguments (``mutates_input``): the benchmarks' own harnesses hand
each call a fresh copy (evalplus and ENAMEL ``deepcopy`` the inputs, COFFE and Mercury build
them per test), and some of their references sort their input in place.
"""
