"""Command line: `python -m analysis export|report|evaluate`.

python -m analysis export --corpus seeds --out output
python -m analysis report            # execute every notebook in place
python -m analysis evaluate          # the extractors against the hand reading
"""

from __future__ import annotations

import argparse
import sys

from .errors import CorpusError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_export = sub.add_parser("export", help="write the annotation tables of a folder of articles as CSV")
    p_export.add_argument(
        "--corpus",
        default="seeds",
        help="folder of .txt/.html articles, or a .jsonl/.csv file of records (default: seeds)",
    )
    p_export.add_argument("--out", required=True, help="folder to write the CSV files into")
    p_export.add_argument("--event", help="event profile folder (events/NAME; default: the default profile)")
    p_export.add_argument("--workers", type=int, default=1, help="processes annotating in parallel (default 1)")
    p_export.add_argument("--format", choices=["csv", "parquet"], default="csv", help="table file format")
    p_export.add_argument("--strict", action="store_true", help="stop at the first bad file instead of listing it")
    p_export.add_argument(
        "--engine", choices=["local", "dask"], default="local", help="local processes, or a Dask distributed cluster"
    )
    p_export.add_argument("--scheduler", help="address of a Dask scheduler (default: a local cluster)")
    p_report = sub.add_parser("report", help="execute every notebook in order, in place")
    p_report.add_argument("notebooks", nargs="*", help="notebooks to run (default: all of notebooks/)")
    p_report.add_argument(
        "--corpus", help="run on this folder (or .jsonl/.csv file) of articles instead of seeds/ (needs --out)"
    )
    p_report.add_argument("--out", help="folder for the executed copies, figures and tables of --corpus")
    p_report.add_argument("--event", help="event profile folder (events/NAME); its own articles unless --corpus")
    p_eval = sub.add_parser("evaluate", help="measure the extractors against the hand reading, split by split")
    p_eval.add_argument(
        "--split",
        choices=["seeds", "dev", "test"],
        action="append",
        help="split to measure (repeatable; default: all three)",
    )
    p_eval.add_argument(
        "--out", default="output/evaluation", help="folder for figures.csv and items.csv (default: output/evaluation)"
    )
    p_eval.add_argument("--corpus", help="your own articles (folder, .jsonl or .csv), measured against --gold")
    p_eval.add_argument("--gold", help="folder of your hand reading, in the format of evaluation/gold/ (with --corpus)")
    p_eval.add_argument("--event", help="event profile folder (events/NAME; default: the default profile)")
    args = parser.parse_args(argv)

    try:
        if args.command == "export":
            from .export import export
            from .profile import load_profile

            written = export(
                args.corpus,
                args.out,
                load_profile(args.event),
                workers=args.workers,
                fmt=args.format,
                strict=args.strict,
                engine=args.engine,
                scheduler=args.scheduler,
            )
            for path in written:
                print(path)
        elif args.command == "evaluate":
            if args.corpus and not args.gold:
                parser.error("--corpus needs --gold: the hand reading to measure against")
            _evaluate(args.split or ["seeds", "dev", "test"], args.out, args.corpus, args.gold, args.event)
        elif args.command == "report" and (args.corpus or args.event):
            if not args.out:
                parser.error("--corpus and --event need --out: the committed notebooks are never overwritten")
            from .notebooks import report_for

            for path in report_for(args.corpus, args.out, args.event):
                print(f"wrote {path}")
        elif args.command == "report":
            from .notebooks import execute_all

            for path in execute_all(args.notebooks or None):
                print(f"executed {path}")
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


def _evaluate(splits: list[str], out: str, corpus=None, gold=None, event=None) -> None:
    import pandas as pd

    from . import evaluation
    from .profile import load_profile

    metrics, items = evaluation.evaluate(splits, corpus, gold, load_profile(event) if corpus else None)
    print("How well the extractors read: value (n) per split; seeds are training figures, test is held out.")
    print(evaluation.MATCHING)
    with pd.option_context("display.width", 200, "display.max_colwidth", 40, "display.max_rows", 200):
        print(evaluation.figures_table(metrics).to_string())
    for path in evaluation.write(metrics, items, out):
        print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
