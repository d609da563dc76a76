"""The three-sector import-substitution case, computed by hand (exact fractions).

Table (money and employment in the same made-up units; rows sell, columns buy):

    Z = [[10, 20,  5],      x = [100, 200, 150]     E = [10, 40, 20]     D = [120, 180, 150]
         [15,  5, 10],
         [ 5, 10, 20]]

Territory: E^R = [1, 3, 2] (E^R/E^N = 6/70), P_R / P_N = 10 000 / 100 000 = 1/10, θ = 1/4.

    SLQ      = (E^R_i / 6) / (E_i / 70)          = [7/6, 7/8, 7/6]
    r_ij     = a_ij · min(SLQ_i, 1)              (row 2 × 7/8, rows 1 and 3 unchanged)
    E*_i     = E_i · D_i / x_i · 1/10            = [6/5, 18/5, 2]
    g_i      = max(0, E*_i − E^R_i)              = [1/5, 3/5, 0]
    direct   = θ g                               = [1/20, 3/20, 0]
    Δf_i     = direct_i · x_i / E_i              = [1/2, 3/4, 0]
    L^R      = (I − r)^-1 ≈ [[1.1312201, 0.1182829, 0.0514698],
                             [0.1562228, 1.0422290, 0.0761586],
                             [0.0742756, 0.0669526, 1.1612093]]
    x        = L^R Δf ≈ [0.6543223, 0.8597831, 0.0873522]   (Σ = 1.6014576)
    jobs     = Σ_i (E_i / x_i) x_i = 452/1815 ≈ 0.2490358
    by sector (column j of e L^R times Δf_j): [0.0771350, 0.1719008, 0]
"""

from __future__ import annotations

from pathlib import Path

Z_CSV = "code,S1,S2,S3\nS1,10,20,5\nS2,15,5,10\nS3,5,10,20\n"
ACCOUNTS_CSV = ("code,output,value_added,compensation,employment,household_consumption,"
                "domestic_use\nS1,100,60,30,10,20,120\nS2,200,150,80,40,60,180\n"
                "S3,150,100,60,20,40,150\n")
REGION_CSV = "code,employment\nS1,1\nS2,3\nS3,2\n"
POPULATION, NATIONAL = 10_000, 100_000
SHARE = 0.25

EXPECTED = [1.2, 3.6, 2.0]
GAPS = [0.2, 0.6, 0.0]
DIRECT_JOBS = [0.05, 0.15, 0.0]
DIRECT_OUTPUT = [0.5, 0.75, 0.0]
TOTAL_JOBS = 452 / 1815
TOTAL_OUTPUT = 1.6014576141158419
JOBS_BY_SECTOR = [0.07713498622589532, 0.171900826446281, 0.0]


def write_case(folder: Path, *, region: str = REGION_CSV) -> tuple[Path, Path, Path]:
    z, accounts, employment = folder / "Z.csv", folder / "ACCOUNTS.csv", folder / "region.csv"
    z.write_text(Z_CSV, encoding="utf-8")
    accounts.write_text(ACCOUNTS_CSV, encoding="utf-8")
    employment.write_text(region, encoding="utf-8")
    return z, accounts, employment
