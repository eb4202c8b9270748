#!/usr/bin/env bash
# Does a Word file really open? Converts each DOCX given to PDF with LibreOffice, headless, and prints each PDF's
# path; the e2e test then reads the PDFs' pages and text (deploy/e2e DemoFlowIT). Installs, as root with apt-get, what
# is missing: LibreOffice Writer (libreoffice-writer-nogui) and open Chinese fonts for it to substitute the official
# ones (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体) with: AR PL UMing and UKai, WenQuanYi Zen Hei.
#
# Usage: deploy/local/docx-check.sh OUT_DIR FILE.docx...
set -euo pipefail
source "$(dirname "$0")/apt.sh"
say() { printf '[docx-check] %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

[[ $# -ge 2 ]] || fail "usage: $0 OUT_DIR FILE.docx..."
out=$1; shift
mkdir -p "$out"
if ! command -v soffice >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing LibreOffice Writer (apt-get install libreoffice-writer-nogui; once)"
    apt_install libreoffice-writer-nogui || fail "could not install libreoffice-writer-nogui (output above)"
  else
    fail "no soffice: install LibreOffice Writer (apt-get install libreoffice-writer-nogui)"
  fi
fi
if [[ -z $(fc-list :lang=zh family 2>/dev/null) ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing open Chinese fonts (fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei; once)"
    apt_install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei || fail "could not install the Chinese fonts (output above)"
  else
    fail "no Chinese font for LibreOffice: install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei"
  fi
fi
# a profile of its own, so a desktop LibreOffice or another run does not hold the lock
profile=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-lo.XXXXXX")
trap 'rm -rf "$profile"' EXIT
for docx in "$@"; do
  [[ -f $docx ]] || fail "no such file: $docx"
  timeout 180 soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to pdf --outdir "$out" "$docx" >&2 \
    || fail "LibreOffice could not convert $docx"
  pdf="$out/$(basename "${docx%.docx}").pdf"
  [[ -s $pdf ]] || fail "LibreOffice wrote no PDF for $docx"
  echo "$pdf"
done
