#!/usr/bin/env bash
# Builds the Hugo site in Tests/Site from Dragoman's Output/ and checks that every post in the manifest
# exists in every language, at its slug, with <html lang> = the locale and <html dir> = the post's `dir`
# (and rtl for Arabic).
#
# Usage: Tests/Site/check-hugo.sh [OUTPUT_DIR]     (default: Output/ of the repository; run `dragoman build` first)
# Needs: hugo (Debian: apt-get install -y hugo).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
output="$(cd "${1:-$repo/Output}" && pwd)"
manifest="$output/manifest.json"
[[ -f "$manifest" ]] || { echo "check-hugo: $manifest not found; run dragoman build first" >&2; exit 1; }
command -v hugo >/dev/null || { echo "check-hugo: hugo is not installed (apt-get install -y hugo)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The site's own config points at ../../Output; a copy pointing at $output lets CI check any build.
cp -R "$repo/Tests/Site/layouts" "$work/layouts"
sed "s|\.\./\.\./Output|$output|g" "$repo/Tests/Site/config.toml" > "$work/config.toml"
hugo --source "$work" --destination "$work/public" --quiet --panicOnWarning

languages=$(sed -n 's/^\[languages\.\([a-zA-Z_-]*\)\]$/\1/p' "$work/config.toml")
failures=0
fail() { echo "check-hugo: $*" >&2; failures=$((failures + 1)); }

# The manifest is Dragoman's own pretty JSON: one "key": value per line inside each entry.
entries=$(awk -F'"' '
    /"locale":/ { locale = $4 } /"slug":/ { slug = $4 } /"status":/ { status = $4 } /"source":/ { source = $4 }
    /^    }/ { if (locale != "") print source "\t" locale "\t" slug "\t" status; locale = "" }' "$manifest")
[[ -n "$entries" ]] || fail "no entries in $manifest"

checked=0
for source in $(cut -f1 <<<"$entries" | sort -u); do
    for language in $languages; do
        line=$(awk -F'\t' -v s="$source" -v l="$language" '$1 == s && $2 == l' <<<"$entries")
        [[ -n "$line" ]] || { fail "$source: no $language entry in the manifest"; continue; }
        IFS=$'\t' read -r _ locale slug status <<<"$line"
        [[ "$status" == written ]] || { fail "$source: $locale is $status, not written"; continue; }
        page="$work/public/$locale/posts/$slug/index.html"
        [[ -f "$page" ]] || { fail "$source: $locale page missing (expected public/$locale/posts/$slug/index.html)"; continue; }
        markdown="$output/$locale/posts/$(basename "$source")"
        dir=$(sed -n 's/^dir: "\(.*\)"$/\1/p' "$markdown" | head -1)
        [[ "$locale" != ar || "$dir" == rtl ]] || fail "$markdown: Arabic post has dir '$dir', expected rtl"
        grep -q "<html lang=\"$locale\" dir=\"$dir\">" "$page" \
            || fail "$page: expected <html lang=\"$locale\" dir=\"$dir\">, found: $(grep -o '<html[^>]*>' "$page")"
        grep -q "data-lang=\"$locale\"" "$page" || fail "$page: front matter lang is not $locale"
        checked=$((checked + 1))
    done
done

if ((failures > 0)); then
    echo "check-hugo: $failures problem(s)" >&2
    exit 1
fi
echo "check-hugo: $checked pages OK ($(wc -w <<<"$languages") languages, lang and dir as expected)"
