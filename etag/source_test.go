// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag_test

import (
	"encoding/base64"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/person"
)

func TestNextSourceKnownAnswer(t *testing.T) {
	t.Parallel()
	at := time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC)
	tests := []struct {
		prev string
		at   time.Time
		want string
	}{
		{"#vmL7ePGYhLw=", at, "#zB16wLd4O40="},
		{"", at, "#yKbLwq+5HOE="},
		{"#vmL7ePGYhLw=", time.Time{}, "#qv1cLrlxi5g="},
	}
	for _, tt := range tests {
		if got := etag.NextSource(tt.prev, tt.at); got != tt.want {
			t.Errorf("NextSource(%q, %v) = %q, want %q", tt.prev, tt.at, got, tt.want)
		}
	}
}

func TestNextSourceShape(t *testing.T) {
	t.Parallel()
	got := etag.NextSource("#vmL7ePGYhLw=", time.Unix(1700000000, 0))
	if len(got) != 13 || got[0] != '#' {
		t.Fatalf("NextSource = %q, want \"#\" and 12 base64 characters", got)
	}
	raw, err := base64.StdEncoding.Strict().DecodeString(got[1:])
	if err != nil || len(raw) != 8 {
		t.Errorf("NextSource = %q: base64 of %d bytes (%v), want 8 bytes", got, len(raw), err)
	}
}

func TestNextSourceInstant(t *testing.T) {
	t.Parallel()
	at := time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC)
	want := etag.NextSource("#vmL7ePGYhLw=", at)
	for _, same := range []time.Time{
		at.In(time.FixedZone("CET", 3600)),
		at.Add(time.Minute).Add(-time.Minute),
		time.Unix(0, at.UnixNano()),
	} {
		if got := etag.NextSource("#vmL7ePGYhLw=", same); got != want {
			t.Errorf("NextSource at %v = %q, want %q (the same instant as %v)", same, got, want, at)
		}
	}
}

// TestNextSourceDistinct checks that every (prev, updateTime) pair of a long
// run of updates, including times a nanosecond apart, gives a new etag.
func TestNextSourceDistinct(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	add := func(tag string) {
		t.Helper()
		if seen[tag] {
			t.Fatalf("etag %q issued twice", tag)
		}
		seen[tag] = true
	}
	at := time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)
	prev := ""
	for i := range 2000 {
		next := etag.NextSource(prev, at.Add(time.Duration(i)*time.Millisecond))
		if next == prev {
			t.Fatalf("update %d: NextSource(%q) returned its input", i, prev)
		}
		add(next)
		// Siblings of next: the same previous etag at another time, and
		// another previous etag at the same time.
		add(etag.NextSource(prev, at.Add(time.Duration(i)*time.Millisecond+time.Nanosecond)))
		add(etag.NextSource(prev+"x", at.Add(time.Duration(i)*time.Millisecond)))
		prev = next
	}
}

func TestMatchesSource(t *testing.T) {
	stored := &person.Source{Type: person.Source_CONTACT, Id: "c1", Etag: "#AAAAAAAAAAA="}
	tests := []struct {
		name   string
		stored *person.Source
		sent   *person.Source
		want   bool
	}{
		{"same id and etag", stored, &person.Source{Type: person.Source_CONTACT, Id: "c1", Etag: "#AAAAAAAAAAA="}, true},
		{"no id", stored, &person.Source{Type: person.Source_CONTACT, Etag: "#AAAAAAAAAAA="}, true},
		{"other etag", stored, &person.Source{Type: person.Source_CONTACT, Id: "c1", Etag: "#BBBBBBBBBBB="}, false},
		{"other id", stored, &person.Source{Type: person.Source_CONTACT, Id: "c2", Etag: "#AAAAAAAAAAA="}, false},
		{"no contact source", nil, &person.Source{Type: person.Source_CONTACT, Etag: "#AAAAAAAAAAA="}, false},
	}
	for _, tt := range tests {
		if got := etag.MatchesSource(tt.stored, tt.sent); got != tt.want {
			t.Errorf("%s: MatchesSource() = %t, want %t", tt.name, got, tt.want)
		}
	}
}
