// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestCachedCanonicalizer checks that the cache answers what Libphonenumber
// answers, asked twice and from several goroutines, and keeps at most its
// size of results.
func TestCachedCanonicalizer(t *testing.T) {
	const size = 64
	cached := CachedCanonicalizer(Libphonenumber, size)
	cache := newPhoneCache(Libphonenumber, size)
	var inputs [][2]string
	for i := range 300 {
		inputs = append(inputs,
			[2]string{fmt.Sprintf("+1 415-555-%04d", i), ""},
			[2]string{fmt.Sprintf("(020) 7946 %04d", i), "GB"},
			[2]string{fmt.Sprintf("555-%04d", i), "us"},
		)
	}
	inputs = append(inputs, [2]string{"+44 (0)20 7946 0018 ext. 12", "GB"}, [2]string{"not a number", ""},
		[2]string{"+1 415 555 0132" + strings.Repeat(" ", maxCachedValue), ""})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 2 {
				for i, in := range inputs {
					want := Libphonenumber(in[0], in[1])
					if got := cached(in[0], in[1]); got != want {
						t.Errorf("goroutine %d, round %d: cached(%q, %q) = %q, want %q", g, round, in[0], in[1], got, want)
					}
					if got := cache.canonical(in[0], in[1]); got != want {
						t.Errorf("canonical(%q, %q) = %q, want %q", in[0], in[1], got, want)
					}
					if n := cache.len(); n > size {
						t.Fatalf("after %d values the cache holds %d results, more than its %d", i+1, n, size)
					}
				}
			}
		})
	}
	wg.Wait()
	if n := cache.len(); n == 0 {
		t.Errorf("the cache holds nothing")
	}
}

// TestCachedCanonicalizerOff checks that a size <= 0 caches nothing.
func TestCachedCanonicalizerOff(t *testing.T) {
	calls := 0
	fn := func(v, r string) string { calls++; return v + r }
	c := CachedCanonicalizer(fn, 0)
	c("1", "US")
	c("1", "US")
	if calls != 2 {
		t.Errorf("size 0: %d calls of fn for two, want 2", calls)
	}
}
