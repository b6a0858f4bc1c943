// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// allocate returns an Allocate that names the contact people/c1 with source
// id 0000000000000001 and counts its calls.
func allocate(calls *int) func() (string, string, error) {
	return func() (string, string, error) {
		*calls++
		return "people/c1", "0000000000000001", nil
	}
}

func TestCreateContact(t *testing.T) {
	t.Parallel()
	var calls int
	res, err := testOpts.CreateContact(CreateRequest{
		PersonFields: "names,memberships,metadata",
		Body: []byte(`{"resourceName": "people/c9", "etag": "x", "metadata": {"sources": [{"type": "PROFILE", "id": "p"}]},
			"names": [{"givenName": "Ada", "familyName": "Lovelace"}]}`),
		Allocate: allocate(&calls),
	})
	if err != nil {
		t.Fatalf("CreateContact() error = %v", err)
	}
	if calls != 1 {
		t.Errorf("Allocate called %d times, want 1", calls)
	}
	src := func() *person.Source { return &person.Source{Type: person.Source_CONTACT, Id: "0000000000000001"} }
	want := &person.Person{
		ResourceName: "people/c1",
		Metadata: &person.PersonMetadata{
			Sources:    []*person.Source{{Type: person.Source_CONTACT, Id: "0000000000000001", UpdateTime: timestamppb.New(testNow)}},
			ObjectType: person.PersonMetadata_PERSON,
		},
		Names: []*person.Name{{
			Metadata:  &person.FieldMetadata{Primary: true, SourcePrimary: true, Source: src()},
			GivenName: "Ada", FamilyName: "Lovelace",
			DisplayName: "Ada Lovelace", DisplayNameLastFirst: "Lovelace, Ada", UnstructuredName: "Ada Lovelace",
		}},
		Memberships: []*person.Membership{{
			Metadata:               &person.FieldMetadata{Source: src()},
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "myContacts", ContactGroupResourceName: "contactGroups/myContacts"},
		}},
	}
	got := proto.Clone(res.Stored).(*person.Person)
	tag := got.ContactSource().GetEtag()
	got.ContactSource().Etag = ""
	if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
		t.Errorf("Stored mismatch (-want +got):\n%s", diff)
	}
	if tag == "" || tag == seedEtag("0000000000000001") {
		t.Errorf("contact source etag = %q, want one derived from the seed %q", tag, seedEtag("0000000000000001"))
	}
	checkResponse(t, Request{PersonFields: "names,memberships,metadata"}, res)
}

func TestCreateContactMemberships(t *testing.T) {
	t.Parallel()
	var calls int
	in := &person.Person{Memberships: []*person.Membership{
		{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/3f1a"}},
		{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/myContacts"}},
	}}
	before := proto.Clone(in)
	res, err := CreateContact(CreateRequest{Person: in, Allocate: allocate(&calls)})
	if err != nil {
		t.Fatalf("CreateContact() error = %v", err)
	}
	var got []string
	for _, m := range res.Stored.GetMemberships() {
		got = append(got, m.GetContactGroupMembership().GetContactGroupResourceName())
	}
	if diff := cmp.Diff([]string{"contactGroups/3f1a", "contactGroups/myContacts"}, got); diff != "" {
		t.Errorf("memberships mismatch (-want +got):\n%s", diff)
	}
	if !proto.Equal(before, in) {
		t.Errorf("CreateContact modified req.Person")
	}
	if got, want := res.Stored.ContactSource().GetUpdateTime().AsTime(), time.Unix(0, 1e6); !got.Equal(want) {
		t.Errorf("updateTime without a clock = %v, want %v", got, want)
	}
}

func TestCreateContactErrors(t *testing.T) {
	t.Parallel()
	errAlloc := errors.New("no ids left")
	tests := []struct {
		name      string
		req       CreateRequest
		wantErr   error
		wantMsg   string // "" when not compared
		wantCalls int
	}{
		{"invalid personFields", CreateRequest{PersonFields: "nope"}, apierror.InvalidReadPath,
			`Invalid personFields mask path: "nope". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/createContact.`, 0},
		{"invalid readMask of a batch", CreateRequest{Method: mask.BatchCreateContacts, PersonFields: "nope"}, apierror.InvalidReadPath,
			`Invalid readMask mask path: "nope". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/batchCreateContacts.`, 0},
		{"invalid source", CreateRequest{Sources: []string{"X"}}, apierror.InvalidSource, "", 0},
		{"bad body", CreateRequest{Body: []byte(`{"nope": 1}`)}, apierror.UnknownBodyField,
			`Invalid JSON payload received. Unknown name "nope" at 'person': Cannot find field.`, 0},
		{"content", CreateRequest{Body: []byte(`{"names": [{"givenName": "A"}, {"givenName": "B"}]}`)}, apierror.SingletonViolation, "", 1},
		{"allocation", CreateRequest{Allocate: func() (string, string, error) { return "", "", errAlloc }}, errAlloc, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var calls int
			if tt.req.Allocate == nil {
				tt.req.Allocate = allocate(&calls)
			}
			res, err := CreateContact(tt.req)
			if res != nil || !errors.Is(err, tt.wantErr) {
				t.Fatalf("CreateContact() = %v, %v; want error %v", res, err, tt.wantErr)
			}
			var e *apierror.Error
			if tt.wantMsg != "" && (!errors.As(err, &e) || e.Message != tt.wantMsg) {
				t.Errorf("message = %q, want %q", e.Message, tt.wantMsg)
			}
			if calls != tt.wantCalls {
				t.Errorf("Allocate called %d times, want %d", calls, tt.wantCalls)
			}
		})
	}
}

func TestSeedEtag(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ id, want string }{
		{"0000000000000001", "#AAAAAAAAAAE="},
		{"38ad74eb0f67d221", "#OK106w9n0iE="},
		{"c1", "#YzE="},
		{"zzzzzzzzzzzzzzzz", "#enp6enp6enp6enp6enp6eg=="},
	} {
		if got := seedEtag(tt.id); got != tt.want {
			t.Errorf("seedEtag(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestDeleteContact(t *testing.T) {
	t.Parallel()
	profile := testContact()
	profile.Metadata.Sources[0].Type = person.Source_PROFILE
	tests := []struct {
		name    string
		stored  *person.Person
		in      string
		wantErr error // nil: may delete
	}{
		{"contact", testContact(), "people/c4084048990019506721", nil},
		{"people/me", testContact(), "people/me", apierror.InvalidResourceName},
		{"not stored", nil, "people/c4084048990019506721", apierror.NotFound},
		{"another person", testContact(), "people/c1", apierror.NotFound},
		{"a name with a space is looked up", nil, "people/c1 ", apierror.NotFound},
		{"profile", profile, "people/c4084048990019506721", apierror.NoContactSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := DeleteContact(tt.stored, tt.in)
			if (tt.wantErr == nil) != (err == nil) || (err != nil && !errors.Is(err, tt.wantErr)) {
				t.Errorf("DeleteContact(%q) = %v, want %v", tt.in, err, tt.wantErr)
			}
		})
	}
}

func TestReadParsed(t *testing.T) {
	t.Parallel()
	if _, err := ReadParsed(nil, mask.AllRead(), mask.DefaultSources()); !errors.Is(err, apierror.NotFound) {
		t.Errorf("ReadParsed(nil) error = %v, want NotFound", err)
	}
	if got, err := ReadParsed(testContact(), mask.Read{}, mask.DefaultSources()); got != nil || err != nil {
		t.Errorf("ReadParsed(zero Read) = %v, %v; want nil, nil", got, err)
	}
	r, _ := mask.Get.ParseRead("names")
	got, err := ReadParsed(testContact(), r, mask.DefaultSources())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Read(testContact(), "names", nil)
	if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
		t.Errorf("ReadParsed mismatch with Read (-Read +ReadParsed):\n%s", diff)
	}
}

func TestCreateContactFinish(t *testing.T) {
	t.Parallel()
	var calls int
	res, err := CreateContact(CreateRequest{
		PersonFields: "nicknames",
		Allocate:     allocate(&calls),
		Finish: func(p *person.Person) error {
			p.Nicknames = append(p.Nicknames, &person.Nickname{Value: "added by the store"})
			return nil
		},
	})
	if err != nil {
		t.Fatalf("CreateContact() error = %v", err)
	}
	if got := res.Response().GetNicknames(); len(got) != 1 || got[0].GetValue() != "added by the store" {
		t.Errorf("Response nicknames = %v, want what Finish added", got)
	}
	if got := res.Stored.GetNicknames(); len(got) != 1 {
		t.Errorf("Stored nicknames = %v, want what Finish added", got)
	}

	errStore := apierror.NewInvalidGroupName("x")
	res, err = CreateContact(CreateRequest{
		Allocate: allocate(&calls),
		Finish:   func(*person.Person) error { return errStore },
	})
	if res != nil || err != errStore {
		t.Errorf("CreateContact() = %v, %v; want Finish's error", res, err)
	}
}
