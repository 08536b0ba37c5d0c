"""Benchmark the registry export: PDF and Excel vs plain CSV, time and peak memory.

Each measurement runs in its own subprocess (peak memory = that process's ru_maxrss).
Rows are synthetic and generated lazily, the way a database cursor would feed them.

    python bench/bench_reports.py                      # 10,000 and 100,000 rows, --lang both
    python bench/bench_reports.py --sizes 1000 --formats pdf xlsx

The real path (database → ``RegistryService.rows`` → writer, as ``tizilim export`` runs it),
from a demo database built with ``tizilim demo`` (about half of the demo applications end
up registered; the count of entries is reported):

    python bench/bench_reports.py --from-db --demo-count 20000 --formats rows xlsx pdf
    python bench/bench_reports.py --from-db --db sqlite:////tmp/c/reg.db   # an existing one
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.dto import (  # noqa: E402
    Bilingual,
    EducationRecord,
    EmploymentRecord,
    RegistryRow,
)

_LAST = ["Әбілқайыров", "Нұрланова", "Иванова", "Сейітқали", "Төлеубаев", "Ғабитова", "Петров"]
_FIRST = ["Нұрсұлтан", "Әйгерім", "Анна", "Қайрат", "Үміт", "Ерлан", "Дмитрий", "Гүлнар"]
_MIDDLE = ["Өмірұлы", "Серікқызы", "Петровна", "", "Ұланұлы", "Иванович"]
_STREETS = ["Абай даңғылы", "Тәуелсіздік көшесі", "ул. Ленина", "Қабанбай батыр көшесі"]


def _catalog(name: str) -> list[Bilingual]:
    with (ROOT / "resources" / "catalogs" / f"{name}.json").open(encoding="utf-8") as f:
        return [Bilingual(d["code"], d["kk"], d["ru"]) for d in json.load(f)]


def synthetic_rows(n: int, seed: int = 7) -> Iterator[RegistryRow]:
    """``n`` plausible registry rows (1–3 education and 1–4 employment records each)."""
    rnd = random.Random(seed)
    regions, profs = _catalog("regions"), _catalog("professions")
    levels, cats = _catalog("education_levels"), _catalog("categories")
    for i in range(1, n + 1):
        edu = tuple(
            EducationRecord(
                level=rnd.choice(levels),
                institution=f"Қазақ ұлттық университеті №{rnd.randint(1, 99)}",
                start=dt.date(1995 + k * 4, 9, 1),
                end=dt.date(1999 + k * 4, 6, 30),
                document=f"ЖБ-Б {rnd.randint(10**6, 10**7)}",
            )
            for k in range(rnd.randint(1, 3))
        )
        jobs = rnd.randint(1, 4)
        emp = tuple(
            EmploymentRecord(
                organization=f"«Үміт» арнаулы әлеуметтік қызметтер орталығы {rnd.randint(1, 500)}",
                bin=f"{rnd.randint(10**11, 10**12 - 1)}",
                position=rnd.choice(profs).kk,
                start=dt.date(2000 + k * 3, 2, 1),
                end=None if k == jobs - 1 else dt.date(2002 + k * 3, 12, 31),
            )
            for k in range(jobs)
        )
        cat = rnd.choice(cats)
        yield RegistryRow(
            registry_number=i,
            last_name=rnd.choice(_LAST),
            first_name=rnd.choice(_FIRST),
            middle_name=rnd.choice(_MIDDLE),
            birth_date=dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
            phone=f"+7701{rnd.randint(10**6, 10**7 - 1)}",
            email=f"user{i}@example.kz",
            region=rnd.choice(regions),
            settlement="Семей қаласы",
            registration_address=f"{rnd.choice(_STREETS)}, {rnd.randint(1, 300)}-үй, "
            f"{rnd.randint(1, 200)}-пәтер",
            profession=rnd.choice(profs),
            experience_years=rnd.randint(0, 30),
            experience_months=rnd.randint(0, 11),
            education=edu,
            employment=emp,
            category=cat,
            category_assigned_on=dt.date(2020, 5, 14),
            commission="Облыстық жұмыспен қамту басқармасының аттестаттау комиссиясы",
            included_on=dt.date(2025, 1 + i % 12, 1 + i % 28),
            consent=True,
        )


def _csv(rows: Iterator[RegistryRow], out: Path, lang: str) -> None:
    from reports.cells import row_cells

    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(["\n".join(c) for c in row_cells(r, lang)])


def child(fmt: str, n: int, lang: str, out: Path) -> dict[str, object]:
    """One measurement in this process."""
    from reports.meta import ReportMeta

    meta = ReportMeta(edition="full", generated_at=dt.datetime(2025, 6, 2, 12, 0), count=n)
    rows = synthetic_rows(n)
    pages = None
    t0 = time.perf_counter()
    if fmt == "pdf":
        from reports import registry_pdf

        pages = registry_pdf.build(rows, out, lang=lang, meta=meta).pages
    elif fmt == "pdf-nospill":
        from reports import registry_pdf

        pages = registry_pdf.build(rows, out, lang=lang, meta=meta, spill=False).pages
    elif fmt == "xlsx":
        from reports import registry_xlsx

        registry_xlsx.build(rows, out, lang=lang, meta=meta)
    elif fmt == "csv":
        _csv(rows, out, lang)
    elif fmt == "rows":
        for _ in rows:
            pass
        out.write_bytes(b"")
    else:
        raise SystemExit(f"unknown format {fmt}")
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return {
        "format": fmt,
        "rows": n,
        "lang": lang,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(peak_mb),
        "pages": pages,
        "size_mb": round(out.stat().st_size / 2**20, 1),
    }


def child_db(fmt: str, url: str, lang: str, out: Path) -> dict[str, object]:
    """One export from the database in this process: ``rows`` (read only), ``pdf``, ``xlsx``."""
    from models.actor import SYSTEM
    from models.dto import RegistryQuery
    from models.services import Services
    from reports.writers import registry_writer

    services = Services.open(url, audit_head=None)
    t0 = time.perf_counter()
    pages = None
    if fmt == "rows":
        n, rows = services.registry.rows(SYSTEM, RegistryQuery(), lang)
        for _ in rows:
            pass
        out.write_bytes(b"")
    elif fmt in ("pdf", "xlsx"):
        n = services.exports.registry_file(SYSTEM, RegistryQuery(), lang, out,
                                           registry_writer(fmt))
    else:
        raise SystemExit(f"unknown format {fmt}")
    seconds = time.perf_counter() - t0
    services.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    if fmt == "pdf":
        import pypdf

        pages = len(pypdf.PdfReader(out).pages)
    return {
        "format": f"export {fmt}" if fmt != "rows" else "rows()",
        "rows": n,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / 1024),
        "pages": pages,
        "size_mb": round(out.stat().st_size / 2**20, 1),
    }


def demo_database(url: str, count: int) -> None:
    """Fill a new database with ``tizilim demo --count N``."""
    tizilim = Path(sys.executable).with_name("tizilim")
    cmd = [str(tizilim)] if tizilim.exists() else [sys.executable, "-m", "desktop.cli"]
    t0 = time.perf_counter()
    subprocess.run(cmd + ["--db", url, "demo", "--count", str(count)], check=True,
                   stdout=subprocess.DEVNULL)
    print(f"demo database ({count:,} applications) built in {time.perf_counter() - t0:.0f} s")


def main_db(args: argparse.Namespace) -> None:
    """Time ``export`` (and reading the rows alone) from a real demo database."""
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            url = f"sqlite:///{Path(tmp) / 'demo.db'}"
            demo_database(url, args.demo_count)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, lang={args.lang}, "
              f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print("| what | entries | wall s | CPU s | peak MB | pages | file MB |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for fmt in [f for f in args.formats if f in ("rows", "xlsx", "pdf")]:
            out = Path(tmp) / f"export.{'pdf' if fmt == 'pdf' else 'xlsx'}"
            cmd = [sys.executable, __file__, "--lang", args.lang, "--db", url,
                   "--child-db", fmt, str(out)]
            res = subprocess.run(cmd, capture_output=True, text=True)
            if res.returncode:
                print(res.stderr, file=sys.stderr)
                continue
            r = json.loads(res.stdout)
            print(f"| {r['format']} | {r['rows']:,} | {r['seconds']} | {r['cpu_seconds']} "
                  f"| {r['peak_mb']} | {r['pages'] or ''} | {r['size_mb']} |", flush=True)
            out.unlink(missing_ok=True)
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--formats", nargs="+", default=["csv", "xlsx", "pdf"])
    ap.add_argument("--lang", default="both", choices=["kk", "ru", "both"])
    ap.add_argument("--from-db", action="store_true",
                    help="time the real export from a database (formats: rows, xlsx, pdf)")
    ap.add_argument("--db", help="with --from-db: an existing database URL (else a demo one)")
    ap.add_argument("--demo-count", type=int, default=20_000,
                    help="with --from-db: applications in the demo database")
    ap.add_argument("--child", nargs=3, metavar=("FORMAT", "N", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--child-db", nargs=2, metavar=("FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_db:
        fmt, out = args.child_db
        print(json.dumps(child_db(fmt, args.db, args.lang, Path(out))))
        return
    if args.from_db:
        main_db(args)
        return
    if args.child:
        fmt, n, out = args.child
        print(json.dumps(child(fmt, int(n), args.lang, Path(out))))
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, lang={args.lang}")
    print("| format | rows | wall s | CPU s | peak MB | pages | file MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            for fmt in args.formats:
                out = Path(tmp) / f"out-{fmt}-{n}.{fmt.split('-')[0]}"
                cmd = [sys.executable, __file__, "--lang", args.lang, "--child", fmt, str(n)]
                res = subprocess.run(cmd + [str(out)], capture_output=True, text=True)
                if res.returncode:
                    print(res.stderr, file=sys.stderr)
                    continue
                r = json.loads(res.stdout)
                print(
                    f"| {fmt} | {n:,} | {r['seconds']} | {r['cpu_seconds']} | {r['peak_mb']} "
                    f"| {r['pages'] or ''} "
                    f"| {r['size_mb']} |",
                    flush=True,
                )
                out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
