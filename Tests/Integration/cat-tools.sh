#!/bin/sh
# Round trips through translators' tools on a scratch copy of the project:
#   OmegaT (console mode) on our XLIFF 1.2, Translate Toolkit (pofilter, pocount, po2xliff, xliff2po) on our PO,
#   xmllint (XLIFF 1.2 strict and 2.1 schemas) and msgfmt on every export.
# Installs nothing. A missing tool prints "skipped: ..." and the rest still runs; any failure exits non-zero.
# Environment: DRAGOMAN (the built CLI, default .build/debug/dragoman), SHARED (default ../shared), KEEP=1 keeps
# the scratch folder.
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
DRAGOMAN=${DRAGOMAN:-$ROOT/.build/debug/dragoman}
SCHEMAS=$SHARED/xliff-schemas
POST=mesenchymal-stem-cell-therapy-for-autism
[ -x "$DRAGOMAN" ] || { echo "error: $DRAGOMAN not found; run swift build first" >&2; exit 1; }
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/dragoman-cat.XXXXXX")
[ "${KEEP:-}" = 1 ] && echo "scratch: $SCRATCH" || trap 'rm -rf "$SCRATCH"' EXIT
FAILED=0
fail() { echo "FAIL: $*" >&2; FAILED=1; }
have() { command -v "$1" >/dev/null 2>&1 || { echo "skipped: $1 not installed ($2)"; return 1; }; }

# A scratch project: the real posts and stores, one sentence of the post edited (a stale unit) and a post whose
# sentences carry every kind of inline code (new units).
P=$SCRATCH/project
mkdir -p "$P" "$SCRATCH/out"
cp -R "$ROOT/Locales" "$ROOT/Glossary" "$P/"
sed -i.orig 's/This article provides an evidence-based overview/This article gives an evidence-based overview/' \
    "$P/Locales/en/posts/$POST.md" && rm -f "$P/Locales/en/posts/$POST.md.orig"
cat > "$P/Locales/en/posts/cat-probe.md" <<'MD'
---
title: Probe & "Quotes" <Test>
slug: cat-probe
---

## Codes *everywhere*

Read the [clinic guide](https://example.org/guide?a=1&b=2) first. Run `dragoman --help` for 100% of options, or type %s and {name}.

Bring *your* **own** ~~old~~ records: see <https://example.org/records>.

![An MRI scan](https://example.org/mri.png) shows <span class="x">inline HTML</span>	with a tab.
MD
dragoman() { (cd "$P" && "$DRAGOMAN" "$@"); }
snapshot() { (cd "$P" && find Locales -type f -exec cksum {} + | sort); }
# import FILE EXPECT: a dry run that must leave the store alone, then the real import; EXPECT is a pattern the
# summary line must match.
import_checked() {
    before=$(snapshot)
    out=$(dragoman import --dry-run "$1" 2>&1) || { fail "dry run of $1: $out"; return 0; }
    [ "$(snapshot)" = "$before" ] || fail "dry run of $1 changed the store"
    out=$(dragoman import "$1" 2>&1) || { fail "import of $1: $out"; return 0; }
    echo "  $(basename "$1"): $out" | tail -1
    echo "$out" | grep -Eq "$2" || fail "import of $1: expected /$2/, got: $out"
}

for locale in tr ar; do
    for format in xliff12 xliff21 po; do
        ext=$format; [ $format = po ] || ext=$format.xlf
        dragoman export --locale $locale --format $format -o "$SCRATCH/out/$locale-all.$ext" >/dev/null
        dragoman export --locale $locale --format $format --only untranslated -o "$SCRATCH/out/$locale-untranslated.$ext" >/dev/null
        dragoman export --locale $locale --format $format --post $POST -o "$SCRATCH/out/$locale-post.$ext" >/dev/null
    done
done

# What translators get for the round trips below, taken before any import changes the store.
dragoman export --locale tr --format xliff12 --only untranslated -o "$SCRATCH/omegat-source.xlf" >/dev/null

cp -R "$P" "$SCRATCH/project-omegat"  # each round trip imports into its own copy

echo "== validators"
if have xmllint "XLIFF schema validation" && [ -d "$SCHEMAS" ]; then
    for f in "$SCRATCH"/out/*.xliff12.xlf; do
        XML_CATALOG_FILES=$SCHEMAS/catalog.xml xmllint --noout --nonet \
            --schema "$SCHEMAS/xliff12/xliff-core-1.2-strict.xsd" "$f" 2>/dev/null || fail "$f: not valid XLIFF 1.2 strict"
    done
    for f in "$SCRATCH"/out/*.xliff21.xlf; do
        XML_CATALOG_FILES=$SCHEMAS/catalog.xml xmllint --noout --nonet \
            --schema "$SCHEMAS/xliff21/xliff-2.1-all-modules.xsd" "$f" 2>/dev/null || fail "$f: not valid XLIFF 2.1"
    done
    echo "  xmllint: $(ls "$SCRATCH"/out/*.xlf | wc -l) files checked"
fi
if have msgfmt "PO syntax and format checks"; then
    for f in "$SCRATCH"/out/*.po; do msgfmt -c --check-format -o /dev/null "$f" || fail "$f: msgfmt"; done
    echo "  msgfmt: $(ls "$SCRATCH"/out/*.po | wc -l) files checked"
fi

echo "== Translate Toolkit"
if have pofilter "Translate Toolkit" && have po2xliff "Translate Toolkit" && have xliff2po "Translate Toolkit"; then
    for f in "$SCRATCH"/out/*-all.po; do
        rm -f "$SCRATCH/pofilter.po"
        pofilter -t xmltags -t printf -t pythonbraceformat -t escapes -t newlines -t tabs "$f" "$SCRATCH/pofilter.po" >/dev/null 2>&1
        if [ -f "$SCRATCH/pofilter.po" ] && grep -q '^# (pofilter)' "$SCRATCH/pofilter.po"; then
            fail "pofilter on $f:"; grep '^# (pofilter)' "$SCRATCH/pofilter.po" >&2
        fi
    done
    pocount "$SCRATCH/out/tr-all.po" >/dev/null 2>&1 || fail "pocount could not read tr-all.po"
    # PO -> XLIFF -> PO (a translator's pseudo-translation in between) -> import.
    msgen "$SCRATCH/out/tr-untranslated.po" 2>/dev/null | sed '/^msgstr "/s/^msgstr "\(..*\)/msgstr "[tr] \1/' >"$SCRATCH/tt-filled.po" ||
        cp "$SCRATCH/out/tr-untranslated.po" "$SCRATCH/tt-filled.po"
    po2xliff "$SCRATCH/tt-filled.po" "$SCRATCH/tt.xlf" >/dev/null 2>&1 || fail "po2xliff"
    xliff2po "$SCRATCH/tt.xlf" "$SCRATCH/tt-back.po" >/dev/null 2>&1 || fail "xliff2po"
    import_checked "$SCRATCH/tt-back.po" 'applied [1-9][0-9]*, .*rejected 0'
    xliff2po "$SCRATCH/out/tr-all.xliff12.xlf" "$SCRATCH/tt-from-xliff12.po" >/dev/null 2>&1 || fail "xliff2po on our XLIFF 1.2"
fi

echo "== OmegaT"
if have omegat "OmegaT console mode" && have java "OmegaT"; then
    O=$SCRATCH/omegat
    mkdir -p "$O/source" "$O/target" "$O/tm" "$O/omegat" "$O/glossary" "$O/dictionary"
    cat > "$O/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes/>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>EN</source_lang>
        <target_lang>TR</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneTurkishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
XML
    P=$SCRATCH/project-omegat
    cp "$SCRATCH/omegat-source.xlf" "$O/source/tr.xlf"
    omt() { java -Djava.awt.headless=true -jar "${OMEGAT_JAR:-/usr/share/omegat/OmegaT.jar}" "$@" \
        --disable-project-locking --no-team --config-dir="$SCRATCH/omegat-config" "$O" >"$SCRATCH/omegat.log" 2>&1; }
    omt --mode=console-createpseudotranslatetmx --pseudotranslatetmx="$SCRATCH/pseudo.tmx" --pseudotranslatetype=equal ||
        fail "OmegaT pseudo-translation (see $SCRATCH/omegat.log)"
    # The translation memory: every target segment prefixed, OmegaT's own tags (<g0>, <x1/>) kept.
    awk '/<tuv lang="TR"/ { tr = 1 } /<\/tuv>/ { tr = 0 } tr && /<seg>/ { sub(/<seg>/, "<seg>[tr] ") } { print }' \
        "$SCRATCH/pseudo.tmx" >"$O/omegat/project_save.tmx"
    units=$(grep -c '<trans-unit' "$O/source/tr.xlf")
    tus=$(grep -c '<tu>' "$O/omegat/project_save.tmx" || true)
    echo "  OmegaT saw $tus segments in $units units"
    [ "$tus" -ge "$units" ] || fail "OmegaT saw $tus segments for $units units"
    omt --mode=console-translate || fail "OmegaT console-translate (see $SCRATCH/omegat.log)"
    [ -f "$O/target/tr.xlf" ] || fail "OmegaT wrote no target file"
    [ -f "$O/target/tr.xlf" ] && import_checked "$O/target/tr.xlf" 'applied [1-9][0-9]*, unchanged 0, stale 0, rejected 0'
fi

[ $FAILED = 0 ] && echo "cat-tools: all round trips passed" || exit 1
