#!/bin/sh
# Regenerates the .docx fixtures saved by LibreOffice from their Flat ODT sources:
#   fixtures/docx/libreoffice/*.fodt → fixtures/docx/libreoffice/*.docx
# Needs LibreOffice Writer (Debian: apt-get install --no-install-recommends libreoffice-writer).
# Not run by the tests: the .docx files are committed. A regenerated .docx has new
# bytes (LibreOffice stamps the package), so its golden's source.sha256/bytes change;
# rerun RESOLVE_UPDATE_GOLDENS=1 npx vitest run tests/golden.test.ts and read the diff.
set -eu
cd "$(dirname "$0")/.."
dir=fixtures/docx/libreoffice
if ! command -v soffice >/dev/null 2>&1; then
  echo "make-docx-fixtures: soffice (LibreOffice Writer) is not installed" >&2
  exit 2
fi
# a profile of its own, so a LibreOffice already open on the machine does not take the job
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for source in "$dir"/*.fodt; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to docx --outdir "$dir" "$source" >/dev/null
  echo "${source%.fodt}.docx"
done
