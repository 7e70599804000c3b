"""A small picture of a document's first page, for the HTML report and the web page.

Apart from reading: a thumbnail is drawn only when a report shows one, and a
file that cannot be drawn simply has none.
"""

from __future__ import annotations

from pathlib import Path

from docscheck import read
from docscheck.text import IMAGE_KINDS


def thumbnail(path: str, max_side: int = 240, *, page: int = 1) -> bytes | None:
    """A small PNG of a file's page (its first by default: a document's first page), for reports.

    None when it cannot be drawn.  An image file has one page: its first frame.
    """
    from docscheck import images, pdf  # here: a report without thumbnails loads no image code

    file = Path(path)
    try:
        read.check_regular_file(file)
        sha, size, head = read.fingerprint(file)
        kind = read.detect_kind(head)
        if kind == "pdf":
            with pdf.open_pdf(file) as doc:
                return images.thumbnail_png(pdf.render_page(doc, max(0, page - 1), dpi=40))
        if kind in IMAGE_KINDS:
            for frame in images.iter_frames(file, max_frames=1):
                return images.thumbnail_png(frame, max_side)
    except Exception:  # a report never fails for want of a thumbnail
        return None
    return None
