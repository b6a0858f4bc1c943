// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag_test

import (
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/mask"
)

var (
	sinkString string
	sinkBool   bool
)

// BenchmarkEtag measures issuing the person etag of a default read of a
// contact linked to a profile (two sources).
func BenchmarkEtag(b *testing.B) {
	p, r, s := withProfile(), mask.AllRead(), mask.DefaultSources()
	cputime.Report(b)
	for b.Loop() {
		sinkString = etag.ForPerson(p, r, s)
	}
}

// BenchmarkMatches measures checking a current person etag, the work of every
// update that sends one.
func BenchmarkMatches(b *testing.B) {
	p := withProfile()
	tag := etag.ForPerson(p, mask.AllRead(), mask.DefaultSources())
	cputime.Report(b)
	for b.Loop() {
		sinkBool = etag.Matches(p, tag)
	}
	if !sinkBool {
		b.Fatal("Matches = false, want true")
	}
}

// BenchmarkMatchesGarbage measures rejecting an etag that does not decode.
func BenchmarkMatchesGarbage(b *testing.B) {
	p := withProfile()
	cputime.Report(b)
	for b.Loop() {
		sinkBool = etag.Matches(p, "%EgcBAj0LPzcuGgQBAgUHIgxQd05KYk5SNjIxYz0=")
	}
}

// BenchmarkNextSource measures deriving a new source etag.
func BenchmarkNextSource(b *testing.B) {
	at := time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC)
	cputime.Report(b)
	for b.Loop() {
		sinkString = etag.NextSource("#vmL7ePGYhLw=", at)
	}
}
