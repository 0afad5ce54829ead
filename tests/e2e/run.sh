#!/usr/bin/env bash
# The browser suite as `npm run test:e2e` runs it: its two projects (vitest.config.ts) side
# by side, each one file at a time. The files that build run beside the files that read
# out/, so a build's idle core serves a browser; two builds or two browsers never share the
# 2 cores. Both run to the end; the suite fails if either fails. Arguments go to both
# (a file name runs just that file, in whichever project holds it).
set -u
cd "$(dirname "$0")/../.."
config=tests/e2e/vitest.config.ts
vitest run --config "$config" --project builds --passWithNoTests "$@" &
builds=$!
vitest run --config "$config" --project out --passWithNoTests "$@"
out=$?
wait "$builds"
built=$?
echo "Browser suite: the files that build $([ "$built" -eq 0 ] && echo passed || echo failed), the files that read out/ $([ "$out" -eq 0 ] && echo passed || echo failed)."
[ "$out" -eq 0 ] && [ "$built" -eq 0 ]
