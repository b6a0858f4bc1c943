#!/usr/bin/env bash
# Copyright 2026 The peopleupdate Authors. All rights reserved.
# Use of this source code is governed by a BSD-style
# license that can be found in the LICENSE file.
#
# Runs the benchmarks of the core module (and, when the examples module has
# them, BenchmarkFakeUpdateContact and BenchmarkProtojsonRoundTrip), keeps the
# raw output, prints the benchstat table and checks the performance targets of
# docs/PERFORMANCE.md on the medians of this one run.
#
#   bash scripts/bench.sh                       # every core benchmark, -count 10
#   COUNT=5 BENCH='UpdateContact|CloneStored|GenericUpdate' bash scripts/bench.sh
#
# Environment:
#   COUNT      runs of each benchmark, in as many rounds (default 10)
#   BENCH      benchmark regexp for the core module (default ., all of them)
#   BENCHTIME  -benchtime of every run (default: go test's, 1s)
#   OUT        directory of the raw results (default bench/, whose *.txt git ignores)
#   EXAMPLES   0 skips the examples module
#   BEFORE     raw results of an earlier run (go test -bench output): the
#              run's medians are compared with its medians, benchmark by
#              benchmark (the default mode must be no slower)
#
# It needs only Go: benchstat comes through the Go module proxy. Timings on a
# shared machine are noisy: compare only ratios within one run, and run again
# when the load (uptime) is high. The time targets are taken on the CPU time
# per op that the benchmarks report (cpu-ns/op, internal/cputime; benchstat shows it as cpu-sec/op), which a
# busy neighbour moves much less than the wall-clock time; the wall-clock
# ratio is printed beside each.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${COUNT:-10}
bench=${BENCH:-.}
out=${OUT:-bench}
benchstat=golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da
benchtime=()
if [ -n "${BENCHTIME:-}" ]; then
	benchtime=(-benchtime "$BENCHTIME")
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
core=$out/core.txt
examples=$out/examples.txt
rm -f "$core" "$examples"

# rounds runs go test "$@" -count 1 $count times, appending to the file $1:
# each round runs every benchmark once, so that a change of the machine's
# load during the run falls on all of them alike and the ratios of one run
# stay fair. (go test -count N would run each benchmark N times in a row.)
rounds() {
	local file=$1
	shift
	for i in $(seq "$count"); do
		printf '    round %s/%s\n' "$i" "$count" >&2
		go test -run '^$' -benchmem -count 1 "${benchtime[@]}" "$@" >>"$file"
	done
}

printf '=== load before the run: %s\n' "$(uptime)"
printf '=== core module: %s rounds of go test -run ^$ -bench %q -benchmem ./... >> %s\n' "$count" "$bench" "$core"
rounds "$core" -bench "$bench" ./...

if [ "${EXAMPLES:-1}" != 0 ] && [ -d examples ]; then
	exbench='FakeUpdateContact|ProtojsonRoundTrip|FakeListPage|FakeListAll|FakeReadAll|FakePhoneCache'
	listed=$(cd examples && go test -list "Benchmark($exbench)" ./... 2>/dev/null || true)
	if grep -q '^Benchmark' <<<"$listed"; then
		# Two processes a round: the list benchmarks keep their 100 000-contact
		# stores live to the end of the process (bench_list_test.go), and a
		# large live heap makes every later benchmark's garbage collection
		# dearer, so the update benchmarks run in a process of their own.
		exupdate='FakeUpdateContact|ProtojsonRoundTrip|FakePhoneCache'
		exlist='FakeListPage|FakeListAll|FakeReadAll'
		printf '=== examples module: %s rounds of go test -run ^$ -bench %q -benchmem ./..., then -bench %q, >> %s\n' "$count" "$exupdate" "$exlist" "$examples"
		(cd examples && for i in $(seq "$count"); do
			printf '    round %s/%s\n' "$i" "$count" >&2
			go test -run '^$' -benchmem -count 1 "${benchtime[@]}" -bench "$exupdate" ./... >>"$examples"
			go test -run '^$' -benchmem -count 1 "${benchtime[@]}" -bench "$exlist" ./... >>"$examples"
		done)
	else
		echo "=== examples module: no BenchmarkFakeUpdateContact or BenchmarkProtojsonRoundTrip yet, skipped"
	fi
fi
printf '=== load after the run: %s\n\n' "$(uptime)"

inputs=("$core")
[ -s "$examples" ] && inputs+=("$examples")
# One table per file: benchstat would take two files for an A/B comparison.
for f in "${inputs[@]}"; do
	go run "$benchstat" "$f"
	echo
done

# The targets. A time target is the median, over the rounds, of each round's
# ratio (the two benchmarks of a pair ran in the same round, minutes apart at
# most, under the same load), on CPU time per op where measured: the raw
# results give the lines "PAIR name round value" (round k is a benchmark's
# k-th result). The other targets, and the wall-clock ratio printed beside,
# are on benchstat's medians: its CSV output lists, after a line ",unit,CI",
# one "name-P,median,CI" line per benchmark.
echo "=== targets (medians of the rounds' ratios, CPU time; wall clock: ratio of medians)"
{
	cat "${inputs[@]}" | awk '
		/^Benchmark/ {
			name = $1
			sub(/^Benchmark/, "", name)
			sub(/-[0-9]+$/, "", name)
			cpu = ""
			for (i = 3; i < NF; i++) if ($(i + 1) == "cpu-ns/op") cpu = $i
			if (cpu != "") printf "PAIR,%s,%d,%s\n", name, ++seen[name], cpu
		}'
	cat "${inputs[@]}" | go run "$benchstat" -format csv /dev/stdin 2>/dev/null
	if [ -n "${BEFORE:-}" ]; then
		echo "=== before"
		go run "$benchstat" -format csv "$BEFORE" 2>/dev/null
	fi
} | awk -F, '
	/^PAIR,/ { round[$2, $3] = $4 + 0; if ($3 + 0 > rounds[$2]) rounds[$2] = $3 + 0; next }
	/^,[^,]+,CI$/ { unit = $2; next }
	/^=== before$/ { before = 1; unit = ""; next }
	unit != "" && $1 != "" && $1 != "geomean" && $2 != "" && before {
		name = $1
		sub(/-[0-9]+$/, "", name)
		w[unit, name] = $2 + 0
		nbefore++
		next
	}
	unit != "" && $1 != "" && $1 != "geomean" && $2 != "" {
		name = $1
		sub(/-[0-9]+$/, "", name)
		v[unit, name] = $2 + 0
		has[unit, name] = 1
	}
	# timeunit returns the unit a time ratio of a and b is taken in: the CPU
	# time per op (internal/cputime) when both have it, else sec/op.
	function timeunit(a, b) {
		return has["cpu-sec/op", a] && has["cpu-sec/op", b] ? "cpu-sec/op" : "sec/op"
	}
	# paired returns the median over the rounds of round k of a over round k
	# of b (CPU time), or -1 without a round that has both.
	function paired(a, b,    k, n, x, i, j, t) {
		n = 0
		for (k = 1; k <= rounds[a]; k++)
			if ((a, k) in round && (b, k) in round && round[b, k] > 0)
				x[++n] = round[a, k] / round[b, k]
		if (n == 0) return -1
		for (i = 1; i <= n; i++)
			for (j = i + 1; j <= n; j++)
				if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
		return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
	}
	# ratio prints a / b and whether it meets goal (le: at most, else at
	# least). A time ratio (unit sec/op) is the median of the CPU
	# time ratios of the rounds when measured, with the wall-clock ratio of
	# medians beside.
	function ratio(label, unit, a, b, goal, le,    r, ok, cmp, wall, p) {
		cmp = (le ? "<= " : ">= ") goal
		wall = ""
		p = -1
		if (unit == "sec/op") {
			p = paired(a, b)
			if (p >= 0 && has["sec/op", a] && has["sec/op", b] && v["sec/op", b] != 0)
				wall = sprintf("(wall %.2f)", v["sec/op", a] / v["sec/op", b])
			if (p < 0) unit = timeunit(a, b)
		}
		if (p < 0 && (!has[unit, a] || !has[unit, b] || v[unit, b] == 0)) {
			printf "%-56s %9s   %-8s %s\n", label, "-", cmp, "not measured"
			return
		}
		r = p >= 0 ? p : v[unit, a] / v[unit, b]
		ok = le ? r <= goal + 0 : r >= goal + 0
		printf "%-56s %9.2f   %-8s %-8s %s\n", label, r, cmp, ok ? "met" : "NOT MET", wall
	}
	# floor reports UpdateContact over its floor: decoding the body and two
	# typed copies, one for each person of the result (docs/PERFORMANCE.md).
	function floor(size,    a, d, t, u) {
		a = "UpdateContact/" size; d = "DecodeBody/" size; t = "TypedCloneStored/" size
		u = has["cpu-sec/op", d] && has["cpu-sec/op", t] ? timeunit(a, d) : "sec/op"
		if (!has[u, a] || !has[u, d] || !has[u, t]) {
			printf "%-56s %9s\n", "UpdateContact/(DecodeBody+2*TypedCloneStored), " size, "-"
			return
		}
		printf "%-56s %9.2f   (reported)\n", "UpdateContact/(DecodeBody+2*TypedCloneStored), " size,
			v[u, a] / (v[u, d] + 2 * v[u, t])
	}
	function count(label, unit, a, max,    ok) {
		if (!has[unit, a]) {
			printf "%-56s %9s   %-8s %s\n", label, "-", "<= " max, "not measured"
			return
		}
		ok = v[unit, a] <= max
		printf "%-56s %9g   %-8s %s\n", label, v[unit, a], "<= " max, ok ? "met" : "NOT MET"
	}
	END {
		printf "%-56s %9s   %-8s %s\n", "target", "value", "goal", "status"
		ratio("UpdateContact/CloneStored, typical", "sec/op", "UpdateContact/typical", "CloneStored/typical", "1.0", 1)
		ratio("UpdateContact/CloneStored, large", "sec/op", "UpdateContact/large", "CloneStored/large", "1.0", 1)
		ratio("UpdateContact/CloneStored, huge (reported)", "sec/op", "UpdateContact/huge", "CloneStored/huge", "1.0", 1)
		ratio("GenericUpdate/UpdateContact, typical", "sec/op", "GenericUpdate/typical", "UpdateContact/typical", "3", 0)
		ratio("GenericUpdate/UpdateContact, large (reported)", "sec/op", "GenericUpdate/large", "UpdateContact/large", "3", 0)
		ratio("UpdateContact huge/large", "sec/op", "UpdateContact/huge", "UpdateContact/large", "11", 1)
		ratio("Read huge/large (reported)", "sec/op", "Read/huge", "Read/large", "11", 1)
		ratio("FakeUpdateContact/ProtojsonRoundTrip, typical", "sec/op", "FakeUpdateContact/typical", "ProtojsonRoundTrip/typical", "1.3", 1)
		# Issue 13: an update costs what it changes.
		ratio("UpdateContactShared/CloneStored, typical", "sec/op", "UpdateContactShared/typical", "CloneStored/typical", "1.0", 1)
		ratio("UpdateContactShared/CloneStored, large", "sec/op", "UpdateContactShared/large", "CloneStored/large", "0.6", 1)
		ratio("UpdateContactShared/CloneStored, huge", "sec/op", "UpdateContactShared/huge", "CloneStored/huge", "0.6", 1)
		ratio("ServerUpdate/ServerUpdateLegacy, typical", "sec/op", "ServerUpdate/typical", "ServerUpdateLegacy/typical", "0.75", 1)
		ratio("ServerUpdate/ServerUpdateLegacy, large", "sec/op", "ServerUpdate/large", "ServerUpdateLegacy/large", "0.75", 1)
		ratio("ServerUpdate/ServerUpdateLegacy, huge", "sec/op", "ServerUpdate/huge", "ServerUpdateLegacy/huge", "0.75", 1)
		ratio("UpdateOneField items-1000/items-1 (Share)", "sec/op", "UpdateOneField/items-1000", "UpdateOneField/items-1", "1.5", 1)
		ratio("UpdateOneFieldLegacy items-1000/items-1 (reported)", "sec/op", "UpdateOneFieldLegacy/items-1000", "UpdateOneFieldLegacy/items-1", "1.5", 1)
		# The targets of the fake (issue 13, examples module) go here.
		if (nbefore > 0) {
			worst = 0
			# On CPU time where both runs have it, else on wall-clock time.
			bu = "sec/op"
			for (k in w) {
				split(k, kk, SUBSEP)
				if (kk[1] == "cpu-sec/op") bu = "cpu-sec/op"
			}
			for (k in v) {
				split(k, kk, SUBSEP)
				if (kk[1] != bu || !((kk[1], kk[2]) in w) || w[kk[1], kk[2]] == 0) continue
				r = v[k] / w[kk[1], kk[2]]
				if (r > worst) { worst = r; wname = kk[2] }
			}
			printf "%-56s %9.2f   %-8s %s\n", "slowest benchmark / BEFORE (" wname ")", worst, "<= 1.05", worst <= 1.05 ? "met" : "NOT MET"
		} else {
			printf "%-56s %9s   %-8s %s\n", "default mode no slower than BEFORE", "-", "<= 1.05", "not measured (set BEFORE)"
		}
		floor("typical")
		floor("large")
		floor("huge")
		count("ParseUpdate allocs/op", "allocs/op", "ParseUpdate", 0)
		count("ParseSources allocs/op", "allocs/op", "ParseSources", 0)
		count("ParseRead allocs/op", "allocs/op", "ParseRead", 1)
		for (s = 1; s <= 3; s++) {
			size = s == 1 ? "typical" : s == 2 ? "large" : "huge"
			if (has["allocs/op", "UpdateContact/" size])
				printf "%-56s %9g   (CloneStored: %g)\n", "UpdateContact/" size " allocs/op", v["allocs/op", "UpdateContact/" size], v["allocs/op", "CloneStored/" size]
		}
		# The targets of the fake: its lists and phone cache (issue 13, docs/PERFORMANCE.md, The fake).
		ratio("FakeListPage 100000/1000 contacts, page of 100", "sec/op", "FakeListPage/100000", "FakeListPage/1000", "2", 1)
		ratio("FakeListAll/FakeReadAll, 100000 contacts", "sec/op", "FakeListAll/100000", "FakeReadAll/100000", "3", 1)
		ratio("FakePhoneCache uncached/cached (reported)", "sec/op", "FakePhoneCache/uncached", "FakePhoneCache/cached", "1", 0)
	}'
echo
echo "raw results: ${inputs[*]}"
