"""`python -m synth OUT_DIR` regenerates the bundled sample dossiers into OUT_DIR."""

import sys
from pathlib import Path

from synth.samples import write_samples

if len(sys.argv) != 2:
    sys.exit("usage: python -m synth OUT_DIR")
write_samples(Path(sys.argv[1]))
