// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Sinks keep the compiler from dropping the benchmarked calls.
var (
	sinkUpdate  mask.Update
	sinkRead    mask.Read
	sinkSources mask.Sources
	sinkPerson  *person.Person
	sinkErr     error
)

const benchUpdate = "names,emailAddresses,phoneNumbers"

var (
	benchRead    = strings.Join(names(person.AllFields, false), ",")
	benchSources = []string{"READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_PROFILE"}
)

func BenchmarkParseUpdate(b *testing.B) {
	cputime.Report(b)
	for b.Loop() {
		sinkUpdate, sinkErr = mask.ParseUpdate(benchUpdate)
	}
}

func BenchmarkParseRead(b *testing.B) {
	cputime.Report(b)
	for b.Loop() {
		sinkRead, sinkErr = mask.ParseRead(benchRead)
	}
}

func BenchmarkParseSources(b *testing.B) {
	cputime.Report(b)
	for b.Loop() {
		sinkSources, sinkErr = mask.ParseSources(benchSources)
	}
}

// BenchmarkProject projects the fixture person (two sources' names, eight
// emails of every source type, a photo, a birthday, metadata) through all
// fields and the default sources.
func BenchmarkProject(b *testing.B) {
	p := fixture()
	r, s := mask.AllRead(), mask.DefaultSources()
	cputime.Report(b)
	for b.Loop() {
		sinkPerson = mask.Project(p, r, s)
	}
}

// TestAllocs pins the allocation counts of parsing valid input: none.
func TestAllocs(t *testing.T) {
	tests := []struct {
		name string
		max  float64
		fn   func()
	}{
		{"ParseUpdate", 0, func() { sinkUpdate, sinkErr = mask.ParseUpdate(benchUpdate) }},
		{"ParseUpdate with whitespace, empty segments, snake_case", 0, func() {
			sinkUpdate, sinkErr = mask.ParseUpdate(" names ,,email_addresses,\tphoneNumbers,")
		}},
		{"ParseRead all 29", 0, func() { sinkRead, sinkErr = mask.ParseRead(benchRead) }},
		{"ParseRead empty", 0, func() { sinkRead, sinkErr = mask.ParseRead("") }},
		{"GetParseRead", 0, func() { sinkRead, sinkErr = mask.Get.ParseRead(benchRead) }},
		{"ParseSources", 0, func() { sinkSources, sinkErr = mask.ParseSources(benchSources) }},
		{"ParseSources nil", 0, func() { sinkSources, sinkErr = mask.ParseSources(nil) }},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(100, tt.fn); got > tt.max {
			t.Errorf("%s: %v allocations per run, want at most %v", tt.name, got, tt.max)
		}
		if sinkErr != nil {
			t.Errorf("%s: %v", tt.name, sinkErr)
		}
	}
}
