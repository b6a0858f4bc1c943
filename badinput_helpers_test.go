// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

func invalidArgument(k apierror.Kind, field string, violations int, msg string) *apiErr {
	return &apiErr{Kind: k, Code: 400, Status: "INVALID_ARGUMENT", Message: msg, Field: field, Violations: violations}
}

func failedPrecondition(k apierror.Kind, field, msg string) *apiErr {
	return &apiErr{Kind: k, Code: 400, Status: "FAILED_PRECONDITION", Message: msg, Field: field, Violations: 1}
}

// The API's texts.
const (
	docsURL           = ` Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`
	msgNotFound       = `Requested entity was not found.`
	msgStalePerson    = `Request person.etag is different than the current person.etag. Clear local cache and get the latest person.`
	msgStaleSource    = `Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person.`
	msgMissingToken   = `Request must set person.etag or person.metadata.sources.etag for the source that is being updated.`
	msgRootNotMessage = `Invalid JSON payload received. Unknown name "": Root element must be a message.`
)

func msgBadName(name string) string {
	return fmt.Sprintf(`Resource name %q is not a valid contact person resource.`, name)
}
func msgUpdatePath(p string) string {
	return fmt.Sprintf(`Invalid updatePersonFields mask path: %q.`, p) + docsURL
}
func msgReadPath(p string) string {
	return fmt.Sprintf(`Invalid personFields mask path: %q.`, p) + docsURL
}
func msgSource(i int, v string) string {
	return fmt.Sprintf(`Invalid value at 'sources[%d]' (TYPE_ENUM), %q`, i, v)
}

// msgSyntax is a MalformedJSON message: the parser's words, then the input
// around the error and a caret under it.
func msgSyntax(words, context string, col int) string {
	return "Invalid JSON payload received. " + words + "\n" + context + "\n" + strings.Repeat(" ", col) + "^"
}

// The stored person of the catalogue: testContact with a profile source and an
// email address from each source.
const (
	badContactID = "38ad74eb0f67d221"
	badProfileID = "110912398765432101234"
)

func badStored() *person.Person {
	p := testContact()
	p.Metadata.Sources = append(p.Metadata.Sources, &person.Source{Type: person.Source_PROFILE, Id: badProfileID, Etag: "#lPzFqlN5mK8="})
	p.EmailAddresses = []*person.EmailAddress{
		{Metadata: &person.FieldMetadata{Primary: true, SourcePrimary: true, Source: &person.Source{Type: person.Source_CONTACT, Id: badContactID}}, Value: "margaret@example.com"},
		{Metadata: &person.FieldMetadata{SourcePrimary: true, Source: &person.Source{Type: person.Source_PROFILE, Id: badProfileID}}, Value: "mh@example.org"},
	}
	return p
}

// update returns a request with the given update mask and body.
func update(updateMask, body string) Request {
	return Request{UpdatePersonFields: updateMask, Body: []byte(body)}
}

// named returns the req of a row that updates names, with the etag only, of the
// person called name.
func named(name string) func(tag string) Request {
	return func(tag string) Request {
		r := update("names", withToken(tag, ""))
		r.ResourceName = name
		return r
	}
}

// withToken returns the JSON object members, preceded by the etag tag.
func withToken(tag, members string) string {
	if members == "" {
		return `{"etag":"` + tag + `"}`
	}
	return `{"etag":"` + tag + `",` + members + `}`
}

// join returns n values made by f, joined by sep.
func join(n int, sep string, f func(i int) string) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(f(i))
	}
	return b.String()
}

// values returns n values made by f.
func values(n int, f func(i int) string) []string {
	v := make([]string, n)
	for i := range v {
		v[i] = f(i)
	}
	return v
}

// emails returns the emailAddresses member with n items.
func emails(n int) string {
	return `"emailAddresses":[` + join(n, ",", func(i int) string {
		return fmt.Sprintf(`{"value":"a%d@example.com","type":"home"}`, i)
	}) + `]`
}

// contactEmails returns the values of the contact's email addresses in p.
func contactEmails(p *person.Person) []string {
	var v []string
	for _, e := range p.GetEmailAddresses() {
		if e.GetMetadata().GetSource().GetType() == person.Source_CONTACT {
			v = append(v, e.GetValue())
		}
	}
	return v
}

// profileEmailKept checks that the profile's email address is still there.
func profileEmailKept(t *testing.T, p *person.Person) {
	t.Helper()
	for _, e := range p.GetEmailAddresses() {
		if e.GetValue() == "mh@example.org" && e.GetMetadata().GetSource().GetId() == badProfileID {
			return
		}
	}
	t.Errorf("the profile's email address is gone: %v", p.GetEmailAddresses())
}

// The big inputs, built once.
var (
	oneMBPath     = strings.Repeat("x", large(1<<20))
	tenKBName     = "people/c" + strings.Repeat("4084048990019506721", 10<<10/19)
	tenKBBadName  = "people/" + strings.Repeat("é", 5<<10)
	invalidPaths  = values(10000, func(i int) string { return fmt.Sprintf("x%d", i) })
	validPaths    = values(10000, func(i int) string { return []string{"names", "emailAddresses", "email_addresses", " urls "}[i%4] })
	invalidValues = values(10000, func(i int) string { return fmt.Sprintf("READ_SOURCE_TYPE_%d", i) })
	validValues   = values(10000, func(i int) string { return []string{"READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_PROFILE"}[i%2] })
)

// storedInGroups returns badStored, its contact in the system group family
// and in n user groups.
func storedInGroups(n int) *person.Person {
	p := badStored()
	p.Memberships = nil
	for i := range n + 1 {
		name := fmt.Sprintf("contactGroups/%x", i)
		if i == n {
			name = "contactGroups/family"
		}
		p.Memberships = append(p.Memberships, &person.Membership{
			Metadata:               &person.FieldMetadata{Source: &person.Source{Type: person.Source_CONTACT, Id: badContactID}},
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: name},
		})
	}
	return p
}

// storedOf returns the row's stored person.
func (bi *badInput) storedOf() *person.Person {
	if bi.stored != nil {
		return bi.stored()
	}
	return badStored()
}

// sourceTokens returns n CONTACT entries of metadata.sources for the
// catalogue's contact source, with etag tag.
func sourceTokens(n int, tag string) string {
	return join(n, ",", func(int) string { return `{"type":"CONTACT","id":"` + badContactID + `","etag":"` + tag + `"}` })
}

func wantGiven(t *testing.T, p *person.Person, given string) {
	t.Helper()
	if names := p.GetNames(); len(names) != 1 || names[0].GetGivenName() != given {
		t.Errorf("names = %v, want one with givenName %q", names, given)
	}
}

func wantContactEmails(t *testing.T, p *person.Person, want ...string) {
	t.Helper()
	if diff := cmp.Diff(want, contactEmails(p)); diff != "" {
		t.Errorf("the contact's email addresses (-want +got):\n%s", diff)
	}
}

func wantContactEmailCount(t *testing.T, p *person.Person, n int) {
	t.Helper()
	got := contactEmails(p)
	if len(got) != n {
		t.Fatalf("%d contact email addresses, want %d", len(got), n)
	}
	for i, v := range got {
		if want := fmt.Sprintf("a%d@example.com", i); v != want {
			t.Fatalf("email address %d = %q, want %q", i, v, want)
		}
	}
	primaries := 0
	for _, e := range p.GetEmailAddresses() {
		if e.GetMetadata().GetPrimary() {
			primaries++
		}
	}
	if primaries != 1 || !p.GetEmailAddresses()[0].GetMetadata().GetPrimary() {
		t.Errorf("%d primary email addresses, want one, the contact's first", primaries)
	}
}

func wantNicknameType(t *testing.T, p *person.Person, n person.Nickname_Type) {
	t.Helper()
	if nn := p.GetNicknames(); len(nn) != 1 || nn[0].GetType() != n {
		t.Errorf("nicknames = %v, want one of type %d", nn, n)
	}
}
