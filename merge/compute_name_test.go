// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
)

func TestNameComputedValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   *person.Name
		want *person.Name // the computed values only
	}{{
		name: "given and family",
		in:   &person.Name{GivenName: "Margaret", FamilyName: "Chen-Liu"},
		want: &person.Name{DisplayName: "Margaret Chen-Liu", DisplayNameLastFirst: "Chen-Liu, Margaret", UnstructuredName: "Margaret Chen-Liu"},
	}, {
		name: "conformance 038: prefix, middle and suffix",
		in:   &person.Name{HonorificPrefix: "Dr.", GivenName: "Margaret", MiddleName: "Lin", FamilyName: "Chen", HonorificSuffix: "PhD"},
		want: &person.Name{DisplayName: "Dr. Margaret Lin Chen PhD", DisplayNameLastFirst: "Chen, Dr. Margaret Lin PhD", UnstructuredName: "Dr. Margaret Lin Chen PhD"},
	}, {
		name: "conformance 052: parts trimmed and collapsed in computed values only",
		in:   &person.Name{HonorificPrefix: "Dr. ", GivenName: " Margaret", MiddleName: "Lin   Mei", FamilyName: "Chen"},
		want: &person.Name{DisplayName: "Dr. Margaret Lin Mei Chen", DisplayNameLastFirst: "Chen, Dr. Margaret Lin Mei", UnstructuredName: "Dr. Margaret Lin Mei Chen"},
	}, {
		name: "conformance 053: family name only",
		in:   &person.Name{FamilyName: "Chen"},
		want: &person.Name{DisplayName: "Chen", DisplayNameLastFirst: "Chen", UnstructuredName: "Chen"},
	}, {
		name: "given name only",
		in:   &person.Name{GivenName: "Chepina"},
		want: &person.Name{DisplayName: "Chepina", DisplayNameLastFirst: "Chepina", UnstructuredName: "Chepina"},
	}, {
		name: "no family name: last-first is the display name",
		in:   &person.Name{HonorificPrefix: "Dr.", GivenName: "Ada", HonorificSuffix: "FRS"},
		want: &person.Name{DisplayName: "Dr. Ada FRS", DisplayNameLastFirst: "Dr. Ada FRS", UnstructuredName: "Dr. Ada FRS"},
	}, {
		name: "family and suffix",
		in:   &person.Name{FamilyName: "Chen", HonorificSuffix: "Jr."},
		want: &person.Name{DisplayName: "Chen Jr.", DisplayNameLastFirst: "Chen, Jr.", UnstructuredName: "Chen Jr."},
	}, {
		name: "unstructuredName kept as sent",
		in:   &person.Name{GivenName: "Margaret", FamilyName: "Chen", UnstructuredName: "Maggie  Chen"},
		want: &person.Name{DisplayName: "Margaret Chen", DisplayNameLastFirst: "Chen, Margaret", UnstructuredName: "Maggie  Chen"},
	}, {
		name: "only unstructuredName: display names from it, collapsed",
		in:   &person.Name{UnstructuredName: "  Maggie \t Chen "},
		want: &person.Name{DisplayName: "Maggie Chen", DisplayNameLastFirst: "Maggie Chen", UnstructuredName: "  Maggie \t Chen "},
	}, {
		name: "parts of white space only count as empty",
		in:   &person.Name{GivenName: " \u00a0\u2003", FamilyName: "\n", UnstructuredName: "X"},
		want: &person.Name{DisplayName: "X", DisplayNameLastFirst: "X", UnstructuredName: "X"},
	}, {
		name: "Unicode white space collapses",
		in:   &person.Name{GivenName: "Mar\u00a0\u00a0garet", FamilyName: "Chen\u3000Liu"},
		want: &person.Name{DisplayName: "Mar garet Chen Liu", DisplayNameLastFirst: "Chen Liu, Mar garet", UnstructuredName: "Mar garet Chen Liu"},
	}, {
		name: "phonetic parts play no part",
		in:   &person.Name{PhoneticGivenName: "mah-gret"},
		want: &person.Name{},
	}, {
		name: "output-only values sent are replaced",
		in:   &person.Name{GivenName: "Margaret", FamilyName: "Chen", DisplayName: "Maggie C.", DisplayNameLastFirst: "C., Maggie"},
		want: &person.Name{DisplayName: "Margaret Chen", DisplayNameLastFirst: "Chen, Margaret", UnstructuredName: "Margaret Chen"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := proto.Clone(tt.in).(*person.Name)
			compute(got, Canonical, DefaultRegion)
			want := proto.Clone(tt.in).(*person.Name)
			want.DisplayName, want.DisplayNameLastFirst, want.UnstructuredName = tt.want.DisplayName, tt.want.DisplayNameLastFirst, tt.want.UnstructuredName
			if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
				t.Errorf("compute() mismatch (-want +got):\n%s", diff)
			}
			if dn := displayName(tt.in); dn != tt.want.DisplayName {
				t.Errorf("displayName() = %q, want %q", dn, tt.want.DisplayName)
			}
		})
	}
}

func FuzzDisplayName(f *testing.F) {
	f.Add("Dr. ", " Margaret", "Lin   Mei", "Chen", "", "")
	f.Add("", "", "", "Chen", "PhD", "")
	f.Add("", "", "", "", "", "  Maggie \t Chen ")
	f.Add("\u00a0", "\u2003", "\u3000", "\x85", "\xff", "\xe2\x80")
	f.Fuzz(func(t *testing.T, prefix, given, middle, family, suffix, unstructured string) {
		n := &person.Name{HonorificPrefix: prefix, GivenName: given, MiddleName: middle, FamilyName: family, HonorificSuffix: suffix, UnstructuredName: unstructured}
		c := proto.Clone(n).(*person.Name)
		compute(c, Canonical, DefaultRegion)
		dn, lf := c.DisplayName, c.DisplayNameLastFirst
		if dn != strings.TrimFunc(dn, unicode.IsSpace) || strings.Contains(dn, "  ") {
			t.Fatalf("displayName %q of %v is not trimmed and collapsed", dn, n)
		}
		if (dn == "") != (lf == "") {
			t.Fatalf("displayName %q and displayNameLastFirst %q of %v", dn, lf, n)
		}
		if unstructured == "" && c.UnstructuredName != dn {
			t.Fatalf("unstructuredName %q, want displayName %q", c.UnstructuredName, dn)
		}
		// Idempotence: the display name of the cleaned parts is the same, and
		// the display name of a name holding only the display name is itself.
		clean := &person.Name{HonorificPrefix: joinWords(prefix), GivenName: joinWords(given), MiddleName: joinWords(middle), FamilyName: joinWords(family), HonorificSuffix: joinWords(suffix), UnstructuredName: joinWords(unstructured)}
		if got := displayName(clean); got != dn {
			t.Fatalf("displayName of the cleaned parts = %q, want %q", got, dn)
		}
		if got := displayName(&person.Name{UnstructuredName: dn}); got != dn {
			t.Fatalf("displayName(unstructured %q) = %q", dn, got)
		}
		again := proto.Clone(c).(*person.Name)
		compute(again, Canonical, DefaultRegion)
		if diff := cmp.Diff(c, again, protocmp.Transform()); diff != "" {
			t.Fatalf("compute is not idempotent (-once +twice):\n%s", diff)
		}
	})
}

// TestJoinWords checks joinWords against its definition, the words of all
// parts joined by one space, and that it allocates nothing when the result
// is one of its parts as it is. (Not parallel: it counts allocations.)
func TestJoinWords(t *testing.T) {
	for _, parts := range [][]string{
		{},
		{""},
		{"Ada"},
		{"Ada Lovelace"},
		{"", "Ada Lovelace", ""},
		{" Ada"},
		{"Ada "},
		{"Ada  Lovelace"},
		{"Ada\tLovelace"},
		{"Ada\u00a0Lovelace"},
		{"Ada", "Lovelace"},
		{"\u2003Ada\u3000", "\x85", "\u200b"},
		{"Ada\u0085Lovelace"},
		{"Ada\nLovelace"},
	} {
		want := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		if got := joinWords(parts...); got != want {
			t.Errorf("joinWords(%q) = %q, want %q", parts, got, want)
		}
	}
	for _, parts := range [][]string{{"Ada Lovelace"}, {"", "Ada", "", ""}} {
		if n := testing.AllocsPerRun(10, func() { joinWords(parts...) }); n != 0 {
			t.Errorf("joinWords(%q): %v allocations, want 0", parts, n)
		}
	}
	if n := testing.AllocsPerRun(10, func() { joinWords(" Ada", "King ", "Lovelace") }); n != 1 {
		t.Errorf("joinWords of three parts: %v allocations, want 1", n)
	}
}
