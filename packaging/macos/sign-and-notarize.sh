#!/usr/bin/env bash
# Sign, notarize and staple the macOS app, then wrap it in a signed, notarized disk image.
#
#   packaging/build                                   # on a Mac: builds packaging/dist/Moderator Workstation.app
#   MACOS_CODESIGN_IDENTITY="Developer ID Application: Example Ltd (TEAMID1234)" \
#   NOTARY_PROFILE=moderator-notary \
#   packaging/macos/sign-and-notarize.sh
#
# Needs Xcode's command-line tools (codesign, notarytool, stapler), a "Developer ID Application"
# certificate in the login keychain, and a notarytool credential profile stored once with
#   xcrun notarytool store-credentials moderator-notary --apple-id ID --team-id TEAMID1234
# (an app-specific password), or, on CI, with --key/--key-id/--issuer (an App Store Connect key).
# Output: packaging/dist/moderator-app-<version>-macos-<arch>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
identity=${MACOS_CODESIGN_IDENTITY:?set MACOS_CODESIGN_IDENTITY to your Developer ID Application identity}
profile=${NOTARY_PROFILE:?set NOTARY_PROFILE to a notarytool keychain profile}
entitlements=packaging/macos/entitlements.plist
app="packaging/dist/Moderator Workstation.app"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' moderator_app/__init__.py)
dmg="packaging/dist/moderator-app-$version-macos-$(uname -m).dmg"
[ -d "$app" ] || { echo "$app not found: run packaging/build first" >&2; exit 1; }

sign() {
  codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$@"
}

# Inside out: every library and Python extension, then the executables, then the bundle.
# (--deep is not used: Apple discourages it and it applies one set of entitlements to all.)
echo "Signing the libraries and extensions in $app"
# Every Mach-O file except the two executables (signed next, with the entitlements): .dylib,
# Python extensions (.so), Qt's framework binaries and PyInstaller's Python library, whatever
# their names.
find "$app/Contents" -type f ! -path "*/Contents/MacOS/*" -print0 | while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q 'Mach-O'; then
    codesign --force --timestamp --options runtime --sign "$identity" "$file"
  fi
done
find "$app/Contents" -type d -name '*.framework' -prune -print0 | xargs -0 -I{} \
  codesign --force --timestamp --options runtime --sign "$identity" {}
sign "$app/Contents/MacOS/moderator-app"
sign "$app/Contents/MacOS/moderator-workstation"
sign "$app"
codesign --verify --strict --deep --verbose=2 "$app"

echo "Notarizing the app"
zip="packaging/dist/notarize-$version.zip"
ditto -c -k --keepParent "$app" "$zip"
xcrun notarytool submit "$zip" --keychain-profile "$profile" --wait
rm -f "$zip"
xcrun stapler staple "$app"
spctl --assess --type execute --verbose=2 "$app"

echo "Building and notarizing $dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Moderator Workstation $version" -srcfolder "$staging" -format UDZO -ov "$dmg"
codesign --force --timestamp --sign "$identity" "$dmg"
xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "Done: $dmg"
