"""The reading's default settings and bounds, in a module that imports nothing heavy.

A warm re-run builds its cache keys from these (through text.ReadOptions) in the main
process without loading Pillow, PDFium or the OCR engine; the modules that use them
(tesseract, pdf, images) take them from here.
"""

from __future__ import annotations

LANGUAGES = "fra+eng"
# Settings every OCR call gets.  Documents are dark print on light paper: Tesseract's
# second reading of doubtful words as light-on-dark text only costs time on them.
BASE_CONFIG = "-c tessedit_do_invert=0"
DEFAULT_TIMEOUT = 120.0  # seconds for one OCR call

OCR_DPI = 300
# A page rendered for OCR never exceeds this many pixels (a 30,000 x 30,000 pt page stays cheap).
MAX_RENDER_PIXELS = 12_000_000

# Decoded-pixel bound: a larger image is refused before it is decoded (decompression bombs).
# 100 megapixels holds the largest phone photos (50 MP) and A3 scans at 600 dpi.
MAX_IMAGE_PIXELS = 100_000_000
