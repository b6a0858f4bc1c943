// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

const (
	rsProfile       = "READ_SOURCE_TYPE_PROFILE"
	rsContact       = "READ_SOURCE_TYPE_CONTACT"
	rsDomainContact = "READ_SOURCE_TYPE_DOMAIN_CONTACT"
	rsOtherContact  = "READ_SOURCE_TYPE_OTHER_CONTACT"
	rsUnspecified   = "READ_SOURCE_TYPE_UNSPECIFIED"
)

// srcErr builds the wanted InvalidSource error for the invalid values at the
// given positions (index, value, index, value, ...).
func srcErr(pairs ...any) *wantError {
	msg := func(i int, v string) string {
		return `Invalid value at 'sources[` + string(rune('0'+i)) + `]' (TYPE_ENUM), "` + v + `"`
	}
	w := &wantError{Kind: apierror.InvalidSource}
	for k := 0; k < len(pairs); k += 2 {
		i, v := pairs[k].(int), pairs[k+1].(string)
		if k == 0 {
			w.Message = msg(i, v)
		}
		w.Violations = append(w.Violations, apierror.FieldViolation{
			Field:       "sources[" + string(rune('0'+i)) + "]",
			Description: msg(i, v),
		})
	}
	return w
}

func TestParseSources(t *testing.T) {
	t.Parallel()
	P, C, D, O := mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact
	tests := []struct {
		name    string
		in      []string
		want    mask.Sources
		wantErr *wantError
	}{
		{"nil is not set: CONTACT+PROFILE", nil, mask.SourcesOf(P, C), nil},
		{"empty list is not set: CONTACT+PROFILE", []string{}, mask.SourcesOf(P, C), nil},
		{"PROFILE", []string{rsProfile}, mask.SourcesOf(P), nil},
		{"CONTACT", []string{rsContact}, mask.SourcesOf(C), nil},
		{"DOMAIN_CONTACT", []string{rsDomainContact}, mask.SourcesOf(D), nil},
		{"OTHER_CONTACT", []string{rsOtherContact}, mask.SourcesOf(O), nil},
		{"all four, any order", []string{rsOtherContact, rsContact, rsDomainContact, rsProfile}, mask.SourcesOf(P, C, D, O), nil},
		{"duplicates are fine", []string{rsContact, rsContact, rsProfile, rsContact}, mask.SourcesOf(P, C), nil},

		{"UNSPECIFIED", []string{rsUnspecified}, 0, srcErr(0, rsUnspecified)},
		{"empty string", []string{""}, 0, srcErr(0, "")},
		{"unknown name", []string{"FOO"}, 0, srcErr(0, "FOO")},
		{"Source type name instead of ReadSourceType", []string{"CONTACT"}, 0, srcErr(0, "CONTACT")},
		{"case-sensitive", []string{"read_source_type_contact"}, 0, srcErr(0, "read_source_type_contact")},
		{"not trimmed", []string{" " + rsContact}, 0, srcErr(0, " "+rsContact)},
		{"never split on commas", []string{rsContact + "," + rsProfile}, 0, srcErr(0, rsContact+","+rsProfile)},
		{"enum number rejected", []string{"2"}, 0, srcErr(0, "2")},
		{"enum number zero rejected", []string{"0"}, 0, srcErr(0, "0")},
		{"position of the first invalid value", []string{rsContact, "x"}, 0, srcErr(1, "x")},
		{"every invalid value reported", []string{rsContact, "x", "", rsProfile, "x"}, 0, srcErr(1, "x", 2, "", 4, "x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := mask.ParseSources(tt.in)
			if diff := cmp.Diff(tt.wantErr, errorOf(t, err)); diff != "" {
				t.Errorf("ParseSources(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if got != tt.want {
				t.Errorf("ParseSources(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDefaultSources(t *testing.T) {
	t.Parallel()
	got := mask.DefaultSources()
	if diff := cmp.Diff([]string{rsProfile, rsContact}, got.Values()); diff != "" {
		t.Errorf("DefaultSources().Values() mismatch (-want +got):\n%s", diff)
	}
}

// TestSelects pins which source types each ReadSource selects.
func TestSelects(t *testing.T) {
	t.Parallel()
	all := []person.Source_Type{
		person.Source_SOURCE_TYPE_UNSPECIFIED, person.Source_ACCOUNT, person.Source_PROFILE,
		person.Source_DOMAIN_PROFILE, person.Source_CONTACT, person.Source_OTHER_CONTACT,
		person.Source_DOMAIN_CONTACT, person.Source_Type(99),
	}
	tests := []struct {
		name string
		in   mask.Sources
		want []person.Source_Type
	}{
		{"PROFILE", mask.SourcesOf(mask.ReadSourceProfile), []person.Source_Type{person.Source_ACCOUNT, person.Source_PROFILE, person.Source_DOMAIN_PROFILE}},
		{"CONTACT", mask.SourcesOf(mask.ReadSourceContact), []person.Source_Type{person.Source_CONTACT}},
		{"DOMAIN_CONTACT", mask.SourcesOf(mask.ReadSourceDomainContact), []person.Source_Type{person.Source_DOMAIN_CONTACT}},
		{"OTHER_CONTACT", mask.SourcesOf(mask.ReadSourceOtherContact), []person.Source_Type{person.Source_OTHER_CONTACT}},
		{"default", mask.DefaultSources(), []person.Source_Type{person.Source_ACCOUNT, person.Source_PROFILE, person.Source_DOMAIN_PROFILE, person.Source_CONTACT}},
		{"all four", mask.SourcesOf(mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact), all[1:7]},
		{"none", 0, nil},
		{"UNSPECIFIED is left out", mask.SourcesOf(mask.ReadSourceUnspecified), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []person.Source_Type
			for _, st := range all {
				if tt.in.Selects(st) {
					got = append(got, st)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%v selects (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSelectsItem pins the rule for items: no source, or an empty one, is a
// contact item.
func TestSelectsItem(t *testing.T) {
	t.Parallel()
	name := func(md *person.FieldMetadata) person.Item { return &person.Name{Metadata: md} }
	src := func(st person.Source_Type, id string) *person.FieldMetadata {
		return &person.FieldMetadata{Source: &person.Source{Type: st, Id: id}}
	}
	contact, profile, other := mask.SourcesOf(mask.ReadSourceContact), mask.SourcesOf(mask.ReadSourceProfile), mask.SourcesOf(mask.ReadSourceOtherContact)
	tests := []struct {
		name string
		item person.Item
		want []bool // selected by contact, profile, other
	}{
		{"no metadata", name(nil), []bool{true, false, false}},
		{"metadata without source", name(&person.FieldMetadata{Primary: true}), []bool{true, false, false}},
		{"empty source", name(&person.FieldMetadata{Source: &person.Source{}}), []bool{true, false, false}},
		{"CONTACT", name(src(person.Source_CONTACT, "c1")), []bool{true, false, false}},
		{"CONTACT without id", name(src(person.Source_CONTACT, "")), []bool{true, false, false}},
		{"PROFILE", name(src(person.Source_PROFILE, "p1")), []bool{false, true, false}},
		{"ACCOUNT", name(src(person.Source_ACCOUNT, "a1")), []bool{false, true, false}},
		{"OTHER_CONTACT", name(src(person.Source_OTHER_CONTACT, "o1")), []bool{false, false, true}},
		{"id without type", name(src(person.Source_SOURCE_TYPE_UNSPECIFIED, "x")), []bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := []bool{contact.SelectsItem(tt.item), profile.SelectsItem(tt.item), other.SelectsItem(tt.item)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SelectsItem by contact, profile, other (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSourcesValues checks the canonical order of Values and that every
// non-empty set parses back from it.
func TestSourcesValues(t *testing.T) {
	t.Parallel()
	rss := []mask.ReadSource{mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact}
	for bits := 1; bits < 16; bits++ {
		var in []mask.ReadSource
		var want []string
		for i, rs := range rss {
			if bits&(1<<i) != 0 {
				in = append(in, rs)
				want = append(want, rs.String())
			}
		}
		s := mask.SourcesOf(in...)
		if diff := cmp.Diff(want, s.Values()); diff != "" {
			t.Errorf("SourcesOf(%v).Values() mismatch (-want +got):\n%s", in, diff)
		}
		if s.Len() != len(want) {
			t.Errorf("SourcesOf(%v).Len() = %d, want %d", in, s.Len(), len(want))
		}
		if got, err := mask.ParseSources(s.Values()); err != nil || got != s {
			t.Errorf("ParseSources(%q) = %v, %v; want %v, nil", s.Values(), got, err, s)
		}
	}
	if got := mask.Sources(0).Values(); len(got) != 0 {
		t.Errorf("Sources(0).Values() = %q, want none", got)
	}
	if diff := cmp.Diff(mask.SourcesOf(rss...).Values(), mask.Sources(0xff).Values()); diff != "" {
		t.Errorf("stray bits are ignored: Sources(0xff).Values() mismatch (-want +got):\n%s", diff)
	}
}

func TestReadSourceString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   mask.ReadSource
		want string
	}{
		{mask.ReadSourceUnspecified, rsUnspecified},
		{mask.ReadSourceProfile, rsProfile},
		{mask.ReadSourceContact, rsContact},
		{mask.ReadSourceDomainContact, rsDomainContact},
		{mask.ReadSourceOtherContact, rsOtherContact},
		{mask.ReadSource(9), "ReadSource(9)"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("ReadSource(%d).String() = %q, want %q", uint8(tt.in), got, tt.want)
		}
	}
	if got, want := mask.DefaultSources().String(), rsProfile+","+rsContact; got != want {
		t.Errorf("DefaultSources().String() = %q, want %q", got, want)
	}
	if mask.Sources(0xff).Has(mask.ReadSourceUnspecified) || mask.Sources(0xff).Has(mask.ReadSource(9)) {
		t.Error("Has(ReadSourceUnspecified) or Has(out of range) = true, want false")
	}
}
