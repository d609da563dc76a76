"""The territory estimators against R's `survey` package (methods.md §4b: the reference
implementation), on a random stratified sample: totals, combined ratio, their SEs with the fpc,
and domain totals. Runs where R and its `survey` package are installed (Debian: r-cran-survey);
skipped elsewhere."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from madeinlocal_desktop.analysis.territory import Sample, Strata, estimate


def _has_survey() -> bool:
    if shutil.which("Rscript") is None:
        return False
    found = subprocess.run(["Rscript", "-e", "library(survey)"], capture_output=True,
                           timeout=120)
    return found.returncode == 0


pytestmark = pytest.mark.skipif(not _has_survey(), reason="R with the survey package is not "
                                                          "installed")

R_SCRIPT = r"""
library(survey)
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
d$w <- d$N / ave(d$N, d$h, FUN = length)
des <- svydesign(ids = ~1, strata = ~h, fpc = ~N, data = d)
nofpc <- svydesign(ids = ~1, strata = ~h, weights = ~w, data = d)
tot <- svytotal(~x + y, des)
r <- svyratio(~y, ~x, des)
r0 <- svyratio(~y, ~x, nofpc)
dom <- svyby(~y, ~d, des, svytotal)
out <- c(tx = coef(tot)[["x"]], ty = coef(tot)[["y"]], sx = SE(tot)[["x"]],
         sy = SE(tot)[["y"]], sy0 = SE(svytotal(~y, nofpc))[1],
         r = unname(coef(r))[1], sr = unname(SE(r))[1], sr0 = unname(SE(r0))[1],
         d0 = dom$y[1], d1 = dom$y[2], sd0 = SE(dom)[1], sd1 = SE(dom)[2])
cat(paste0('{', paste(sprintf('"%s": %.12g', names(out), out), collapse = ', '), '}'))
"""


def test_agrees_with_r_survey(tmp_path: Path) -> None:
    rng = np.random.default_rng(21)
    N = np.array([120, 45, 300])
    n = np.array([14, 6, 25])
    stratum = np.repeat(np.arange(3), n)
    x = rng.gamma(3.0, 50_000, n.sum()) * (1 + stratum)
    y = 1.4 * x + rng.normal(0, 25_000, n.sum())
    domain = rng.integers(0, 2, n.sum())
    path = tmp_path / "sample.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["h", "N", "x", "y", "d"])
        for h, xi, yi, di in zip(stratum, x, y, domain, strict=True):
            writer.writerow([int(h), int(N[h]), repr(float(xi)), repr(float(yi)), int(di)])
    script = tmp_path / "check.R"
    script.write_text(R_SCRIPT, encoding="utf-8")
    run = subprocess.run(["Rscript", str(script), str(path)], capture_output=True, text=True,
                         timeout=120, check=True)
    r = json.loads(run.stdout)

    found = estimate(Strata(("a", "b", "c"), (("a",), ("b",), ("c",)), ("a17",), N,
                            N.astype(float)),
                     Sample(stratum, np.column_stack([x, y]), ("x", "y"),
                            domains={"d": (domain, ("0", "1"))}),
                     ratios={"lm3": ("y", "x")}, bootstrap=0)
    assert found.totals["x"].estimate == pytest.approx(r["tx"], rel=1e-10)
    assert found.totals["y"].estimate == pytest.approx(r["ty"], rel=1e-10)
    assert found.totals["x"].se == pytest.approx(r["sx"], rel=1e-9)
    assert found.totals["y"].se == pytest.approx(r["sy"], rel=1e-9)
    assert found.totals["y"].se_no_fpc == pytest.approx(r["sy0"], rel=1e-9)
    assert found.ratios["lm3"].estimate == pytest.approx(r["r"], rel=1e-10)
    assert found.ratios["lm3"].se == pytest.approx(r["sr"], rel=1e-9)
    assert found.ratios["lm3"].se_no_fpc == pytest.approx(r["sr0"], rel=1e-9)
    for code, total, se in (("0", r["d0"], r["sd0"]), ("1", r["d1"], r["sd1"])):
        mine = found.domains["d"][code].totals["y"]
        assert mine.estimate == pytest.approx(total, rel=1e-10)
        assert mine.se == pytest.approx(se, rel=1e-9)
