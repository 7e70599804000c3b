"""Synthetic applicants, documents and dossiers for tests, benchmarks and the bundled samples.

Everything is drawn from a `random.Random` passed in (or seeded from the scenario
and seed), so the same inputs always give the same people, dates and wording.

- make_identity(rng, nationality=None) -> Identity
- make_context(rng, nationality=None) -> DocContext      one coherent applicant
- render(doc_type, ctx, rendering, rng, variant=None, family=1) -> list[GeneratedFile]
- build_dossier(scenario, seed, out_dir, renderings=None, families="default") -> DossierTruth
- synth.families: FAMILIES[kind] -> template families, each `development` or a held-out batch (`held_out`,
  `held_out_2`, `held_out_3`, `held_out_4`, `held_out_5`, `held_out_6`, `held_out_7`, `held_out_8`,
  `held_out_9`);
  `families="default"` draws family 1 only (the original templates: samples/ and tests)
- SCENARIOS, RENDERINGS, write_samples(out_dir)
"""

from synth.context import DocContext, make_context
from synth.identity import Identity, make_identity, mrz_name
from synth.render import PHOTO_VARIANTS, RENDERINGS, GeneratedFile, render
from synth.samples import SAMPLES, write_samples
from synth.scenarios import MISSING, SCENARIOS, DossierTruth, FileTruth, build_dossier

__all__ = [
    "MISSING",
    "PHOTO_VARIANTS",
    "RENDERINGS",
    "SAMPLES",
    "SCENARIOS",
    "DocContext",
    "DossierTruth",
    "FileTruth",
    "GeneratedFile",
    "Identity",
    "build_dossier",
    "make_context",
    "make_identity",
    "mrz_name",
    "render",
    "write_samples",
]
