// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// The mask path lists of SPEC.md §2.
var (
	specUpdatable = strings.Fields(`addresses biographies birthdays calendarUrls clientData emailAddresses
		events externalIds genders imClients interests locales locations memberships miscKeywords
		names nicknames occupations organizations phoneNumbers relations sipAddresses urls userDefined`)
	specReadable  = sorted(append(strings.Fields("ageRanges coverPhotos metadata photos skills"), specUpdatable...))
	specSingleton = []string{"biographies", "birthdays", "genders", "names"}
	// Person fields that are no mask path: the resource name and etag, and the
	// deprecated fields.
	notFields = []string{"ageRange", "braggingRights", "etag", "fileAses", "relationshipInterests",
		"relationshipStatuses", "residences", "resourceName", "taglines"}
)

// allFields returns the 29 fields in canonical order.
func allFields() []person.Field {
	var fs []person.Field
	for f := range person.Field(person.NumFields) {
		fs = append(fs, f)
	}
	return fs
}

// TestFieldTable checks the field table against the generated descriptor and
// the mask path lists of the SPEC.
func TestFieldTable(t *testing.T) {
	if person.NumFields != 29 {
		t.Fatalf("NumFields = %d, want 29", person.NumFields)
	}
	pd := (*person.Person)(nil).ProtoReflect().Descriptor()
	var jsonNames, updatable, singleton []string
	inTable := map[string]bool{}
	for _, f := range allFields() {
		jsonNames = append(jsonNames, f.JSONName())
		inTable[f.JSONName()] = true
		if f.Updatable() {
			updatable = append(updatable, f.JSONName())
		}
		if f.Singleton() {
			singleton = append(singleton, f.JSONName())
		}
		fd := pd.Fields().ByName(protoreflect.Name(f.ProtoName()))
		if fd == nil {
			t.Errorf("%v: Person has no field %q", f, f.ProtoName())
			continue
		}
		if fd.JSONName() != f.JSONName() {
			t.Errorf("%v: JSONName() = %q, descriptor says %q", f, f.JSONName(), fd.JSONName())
		}
		if f.String() != f.JSONName() || !f.IsValid() {
			t.Errorf("%v: String() = %q, IsValid() = %t", f, f.String(), f.IsValid())
		}
		if f.Repeated() != fd.IsList() {
			t.Errorf("%v: Repeated() = %t, descriptor says %t", f, f.Repeated(), fd.IsList())
		}
		if f.Repeated() {
			if got, want := f.NewItem().ProtoReflect().Descriptor().FullName(), fd.Message().FullName(); got != want {
				t.Errorf("%v: NewItem() is a %s, want %s", f, got, want)
			}
		} else if f != person.FieldPersonMetadata {
			t.Errorf("%v is not repeated; only metadata may be", f)
		}
	}
	if diff := cmp.Diff(specReadable, jsonNames); diff != "" {
		t.Errorf("fields in canonical order mismatch with the 29 readable paths (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(sorted(specUpdatable), updatable); diff != "" {
		t.Errorf("updatable fields mismatch with the 24 paths of SPEC §2 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(specSingleton, singleton); diff != "" {
		t.Errorf("singleton fields mismatch (-want +got):\n%s", diff)
	}
	var rest []string
	for i := range pd.Fields().Len() {
		if name := pd.Fields().Get(i).JSONName(); !inTable[name] {
			rest = append(rest, name)
		}
	}
	if diff := cmp.Diff(notFields, sorted(rest)); diff != "" {
		t.Errorf("Person fields outside the table mismatch (-want +got):\n%s", diff)
	}
	if f := person.Field(person.NumFields); f.IsValid() || f.String() != "Field(invalid)" {
		t.Errorf("Field(NumFields): IsValid() = %t, String() = %q", f.IsValid(), f.String())
	}
}

func TestFieldByName(t *testing.T) {
	for _, f := range allFields() {
		for _, name := range []string{f.JSONName(), f.ProtoName()} {
			if got, ok := person.FieldByName(name); !ok || got != f {
				t.Errorf("FieldByName(%q) = %v, %t; want %v, true", name, got, ok, f)
			}
		}
	}
	for _, name := range []string{"", "EmailAddresses", "emailaddresses", "email-addresses", "person.names", "names.givenName", "etag", "resourceName", "fileAses", "*"} {
		if got, ok := person.FieldByName(name); ok {
			t.Errorf("FieldByName(%q) = %v, true; want false", name, got)
		}
	}
}

// TestFieldItems exercises the item methods on every repeated field.
func TestFieldItems(t *testing.T) {
	for _, f := range allFields() {
		if !f.Repeated() {
			continue
		}
		t.Run(f.String(), func(t *testing.T) {
			p := &person.Person{}
			if f.Has(p) || f.Len(p) != 0 || f.Len(nil) != 0 {
				t.Fatalf("empty person: Has = %t, Len = %d", f.Has(p), f.Len(p))
			}
			items := make([]person.Item, 3)
			for i := range items {
				items[i] = f.NewItem()
				if proto.Size(items[i]) != 0 {
					t.Fatalf("NewItem() is not empty: %v", items[i])
				}
				f.Append(p, items[i])
			}
			if !f.Has(p) || f.Len(p) != 3 {
				t.Fatalf("after 3 Appends: Has = %t, Len = %d", f.Has(p), f.Len(p))
			}
			for i, it := range f.Items(p) {
				if it != items[i] || f.At(p, i) != items[i] {
					t.Errorf("item %d is not the appended one", i)
				}
			}
			n := 0
			for range f.Items(p) {
				n++
				break
			}
			if n != 1 {
				t.Errorf("Items went on after break: %d items", n)
			}
			repl := f.NewItem()
			f.Set(p, 1, repl)
			if f.At(p, 1) != repl || f.At(p, 0) != items[0] || f.At(p, 2) != items[2] {
				t.Errorf("Set(1) did not replace item 1 only")
			}
			f.Truncate(p, 1)
			if f.Len(p) != 1 || f.At(p, 0) != items[0] {
				t.Errorf("Truncate(1): Len = %d", f.Len(p))
			}
			f.Truncate(p, 0)
			if f.Has(p) || p.ProtoReflect().Has(fieldDesc(f)) {
				t.Errorf("Truncate(0) left the field set")
			}
			f.Append(p, items[2])
			f.Reset(p, 5)
			if f.Len(p) != 0 {
				t.Errorf("Reset: Len = %d", f.Len(p))
			}
			f.Append(p, items[0])
			if f.Len(p) != 1 || f.At(p, 0) != items[0] {
				t.Errorf("Append after Reset: Len = %d", f.Len(p))
			}
			f.Clear(p)
			if f.Has(p) || !proto.Equal(p, &person.Person{}) {
				t.Errorf("Clear left %v", p)
			}
		})
	}
}

// TestFieldSetsTheRightField checks that each Field's methods touch its own
// Person field and no other.
func TestFieldSetsTheRightField(t *testing.T) {
	for _, f := range allFields() {
		if !f.Repeated() {
			continue
		}
		p := &person.Person{}
		f.Append(p, f.NewItem())
		fd := fieldDesc(f)
		p.ProtoReflect().Range(func(got protoreflect.FieldDescriptor, _ protoreflect.Value) bool {
			if got != fd {
				t.Errorf("%v.Append set %s", f, got.Name())
			}
			return true
		})
		if p.ProtoReflect().Get(fd).List().Len() != 1 {
			t.Errorf("%v.Append did not set %s", f, fd.Name())
		}
	}
}

func TestFieldMetadata(t *testing.T) {
	f := person.FieldPersonMetadata
	p := &person.Person{}
	if f.Repeated() || f.Has(p) || f.Len(p) != 0 || f.JSONName() != "metadata" || f.ProtoName() != "metadata" {
		t.Errorf("metadata: Repeated %t, Has %t, Len %d, names %q %q", f.Repeated(), f.Has(p), f.Len(p), f.JSONName(), f.ProtoName())
	}
	n := 0
	for range f.Items(p) {
		n++
	}
	if n != 0 {
		t.Errorf("metadata has %d items", n)
	}
	p.Metadata = &person.PersonMetadata{}
	if !f.Has(p) {
		t.Errorf("Has: metadata is set")
	}
	f.Clear(p)
	if p.Metadata != nil {
		t.Errorf("Clear left metadata")
	}
}

func TestFieldPanics(t *testing.T) {
	tests := []struct {
		desc string
		fn   func()
	}{
		{"Append of another type", func() { person.FieldNames.Append(&person.Person{}, &person.EmailAddress{}) }},
		{"Set of another type", func() {
			p := &person.Person{Names: []*person.Name{{}}}
			person.FieldNames.Set(p, 0, &person.Url{})
		}},
		{"At out of range", func() { person.FieldUrls.At(&person.Person{}, 0) }},
		{"Set out of range", func() { person.FieldUrls.Set(&person.Person{}, 0, &person.Url{}) }},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("no panic")
				}
			}()
			tc.fn()
		})
	}
}

func TestFieldSet(t *testing.T) {
	if got := person.AllFields.Len(); got != 29 {
		t.Errorf("AllFields.Len() = %d, want 29", got)
	}
	if got := person.AllFields.String(); got != strings.Join(specReadable, ",") {
		t.Errorf("AllFields.String() = %q", got)
	}
	if got := person.UpdatableFields.Len(); got != 24 {
		t.Errorf("UpdatableFields.Len() = %d, want 24", got)
	}
	if got, want := person.UpdatableFields.String(), strings.Join(sorted(specUpdatable), ","); got != want {
		t.Errorf("UpdatableFields.String() = %q, want %q", got, want)
	}
	for _, f := range allFields() {
		if person.UpdatableFields.Has(f) != f.Updatable() || !person.AllFields.Has(f) {
			t.Errorf("%v: in UpdatableFields %t, Updatable %t", f, person.UpdatableFields.Has(f), f.Updatable())
		}
	}

	var s person.FieldSet
	if !s.IsEmpty() || s.Len() != 0 || s.String() != "" || s.Has(person.FieldNames) {
		t.Errorf("zero FieldSet: IsEmpty %t, Len %d, String %q", s.IsEmpty(), s.Len(), s.String())
	}
	s = s.With(person.FieldUrls).With(person.FieldNames).With(person.FieldAddresses).With(person.FieldNames)
	if s.IsEmpty() || s.Len() != 3 || s.String() != "addresses,names,urls" {
		t.Errorf("s = %q, Len %d", s.String(), s.Len())
	}
	if s != person.FieldSetOf(person.FieldNames, person.FieldUrls, person.FieldAddresses) {
		t.Errorf("With and FieldSetOf disagree")
	}
	if got := slices.Collect(s.All()); !slices.Equal(got, []person.Field{person.FieldAddresses, person.FieldNames, person.FieldUrls}) {
		t.Errorf("All() = %v", got)
	}
	for f := range s.All() {
		if f != person.FieldAddresses {
			t.Errorf("All went on after break")
		}
		break
	}
	s = s.Without(person.FieldNames).Without(person.FieldPhotos)
	if s.String() != "addresses,urls" || s.Has(person.FieldNames) || !s.Has(person.FieldUrls) {
		t.Errorf("after Without: %q", s.String())
	}
	if s.Has(person.Field(person.NumFields)) || person.FieldSet(0xffffffff).Has(person.Field(40)) {
		t.Errorf("Has of an invalid field")
	}
	if junk := person.FieldSet(1 << 31); junk.Len() != 0 || !junk.IsEmpty() || junk.String() != "" {
		t.Errorf("bits beyond the 29 fields count: Len %d", junk.Len())
	}
	if person.FieldSetOf() != 0 || person.FieldSetOf(person.FieldPersonMetadata).String() != "metadata" {
		t.Errorf("FieldSetOf")
	}
}

func TestSources(t *testing.T) {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "c1"}
	profile := &person.Source{Type: person.Source_PROFILE, Id: "p1"}
	p := &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{profile, contact, {Type: person.Source_CONTACT, Id: "c2"}}}}
	if got := p.ContactSource(); got != contact {
		t.Errorf("ContactSource() = %v, want the first CONTACT source", got)
	}
	if got := (&person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{profile}}}).ContactSource(); got != nil {
		t.Errorf("ContactSource() of a profile = %v", got)
	}
	if (*person.Person)(nil).ContactSource() != nil || (&person.Person{}).ContactSource() != nil {
		t.Errorf("ContactSource() of an empty person")
	}
	item := func(s *person.Source) person.Item { return &person.Name{Metadata: &person.FieldMetadata{Source: s}} }
	tests := []struct {
		desc string
		it   person.Item
		want bool
	}{
		{"no metadata", &person.Name{}, true},
		{"no source", &person.Name{Metadata: &person.FieldMetadata{}}, true},
		{"empty source", item(&person.Source{}), true},
		{"the contact source", item(&person.Source{Type: person.Source_CONTACT, Id: "c1"}), true},
		{"CONTACT without id", item(&person.Source{Type: person.Source_CONTACT}), true},
		{"another contact", item(&person.Source{Type: person.Source_CONTACT, Id: "c2"}), false},
		{"profile", item(profile), false},
		{"id without type", item(&person.Source{Id: "c1"}), false},
	}
	for _, tc := range tests {
		if got := person.IsContactItem(tc.it, contact); got != tc.want {
			t.Errorf("IsContactItem(%s) = %t, want %t", tc.desc, got, tc.want)
		}
	}
	if person.SourceOf(item(profile)) != profile || person.SourceOf(&person.Url{}) != nil {
		t.Errorf("SourceOf")
	}
}

// fieldDesc returns the descriptor of f's Person field.
func fieldDesc(f person.Field) protoreflect.FieldDescriptor {
	fd := (*person.Person)(nil).ProtoReflect().Descriptor().Fields().ByName(protoreflect.Name(f.ProtoName()))
	if fd == nil {
		panic(fmt.Sprintf("no field %s", f.ProtoName()))
	}
	return fd
}

func TestIsOutputOnly(t *testing.T) {
	name := (*person.Name)(nil).ProtoReflect().Descriptor().Fields()
	for _, tt := range []struct {
		fd   protoreflect.FieldDescriptor
		want bool
	}{
		{name.ByName("display_name"), true},
		{name.ByName("display_name_last_first"), true},
		{name.ByName("unstructured_name"), false},
		{name.ByName("given_name"), false},
		{(*person.PhoneNumber)(nil).ProtoReflect().Descriptor().Fields().ByName("canonical_form"), true},
		{(*person.Membership)(nil).ProtoReflect().Descriptor().Fields().ByName("domain_membership"), true},
	} {
		if got := person.IsOutputOnly(tt.fd); got != tt.want {
			t.Errorf("IsOutputOnly(%s) = %t, want %t", tt.fd.FullName(), got, tt.want)
		}
	}
}
