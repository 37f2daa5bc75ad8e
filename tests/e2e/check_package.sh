#!/bin/bash
# The Debian package: built with CPack from BUILD_DIR, then checked.
#
#   tests/e2e/check_package.sh BUILD_DIR WORK_DIR [SAMPLE.pdf]
#
# Always (any user): the .deb holds the binary, its modules (OCR, summary.pdf), the man page
# (groff warns about nothing), the bash completion (it completes commands and options) and the
# schemas; its Depends names the Debian package of every shared library the binary and the
# modules need (objdump NEEDED -> dpkg -S).
# As root on Debian, with no idmreport package installed already: `dpkg -i` of it, then the
# installed `idmreport --version`, `-V`, `man idmreport`, the completion, an `extract` of a
# sample and its summary.pdf (the installed module found) work; then `dpkg --purge` leaves the machine as it was (also when a check fails).
# A man page excluded by a dpkg path-exclude (docker-style images) is let in with
# --path-include for this package only.
set -euo pipefail

build=${1:?usage: check_package.sh BUILD_DIR WORK_DIR [SAMPLE.pdf]}
work=${2:?usage: check_package.sh BUILD_DIR WORK_DIR [SAMPLE.pdf]}
sample=${3:-}
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

for tool in cpack dpkg-deb dpkg-shlibdeps objdump file; do
  command -v "$tool" >/dev/null || {
    echo "SKIP package: $tool is not installed (scripts/install-deps installs it)"
    exit 0
  }
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake is missing (IDM_PACKAGING off?)"

rm -rf "$work"
mkdir -p "$work"
start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 ||
  fail "cpack: $(cat "$work/cpack.log")"
debs=("$work"/idmreport_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "no .deb in $work: $(cat "$work/cpack.log")"
echo "built $(basename "$deb") in $(($(date +%s) - start)) s"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"

# -- Contents --
# The modules, in one folder (<libdir>/idmreport/, found by the binary relative to itself).
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
mapfile -t modules < <(grep -E '/idmreport-(ocr|pdf)\.so$' <<<"$contents")
[ "${#modules[@]}" -eq 2 ] || fail "the package holds modules '${modules[*]}', not idmreport-ocr.so and -pdf.so"
[ "$(dirname "${modules[0]}")" = "$(dirname "${modules[1]}")" ] || fail "modules in two folders: ${modules[*]}"
for path in ./usr/bin/idmreport "${modules[@]}" ./usr/share/man/man1/idmreport.1.gz \
  ./usr/share/bash-completion/completions/idmreport \
  ./usr/share/idmreport/schemas/document.schema.json ./usr/share/idmreport/schemas/run.schema.json \
  ./usr/share/idmreport/schemas/people.schema.json ./usr/share/doc/idmreport/README.md; do
  grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done
tree="$work/tree"
dpkg-deb -x "$deb" "$tree"

# -- Depends covers every NEEDED library (the package that ships it on this machine) --
depends_on() { # package: is it one of Depends' entries?
  awk -v p="$1" -F', *' '{ for (i = 1; i <= NF; i++) { split($i, a, " "); if (a[1] == p) found = 1 } }
    END { exit !found }' <<<"$depends"
}
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null)
package_of() { # soname -> the Debian package that ships it for this architecture
  dpkg -S "*/$multiarch/$1" 2>/dev/null | awk -F: '!/^diversion/ && !found { print $1; found = 1 }'
}
for soname in $(for elf in "$tree/usr/bin/idmreport" "${modules[@]/#./$tree}"; do
  objdump -p "$elf" | awk '$1 == "NEEDED" {print $2}'
done | sort -u); do
  package=$(package_of "$soname")
  [ -n "$package" ] || fail "no Debian package ships $soname"
  depends_on "$package" || fail "$soname ($package) is not in Depends"
done
for package in tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa fonts-dejavu-core; do
  depends_on "$package" || fail "$package is not in Depends"
done

# -- The man page formats without groff warnings; the completion completes --
check_man() { # man arguments...; the formatted page on stdout
  local out
  out=$(LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat PAGER=cat man --warnings=w "$@" 2>"$work/man.err") ||
    fail "man $*: $(cat "$work/man.err")"
  [ ! -s "$work/man.err" ] || fail "man $* warns: $(cat "$work/man.err")"
  for text in NAME SYNOPSIS COMMANDS "EXIT STATUS" "idmreport run" "--input" "--from" \
    "--ocr-languages"; do
    grep -qF -- "$text" <<<"$out" || fail "man $*: no '$text' in the page"
  done
}
if command -v man >/dev/null; then
  check_man -l "$tree/usr/share/man/man1/idmreport.1.gz"
else
  echo "note: man is not installed (man-db); the page was not formatted"
fi
completes() { # file "cur-line" expected-word
  local got
  # shellcheck disable=SC2086
  got=$(bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
                 _idmreport; printf "%s\n" "${COMPREPLY[@]}"' _ "$1" $2)
  grep -qxF -- "$3" <<<"$got" || fail "completion of '$2' gave '${got//$'\n'/ }', not $3"
}
check_completion_file() {
  completes "$1" "idmreport m" merge
  completes "$1" "idmreport help e" extract
  completes "$1" "idmreport run --ocr-l" --ocr-languages
  completes "$1" "idmreport run --ocr a" always
  completes "$1" "idmreport extract --o" --ocr
  completes "$1" "idmreport merge --f" --from
  if grep -q '^    cache)' "$1"; then completes "$1" "idmreport cache p" prune; fi
}
check_completion_file "$tree/usr/share/bash-completion/completions/idmreport"
# The unpacked tree's binary finds its summary.pdf module where the package put it.
if [ -n "$sample" ]; then
  mkdir -p "$work/input"
  cp "$sample" "$work/input/"
  "$tree/usr/bin/idmreport" run --quiet --ocr never --summary-pdf --input "$work/input" \
    --out "$work/tree-run" >"$work/tree-run.log" 2>&1 ||
    fail "the package's idmreport run --summary-pdf: $(cat "$work/tree-run.log")"
  find "$work/tree-run/workshops" -name summary.pdf | grep -q . ||
    fail "the package's idmreport wrote no summary.pdf (module not found?): $(cat "$work/tree-run.log")"
fi
echo "package contents, Depends, man page and completion: ok"

# -- Install, use, remove --
if [ "$(id -u)" -ne 0 ] || [ ! -f /etc/debian_version ]; then
  echo "note: not root on Debian: dpkg -i of the package was not tried"
  exit 0
fi
if dpkg-query -W -f='${Status}' idmreport 2>/dev/null | grep -q installed; then
  echo "note: an idmreport package is installed already: left alone, dpkg -i not tried"
  exit 0
fi
dpkg_locked() { # dpkg "$@", waiting up to a minute for another apt/dpkg to finish
  local _
  for _ in $(seq 30); do
    if dpkg "$@" >"$work/dpkg.log" 2>&1; then return 0; fi
    grep -q 'lock' "$work/dpkg.log" || return 1
    sleep 2
  done
  return 1
}
purge() {
  dpkg_locked --purge idmreport || echo "WARNING: dpkg --purge idmreport failed: $(cat "$work/dpkg.log")" >&2
}
trap purge EXIT
if ! dpkg_locked --path-include='/usr/share/man/man1/idmreport.1.gz' \
  --path-include='/usr/share/doc/idmreport/*' -i "$deb"; then
  # Dependencies missing (scripts/install-deps installs them all): let apt bring them.
  grep -q 'dependency problems' "$work/dpkg.log" || fail "dpkg -i: $(cat "$work/dpkg.log")"
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null ||
    fail "dpkg -i: $(cat "$work/dpkg.log")"
fi
[ "$(command -v idmreport)" = /usr/bin/idmreport ] || fail "idmreport is not /usr/bin/idmreport"
got=$(/usr/bin/idmreport --version)
[ "$got" = "idmreport $version" ] || fail "idmreport --version gave '$got', not 'idmreport $version'"
[ "$(/usr/bin/idmreport -V)" = "$got" ] || fail "idmreport -V differs from --version"
if command -v man >/dev/null; then
  [ "$(man -w idmreport)" = /usr/share/man/man1/idmreport.1.gz ] ||
    fail "man -w idmreport gave '$(man -w idmreport 2>&1)'"
  check_man idmreport
fi
check_completion_file /usr/share/bash-completion/completions/idmreport
if [ -n "$sample" ]; then
  /usr/bin/idmreport extract --ocr never "$sample" >"$work/record.json" 2>"$work/extract.err" ||
    fail "the installed idmreport extract $sample: $(cat "$work/extract.err")"
  grep -q '"schema": "idmreport/document/1"' "$work/record.json" ||
    fail "the installed idmreport extract $sample gave no record"
  /usr/bin/idmreport run --quiet --ocr never --summary-pdf --input "$work/input" \
    --out "$work/run" >"$work/run.log" 2>&1 ||
    fail "the installed idmreport run --summary-pdf: $(cat "$work/run.log")"
  find "$work/run/workshops" -name summary.pdf | grep -q . ||
    fail "the installed idmreport wrote no summary.pdf (its module not found?): $(cat "$work/run.log")"
fi
trap - EXIT
dpkg_locked --purge idmreport || fail "dpkg --purge: $(cat "$work/dpkg.log")"
[ ! -e /usr/bin/idmreport ] || fail "/usr/bin/idmreport is still there after dpkg --purge"
echo "dpkg -i, idmreport --version, man idmreport, completion, extract, summary.pdf, dpkg --purge: ok" \
  "($(($(date +%s) - start)) s)"
