#!/bin/sh
# Print the Debian packages the Linux bundle takes from the system: QT_DEBS in .ci/run is the
# one list (CI installs it, docs/install.md asks users for it, the release checks with it).
sed -n '/^QT_DEBS="/,/"$/p' "$(dirname "$0")/../../.ci/run" | tr -d '"\n' | sed 's/^QT_DEBS=//'
echo
