"""The core's messages about input-output settings, in the interface's language.

The core words them in English for the CLI and logs (`InvalidInput`); the ones a coordinator
meets in the input-output view are matched here and said again with tr() (context
`InputOutputView`, the view that shows them), with the sector they name so the view can select
its row. Other messages go to the usual banner unchanged.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def settings_message(text: str) -> tuple[str | None, str | None]:
    """(message in the interface's language, sector code) or (None, None) when not ours.

    The translate() calls stay literal: that is how lupdate finds their texts.
    """
    patterns = (
        (r"^Regional employment exceeds national employment in sector (?P<code>\S+) ",
         QCoreApplication.translate(
             "InputOutputView", "Regional employment is above national employment in sector "
             "{code}: type persons, not thousands")),
        (r"^Regional employment is missing for sector\(s\) (?P<codes>[^(]+) \(",
         QCoreApplication.translate(
             "InputOutputView", "Type the employment of every sector (0 when it is absent "
             "from the territory); missing: {codes}")),
        (r"^Regional employment names sector '(?P<code>[^']+)'",
         QCoreApplication.translate("InputOutputView", "Sector {code} is not in this table")),
        (r"^Regional employment is zero in every sector",
         QCoreApplication.translate("InputOutputView",
                                    "Regional employment is zero in every sector")),
        (r"^No shipped table '(?P<table>.+)' and no table folder",
         QCoreApplication.translate("InputOutputView",
                                    "The table folder {table} cannot be found")),
        (r"^δ must satisfy",
         QCoreApplication.translate("InputOutputView",
                                    "δ must be at least 0 and below 1 (0.3 is usual)")),
    )
    for pattern, template in patterns:
        match = re.match(pattern, text)
        if match:
            values = {k: v.strip() for k, v in match.groupdict().items()}
            return template.format(**values), values.get("code")
    return None, None
