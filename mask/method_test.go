// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

const docsPrefix = "https://developers.google.com/people/api/rest/v1/"

// TestMethodTexts pins, for every Method, what an empty and an invalid mask
// answer: the parameter the message names, the field at fault and the page.
func TestMethodTexts(t *testing.T) {
	t.Parallel()
	type wantErr struct {
		Kind    apierror.Kind
		Message string
		Field   string
	}
	missing := func(k apierror.Kind, param, field, page string) *wantErr {
		return &wantErr{k, param + " mask is required. Please specify one or more valid paths. Valid paths are documented at " + docsPrefix + page + ".", field}
	}
	invalid := func(k apierror.Kind, param, field, page string) *wantErr {
		return &wantErr{k, "Invalid " + param + ` mask path: "nope". Valid paths are documented at ` + docsPrefix + page + ".", field}
	}
	tests := []struct {
		m             mask.Method
		wantName      string
		wantEmptyRead *wantErr // nil: no error
		wantReadAll   bool     // an empty read mask gives AllRead (else the zero Read)
		wantBadRead   *wantErr
		wantEmptyUpd  *wantErr // nil: the method has no update mask
		wantBadUpd    *wantErr
	}{
		{mask.UpdateContact, "people.people.updateContact", nil, true,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people/updateContact"),
			missing(apierror.MissingUpdateMask, "updatePersonFields", "update_person_fields", "people/updateContact"),
			invalid(apierror.InvalidUpdatePath, "updatePersonFields", "update_person_fields", "people/updateContact")},
		{mask.CreateContact, "people.people.createContact", nil, true,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people/createContact"), nil, nil},
		{mask.Get, "people.people.get", missing(apierror.MissingReadMask, "personFields", "person_fields", "people/get"), false,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people/get"), nil, nil},
		{mask.GetBatchGet, "people.people.getBatchGet", missing(apierror.MissingReadMask, "personFields", "person_fields", "people/getBatchGet"), false,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people/getBatchGet"), nil, nil},
		{mask.ListConnections, "people.people.connections.list", missing(apierror.MissingReadMask, "personFields", "person_fields", "people.connections/list"), false,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people.connections/list"), nil, nil},
		{mask.BatchCreateContacts, "people.people.batchCreateContacts", nil, false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "people/batchCreateContacts"), nil, nil},
		{mask.BatchUpdateContacts, "people.people.batchUpdateContacts", nil, false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "people/batchUpdateContacts"),
			missing(apierror.MissingUpdateMask, "updateMask", "update_mask", "people/batchUpdateContacts"),
			invalid(apierror.InvalidUpdatePath, "updateMask", "update_mask", "people/batchUpdateContacts")},
		{mask.SearchContacts, "people.people.searchContacts", missing(apierror.MissingReadMask, "readMask", "read_mask", "people/searchContacts"), false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "people/searchContacts"), nil, nil},
		{mask.ListOtherContacts, "people.otherContacts.list", missing(apierror.MissingReadMask, "readMask", "read_mask", "otherContacts/list"), false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "otherContacts/list"), nil, nil},
		{mask.SearchOtherContacts, "people.otherContacts.search", missing(apierror.MissingReadMask, "readMask", "read_mask", "otherContacts/search"), false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "otherContacts/search"), nil, nil},
		{mask.CopyOtherContactToMyContactsGroup, "people.otherContacts.copyOtherContactToMyContactsGroup", nil, false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "otherContacts/copyOtherContactToMyContactsGroup"),
			missing(apierror.MissingUpdateMask, "copyMask", "copy_mask", "otherContacts/copyOtherContactToMyContactsGroup"),
			invalid(apierror.InvalidUpdatePath, "copyMask", "copy_mask", "otherContacts/copyOtherContactToMyContactsGroup")},
		{mask.ListDirectoryPeople, "people.people.listDirectoryPeople", missing(apierror.MissingReadMask, "readMask", "read_mask", "people/listDirectoryPeople"), false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "people/listDirectoryPeople"), nil, nil},
		{mask.SearchDirectoryPeople, "people.people.searchDirectoryPeople", missing(apierror.MissingReadMask, "readMask", "read_mask", "people/searchDirectoryPeople"), false,
			invalid(apierror.InvalidReadPath, "readMask", "read_mask", "people/searchDirectoryPeople"), nil, nil},
		{mask.UpdateContactPhoto, "people.people.updateContactPhoto", nil, false,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people/updateContactPhoto"), nil, nil},
		{mask.DeleteContactPhoto, "people.people.deleteContactPhoto", nil, false,
			invalid(apierror.InvalidReadPath, "personFields", "person_fields", "people/deleteContactPhoto"), nil, nil},
	}
	asWant := func(err error) *wantErr {
		var e *apierror.Error
		if !errors.As(err, &e) {
			return nil
		}
		return &wantErr{e.Kind, e.Message, e.Field()}
	}
	for _, tt := range tests {
		t.Run(tt.wantName, func(t *testing.T) {
			t.Parallel()
			if got := tt.m.String(); got != tt.wantName {
				t.Errorf("String() = %q, want %q", got, tt.wantName)
			}
			r, err := tt.m.ParseRead(" , ")
			if diff := cmp.Diff(tt.wantEmptyRead, asWant(err)); diff != "" {
				t.Errorf("ParseRead(empty) error mismatch (-want +got):\n%s", diff)
			}
			if err == nil {
				want := mask.Read{}
				if tt.wantReadAll {
					want = mask.AllRead()
				}
				if r != want {
					t.Errorf("ParseRead(empty) = %v, want %v", r, want)
				}
			}
			_, err = tt.m.ParseRead("names,nope")
			if diff := cmp.Diff(tt.wantBadRead, asWant(err)); diff != "" {
				t.Errorf("ParseRead(invalid) error mismatch (-want +got):\n%s", diff)
			}
			if tt.wantEmptyUpd == nil {
				if got := tt.m.UpdateParam(); got != "" {
					t.Errorf("UpdateParam() = %q, want \"\"", got)
				}
				return
			}
			_, err = tt.m.ParseUpdate("")
			if diff := cmp.Diff(tt.wantEmptyUpd, asWant(err)); diff != "" {
				t.Errorf("ParseUpdate(empty) error mismatch (-want +got):\n%s", diff)
			}
			_, err = tt.m.ParseUpdate("names,nope")
			if diff := cmp.Diff(tt.wantBadUpd, asWant(err)); diff != "" {
				t.Errorf("ParseUpdate(invalid) error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMethodPaths checks the methods whose masks accept fewer paths.
func TestMethodPaths(t *testing.T) {
	t.Parallel()
	u, err := mask.CopyOtherContactToMyContactsGroup.ParseUpdate("names,emailAddresses,phoneNumbers")
	if err != nil {
		t.Fatalf("copyMask of its three paths: %v", err)
	}
	if got, want := u.Fields(), person.FieldSetOf(person.FieldNames, person.FieldEmailAddresses, person.FieldPhoneNumbers); got != want {
		t.Errorf("copyMask = %v, want %v", got, want)
	}
	if _, err := mask.CopyOtherContactToMyContactsGroup.ParseUpdate("urls"); !errors.Is(err, apierror.InvalidUpdatePath) {
		t.Errorf("copyMask urls: error %v, want InvalidUpdatePath", err)
	}
	if _, err := mask.SearchOtherContacts.ParseRead("metadata,names"); err != nil {
		t.Errorf("otherContacts.search readMask metadata,names: %v", err)
	}
	if _, err := mask.SearchOtherContacts.ParseRead("photos"); !errors.Is(err, apierror.InvalidReadPath) {
		t.Errorf("otherContacts.search readMask photos: error %v, want InvalidReadPath", err)
	}
}

func TestMethodInvalid(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		f    func()
	}{
		{"zero Method", func() { _, _ = mask.Method(0).ParseRead("names") }},
		{"out of range", func() { _, _ = mask.Method(200).ParseRead("names") }},
		{"no update mask", func() { _, _ = mask.Get.ParseUpdate("names") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			defer func() {
				if recover() == nil {
					t.Errorf("did not panic")
				}
			}()
			tt.f()
		})
	}
	if got, want := mask.Method(0).String(), "Method(0)"; got != want {
		t.Errorf("Method(0).String() = %q, want %q", got, want)
	}
}
