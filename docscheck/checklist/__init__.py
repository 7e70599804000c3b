"""The APS checklist: rules declared as data (rules.toml) and the engine that evaluates them."""

from docscheck.checklist.engine import evaluate_dossier
from docscheck.checklist.rules import Checklist, load_checklist

__all__ = ["Checklist", "evaluate_dossier", "load_checklist"]
