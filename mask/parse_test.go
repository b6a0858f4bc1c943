// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

// The API's messages, written out in full (SPEC §2).
const (
	docs            = ` Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/`
	msgMissingUpd   = `updatePersonFields mask is required. Please specify one or more valid paths.` + docs + `updateContact.`
	msgMissingRead  = `personFields mask is required. Please specify one or more valid paths.` + docs + `get.`
	fieldUpdateMask = "update_person_fields"
	fieldReadMask   = "person_fields"
)

func msgUpdatePath(p string) string {
	return `Invalid updatePersonFields mask path: "` + p + `".` + docs + `updateContact.`
}

func msgReadPath(p string) string {
	return `Invalid personFields mask path: "` + p + `".` + docs + `updateContact.`
}

func msgReadPathGet(p string) string {
	return `Invalid personFields mask path: "` + p + `".` + docs + `get.`
}

// wantError is what a test checks of an *apierror.Error.
type wantError struct {
	Kind       apierror.Kind
	Message    string
	Violations []apierror.FieldViolation
}

// errorOf returns the parts of err a test compares, or nil for a nil err. It
// fails the test if err is not an *apierror.Error.
func errorOf(t *testing.T, err error) *wantError {
	t.Helper()
	if err == nil {
		return nil
	}
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	return &wantError{Kind: e.Kind, Message: e.Message, Violations: e.Violations}
}

// pathErr builds the wanted error for invalid paths: the message names the
// first, one violation per path on field.
func pathErr(kind apierror.Kind, msg func(string) string, field string, paths ...string) *wantError {
	w := &wantError{Kind: kind, Message: msg(paths[0])}
	for _, p := range paths {
		w.Violations = append(w.Violations, apierror.FieldViolation{Field: field, Description: msg(p)})
	}
	return w
}

func missing(kind apierror.Kind, msg, field string) *wantError {
	return &wantError{Kind: kind, Message: msg, Violations: []apierror.FieldViolation{{Field: field, Description: msg}}}
}

func set(fs ...person.Field) person.FieldSet { return person.FieldSetOf(fs...) }

// names returns the JSON (or proto) names of the fields of fs, in canonical order.
func names(fs person.FieldSet, proto bool) []string {
	var out []string
	for f := range fs.All() {
		if proto {
			out = append(out, f.ProtoName())
		} else {
			out = append(out, f.JSONName())
		}
	}
	return out
}

func TestParseUpdate(t *testing.T) {
	t.Parallel()
	updErr := func(paths ...string) *wantError {
		return pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, paths...)
	}
	tests := []struct {
		name       string
		in         string
		wantFields person.FieldSet
		wantErr    *wantError
	}{
		{"one path", "names", set(person.FieldNames), nil},
		{"three paths", "names,emailAddresses,phoneNumbers", set(person.FieldNames, person.FieldEmailAddresses, person.FieldPhoneNumbers), nil},
		{"all 24 in lowerCamelCase", strings.Join(names(person.UpdatableFields, false), ","), person.UpdatableFields, nil},
		{"all 24 in snake_case", strings.Join(names(person.UpdatableFields, true), ","), person.UpdatableFields, nil},
		{"snake_case alias", "email_addresses,phone_numbers", set(person.FieldEmailAddresses, person.FieldPhoneNumbers), nil},
		{"snake_case of a one-word name is the same name", "names", set(person.FieldNames), nil},
		{"repeated path counts once", "names,names,names", set(person.FieldNames), nil},
		{"repeated under both spellings counts once", "emailAddresses,email_addresses", set(person.FieldEmailAddresses), nil},
		{"order does not matter", "urls,names", set(person.FieldNames, person.FieldUrls), nil},
		{"spaces around paths trimmed", " names , urls ", set(person.FieldNames, person.FieldUrls), nil},
		{"ASCII whitespace trimmed", "\t\n\v\f\r names\r\n,\turls\t", set(person.FieldNames, person.FieldUrls), nil},
		{"empty segment skipped", "names,,urls", set(person.FieldNames, person.FieldUrls), nil},
		{"trailing comma skipped", "names,", set(person.FieldNames), nil},
		{"leading comma skipped", ",names", set(person.FieldNames), nil},
		{"whitespace-only segment skipped", "names, \t ,urls", set(person.FieldNames, person.FieldUrls), nil},
		{"memberships", "memberships", set(person.FieldMemberships), nil},
		{"userDefined and clientData", "userDefined,clientData", set(person.FieldUserDefined, person.FieldClientData), nil},

		{"empty", "", 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask)},
		{"one comma", ",", 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask)},
		{"only commas", ",,,", 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask)},
		{"only whitespace", " \t ", 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask)},
		{"only empty segments with whitespace", " , ", 0, missing(apierror.MissingUpdateMask, msgMissingUpd, fieldUpdateMask)},

		{"readable but not updatable: photos", "photos", 0, updErr("photos")},
		{"readable but not updatable: metadata", "metadata", 0, updErr("metadata")},
		{"readable but not updatable: ageRanges", "ageRanges", 0, updErr("ageRanges")},
		{"readable but not updatable: age_ranges", "age_ranges", 0, updErr("age_ranges")},
		{"readable but not updatable: coverPhotos", "coverPhotos", 0, updErr("coverPhotos")},
		{"readable but not updatable: skills", "skills", 0, updErr("skills")},
		{"no mask path: etag", "etag", 0, updErr("etag")},
		{"no mask path: resourceName", "resourceName", 0, updErr("resourceName")},
		{"deprecated: residences", "residences", 0, updErr("residences")},
		{"deprecated: braggingRights", "braggingRights", 0, updErr("braggingRights")},
		{"person. prefix", "person.names", 0, updErr("person.names")},
		{"sub-field path", "names.givenName", 0, updErr("names.givenName")},
		{"wildcard", "*", 0, updErr("*")},
		{"case-sensitive", "Names", 0, updErr("Names")},
		{"case-sensitive camel", "EmailAddresses", 0, updErr("EmailAddresses")},
		{"all lower case", "emailaddresses", 0, updErr("emailaddresses")},
		{"mixed spelling", "email_Addresses", 0, updErr("email_Addresses")},
		{"inner space", "email Addresses", 0, updErr("email Addresses")},
		{"named as given after trimming", "  photos\t", 0, updErr("photos")},
		{"first invalid named, all reported", "photos,names,foo", 0, updErr("photos", "foo")},
		{"invalid after valid", "names,photos", 0, updErr("photos")},
		{"case, wildcard and readable-only all reported", "names,Names,*,photos", 0, updErr("Names", "*", "photos")},
		{"invalid among empty segments", ",,photos,", 0, updErr("photos")},
		{"invalid path reported once", "photos,photos, photos", 0, updErr("photos")},
		{"distinct spellings reported each", "photos,Photos", 0, updErr("photos", "Photos")},
		{"NBSP is not trimmed", "\u00a0names", 0, &wantError{
			Kind:       apierror.InvalidUpdatePath,
			Message:    `Invalid updatePersonFields mask path: "\u00a0names".` + docs + `updateContact.`,
			Violations: []apierror.FieldViolation{{Field: fieldUpdateMask, Description: `Invalid updatePersonFields mask path: "\u00a0names".` + docs + `updateContact.`}},
		}},
		{"control character quoted", "na\x00mes", 0, &wantError{
			Kind:       apierror.InvalidUpdatePath,
			Message:    `Invalid updatePersonFields mask path: "na\x00mes".` + docs + `updateContact.`,
			Violations: []apierror.FieldViolation{{Field: fieldUpdateMask, Description: `Invalid updatePersonFields mask path: "na\x00mes".` + docs + `updateContact.`}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := mask.ParseUpdate(tt.in)
			if diff := cmp.Diff(tt.wantErr, errorOf(t, err)); diff != "" {
				t.Errorf("ParseUpdate(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.wantFields, got.Fields()); diff != "" {
				t.Errorf("ParseUpdate(%q) fields mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err != nil && got != (mask.Update{}) {
				t.Errorf("ParseUpdate(%q) = %v with an error, want the zero Update", tt.in, got)
			}
		})
	}
}

func TestParseRead(t *testing.T) {
	t.Parallel()
	readErr := func(paths ...string) *wantError {
		return pathErr(apierror.InvalidReadPath, msgReadPath, fieldReadMask, paths...)
	}
	tests := []struct {
		name       string
		in         string
		wantFields person.FieldSet
		wantErr    *wantError
	}{
		{"empty is not set: all 29", "", person.AllFields, nil},
		{"only a comma is not set: all 29", ",", person.AllFields, nil},
		{"only empty segments are not set: all 29", " , ,\t", person.AllFields, nil},
		{"one path", "names", set(person.FieldNames), nil},
		{"metadata", "metadata", set(person.FieldPersonMetadata), nil},
		{"readable only fields", "photos,coverPhotos,ageRanges,skills", set(person.FieldPhotos, person.FieldCoverPhotos, person.FieldAgeRanges, person.FieldSkills), nil},
		{"all 29 in lowerCamelCase", strings.Join(names(person.AllFields, false), ","), person.AllFields, nil},
		{"all 29 in snake_case", strings.Join(names(person.AllFields, true), ","), person.AllFields, nil},
		{"snake_case alias", "names,email_addresses,phone_numbers", set(person.FieldNames, person.FieldEmailAddresses, person.FieldPhoneNumbers), nil},
		{"repeated under both spellings counts once", "cover_photos,coverPhotos", set(person.FieldCoverPhotos), nil},
		{"whitespace trimmed", " names ,\tmetadata\n", set(person.FieldNames, person.FieldPersonMetadata), nil},

		{"unknown path", "names,notes", 0, readErr("notes")},
		{"etag is no path", "etag", 0, readErr("etag")},
		{"person. prefix", "person.names", 0, readErr("person.names")},
		{"sub-field path", "names.givenName", 0, readErr("names.givenName")},
		{"wildcard", "*", 0, readErr("*")},
		{"case-sensitive", "Metadata", 0, readErr("Metadata")},
		{"every invalid path reported", "x,names,y,x", 0, readErr("x", "y")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := mask.ParseRead(tt.in)
			if diff := cmp.Diff(tt.wantErr, errorOf(t, err)); diff != "" {
				t.Errorf("ParseRead(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.wantFields, got.Fields()); diff != "" {
				t.Errorf("ParseRead(%q) fields mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseReadRequired(t *testing.T) {
	t.Parallel()
	getErr := func(paths ...string) *wantError {
		return pathErr(apierror.InvalidReadPath, msgReadPathGet, fieldReadMask, paths...)
	}
	tests := []struct {
		name       string
		in         string
		wantFields person.FieldSet
		wantErr    *wantError
	}{
		{"empty", "", 0, missing(apierror.MissingReadMask, msgMissingRead, fieldReadMask)},
		{"only empty segments", " , ", 0, missing(apierror.MissingReadMask, msgMissingRead, fieldReadMask)},
		{"one path", "names", set(person.FieldNames), nil},
		{"snake_case alias", "email_addresses", set(person.FieldEmailAddresses), nil},
		{"unknown path", "metadfafads", 0, getErr("metadfafads")},
		{"every invalid path reported", "names,notes,x", 0, getErr("notes", "x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := mask.Get.ParseRead(tt.in)
			if diff := cmp.Diff(tt.wantErr, errorOf(t, err)); diff != "" {
				t.Errorf("ParseReadRequired(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.wantFields, got.Fields()); diff != "" {
				t.Errorf("ParseReadRequired(%q) fields mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestErrorsIs checks that the errors match their sentinels.
func TestErrorsIs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  error
		want apierror.Kind
	}{
		{"MissingUpdateMask", second(mask.ParseUpdate("")), apierror.MissingUpdateMask},
		{"InvalidUpdatePath", second(mask.ParseUpdate("photos")), apierror.InvalidUpdatePath},
		{"InvalidReadPath", second(mask.ParseRead("x")), apierror.InvalidReadPath},
		{"MissingReadMask", second(mask.Get.ParseRead("")), apierror.MissingReadMask},
		{"InvalidReadPathGet", second(mask.Get.ParseRead("x")), apierror.InvalidReadPath},
		{"InvalidSource", second(mask.ParseSources([]string{"x"})), apierror.InvalidSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if !errors.Is(tt.err, tt.want) {
				t.Errorf("errors.Is(%v, %v) = false, want true", tt.err, tt.want)
			}
			var e *apierror.Error
			if errors.As(tt.err, &e) && (e.Code != 400 || e.Status != "INVALID_ARGUMENT" || e.Reason != "badRequest") {
				t.Errorf("error %v: code %d, status %q, reason %q; want 400 INVALID_ARGUMENT badRequest", e, e.Code, e.Status, e.Reason)
			}
		})
	}
}

func second[T any](_ T, err error) error { return err }

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
