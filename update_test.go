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
	"github.com/peopleupdate/peopleupdate/internal/prototest"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// storedUpdateTime is the contact source's updateTime in testContact.
var storedUpdateTime = time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)

// testContact returns a small stored contact: one name, one phone number, one
// membership, a contact source.
func testContact() *person.Person {
	src := func() *person.Source { return &person.Source{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221"} }
	return &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{{
			Type: person.Source_CONTACT, Id: "38ad74eb0f67d221", Etag: "#vmL7ePGYhLw=",
			UpdateTime: timestamppb.New(storedUpdateTime),
		}}},
		Names:        []*person.Name{{Metadata: &person.FieldMetadata{Primary: true, SourcePrimary: true, Source: src()}, GivenName: "Margaret"}},
		PhoneNumbers: []*person.PhoneNumber{{Metadata: &person.FieldMetadata{Primary: true, SourcePrimary: true, Source: src()}, Value: "+1 415-555-0132"}},
		Memberships: []*person.Membership{{Metadata: &person.FieldMetadata{Source: src()},
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "myContacts", ContactGroupResourceName: "contactGroups/myContacts"}}},
	}
}

// testEtag returns the person etag of a default read of p.
func testEtag(t *testing.T, p *person.Person) string {
	t.Helper()
	r, err := Read(p, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.GetEtag()
}

func TestUpdateContactOptions(t *testing.T) {
	phone := func(value string) *person.Person {
		return &person.Person{PhoneNumbers: []*person.PhoneNumber{{Value: value}}}
	}
	var gotRegion string
	recordRegion := func(value, region string) string { gotRegion = region; return "+999" }
	tests := []struct {
		desc           string
		inBody         *person.Person
		inOpts         Options
		wantUpdateTime time.Time
		wantCanonical  string
		wantRegion     string // "" when no canonicaliser records it
	}{{
		desc:           "no clock: the stored updateTime plus a millisecond",
		inBody:         phone("(415) 555-0199"),
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+14155550199",
	}, {
		desc:           "a nil clock is no clock",
		inBody:         phone("(415) 555-0199"),
		inOpts:         Options{Clock: nil, Region: ""},
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+14155550199",
	}, {
		desc:           "a clock after the stored updateTime gives its time",
		inBody:         phone("(415) 555-0199"),
		inOpts:         Options{Clock: testClock},
		wantUpdateTime: testNow,
		wantCanonical:  "+14155550199",
	}, {
		desc:           "a clock before the stored updateTime never moves it back",
		inBody:         phone("(415) 555-0199"),
		inOpts:         Options{Clock: func() time.Time { return storedUpdateTime.Add(-time.Hour) }},
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+14155550199",
	}, {
		desc:           "a default region reads national numbers",
		inBody:         phone("55 6557 8853"),
		inOpts:         Options{Region: "MX"},
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+525565578853",
	}, {
		desc:           "a canonicaliser replaces the built-in rule and gets the default region",
		inBody:         phone("(415) 555-0199"),
		inOpts:         Options{Canonicalize: recordRegion},
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+999",
		wantRegion:     "US",
	}, {
		desc:           "a canonicaliser gets the region set",
		inBody:         phone("(415) 555-0199"),
		inOpts:         Options{Region: "GB", Canonicalize: recordRegion},
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+999",
		wantRegion:     "GB",
	}, {
		desc:           "a nil canonicaliser is the built-in rule",
		inBody:         phone("(415) 555-0199"),
		inOpts:         Options{Canonicalize: nil},
		wantUpdateTime: storedUpdateTime.Add(time.Millisecond),
		wantCanonical:  "+14155550199",
	}}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			gotRegion = ""
			stored := testContact()
			body := proto.Clone(tt.inBody).(*person.Person)
			body.Etag = testEtag(t, stored)
			res, err := tt.inOpts.UpdateContact(stored, Request{
				ResourceName:       stored.GetResourceName(),
				UpdatePersonFields: "phoneNumbers",
				Person:             body,
			})
			if err != nil {
				t.Fatalf("UpdateContact() error = %v", err)
			}
			if got := res.Stored.ContactSource().GetUpdateTime().AsTime(); !got.Equal(tt.wantUpdateTime) {
				t.Errorf("updateTime = %v, want %v", got, tt.wantUpdateTime)
			}
			if got := res.Stored.GetPhoneNumbers()[0].GetCanonicalForm(); got != tt.wantCanonical {
				t.Errorf("canonicalForm = %q, want %q", got, tt.wantCanonical)
			}
			if gotRegion != tt.wantRegion {
				t.Errorf("canonicaliser region = %q, want %q", gotRegion, tt.wantRegion)
			}
		})
	}
}

func TestUpdateContactBody(t *testing.T) {
	stored := testContact()
	etag := testEtag(t, stored)
	tests := []struct {
		desc      string
		inBody    string
		inPerson  *person.Person
		wantKind  apierror.Kind // 0: success
		wantGiven string        // the name after a success
	}{
		{"no body is an empty Person: no token", "", nil, apierror.MissingToken, ""},
		{"white space is an empty Person", " \n\t ", nil, apierror.MissingToken, ""},
		{"null is an empty Person", "null", nil, apierror.MissingToken, ""},
		{"not JSON", `{"etag": `, nil, apierror.MalformedJSON, ""},
		{"a JSON body", `{"etag": "` + etag + `", "names": [{"givenName": "Maggie"}]}`, nil, 0, "Maggie"},
		{"a decoded body wins over the raw one", `{"etag": "x"}`, &person.Person{Etag: etag, Names: []*person.Name{{GivenName: "Meg"}}}, 0, "Meg"},
		{"a decoded body is checked like a raw one", "", &person.Person{Names: []*person.Name{{GivenName: "Meg"}}}, apierror.MissingToken, ""},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			res, err := UpdateContact(testContact(), Request{
				ResourceName:       stored.GetResourceName(),
				UpdatePersonFields: "names",
				Body:               []byte(tt.inBody),
				Person:             tt.inPerson,
			})
			if tt.wantKind != 0 {
				var ae *apierror.Error
				if !errors.As(err, &ae) || ae.Kind != tt.wantKind {
					t.Fatalf("UpdateContact() error = %v, want kind %v", err, tt.wantKind)
				}
				return
			}
			if err != nil {
				t.Fatalf("UpdateContact() error = %v", err)
			}
			if got := res.Stored.GetNames()[0].GetGivenName(); got != tt.wantGiven {
				t.Errorf("givenName = %q, want %q", got, tt.wantGiven)
			}
		})
	}
}

func TestUpdateContactResourceName(t *testing.T) {
	stored := testContact()
	body := &person.Person{Etag: testEtag(t, stored), ResourceName: "people/c1990395505846072145"}
	tests := []struct {
		desc     string
		inName   string
		wantKind apierror.Kind
	}{
		{"the stored contact's name", "people/c4084048990019506721", 0},
		{"another contact's name: not found, whatever the body says", "people/c1990395505846072145", apierror.NotFound},
		{"people/me", "people/me", apierror.InvalidResourceName},
		{"an account id", "people/123", apierror.InvalidResourceName},
		{"no id", "people/", apierror.InvalidResourceName},
		{"a sub-path", "people/c4084048990019506721/x", apierror.InvalidResourceName},
		{"empty", "", apierror.InvalidResourceName},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			res, err := UpdateContact(testContact(), Request{ResourceName: tt.inName, UpdatePersonFields: "urls", Person: body})
			if tt.wantKind == 0 {
				if err != nil {
					t.Fatalf("UpdateContact() error = %v", err)
				}
				if got := res.Response().GetResourceName(); got != tt.inName {
					t.Errorf("response resourceName = %q, want the URL's %q", got, tt.inName)
				}
				return
			}
			var ae *apierror.Error
			if !errors.As(err, &ae) || ae.Kind != tt.wantKind {
				t.Errorf("UpdateContact() error = %v, want kind %v", err, tt.wantKind)
			}
		})
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		desc         string
		inStored     *person.Person
		inFields     string
		inSources    []string
		wantKind     apierror.Kind
		wantNames    int
		wantMetadata bool
	}{
		{"default read: all fields", testContact(), "", nil, 0, 1, true},
		{"names only", testContact(), "names", nil, 0, 1, false},
		{"phoneNumbers only", testContact(), "phoneNumbers", nil, 0, 0, false},
		{"profile sources: no contact item, and metadata left empty is omitted", testContact(), "names,metadata", []string{"READ_SOURCE_TYPE_PROFILE"}, 0, 0, false},
		{"nil stored: not found", nil, "names", nil, apierror.NotFound, 0, false},
		{"the mask is checked before the lookup", nil, "notes", nil, apierror.InvalidReadPath, 0, false},
		{"then the sources", nil, "names", []string{"READ_SOURCE_TYPE_UNSPECIFIED"}, apierror.InvalidSource, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			before := cloneOrNil(tt.inStored)
			got, err := Read(tt.inStored, tt.inFields, tt.inSources)
			if !proto.Equal(before, tt.inStored) {
				t.Errorf("Read modified the stored person")
			}
			if tt.wantKind != 0 {
				var ae *apierror.Error
				if !errors.As(err, &ae) || ae.Kind != tt.wantKind || got != nil {
					t.Fatalf("Read() = %v, %v; want nil, kind %v", got, err, tt.wantKind)
				}
				return
			}
			if err != nil {
				t.Fatalf("Read() error = %v", err)
			}
			if n := len(got.GetNames()); n != tt.wantNames {
				t.Errorf("Read() has %d names, want %d", n, tt.wantNames)
			}
			if has := got.GetMetadata() != nil; has != tt.wantMetadata {
				t.Errorf("Read() metadata present = %v, want %v", has, tt.wantMetadata)
			}
			if got.GetEtag() == "" || got.GetResourceName() != tt.inStored.GetResourceName() {
				t.Errorf("Read() etag %q, resourceName %q; want an etag and the stored name", got.GetEtag(), got.GetResourceName())
			}
			// The result shares no memory with stored.
			prototest.Scribble(got.ProtoReflect())
			if !proto.Equal(before, tt.inStored) {
				t.Errorf("mutating Read's result changed the stored person")
			}
		})
	}
}

// TestReadEtagsDiffer checks that reads of one person under other masks or
// sources give other etags, and the same read the same etag.
func TestReadEtagsDiffer(t *testing.T) {
	reads := []struct {
		fields  string
		sources []string
	}{
		{"", nil},
		{"names", nil},
		{"names,phoneNumbers", nil},
		{"", []string{"READ_SOURCE_TYPE_CONTACT"}},
	}
	seen := map[string]int{}
	for i, r := range reads {
		p1, err1 := Read(testContact(), r.fields, r.sources)
		p2, err2 := Read(testContact(), r.fields, r.sources)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if p1.GetEtag() != p2.GetEtag() {
			t.Errorf("read %d: two etags for the same read: %q, %q", i, p1.GetEtag(), p2.GetEtag())
		}
		if j, dup := seen[p1.GetEtag()]; dup {
			t.Errorf("reads %d and %d have the same etag", j, i)
		}
		seen[p1.GetEtag()] = i
	}
}

// TestSequentialUpdates chains updates the way a client should: each one with
// the etag of the previous response. Every one succeeds; an etag used twice
// fails.
func TestSequentialUpdates(t *testing.T) {
	stored := testContact()
	tag := testEtag(t, stored)
	var tags []string
	for i, given := range []string{"Maggie", "Meg", "Margaret"} {
		res, err := testOpts.UpdateContact(stored, Request{
			ResourceName:       stored.GetResourceName(),
			UpdatePersonFields: "names",
			PersonFields:       "names",
			Person:             &person.Person{Etag: tag, Names: []*person.Name{{GivenName: given}}},
		})
		if err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
		tags = append(tags, tag)
		stored, tag = res.Stored, res.Response().GetEtag()
	}
	if got, want := stored.GetNames()[0].GetGivenName(), "Margaret"; got != want {
		t.Errorf("givenName = %q, want %q", got, want)
	}
	_, err := UpdateContact(stored, Request{
		ResourceName:       stored.GetResourceName(),
		UpdatePersonFields: "names",
		Person:             &person.Person{Etag: tags[1], Names: []*person.Name{{GivenName: "Lost"}}},
	})
	if !errors.Is(err, apierror.StalePersonEtag) {
		t.Errorf("update with an old etag: error = %v, want %v", err, apierror.StalePersonEtag)
	}
	if diff := cmp.Diff(3, len(tags)); diff != "" {
		t.Errorf("updates (-want +got):\n%s", diff)
	}
}
