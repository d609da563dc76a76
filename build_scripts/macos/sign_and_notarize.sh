#!/usr/bin/env bash
# Sign the .app, or sign, notarise and staple the .dmg, with the Developer ID held in CI
# secrets. Without those secrets it says so and does nothing: the release is then unsigned
# (docs/install.md tells users how to open it the first time).
#
#   build_scripts/macos/sign_and_notarize.sh app build/dist/MadeInLocal.app
#   build_scripts/macos/sign_and_notarize.sh dmg build/release/MadeInLocal-X-macos-arm64.dmg
#
# Secrets (GitHub: Settings → Secrets and variables → Actions):
#   MACOS_CERTIFICATE           the "Developer ID Application" certificate + key, .p12, base64
#   MACOS_CERTIFICATE_PASSWORD  the .p12's password
#   APPLE_ID, APPLE_TEAM_ID     the Apple developer account and its team
#   APPLE_APP_PASSWORD          an app-specific password of that account (for notarytool)
set -euo pipefail
cd "$(dirname "$0")/../.."

WHAT=${1:?usage: sign_and_notarize.sh app|dmg PATH}
TARGET=${2:?usage: sign_and_notarize.sh app|dmg PATH}
if [ -z "${MACOS_CERTIFICATE:-}" ] || [ -z "${MACOS_CERTIFICATE_PASSWORD:-}" ]; then
  echo "No signing certificate in the secrets: $TARGET stays unsigned (ad hoc)."
  exit 0
fi

# A throw-away keychain holding only the certificate, unlocked for this job.
KEYCHAIN=${RUNNER_TEMP:-/tmp}/madeinlocal-signing.keychain-db
if ! security show-keychain-info "$KEYCHAIN" >/dev/null 2>&1; then
  KEYCHAIN_PASSWORD=$(uuidgen)
  P12=$(mktemp)
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$P12"
  security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security set-keychain-settings -lut 3600 "$KEYCHAIN"
  security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security import "$P12" -k "$KEYCHAIN" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$KEYCHAIN_PASSWORD" \
    "$KEYCHAIN" >/dev/null
  rm -f "$P12"
  # shellcheck disable=SC2046  # the existing keychains, one word each
  security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
fi
IDENTITY=$(security find-identity -v -p codesigning "$KEYCHAIN" \
           | awk -F'"' '/Developer ID Application/ {print $2; exit}')
[ -n "$IDENTITY" ] || { echo "no Developer ID Application identity in the certificate" >&2; exit 1; }

case "$WHAT" in
  app)
    # --deep signs every library and plug-in inside with the same identity and hardened
    # runtime, which notarisation requires of each of them.
    codesign --force --deep --timestamp --options runtime \
      --entitlements build_scripts/macos/entitlements.plist --sign "$IDENTITY" "$TARGET"
    codesign --verify --deep --strict --verbose=2 "$TARGET"
    ;;
  dmg)
    codesign --force --timestamp --sign "$IDENTITY" "$TARGET"
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
      echo "No notarisation account in the secrets: $TARGET is signed, not notarised."
      exit 0
    fi
    xcrun notarytool submit "$TARGET" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$TARGET"  # the ticket travels with the file: no network check needed
    spctl --assess --type open --context context:primary-signature --verbose "$TARGET"
    ;;
  *) echo "first argument: app or dmg" >&2; exit 2 ;;
esac
