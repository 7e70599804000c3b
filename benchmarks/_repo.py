"""Imported first by each benchmark: puts the repository root on sys.path.

A benchmark runs as `.venv/bin/python benchmarks/NAME.py`, which puts benchmarks/ (not the
root) on the path, and the sample generator `synth` sits at the root, outside the installed
package.  This also makes the benchmark measure the checkout's docscheck.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
