// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCanonical(t *testing.T) {
	t.Parallel()
	tests := []struct {
		value, region string
		want          string
	}{
		// SPEC.md §5 and conformance 040, 048: region US.
		{"(303) 828-8765", "", "+13038288765"},
		{"(303) 828-8765", "US", "+13038288765"},
		{"+1 415-555-0132", "", "+14155550132"},
		{"415.555.0123", "", "+14155550123"},
		{"+1 303 555 0147", "", "+13035550147"},
		{"+44 20 7946 0958", "", "+442079460958"},
		{"1 (303) 555-0147", "US", "+13035550147"},
		{"13035550147", "US", "+13035550147"},
		{"1234567890", "US", "+11234567890"}, // 10 digits, whatever they start with
		{"23035550147", "US", ""},            // 11 digits not starting with 1
		{"(303) 555-0147 ext. 12", "", ""},
		{"555-0147", "", ""},
		{"303555014", "US", ""},
		{"", "", ""},
		{"   ", "", ""},
		{"+", "", ""},
		{"()-. ", "", ""},
		// The + form: 8 to 15 digits, any region.
		{"+12345678", "", "+12345678"},
		{"+1234567", "", ""},
		{"+123456789012345", "", "+123456789012345"},
		{"+1234567890123456", "", ""},
		{"+44 20 7946 0958", "FR", "+442079460958"},
		{"+44 20 7946 0958", "ZZ", "+442079460958"},
		{" +44 20 7946 0958", "", "+442079460958"}, // spaces may precede the +
		{"+44 (0)20 7946 0958", "", "+4402079460958"},
		// The + must come first and only once.
		{"(+44) 20 7946 0958", "", ""},
		{"44+20 7946 0958", "", ""},
		{"++44 20 7946 0958", "", ""},
		// Only digits, spaces and ()-.
		{"303/555-0147", "", ""},
		{"303_555_0147", "", ""},
		{"303\t555\t0147", "", ""},
		{"tel:+13035550147", "", ""},
		{"+1 303 555 0147 x12", "", ""},
		{"３０３５５５０１４７", "", ""}, // full-width digits
		{"303 555 0147\u00a0", "", ""},
		// Regions: case-insensitive; other NANP regions; the table.
		{"(416) 555-0199", "ca", "+14165550199"},
		{"(876) 555-0199", "JM", "+18765550199"},
		{"020 7946 0958", "GB", "+442079460958"},
		{"20 7946 0958", "GB", "+442079460958"},
		{"07700 900123", "gb", "+447700900123"},
		{"01 23 45 67 89", "FR", "+33123456789"},
		{"123456789", "FR", "+33123456789"},
		{"0123456789", "ES", ""},
		{"912 345 678", "ES", "+34912345678"},
		{"06 1234 5678", "IT", "+390612345678"},
		{"55 6557 8853", "MX", "+525565578853"}, // research.md §6, observed
		{"030 1234567", "DE", "+49301234567"},
		{"(02) 9876 5432", "AU", "+61298765432"},
		{"(01) 234 5678", "IE", "+35312345678"},
		{"090-1234-5678", "JP", "+819012345678"},
		{"(303) 828-8765", "ZZ", ""}, // an unknown region reads no national number
		{"(303) 828-87", "GB", ""},   // 8 digits: too short for GB
	}
	for _, tt := range tests {
		if got := Canonical(tt.value, tt.region); got != tt.want {
			t.Errorf("Canonical(%q, %q) = %q, want %q", tt.value, tt.region, got, tt.want)
		}
	}
}

// TestCanonicalPlans checks the region table: each plan's lengths are sane,
// and the shortest and longest national numbers of each give results of 8 to
// 15 digits.
func TestCanonicalPlans(t *testing.T) {
	t.Parallel()
	for region, p := range plans {
		if p.min < 1 || p.min > p.max {
			t.Errorf("plans[%s]: lengths %d..%d", region, p.min, p.max)
		}
		if region != strings.ToUpper(region) || len(region) != 2 {
			t.Errorf("plans: key %q is not an upper-case ISO 3166 code", region)
		}
		for _, n := range []int{p.min, p.max} {
			national := "9" + strings.Repeat("8", n-1)
			want := "+" + p.code + national
			if d := len(want) - 1; d < 8 || d > 15 {
				want = ""
			}
			if got := Canonical(national, region); got != want {
				t.Errorf("Canonical(%q, %q) = %q, want %q", national, region, got, want)
			}
			if p.trunk != 0 {
				if got := Canonical(string(p.trunk)+national, region); got != want {
					t.Errorf("Canonical(%q, %q) = %q, want %q", string(p.trunk)+national, region, got, want)
				}
			}
		}
	}
}

func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"(303) 828-8765", "+44 20 7946 0958", "555-0147", "1 303 555 0147", "020 7946 0958"} {
		for _, r := range []string{"", "US", "GB", "MX", "zz"} {
			f.Add(s, r)
		}
	}
	f.Fuzz(func(t *testing.T, value, region string) {
		got := Canonical(value, region)
		if got == "" {
			return
		}
		if got[0] != '+' || len(got) < 9 || len(got) > 16 || strings.Trim(got[1:], "0123456789") != "" {
			t.Fatalf("Canonical(%q, %q) = %q, not + and 8 to 15 digits", value, region, got)
		}
		if !utf8.ValidString(value) {
			t.Fatalf("Canonical(%q, %q) = %q for invalid UTF-8", value, region, got)
		}
		for _, r := range []string{region, "", "ZZ"} {
			if again := Canonical(got, r); again != got {
				t.Fatalf("Canonical(%q, %q) = %q, not idempotent (from %q)", got, r, again, value)
			}
		}
	})
}
