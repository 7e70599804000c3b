"""docscheck's exceptions, each with the exit code the CLI turns it into.

The library raises; exactly one place (the CLI) maps these to exit codes.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # every dossier complete (verified, or confirmed by a person) or not required
    GAPS = 1  # at least one dossier has an error-severity gap
    USAGE = 2  # bad command line or options
    MISSING_DEPENDENCY = 3  # Tesseract or its language data is missing
    INTERNAL = 4  # a bug in docscheck: please report it
    TO_VERIFY = 5  # no dossier incomplete, but at least one has something a person must check by hand


class DocscheckError(Exception):
    """Base of docscheck's errors; the message says what to do."""

    exit_code = ExitCode.INTERNAL


class UsageError(DocscheckError):
    exit_code = ExitCode.USAGE


class MissingDependency(DocscheckError):
    exit_code = ExitCode.MISSING_DEPENDENCY


class OcrFailed(DocscheckError):
    """One OCR call failed or timed out; the page is reported, the run goes on."""


class UnreadableFile(DocscheckError):
    """A file cannot be read; becomes a per-file `unreadable_file` finding."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
