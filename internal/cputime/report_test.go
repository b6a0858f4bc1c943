// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package cputime

import (
	"runtime"
	"testing"
)

func TestReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a benchmark")
	}
	var sink []byte
	got := testing.Benchmark(func(b *testing.B) {
		Report(b)
		for b.Loop() {
			sink = make([]byte, 64)
		}
	})
	_ = sink
	if got.N == 0 {
		t.Fatal("the benchmark ran no iteration")
	}
	// Allocation statistics are on, as with b.ReportAllocs.
	if got.MemAllocs == 0 {
		t.Errorf("MemAllocs = 0, want the loop's allocations counted")
	}
	cpu, ok := got.Extra[Unit]
	if _, can := processTime(); !can {
		if ok {
			t.Errorf("Extra[%q] = %v on %s, which cannot read the process's CPU time", Unit, cpu, runtime.GOOS)
		}
		return
	}
	if !ok || cpu <= 0 {
		t.Errorf("Extra[%q] = %v, %v; want a positive CPU time per op", Unit, cpu, ok)
	}
}

func TestProcessTimeGrows(t *testing.T) {
	start, ok := processTime()
	if !ok {
		t.Skipf("no process CPU time on %s", runtime.GOOS)
	}
	// Spin until the reading moves: CPU time only ever grows.
	x := 0
	for i := 0; ; i++ {
		x += i
		if i%1_000_000 == 0 {
			if now, _ := processTime(); now > start {
				break
			} else if now < start {
				t.Fatalf("processTime went back from %v to %v", start, now)
			}
		}
	}
	_ = x
}
