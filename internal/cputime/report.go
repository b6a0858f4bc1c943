// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package cputime

import "testing"

// Unit is the unit of the metric Report adds: CPU nanoseconds per operation.
const Unit = "cpu-ns/op"

// Report enables b's allocation statistics, as [testing.B.ReportAllocs]
// does, and adds the metric [Unit]: the CPU time the process spent from the
// call of Report to the end of the benchmark function, divided by b.N. Call
// it just before the benchmark's loop. Where the process's CPU time cannot be
// read (a system without getrusage), only the allocations are reported.
func Report(b *testing.B) {
	b.ReportAllocs()
	start, ok := processTime()
	if !ok {
		return
	}
	b.Cleanup(func() {
		end, ok := processTime()
		if ok && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), Unit)
		}
	})
}
