"""Command line: `python -m analysis export|report`.

    python -m analysis export --corpus seeds --out output
    python -m analysis report            # execute every notebook in place
"""

from __future__ import annotations

import argparse
import sys

from .errors import CorpusError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_export = sub.add_parser("export", help="write the annotation tables of a folder of articles as CSV")
    p_export.add_argument("--corpus", default="seeds", help="folder of .txt articles (default: seeds)")
    p_export.add_argument("--out", required=True, help="folder to write the CSV files into")
    p_report = sub.add_parser("report", help="execute every notebook in order, in place")
    p_report.add_argument("notebooks", nargs="*", help="notebooks to run (default: all of notebooks/)")
    p_report.add_argument("--corpus", help="run on this folder of articles instead of seeds/ (needs --out)")
    p_report.add_argument("--out", help="folder for the executed copies, figures and tables of --corpus")
    args = parser.parse_args(argv)

    try:
        if args.command == "export":
            from .export import export

            for path in export(args.corpus, args.out):
                print(path)
        elif args.command == "report" and args.corpus:
            if not args.out:
                parser.error("--corpus needs --out: the committed notebooks are never overwritten")
            from .notebooks import report_for

            for path in report_for(args.corpus, args.out):
                print(f"wrote {path}")
        elif args.command == "report":
            from .notebooks import execute_all

            for path in execute_all(args.notebooks or None):
                print(f"executed {path}")
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
