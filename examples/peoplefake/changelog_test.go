// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/peopleupdate/peopleupdate/person"
)

func TestChangeLogCompaction(t *testing.T) {
	var l changeLog
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 10000 {
		l.record(fmt.Sprintf("people/c%d", i%10), t0.Add(time.Duration(i)*time.Second), "")
	}
	if len(l.entries) > 2*len(l.latest)+64 || len(l.latest) != 10 {
		t.Errorf("10 keys changed 10000 times: %d entries, %d live", len(l.entries), len(l.latest))
	}
	l.record("people/gone", t0.Add(3*time.Hour), "tomb")
	keys, _, done := l.changes("people/", 9990, l.seq, 100)
	if want := []string{"people/c0", "people/c1", "people/c2", "people/c3", "people/c4", "people/c5", "people/c6", "people/c7", "people/c8", "people/c9", "people/gone"}; !done || !slices.Equal(sortedCopy(keys), want) {
		t.Errorf("changes after 9990: %v, done %t", keys, done)
	}
	// Eight days later every entry and tombstone is gone, and older tokens
	// are below the floor.
	last := l.seq
	l.record("people/new", t0.Add(8*24*time.Hour), "")
	if len(l.entries) != 1 || len(l.tombs) != 0 || len(l.latest) != 1 || l.floor != last {
		t.Errorf("after expiry: %d entries, %d tombs, %d live, floor %d (want %d)", len(l.entries), len(l.tombs), len(l.latest), l.floor, last)
	}
}

func sortedCopy(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// TestSearchIndexAgainstScan checks the blocked index against a scan of
// every person's words, through random inserts, updates and removals.
func TestSearchIndexAgainstScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	syllables := []string{"ab", "ba", "ca", "da", "ed", "fo", "ga", "ha"}
	word := func() string {
		var b strings.Builder
		for range 1 + r.IntN(3) {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		return b.String()
	}
	fields := func(p *person.Person) []string { return []string{p.GetNames()[0].GetDisplayName()} }
	people := make(map[string]*person.Person)
	x := newSearchIndex(nil, fields)
	for i := range 3000 {
		key := fmt.Sprintf("k%03d", r.IntN(400))
		if i%7 == 0 {
			delete(people, key)
			x.set(key, nil)
			continue
		}
		p := &person.Person{Names: []*person.Name{{DisplayName: word() + " " + word()}}}
		people[key] = p
		x.set(key, p)
	}
	rebuilt := newSearchIndex(people, fields)
	for _, q := range [][]string{{"a"}, {"ab"}, {"ba", "c"}, {"ed"}, {"fo", "ga"}, {"haha"}, {"zz"}} {
		var want []string
		for key, p := range people {
			ws := wordsOf(fields(p))
			if !slices.ContainsFunc(q, func(qw string) bool {
				return !slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, qw) })
			}) {
				want = append(want, key)
			}
		}
		slices.Sort(want)
		for name, idx := range map[string]*searchIndex{"updated": x, "rebuilt": rebuilt} {
			got := sortedCopy(idx.search(q, 1<<20))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s index, query %v (-want +got):\n%s", name, q, diff)
			}
		}
	}
}
