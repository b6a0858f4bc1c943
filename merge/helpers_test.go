// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// margaret is a contact with one source, as conformance cases 002, 004, 006,
// ... store it.
const margaret = `{
  "resourceName": "people/c4084048990019506721",
  "etag": "%EgcBAj0LPzcuGgQBAgUHIgxQd05KYk5SNjIxYz0=",
  "metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#vmL7ePGYhLw=", "updateTime": "2025-03-14T09:26:53.589793Z"}], "objectType": "PERSON"},
  "names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
    "displayName": "Margaret Chen", "familyName": "Chen", "givenName": "Margaret", "displayNameLastFirst": "Chen, Margaret", "unstructuredName": "Margaret Chen"}],
  "emailAddresses": [
    {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "margaret.chen@example.com", "type": "work", "formattedType": "Work"},
    {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "mchen@example.net", "type": "home", "formattedType": "Home"}],
  "phoneNumbers": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
    "value": "+1 415-555-0132", "canonicalForm": "+14155550132", "type": "mobile", "formattedType": "Mobile"}],
  "biographies": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
    "value": "Met at the Lisbon logistics summit, May 2024.", "contentType": "TEXT_PLAIN"}],
  "birthdays": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "date": {"year": 1986, "month": 7, "day": 12}}],
  "organizations": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
    "type": "work", "formattedType": "Work", "name": "Northwind Traders", "title": "Logistics Manager", "current": true}],
  "memberships": [{"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
    "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}}]
}`

// daniel is a contact linked to a profile, as conformance cases 001, 003 and
// 005 store it, plus a few values of fields no mask names.
const daniel = `{
  "resourceName": "people/c6637754435255816040",
  "metadata": {"sources": [
    {"type": "CONTACT", "id": "5c1e0a7d93b24f68", "etag": "#Zs8q7A8F3Z8=", "updateTime": "2024-11-02T17:40:12.118204Z"},
    {"type": "PROFILE", "id": "108123456789012345678", "etag": "#HfYNXRnPBX8=", "updateTime": "2025-06-30T08:12:45.221Z",
     "profileMetadata": {"objectType": "PERSON", "userTypes": ["GOOGLE_USER"]}}], "objectType": "PERSON"},
  "names": [
    {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}},
     "displayName": "Daniel Okafor", "familyName": "Okafor", "givenName": "Daniel", "displayNameLastFirst": "Okafor, Daniel", "unstructuredName": "Daniel Okafor"},
    {"metadata": {"sourcePrimary": true, "source": {"type": "PROFILE", "id": "108123456789012345678"}},
     "displayName": "Dan Okafor", "familyName": "Okafor", "givenName": "Dan", "displayNameLastFirst": "Okafor, Dan", "unstructuredName": "Dan Okafor"}],
  "emailAddresses": [
    {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}}, "value": "daniel.okafor@example.com", "type": "work", "formattedType": "Work"},
    {"metadata": {"sourcePrimary": true, "verified": true, "source": {"type": "PROFILE", "id": "108123456789012345678"}}, "value": "dan.okafor@example.org"}],
  "phoneNumbers": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}},
    "value": "(303) 555-0147", "canonicalForm": "+13035550147", "type": "mobile", "formattedType": "Mobile"}],
  "photos": [{"metadata": {"primary": true, "source": {"type": "PROFILE", "id": "108123456789012345678"}}, "url": "https://lh3.googleusercontent.com/a-/x=s100"}],
  "memberships": [{"metadata": {"source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}},
    "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}}],
  "fileAses": [{"metadata": {"source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}}, "value": "Okafor"}],
  "ageRange": "TWENTY_ONE_OR_OLDER"
}`

// multi is a contact linked to a profile and a domain profile, whose sources
// are listed CONTACT, DOMAIN_PROFILE, PROFILE while its items list the profile
// first; and with items that name no source or a CONTACT source with another id.
const multi = `{
  "resourceName": "people/c1",
  "metadata": {"sources": [
    {"type": "CONTACT", "id": "c1", "etag": "#AAAAAAAAAAA=", "updateTime": "2025-01-01T00:00:00Z"},
    {"type": "DOMAIN_PROFILE", "id": "d1", "etag": "#BBBBBBBBBBB=", "updateTime": "2025-01-02T00:00:00Z"},
    {"type": "PROFILE", "id": "p1", "etag": "#CCCCCCCCCCC=", "updateTime": "2025-01-03T00:00:00Z"}]},
  "emailAddresses": [
    {"metadata": {"primary": true, "source": {"type": "CONTACT", "id": "c1"}}, "value": "c@example.com"},
    {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "p@example.com"},
    {"metadata": {"source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "value": "d1@example.com"},
    {"metadata": {"sourcePrimary": true, "source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "value": "d2@example.com"}],
  "urls": [
    {"value": "https://no-source.example"},
    {"metadata": {"source": {"type": "CONTACT"}}, "value": "https://no-id.example"},
    {"metadata": {"source": {"type": "CONTACT", "id": "c2"}}, "value": "https://other-contact.example"},
    {"metadata": {"primary": true, "source": {"type": "PROFILE", "id": "p1"}}, "value": "https://profile.example"}],
  "memberships": [
    {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}},
    {"metadata": {"primary": true, "source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "domainMembership": {"inViewerDomain": true}}],
  "phoneNumbers": [
    {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "value": "1", "canonicalForm": "stale"},
    {"metadata": {"primary": true, "source": {"type": "CONTACT", "id": "c1"}}, "value": "2"}]
}`

// testNow is the clock of the tests: after every stored updateTime.
var testNow = time.Date(2026, 3, 1, 12, 0, 0, 123456789, time.UTC)

// at returns a clock stopped at t.
func at(t time.Time) func() time.Time { return func() time.Time { return t } }

func mustPerson(t testing.TB, s string) *person.Person {
	t.Helper()
	if s == "" {
		return nil
	}
	p := new(person.Person)
	if err := protojson.Unmarshal([]byte(s), p); err != nil {
		t.Fatalf("bad test person %s: %v", s, err)
	}
	return p
}

func mustUpdate(t testing.TB, paths string) mask.Update {
	t.Helper()
	u, err := mask.ParseUpdate(paths)
	if err != nil {
		t.Fatalf("bad test mask %q: %v", paths, err)
	}
	return u
}

// only returns a person holding only the fields fs of p, sharing p's items.
func only(p *person.Person, fs person.FieldSet) *person.Person {
	out := new(person.Person)
	for f := range fs.All() {
		for _, it := range f.Items(p) {
			f.Append(out, it)
		}
	}
	return out
}

// without returns a copy of p without the fields fs and without its contact
// source's etag and updateTime: what Apply must leave as stored.
func without(p *person.Person, fs person.FieldSet) *person.Person {
	c := proto.Clone(p).(*person.Person)
	if c == nil {
		c = new(person.Person)
	}
	for f := range fs.All() {
		f.Clear(c)
	}
	if cs := c.ContactSource(); cs != nil {
		cs.Etag, cs.UpdateTime = "", nil
	}
	return c
}
