#!/usr/bin/env bash
# Runs every check of every module: the tests (with the race detector) and a
# smoke run of each benchmark, the seed corpora of the fuzz targets, a short
# fuzzing run of each target, gofmt, go vet, staticcheck, the freshness test of
# the generated code, the tidiness of every go.mod, and a build of a module
# outside the repository that depends on the library and the fake as a user's
# would. It needs only Go: the tools it runs (staticcheck, the .proto compiler)
# come through the Go module proxy.
#
#   bash scripts/test.sh                # everything (about 4 minutes on 2 cores, warm cache)
#   FUZZTIME=0 bash scripts/test.sh     # skip the fuzzing runs (seed corpora still run)
#   CI=true bash scripts/test.sh        # fuzz each target for 10s instead of 3s
#
# For a quick check while working, run the tests of one module without the race
# detector, from the repository root: go test ./... (the library), or
# go test ./examples/... (the fake).
#
# The modules are built together through go.work: each one against the others'
# working trees.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

modules=(. tools examples)
if [ -n "${CI:-}" ]; then
	fuzztime=${FUZZTIME:-10s}
else
	fuzztime=${FUZZTIME:-3s}
fi
staticcheck=honnef.co/go/tools/cmd/staticcheck@v0.8.2

step() { printf '\n=== %s\n' "$*"; }

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

# go mod tidy ignores go.work, so each module is tidied on its own (GOWORK=off)
# into a scratch copy of its go.mod and go.sum (-modfile), which is compared
# with the committed files. examples/go.mod requires the library at v0.1.0,
# which the module proxy cannot serve before the tag: its scratch copy alone
# gets a replace of that version by this tree, dropped again before the
# comparison. That replacement changes no requirement and no checksum (a
# directory replacement has none), so the comparison is the one a user's tidy
# would make once v0.1.0 is tagged, except for the two go.sum lines of the
# library itself, which cannot exist before the tag (README.md, "Install").
step "go mod tidy leaves every go.mod and go.sum unchanged"
if grep -q '^replace\|^\s*replace' examples/go.mod go.mod tools/go.mod; then
	echo "a go.mod has a replace directive: go install ...@version would refuse it"; exit 1
fi
for m in "${modules[@]}"; do
	scratch=$(mktemp -d)
	cp "$m/go.mod" "$m/go.sum" "$scratch/"
	if [ "$m" = examples ]; then
		GOWORK=off go mod edit -modfile="$scratch/go.mod" -replace "github.com/peopleupdate/peopleupdate@v0.1.0=$root"
	fi
	(cd "$m" && GOWORK=off go mod tidy -modfile="$scratch/go.mod")
	if [ "$m" = examples ]; then
		GOWORK=off go mod edit -modfile="$scratch/go.mod" -dropreplace "github.com/peopleupdate/peopleupdate@v0.1.0"
	fi
	diff -u "$m/go.mod" "$scratch/go.mod"
	# The checksums of the library's own tagged version, which the scratch tidy
	# (with the library replaced by this tree) cannot write, are left out.
	diff -u <(grep -v '^github.com/peopleupdate/peopleupdate v' "$m/go.sum") \
		<(grep -v '^github.com/peopleupdate/peopleupdate v' "$scratch/go.sum")
	rm -rf "$scratch"
done

# A user's module, outside the repository, that imports the library, the fake
# and its client helpers and requires them at v0.1.0, built without go.work and
# with local replacements standing in for the tags (as a user would before the
# first release).
step "a module outside the repository builds against the library and the fake"
user=$(mktemp -d)
cat >"$user/go.mod" <<MOD
module example.com/user

go 1.26.0

require (
	github.com/peopleupdate/peopleupdate v0.1.0
	github.com/peopleupdate/peopleupdate/examples v0.1.0
)

replace (
	github.com/peopleupdate/peopleupdate => $root
	github.com/peopleupdate/peopleupdate/examples => $root/examples
)
MOD
cat >"$user/main.go" <<'GO'
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

func main() {
	srv := peoplefake.New(peoplefake.WithPeople(peoplefake.Sample()))
	svc, err := fakeclient.Service(context.Background(), srv)
	if err != nil {
		log.Fatal(err)
	}
	p, err := svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	if err != nil {
		log.Fatal(err)
	}
	stored := srv.Person(peoplefake.DefaultUser, peoplefake.SampleName)
	if _, err := peopleupdate.Read(stored, "names", nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Names[0].DisplayName)
}
GO
(cd "$user" && GOWORK=off go mod tidy && GOWORK=off go vet ./... && GOWORK=off go run . | grep -qx 'Margaret Chen')
rm -rf "$user"

for m in "${modules[@]}"; do
	step "go vet ($m)"
	(cd "$m" && go vet ./...)
	step "staticcheck ($m)"
	(cd "$m" && go run "$staticcheck" ./...)
done

# The benchmarks run once each in the race-enabled test binaries, a smoke run
# (nothing is timed), rather than in a second build of every test binary.
for m in "${modules[@]}"; do
	step "go test -race, benchmarks once ($m)"
	(cd "$m" && go test -race -count=1 -bench=. -benchtime=1x ./...)
done

# Fuzzing: building a package's test binary with the fuzzing instrumentation
# costs far more than a few seconds of fuzzing, so each package's binary is
# built once (go test -c -fuzz) and runs each of its targets in turn, with the
# corpus cache go test itself would use.
#
# The Go 1.26 fuzzing coordinator sometimes stops with "context deadline
# exceeded" and no failing input (golang/go#75804): such a run is tried once
# more. A run that found a failing input always fails.
fuzz() {
	local dir=$1 bin=$2 cache=$3 t=$4 log
	log=$(mktemp)
	for try in 1 2; do
		if (cd "$dir" && "$bin" -test.run='^$' -test.fuzz="^$t\$" -test.fuzztime="$fuzztime" -test.fuzzcachedir="$cache") >"$log" 2>&1; then
			cat "$log"; rm -f "$log"; return 0
		fi
		cat "$log"
		if grep -q 'Failing input written' "$log" || ! grep -q 'context deadline exceeded' "$log"; then
			rm -f "$log"; return 1
		fi
		echo "(fuzzing coordinator timed out without a failing input; try $try of 2)"
	done
	rm -f "$log"; return 1
}

if [ "$fuzztime" != "0" ]; then
	bins=$(mktemp -d)
	gocache=$(go env GOCACHE)
	for m in . examples; do
		for dir in $(cd "$m" && go list -f '{{.Dir}}' ./...); do
			# Only packages with a fuzz target get a fuzzing build; the binary
			# itself lists its targets.
			grep -q '^func Fuzz' "$dir"/*_test.go 2>/dev/null || continue
			pkg=$(cd "$dir" && go list .)
			bin="$bins/$(echo "$pkg" | tr / _).test"
			step "build the fuzzing binary of $pkg"
			(cd "$dir" && go test -c -fuzz=. -o "$bin" .)
			targets=$("$bin" -test.list='^Fuzz' | grep '^Fuzz' || true)
			for t in $targets; do
				step "fuzz $pkg $t ($fuzztime)"
				# Fuzzing writes a failing input under the package's testdata; the
				# cache holds what go test -fuzz would keep between runs.
				fuzz "$dir" "$bin" "$gocache/fuzz/$pkg" "$t"
			done
		done
	done
	rm -rf "$bins"
fi

step "all checks passed"
