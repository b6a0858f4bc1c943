// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

func TestMaskMethods(t *testing.T) {
	t.Parallel()
	u, err := mask.ParseUpdate("urls, email_addresses,names,urls")
	if err != nil {
		t.Fatal(err)
	}
	r, err := mask.ParseRead("urls,metadata, photos")
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Has    []bool // Has(names), Has(photos), Has(metadata)
		All    []person.Field
		Len    int
		String string
		Paths  []string
	}
	viewOf := func(has func(person.Field) bool, all []person.Field, n int, s string, fm *fieldmaskpb.FieldMask) view {
		return view{[]bool{has(person.FieldNames), has(person.FieldPhotos), has(person.FieldPersonMetadata)}, all, n, s, fm.GetPaths()}
	}
	tests := []struct {
		name string
		got  view
		want view
	}{
		{"Update", viewOf(u.Has, slices.Collect(u.All()), u.Len(), u.String(), u.FieldMask()), view{
			Has:    []bool{true, false, false},
			All:    []person.Field{person.FieldEmailAddresses, person.FieldNames, person.FieldUrls},
			Len:    3,
			String: "emailAddresses,names,urls",
			Paths:  []string{"email_addresses", "names", "urls"},
		}},
		{"Read", viewOf(r.Has, slices.Collect(r.All()), r.Len(), r.String(), r.FieldMask()), view{
			Has:    []bool{false, true, true},
			All:    []person.Field{person.FieldPersonMetadata, person.FieldPhotos, person.FieldUrls},
			Len:    3,
			String: "metadata,photos,urls",
			Paths:  []string{"metadata", "photos", "urls"},
		}},
		{"zero Update", viewOf(mask.Update{}.Has, slices.Collect(mask.Update{}.All()), mask.Update{}.Len(), mask.Update{}.String(), mask.Update{}.FieldMask()), view{
			Has: []bool{false, false, false},
		}},
		{"AllRead", viewOf(mask.AllRead().Has, nil, mask.AllRead().Len(), "", nil), view{
			Has: []bool{true, true, true},
			Len: 29,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, tt.got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func second[T any](_ T, err error) error { return err }

func TestOf(t *testing.T) {
	t.Parallel()
	all := person.AllFields | 1<<31 // a stray bit beyond the 29 fields
	if got, want := mask.UpdateOf(all).Fields(), person.UpdatableFields; got != want {
		t.Errorf("UpdateOf(all).Fields() = %v, want %v", got, want)
	}
	if got, want := mask.ReadOf(all), mask.AllRead(); got != want {
		t.Errorf("ReadOf(all) = %v, want %v", got, want)
	}
	if got, want := mask.UpdateOf(set(person.FieldPhotos, person.FieldNames)).String(), "names"; got != want {
		t.Errorf("UpdateOf(photos, names).String() = %q, want %q", got, want)
	}
}

// TestStringRoundTrip checks that every single field and the full sets parse
// back from String, and that String is the canonical form.
func TestStringRoundTrip(t *testing.T) {
	t.Parallel()
	var reads []person.FieldSet
	for f := range person.AllFields.All() {
		reads = append(reads, set(f))
	}
	reads = append(reads, person.AllFields, person.UpdatableFields, set(person.FieldUrls, person.FieldAddresses))
	for _, fs := range reads {
		r := mask.ReadOf(fs)
		got, err := mask.ParseRead(r.String())
		if err != nil || got != r {
			t.Errorf("ParseRead(%q) = %v, %v; want %v, nil", r.String(), got, err, r)
		}
		if fs&^person.UpdatableFields != 0 {
			continue
		}
		u := mask.UpdateOf(fs)
		gotU, err := mask.ParseUpdate(u.String())
		if err != nil || gotU != u {
			t.Errorf("ParseUpdate(%q) = %v, %v; want %v, nil", u.String(), gotU, err, u)
		}
	}
}

func TestFromFieldMask(t *testing.T) {
	t.Parallel()
	fm := func(paths ...string) *fieldmaskpb.FieldMask { return &fieldmaskpb.FieldMask{Paths: paths} }
	tests := []struct {
		name        string
		in          *fieldmaskpb.FieldMask
		wantUpdate  person.FieldSet
		wantUpdErr  *wantError
		wantRead    person.FieldSet
		wantReadErr *wantError
	}{
		{"nil", nil, 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask), person.AllFields, nil},
		{"no paths", fm(), 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask), person.AllFields, nil},
		{"only empty paths", fm("", " "), 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask), person.AllFields, nil},
		{"snake_case paths", fm("email_addresses", "names"), set(person.FieldEmailAddresses, person.FieldNames), nil, set(person.FieldEmailAddresses, person.FieldNames), nil},
		{"lowerCamelCase paths", fm("emailAddresses", "names"), set(person.FieldEmailAddresses, person.FieldNames), nil, set(person.FieldEmailAddresses, person.FieldNames), nil},
		{"trimmed and deduplicated", fm(" names", "names\t", ""), set(person.FieldNames), nil, set(person.FieldNames), nil},
		{"a path holding a comma is one invalid path", fm("names,urls"), 0,
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, "names,urls"), 0,
			pathErr(apierror.InvalidReadPath, msgReadPath, fieldReadMask, "names,urls")},
		{"readable only", fm("photos", "cover_photos"), 0,
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, "photos", "cover_photos"),
			set(person.FieldPhotos, person.FieldCoverPhotos), nil},
		{"person. prefix", fm("person.names"), 0,
			pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, "person.names"), 0,
			pathErr(apierror.InvalidReadPath, msgReadPath, fieldReadMask, "person.names")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			u, err := mask.UpdateFromFieldMask(tt.in)
			if diff := cmp.Diff(tt.wantUpdErr, errorOf(t, err)); diff != "" {
				t.Errorf("UpdateFromFieldMask error mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantUpdate, u.Fields()); diff != "" {
				t.Errorf("UpdateFromFieldMask fields mismatch (-want +got):\n%s", diff)
			}
			r, err := mask.ReadFromFieldMask(tt.in)
			if diff := cmp.Diff(tt.wantReadErr, errorOf(t, err)); diff != "" {
				t.Errorf("ReadFromFieldMask error mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRead, r.Fields()); diff != "" {
				t.Errorf("ReadFromFieldMask fields mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFieldMaskRoundTrip checks the FieldMask form: proto names, valid against
// Person, rendered by protojson as the query value, and converted back to the
// same mask.
func TestFieldMaskRoundTrip(t *testing.T) {
	t.Parallel()
	for f := range person.AllFields.All() {
		r := mask.ReadOf(set(f))
		fm := r.FieldMask()
		if !fm.IsValid(&person.Person{}) {
			t.Errorf("Read %v: FieldMask %v is not valid for Person", r, fm.GetPaths())
		}
		if got, err := mask.ReadFromFieldMask(fm); err != nil || got != r {
			t.Errorf("ReadFromFieldMask(%v) = %v, %v; want %v, nil", fm.GetPaths(), got, err, r)
		}
		if !f.Updatable() {
			continue
		}
		u := mask.UpdateOf(set(f))
		if got, err := mask.UpdateFromFieldMask(u.FieldMask()); err != nil || got != u {
			t.Errorf("UpdateFromFieldMask(%v) = %v, %v; want %v, nil", u.FieldMask().GetPaths(), got, err, u)
		}
	}

	u, err := mask.ParseUpdate("phoneNumbers,emailAddresses,names")
	if err != nil {
		t.Fatal(err)
	}
	b, err := protojson.Marshal(u.FieldMask())
	if err != nil {
		t.Fatalf("protojson.Marshal(%v): %v", u.FieldMask(), err)
	}
	if got, want := string(b), `"emailAddresses,names,phoneNumbers"`; got != want {
		t.Errorf("protojson of FieldMask = %s, want %s", got, want)
	}
	var back fieldmaskpb.FieldMask
	if err := protojson.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if got, err := mask.UpdateFromFieldMask(&back); err != nil || got != u {
		t.Errorf("UpdateFromFieldMask(protojson round trip %v) = %v, %v; want %v, nil", back.GetPaths(), got, err, u)
	}
	if got, err := mask.ReadFromFieldMask(mask.AllRead().FieldMask()); err != nil || got != mask.AllRead() {
		t.Errorf("ReadFromFieldMask(AllRead().FieldMask()) = %v, %v; want AllRead", got, err)
	}
}
