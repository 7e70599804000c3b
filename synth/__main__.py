"""`python -m synth OUT_DIR` regenerates the bundled sample dossiers into OUT_DIR."""

import argparse
from pathlib import Path

from synth.samples import write_samples

parser = argparse.ArgumentParser(prog="python -m synth", description=__doc__)
parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="where to write the sample dossiers")
write_samples(parser.parse_args().out_dir)
