"""The command line: a thin layer over the library.

This is the one place where docscheck's exceptions become exit codes and where
anything is printed.  Heavy machinery (OCR, PDF) is imported inside the
commands that need it, so `docscheck --help` and `docscheck rules` start fast.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click

from docscheck import __version__
from docscheck.errors import DocscheckError, ExitCode

FORMATS = ("text", "json", "csv", "html")


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD (for example 2026-03-12)", param, ctx)


DATE = DateParam()


def _workers_option(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--quiet", "-q", is_flag=True, help="No progress bar on stderr.")(f)
    f = click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=30,
        show_default=True,
        help="Pages read per file (the first ones; the report says when a file has more).",
    )(f)
    f = click.option(
        "--file-timeout",
        type=click.FloatRange(min=1),
        default=600.0,
        show_default=True,
        help="Seconds allowed for reading one file.",
    )(f)
    f = click.option(
        "--no-cache",
        is_flag=True,
        help="Read every file afresh, without using or filling the cache of earlier readings.",
    )(f)
    return click.option(
        "--workers",
        type=click.IntRange(min=0),
        default=0,
        show_default="every core",
        help="Files read at once (0: one per core).",
    )(f)


def _lang_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        type=click.Choice(["en", "fr"]),
        default=lambda: "fr" if os.environ.get("LANG", "").startswith("fr") else "en",
        show_default="from LANG, else en",
        help="Language of the report's messages.",
    )(f)


def _report_options(f: Callable[..., Any]) -> Callable[..., Any]:
    options: list[Callable[..., Any]] = [
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True),
        click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE."),
        click.option("--as-of", type=DATE, help="The filing date the rules use (default: today)."),
        click.option("--arrival", type=DATE, help="Date of arrival in France (else from dossier.toml or the manifest)."),
        click.option("--filing", type=DATE, help="Date the file is (or was) filed (default: --as-of)."),
        click.option(
            "--redact",
            is_flag=True,
            help="Mask document numbers and birth dates in the report (for reports shared beyond the applicant).",
        ),
        click.option(
            "--evidence",
            is_flag=True,
            help="In the text report, say where each reading came from (verified zone, unverified zone, printed text).",
        ),
        _lang_option,
        _workers_option,
    ]
    for option in reversed(options):
        f = option(f)  # type: ignore[operator]
    return f


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[Callable[[int, int, int], None] | None]:
    """A progress bar on stderr (files done, pages OCR'd, time left), only on a terminal and without --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    bar: Any = None

    def update(done: int, total: int, pages: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=sys.stderr, show_eta=True, show_pos=True)
            bar.__enter__()
        bar.label = f"{label} ({pages} pages OCR'd)"
        bar.update(done - bar.pos)

    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _options(params: dict[str, Any]) -> Any:
    """The run's options from the command's parameters."""
    from docscheck.pipeline import RunOptions
    from docscheck.text import ReadOptions

    return RunOptions(
        read=ReadOptions(max_pages=params["max_pages"], file_timeout=params["file_timeout"]),
        workers=params["workers"],
        use_cache=not params["no_cache"],
        dask=params.get("dask"),
        send_files=params.get("send_files", False),
    )


_interrupted = False
"""Set by Ctrl-C: a library that swallows the KeyboardInterrupt (a bare `except:` around an import while the
readers load) must not let an interrupted run go on to write its report."""


def _on_interrupt(signum: int, frame: object) -> None:
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def _write_output(content: str | bytes, output: Path | None, inputs: list[Path]) -> None:
    """Print, or write atomically to a file that is not one of the inputs; never after Ctrl-C."""
    if _interrupted:
        raise KeyboardInterrupt
    if output is None:
        if isinstance(content, bytes):
            sys.stdout.buffer.write(content)
        else:
            click.echo(content, nl=not content.endswith("\n"))
        return
    target = output.resolve()
    for source in inputs:
        source = source.resolve()
        if target == source or (source.is_dir() and source in target.parents and target.exists()):
            raise click.UsageError(f"refusing to write the report over an input file: {output}")
    from docscheck.files import write_atomic

    write_atomic(target, content.encode("utf-8") if isinstance(content, str) else content)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docscheck")
def cli() -> None:
    """Check that a volunteer's APS application file is complete before it goes to the prefecture.

    \b
    docscheck check ./my-dossier            one applicant's folder
    docscheck scan ./applicants             every sub-folder is one applicant
    docscheck extract scan.pdf photo.jpg    the text docscheck reads
    docscheck classify scan.pdf             what each file is
    docscheck rules                         the checklist and its sources
    docscheck confirm ./my-dossier ITEM --by NAME   record a check made by hand

    \b
    Exit codes of check and scan: 0 complete (or no permit needed), 1 incomplete,
    5 to verify by hand, 2 usage error, 3 missing Tesseract, 4 internal error.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_workers_option
def extract(paths: tuple[Path, ...], fmt: str, quiet: bool, **run: Any) -> None:
    """Print each file's text, page by page (folders are read recursively).

    \b
    docscheck extract samples/01_complete
    docscheck extract passport.jpg --format json
    """
    from docscheck.pipeline import read_files
    from docscheck.render.extract import extract_json, extract_text

    with _progress(quiet, "Reading files") as progress:
        files = read_files(paths, _options(run), progress)
    text = extract_json(files) if fmt == "json" else extract_text(files)
    if text:
        click.echo(text)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--as-of", type=DATE, help="Reference date for two-digit years (default: today).")
@_workers_option
def classify(paths: tuple[Path, ...], fmt: str, as_of: date | None, quiet: bool, **run: Any) -> None:
    """Say what each file is, how sure docscheck is, and why.

    \b
    docscheck classify scan_001.pdf IMG_2041.jpg
    docscheck classify samples/01_complete --format json
    """
    from docscheck.pipeline import understand_files
    from docscheck.render.extract import classify_json, classify_text

    with _progress(quiet, "Reading files") as progress:
        docs = understand_files(paths, _options(run), as_of or date.today(), progress)
    text = classify_json(docs) if fmt == "json" else classify_text(docs)
    if text:
        click.echo(text)


def exit_code(report: Any) -> ExitCode:
    """1 if any dossier is incomplete, else 5 if any is to verify, else 0."""
    statuses = {d.status.value for d in report.dossiers}
    if "incomplete" in statuses:
        return ExitCode.GAPS
    if "to_verify" in statuses:
        return ExitCode.TO_VERIFY
    return ExitCode.OK


def _finish(report: Any, fmt: str, lang: str, output: Path | None, inputs: list[Path], redact: bool,
            evidence: bool = False) -> None:
    from docscheck.render import render
    from docscheck.thumbnails import thumbnail

    if redact:
        from docscheck.redact import redact_report

        report = redact_report(report)
    color = fmt == "text" and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    # Thumbnails show the documents themselves: none in a redacted report.
    content = render(report, fmt, lang, color=color, thumbnail=thumbnail if fmt == "html" and not redact else None,
                     evidence=evidence)
    _write_output(content, output, inputs)
    sys.exit(exit_code(report))


@cli.command()
@click.argument("dossier", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_report_options
def check(
    dossier: Path,
    fmt: str,
    output: Path | None,
    as_of: date | None,
    arrival: date | None,
    filing: date | None,
    lang: str,
    quiet: bool,
    redact: bool,
    evidence: bool,
    **run: Any,
) -> None:
    """Check one applicant's folder: is the application file complete?

    Exit code 0: complete (or no permit needed); 1: incomplete (a requirement verifiably
    not met); 5: to verify (nothing wrong found, but something could not be verified
    on the documents and a person must check it by hand: see `docscheck confirm`).

    \b
    docscheck check ./my-dossier --arrival 2026-09-01
    docscheck check ./my-dossier --lang fr --format html -o rapport.html
    """
    from docscheck.pipeline import check_dossiers

    with _progress(quiet, "Reading files") as progress:
        report = check_dossiers(
            [dossier],
            as_of=as_of or date.today(),
            options=_options(run),
            arrival=arrival,
            filing=filing,
            progress=progress,
        )
    _finish(report, fmt, lang, output, [dossier], redact, evidence)


@cli.command()
@click.argument("root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_report_options
@click.option("--dask", metavar="ADDRESS", help="Run the per-file work on the Dask cluster whose scheduler is at ADDRESS.")
@click.option("--send-files", is_flag=True, help="With --dask: send the files to the workers (no shared folder needed).")
def scan(
    root: Path,
    fmt: str,
    output: Path | None,
    as_of: date | None,
    arrival: date | None,
    filing: date | None,
    lang: str,
    quiet: bool,
    redact: bool,
    evidence: bool,
    **run: Any,
) -> None:
    """Check every sub-folder of ROOT as one applicant's dossier (an association's bulk review).

    Exit code 0: every dossier complete (or no permit needed); 1: at least one
    incomplete; 5: none incomplete but at least one to verify by hand.

    Dates of arrival may come from a manifest.csv at ROOT (columns dossier, arrival,
    filing, applicant) or from each folder's dossier.toml.

    \b
    docscheck scan ./applicants --format csv -o review.csv
    docscheck scan ./applicants --format html -o review.html
    docscheck scan /shared/applicants --dask tcp://10.0.0.5:8786
    """
    from docscheck.dossier import find_dossiers, load_manifest
    from docscheck.pipeline import check_dossiers

    folders = find_dossiers(root)
    if not folders:
        raise click.UsageError(f"{root} has no sub-folders: `scan` expects one folder per applicant (use `check` for one)")
    with _progress(quiet, f"Reading {len(folders)} dossiers") as progress:
        report = check_dossiers(
            folders,
            as_of=as_of or date.today(),
            options=_options(run),
            arrival=arrival,
            filing=filing,
            manifest=load_manifest(root),
            progress=progress,
        )
    _finish(report, fmt, lang, output, [root], redact, evidence)


@cli.command()
@click.argument("dossier", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("item")
@click.option("--by", "by", required=True, help="Who checked the item by hand (name as it should appear).")
@click.option("--note", default="", help="What was seen, e.g. \"category D read on the sticker\".")
@click.option("--as-of", type=DATE, help="The date of the check (default: today).")
@_workers_option
def confirm(dossier: Path, item: str, by: str, note: str, as_of: date | None, quiet: bool, **run: Any) -> None:
    """Record that a person checked a to-verify ITEM of DOSSIER by hand.

    The entry goes to DOSSIER/dossier.toml with the fingerprints of the files the item
    rests on: if one of them changes, the confirmation is shown as stale. The report then
    says "confirmed by BY", never that docscheck verified it.

    \b
    docscheck confirm ./my-dossier long_stay_visa --by "Awa Ndiaye" --note "category D on the sticker"
    """
    from docscheck.dossier import append_confirmation
    from docscheck.model import Confirmation
    from docscheck.pipeline import check_dossiers

    when = as_of or date.today()
    with _progress(quiet, "Reading files") as progress:
        report = check_dossiers([dossier], as_of=when, options=_options(run), progress=progress)
    d = report.dossiers[0]
    items = [i for i in d.to_verify if i.id == item]
    if not items:
        known = ", ".join(dict.fromkeys(i.id for i in d.to_verify)) or "none"
        raise click.UsageError(f"{dossier} has no item {item!r} to verify (items to verify: {known})")
    sha = {doc.file.relpath: f"sha256:{doc.file.sha256}" for doc in d.documents}
    files = {f: sha[f] for i in items for f in i.files if f in sha}
    path = append_confirmation(dossier, Confirmation(item, by.strip(), when, note.strip(), files))
    click.echo(f"recorded in {path}: {item} confirmed by {by.strip()} on {when.isoformat()}"
               + (f" ({', '.join(files)})" if files else ""))


@cli.command()
@_lang_option
def rules(lang: str) -> None:
    """Print the checklist, each rule with the sentence of the official text it implements."""
    from docscheck.render import rules_text

    click.echo(rules_text(lang))


@cli.group()
def cache() -> None:
    """The cache of earlier readings (a re-run of unchanged files does no OCR)."""


@cache.command("info")
def cache_info() -> None:
    """Where the cache is, how many readings it holds, and its size."""
    from docscheck.cache import Cache

    info = Cache().info()
    click.echo(f"path: {info.path}\nentries: {info.entries}\nsize: {info.bytes / 1e6:.1f} MB (cap {info.max_bytes / 1e6:.0f} MB)")


@cache.command("clear")
def cache_clear() -> None:
    """Remove every cached reading."""
    from docscheck.cache import Cache

    click.echo(f"removed {Cache().clear()} cached reading(s)")


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this computer (loopback) lets others on the network in.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the web browser.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Files read at once, each in its own process (0: one per core).")
def serve(port: int, host: str, open_browser: bool, workers: int) -> None:
    """A web page on this computer to drop a dossier's files on and read the checklist.

    Files go to a private temporary folder, deleted when you click "Finish and
    delete", after 30 minutes without use, or when the server stops (Ctrl+C).

    \b
    docscheck serve --open
    docscheck serve --port 8765
    """
    from docscheck.web import is_loopback
    from docscheck.web import serve as run_server

    if host != "localhost" and not is_loopback(host):
        click.echo(f"WARNING: listening on {host}: anyone who can reach this address can upload files and read "
                   "the reports. Use only on a network you trust.", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"docscheck: serving on http://{shown}:{port}/ (Ctrl+C to stop)")
    run_server(host, port, open_browser=open_browser, workers=workers)


def main() -> None:
    # Temporary files (the OCR engine's, a worker's copy of a sent file) go to a
    # private directory that is removed at exit, whatever happens.
    private = tempfile.mkdtemp(prefix="docscheck-")
    tempfile.tempdir = private
    signal.signal(signal.SIGINT, _on_interrupt)
    try:
        _run()
    finally:
        shutil.rmtree(private, ignore_errors=True)


def _run() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(ExitCode.USAGE)
    except DocscheckError as exc:
        click.echo(f"docscheck: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: say so plainly, with the exit code for it
        click.echo(f"docscheck: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
        sys.exit(ExitCode.INTERNAL)
