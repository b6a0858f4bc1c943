// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"testing"

	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
)

// The benchmarks decode and encode the realistic fixture (a contact linked to
// a profile, every field set), next to plain protojson as the baseline.

func benchFixture(b *testing.B) ([]byte, *person.Person) {
	in := readFile(b, fixturePath)
	p, err := person.Unmarshal(in)
	if err != nil {
		b.Fatal(err)
	}
	return in, p
}

func BenchmarkUnmarshal(b *testing.B) {
	in, _ := benchFixture(b)
	b.SetBytes(int64(len(in)))
	cputime.Report(b)
	for b.Loop() {
		if _, err := person.Unmarshal(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProtojsonUnmarshal(b *testing.B) {
	in, _ := benchFixture(b)
	b.SetBytes(int64(len(in)))
	cputime.Report(b)
	for b.Loop() {
		if err := protojson.Unmarshal(in, new(person.Person)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshalError decodes a body whose last field is unknown: the cost
// of a refused request.
func BenchmarkUnmarshalError(b *testing.B) {
	in, _ := benchFixture(b)
	in = append(in[:len(in)-2:len(in)-2], `,"notes":"x"}`...)
	b.SetBytes(int64(len(in)))
	cputime.Report(b)
	for b.Loop() {
		if _, err := person.Unmarshal(in); err == nil {
			b.Fatal("no error")
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	_, p := benchFixture(b)
	cputime.Report(b)
	for b.Loop() {
		if _, err := person.Marshal(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalIndent(b *testing.B) {
	_, p := benchFixture(b)
	cputime.Report(b)
	for b.Loop() {
		if _, err := person.MarshalIndent(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProtojsonMarshal(b *testing.B) {
	_, p := benchFixture(b)
	cputime.Report(b)
	for b.Loop() {
		if _, err := protojson.Marshal(p); err != nil {
			b.Fatal(err)
		}
	}
}
