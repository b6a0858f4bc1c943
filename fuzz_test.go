// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/internal/conformance"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// updateSeeds rewrites the seed corpus of FuzzUpdateContact from the
// conformance cases: go test -run TestFuzzSeeds -update-fuzz-seeds.
var updateSeeds = flag.Bool("update-fuzz-seeds", false, "rewrite testdata/fuzz/FuzzUpdateContact from the conformance cases")

// seedDir is the seed corpus of FuzzUpdateContact.
const seedDir = "testdata/fuzz/FuzzUpdateContact"

// FuzzUpdateContact calls UpdateContact with a stored person, a request body,
// raw masks and sources built from the fuzz input, and checks that it never
// panics, every property of checkCall (an error is a 4xx *apierror.Error that
// leaves stored unchanged; a success changes only what SPEC.md says, shares
// no memory with the inputs, reads back as the response and is idempotent),
// and that the body given already decoded (Request.Person) gets the same
// answer as the raw one.
//
// The inputs are the stored person as protojson (one that does not decode is a
// missing contact), the body (its {{etag}} placeholders are filled from the
// stored person, as in the conformance cases, so that mutations get past the
// token check), the resource name ("" means the stored person's), the two
// masks, and the sources joined by newlines ("" means none).
func FuzzUpdateContact(f *testing.F) {
	f.Add([]byte(`{"resourceName":"people/c1","metadata":{"sources":[{"type":"CONTACT","id":"1","etag":"#AAAAAAAAAAA="}]}}`),
		[]byte(`{"etag":"{{etag}}","names":[{"givenName":"A"}]}`), "", "names", "", "")
	f.Fuzz(func(t *testing.T, storedJSON, body []byte, resourceName, updateMask, personFields, sources string) {
		stored := new(person.Person)
		if err := protojson.Unmarshal(storedJSON, stored); err != nil {
			stored = nil
		}
		if resourceName == "" {
			resourceName = stored.GetResourceName()
		}
		c := &conformance.Case{Name: "fuzz", Request: conformance.Request{Person: body}}
		if filled, err := c.Fill(func(paths string, stale bool) (string, error) {
			return etagOf(stored, paths, nil, stale)
		}); err == nil {
			body = filled
		}
		var src []string
		if sources != "" {
			src = strings.Split(sources, "\n")
		}
		req := Request{
			ResourceName:       resourceName,
			UpdatePersonFields: updateMask,
			PersonFields:       personFields,
			Sources:            src,
			Body:               body,
		}
		err := checkCall(t, stored, req)
		checkDecodedBody(t, stored, req, err)
	})
}

// bodySeedDir is the seed corpus of FuzzUpdateContactBody.
const bodySeedDir = "testdata/fuzz/FuzzUpdateContactBody"

// FuzzUpdateContactBody fuzzes the body and the two masks of an update of one
// rich stored contact (fuzzStored), with its etag placeholders filled, so that
// most inputs get past the resource name and the tokens to the content checks
// and the merge; it checks what FuzzUpdateContact checks. Its seeds are the
// conformance cases' bodies and masks.
func FuzzUpdateContactBody(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte, updateMask, personFields string) {
		stored := fuzzStored()
		c := &conformance.Case{Name: "fuzz", Request: conformance.Request{Person: body}}
		if filled, err := c.Fill(func(paths string, stale bool) (string, error) {
			return etagOf(stored, paths, nil, stale)
		}); err == nil {
			body = filled
		}
		req := Request{
			ResourceName:       stored.GetResourceName(),
			UpdatePersonFields: updateMask,
			PersonFields:       personFields,
			Body:               body,
		}
		err := checkCall(t, stored, req)
		checkDecodedBody(t, stored, req, err)
	})
}

// fuzzStored returns the stored contact of FuzzUpdateContactBody: the contact
// of the conformance cases (its source id and etag, so their source tokens
// match) with items of a profile, a domain contact and no source at all, in
// several fields, and a system group membership.
func fuzzStored() *person.Person {
	src := func(t person.Source_Type, id string) *person.Source { return &person.Source{Type: t, Id: id} }
	contact := func() *person.Source { return src(person.Source_CONTACT, "38ad74eb0f67d221") }
	profile := func() *person.Source { return src(person.Source_PROFILE, "108123456789012345678") }
	domain := func() *person.Source { return src(person.Source_DOMAIN_CONTACT, "5c1e0a7d93b24f68") }
	md := func(s *person.Source, primary, sourcePrimary bool) *person.FieldMetadata {
		return &person.FieldMetadata{Source: s, Primary: primary, SourcePrimary: sourcePrimary}
	}
	return &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221", Etag: "#vmL7ePGYhLw=", UpdateTime: timestamppb.New(testNow.Add(-time.Hour))},
			{Type: person.Source_PROFILE, Id: "108123456789012345678", Etag: "#HfYNXRnPBX8=", ProfileMetadata: &person.ProfileMetadata{ObjectType: person.ProfileMetadata_PERSON}},
			{Type: person.Source_DOMAIN_CONTACT, Id: "5c1e0a7d93b24f68", Etag: "#Zs8q7A8F3Z8="},
		}},
		Names: []*person.Name{
			{Metadata: md(contact(), true, true), GivenName: "Margaret", FamilyName: "Hamilton", DisplayName: "Margaret Hamilton"},
			{Metadata: md(profile(), false, true), GivenName: "Margaret", DisplayName: "Margaret"},
		},
		EmailAddresses: []*person.EmailAddress{
			{Metadata: md(profile(), true, true), Value: "mh@example.org"},
			{Metadata: md(contact(), false, true), Value: "margaret@example.com", Type: "work", FormattedType: "Work"},
			{Metadata: md(domain(), false, true), Value: "m.hamilton@example.net"},
		},
		PhoneNumbers: []*person.PhoneNumber{
			{Metadata: md(contact(), true, true), Value: "+1 415-555-0132", CanonicalForm: "+14155550132"},
			{Metadata: md(domain(), false, true), Value: "(650) 555-0101", CanonicalForm: "+16505550101"},
		},
		Birthdays: []*person.Birthday{{Metadata: md(profile(), true, true), Date: &person.Date{Month: 8, Day: 17}}},
		Urls: []*person.Url{
			{Value: "https://example.com/no-source"},
			{Metadata: md(profile(), false, true), Value: "https://example.org/mh"},
		},
		Organizations: []*person.Organization{{Metadata: md(contact(), true, true), Name: "MIT", StartDate: &person.Date{Year: 1959}}},
		Photos:        []*person.Photo{{Metadata: md(profile(), true, true), Url: "https://example.org/mh.jpg"}},
		Memberships: []*person.Membership{
			{Metadata: md(contact(), false, false), ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "myContacts", ContactGroupResourceName: "contactGroups/myContacts"}},
			{Metadata: md(contact(), false, false), ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "family", ContactGroupResourceName: "contactGroups/family"}},
			{Metadata: md(domain(), false, false), DomainMembership: &person.DomainMembership{InViewerDomain: true}},
		},
	}
}

// checkDecodedBody checks that UpdateContact answers req with its body already
// decoded as it answered the raw body: with the same result, or with an error
// of the same kind (a body that does not decode is then never reached).
func checkDecodedBody(t *testing.T, stored *person.Person, req Request, rawErr error) {
	t.Helper()
	p, err := person.Unmarshal(req.Body)
	if err != nil || len(bytes.TrimSpace(req.Body)) == 0 {
		return
	}
	raw, _ := testOpts.UpdateContact(stored, req)
	req.Person = p
	dec, decErr := testOpts.UpdateContact(stored, req)
	var rawAE, decAE *apierror.Error
	errors.As(rawErr, &rawAE)
	errors.As(decErr, &decAE)
	switch {
	case (rawErr == nil) != (decErr == nil):
		t.Errorf("raw body: error %v; decoded body: error %v", rawErr, decErr)
	case rawErr != nil && (rawAE == nil || decAE == nil || rawAE.Kind != decAE.Kind):
		t.Errorf("raw body: error %v; decoded body: error %v", rawErr, decErr)
	case rawErr == nil && (!proto.Equal(raw.Stored, dec.Stored) || !proto.Equal(raw.Response(), dec.Response())):
		t.Errorf("the decoded body gives another result than the raw one")
	}
}

// TestFuzzSeeds checks that every conformance case has its seed in the corpora
// of FuzzUpdateContact and FuzzUpdateContactBody, and rewrites them with
// -update-fuzz-seeds.
func TestFuzzSeeds(t *testing.T) {
	for _, file := range seedFiles(t) {
		c := loadCase(t, file)
		for _, seed := range []struct{ dir, content string }{
			{seedDir, seedOf(c)},
			{bodySeedDir, bodySeedOf(c)},
		} {
			path := filepath.Join(seed.dir, c.Name)
			if *updateSeeds {
				if err := os.MkdirAll(seed.dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(seed.content), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != seed.content {
				t.Errorf("seed %s is missing or stale (err %v): run go test -run TestFuzzSeeds -update-fuzz-seeds", path, err)
			}
		}
	}
}

// seedFiles returns the case files of testdata/conformance only: the corpus
// does not depend on $PEOPLEUPDATE_CONFORMANCE_DIR.
func seedFiles(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(conformanceDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// bodySeedOf returns the FuzzUpdateContactBody corpus file of a case: the body
// with its placeholders and the two masks.
func bodySeedOf(c *tcase) string {
	var b strings.Builder
	b.WriteString("go test fuzz v1\n")
	fmt.Fprintf(&b, "[]byte(%s)\n", strconv.Quote(compact(c.Request.Person)))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(c.UpdateMask()))
	pf, _ := c.Query()
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(pf))
	return b.String()
}

// seedOf returns the corpus file of a case in the format of go test fuzz v1:
// the stored person, the body with its placeholders, the resource name, the two
// masks and the sources.
func seedOf(c *tcase) string {
	var b strings.Builder
	b.WriteString("go test fuzz v1\n")
	fmt.Fprintf(&b, "[]byte(%s)\n", strconv.Quote(compact(c.Stored)))
	fmt.Fprintf(&b, "[]byte(%s)\n", strconv.Quote(compact(c.Request.Person)))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(c.Request.ResourceName))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(c.UpdateMask()))
	pf, src := c.Query()
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(pf))
	fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(strings.Join(src, "\n")))
	return b.String()
}

// compact returns the JSON value raw without insignificant white space, its
// keys in their order; an absent value stays empty.
func compact(raw []byte) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}
