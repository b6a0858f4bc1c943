// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// A parseTest is one case of a mask parser: its input, and the fields or
// the error it gives.
type parseTest struct {
	name       string
	in         string
	wantFields person.FieldSet
	wantErr    *wantError
}

// check compares fields and err, what the parser fn gave for tt.in, with
// what tt wants.
func (tt *parseTest) check(t *testing.T, fn string, fields person.FieldSet, err error) {
	t.Helper()
	if diff := cmp.Diff(tt.wantErr, errorOf(t, err)); diff != "" {
		t.Errorf("%s(%q) error mismatch (-want +got):\n%s", fn, tt.in, diff)
	}
	if diff := cmp.Diff(tt.wantFields, fields); diff != "" {
		t.Errorf("%s(%q) fields mismatch (-want +got):\n%s", fn, tt.in, diff)
	}
}

func TestParseUpdate(t *testing.T) {
	t.Parallel()
	updErr := func(paths ...string) *wantError {
		return pathErr(apierror.InvalidUpdatePath, msgUpdatePath, fieldUpdateMask, paths...)
	}
	tests := []parseTest{
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
			tt.check(t, "ParseUpdate", got.Fields(), err)
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
	tests := []parseTest{
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
			tt.check(t, "ParseRead", got.Fields(), err)
		})
	}
}

func TestParseReadRequired(t *testing.T) {
	t.Parallel()
	getErr := func(paths ...string) *wantError {
		return pathErr(apierror.InvalidReadPath, msgReadPathGet, fieldReadMask, paths...)
	}
	tests := []parseTest{
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
			tt.check(t, "ParseReadRequired", got.Fields(), err)
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
