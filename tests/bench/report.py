"""Collects the benchmark figures and writes ``bench/results.json`` and ``bench/results.md``.

Every figure keeps its raw samples (seconds or bytes), the summary (median, min, max), the target
and the baseline measured in the same run. A later partial run (``-k``) replaces only the
figures it measured, so the files always describe the latest measurement of each figure.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench"


@dataclass
class Series:
    what: str
    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def summary(self) -> dict[str, object]:
        return {"what": self.what, "samples": self.samples, "median": self.median,
                "min": min(self.samples), "max": max(self.samples)}  # fmt: skip


@dataclass
class Figure:
    key: str  # stable id, also the order in the table
    what: str
    unit: str  # "ms", "s", "MB", "MB/s"
    target: float
    measured: Series
    baseline: Series | None = None
    higher_is_better: bool = False
    baseline_factor: float | None = None  # e.g. 3.0: at most 3x the baseline (or half of it)
    method: str = ""
    notes: list[str] = field(default_factory=list)
    cpu: Series | None = None  # CPU time of the process over the same spans (all threads)
    baseline_cpu: Series | None = None

    @property
    def met(self) -> bool:
        m = self.measured.median
        ok = m >= self.target if self.higher_is_better else m <= self.target
        if self.baseline is not None and self.baseline_factor is not None:
            b = self.baseline.median
            ok = ok and (m >= b * self.baseline_factor if self.higher_is_better
                         else m <= b * self.baseline_factor)  # fmt: skip
        return ok

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["measured"] = self.measured.summary()
        data["baseline"] = self.baseline.summary() if self.baseline else None
        data["cpu"] = self.cpu.summary() if self.cpu else None
        data["baseline_cpu"] = self.baseline_cpu.summary() if self.baseline_cpu else None
        data["met"] = self.met
        return data


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))  # fmt: skip
        ram_gb = round(int(mem.split()[1]) / 1_048_576, 1)
    except (OSError, StopIteration):
        ram_gb = 0.0
    import PySide6
    import sqlcipher3

    with_cipher = sqlcipher3.connect(":memory:")
    try:
        cipher = with_cipher.execute("PRAGMA cipher_version").fetchone()
    finally:
        with_cipher.close()
    return {
        "cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram_gb,
        "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
        "pyside6": PySide6.__version__, "sqlcipher": cipher[0] if cipher else "?",
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
    }  # fmt: skip


class Recorder:
    def __init__(self) -> None:
        self.figures: dict[str, Figure] = {}
        self.practices: dict[str, dict[str, int]] = {}

    def add(self, figure: Figure) -> Figure:
        self.figures[figure.key] = figure
        return figure

    def write(self, out: Path = OUT) -> None:
        if not self.figures:
            return
        out.mkdir(parents=True, exist_ok=True)
        path = out / "results.json"
        old: dict[str, object] = {}
        if path.exists():
            try:
                old = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                old = {}
        figures = {f["key"]: f for f in old.get("figures", [])}  # type: ignore[union-attr]
        figures.update({k: f.to_json() for k, f in self.figures.items()})
        practices = dict(old.get("practices", {}))  # type: ignore[call-overload]
        practices.update(self.practices)
        data = {
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine(),
            "practices": practices,
            "figures": [figures[k] for k in sorted(figures)],
        }
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (out / "results.md").write_text(markdown(data), encoding="utf-8")


def _fmt(value: float, unit: str) -> str:
    if unit in ("MB", "MB/s"):
        return f"{value:.0f}"
    if unit == "s":
        return f"{value:.2f}"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _cpu(f: dict) -> str:  # type: ignore[type-arg]
    """CPU time beside the wall time: on a busy machine the two part ways."""
    if not f.get("cpu"):
        return "–"
    text = f"{_fmt(f['cpu']['median'], f['unit'])}"
    if f.get("baseline_cpu"):
        text += f" (baseline {_fmt(f['baseline_cpu']['median'], f['unit'])})"
    return text


def markdown(data: dict) -> str:  # type: ignore[type-arg]
    m = data["machine"]
    lines = [
        "# CoachDesk benchmark results",
        "",
        f"Run {data['generated']} on {m['cpu']} ({m['cores']} cores, {m['ram_gb']} GB RAM),"
        f" {m['os']}, Python {m['python']}, PySide6 {m['pyside6']}, SQLCipher {m['sqlcipher']},"
        f" Qt platform {m['qt_platform'] or 'default'}; load average {m['load']} at the end."
        " Medians of the samples (wall clock); min and max beside them; the baseline was"
        " measured in the same run. CPU: the process's CPU time over the same spans.",
        "",
        "| what | target | median | min | max | baseline (median) | met | CPU median |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in data["figures"]:
        unit, meas, base = f["unit"], f["measured"], f["baseline"]
        rel = "≥" if f["higher_is_better"] else "≤"
        target = f"{rel} {_fmt(f['target'], unit)} {unit}"
        if f["baseline_factor"] and base:
            target += f" and {rel} {f['baseline_factor']:g}× baseline"
        baseline = f"{_fmt(base['median'], unit)} {unit} ({base['what']})" if base else "–"
        lines.append(
            f"| {f['what']} | {target} | {_fmt(meas['median'], unit)} {unit} |"
            f" {_fmt(meas['min'], unit)} | {_fmt(meas['max'], unit)} | {baseline} |"
            f" {'yes' if f['met'] else '**no**'} | {_cpu(f)} |"
        )
    lines += ["", "## Practices", ""]
    for name, counts in sorted(data["practices"].items()):
        lines.append(f"- **{name}**: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    lines += ["", "## How each figure was measured", ""]
    for f in data["figures"]:
        extra = " ".join(f["notes"])
        lines.append(f"- **{f['what']}** ({len(f['measured']['samples'])} samples):"
                     f" {f['method']} {extra}".rstrip())  # fmt: skip
    return "\n".join(lines) + "\n"
