"""The business list shows each shop's latest interview status, read in one query for all."""

from __future__ import annotations

from pathlib import Path

from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, SpendLine, new_id
from madeinlocal_desktop.project import Project


def test_every_shop_gets_the_status_of_its_latest_interview(tmp_path: Path) -> None:
    p = Project.new_study(tmp_path / "t.madeinlocal", "Territoire", 2025,
                          communes=["86194"], who="test", device="dev-test")
    try:
        shops = [p.businesses.save(Business(new_id(), f"Commerce {n}")).value for n in range(4)]
        met = {
            shops[0].id: [("2026-01-10", InterviewStatus.DRAFT),
                          ("2026-03-02", InterviewStatus.COMPLETE)],
            shops[1].id: [("2026-05-01", InterviewStatus.DRAFT),
                          ("2026-02-01", InterviewStatus.COMPLETE)],  # typed later, dated before
            shops[2].id: [("2026-04-04", InterviewStatus.COMPLETE)],
        }
        for shop_id, visits in met.items():
            for day, status in visits:
                p.interviews.save(Interview(
                    new_id(), shop_id, day, status=status, consent=True,
                    turnover_excl_vat=10_000_000,
                    lines=[SpendLine(new_id(), "supplies", 3_000_000, 0.5)]))
        deleted = p.interviews.save(Interview(new_id(), shops[2].id, "2026-06-06",
                                              status=InterviewStatus.DRAFT)).value
        p.interviews.delete(deleted.id)

        every = p.interviews.latest_statuses()
        assert every == {shops[0].id: InterviewStatus.COMPLETE,
                         shops[1].id: InterviewStatus.DRAFT,
                         shops[2].id: InterviewStatus.COMPLETE}  # never met: absent
        assert p.interviews.latest_statuses([shops[1].id, shops[3].id]) == {
            shops[1].id: InterviewStatus.DRAFT}
    finally:
        p.close()
