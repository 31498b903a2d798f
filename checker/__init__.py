"""checker: rule-based compliance checker for education-duty self-evaluations (教育督导).

Pipeline (each module imports only the ones below it):
load -> (validate) -> compile -> evaluate (engine) -> report -> render; cli on top.
"""

__version__ = "0.1.0"
