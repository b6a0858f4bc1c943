// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// storedJSON is the stored contact of most conformance cases (021–037).
const storedJSON = `{
	"resourceName": "people/c4084048990019506721",
	"metadata": {
		"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#vmL7ePGYhLw=", "updateTime": "2025-03-14T09:26:53.589793Z"}],
		"objectType": "PERSON"
	},
	"names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "givenName": "Margaret", "familyName": "Chen"}],
	"memberships": [{"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}}]
}`

// mustPerson decodes Person JSON.
func mustPerson(t testing.TB, js string) *person.Person {
	t.Helper()
	p := new(person.Person)
	if err := protojson.Unmarshal([]byte(js), p); err != nil {
		t.Fatalf("protojson.Unmarshal(%s): %v", js, err)
	}
	return p
}

func stored(t testing.TB) *person.Person { return mustPerson(t, storedJSON) }

// wantError says what error a check must return: nil when sentinel is nil.
type wantError struct {
	sentinel apierror.Kind
	message  string
	fields   []string // the field paths of the violations, in order
}

// checkError checks err against want: its Kind through errors.Is and
// errors.As, its exact message, and the fields of its violations.
func checkError(t *testing.T, call string, err error, want wantError) {
	t.Helper()
	if want.sentinel == 0 {
		if err != nil {
			t.Errorf("%s = %v, want nil", call, err)
		}
		return
	}
	var got *validate.Error
	if !errors.As(err, &got) {
		t.Fatalf("%s = %v (%T), want a *validate.Error of kind %v", call, err, err, want.sentinel)
	}
	if !errors.Is(err, want.sentinel) {
		t.Errorf("%s: errors.Is(err, %v sentinel) = false; got kind %v", call, want.sentinel, got.Kind)
	}
	if got.Message != want.message {
		t.Errorf("%s message mismatch:\n got: %s\nwant: %s", call, got.Message, want.message)
	}
	var gotFields []string
	for _, v := range got.Violations {
		gotFields = append(gotFields, v.Field)
		if v.Description != got.Message {
			t.Errorf("%s: violation on %s described %q, want the message", call, v.Field, v.Description)
		}
	}
	if diff := cmp.Diff(want.fields, gotFields); diff != "" {
		t.Errorf("%s violation fields mismatch (-want +got):\n%s", call, diff)
	}
}

func invalidName(name string) wantError {
	return wantError{apierror.InvalidResourceName, `Resource name "` + strings.ReplaceAll(name, `"`, `\"`) + `" is not a valid contact person resource.`, []string{"resource_name"}}
}

func TestResourceName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		want wantError
	}{
		{"people/c4084048990019506721", wantError{}},
		{"people/c1", wantError{}},
		{"people/c", wantError{}},
		{"people/contact-1.a_b~c", wantError{}},
		{"people/ME", wantError{}},
		{"people/me1", wantError{}},
		{"people/1me", wantError{}},
		{"people/a..b", wantError{}},
		{"people/...", wantError{}},
		{"people/c123", wantError{}},

		// Not contacts: the caller's profile and account ids.
		{"people/me", invalidName("people/me")},
		{"people/108123456789012345678", invalidName("people/108123456789012345678")},
		{"people/0", invalidName("people/0")},
		// Not ^people/[^/]+$.
		{"", invalidName("")},
		{"people", invalidName("people")},
		{"people/", invalidName("people/")},
		{"people//c1", invalidName("people//c1")},
		{"people/c1/", invalidName("people/c1/")},
		{"people/c1/names", invalidName("people/c1/names")},
		{"/people/c1", invalidName("/people/c1")},
		{"People/c1", invalidName("People/c1")},
		{"contactGroups/c1", invalidName("contactGroups/c1")},
		{"c4084048990019506721", invalidName("c4084048990019506721")},
		// Valid by SPEC §1 (they match ^people/[^/]+$): names no contact has,
		// which a lookup answers with 404, not the resource name check with 400.
		{"people/.", wantError{}},
		{"people/..", wantError{}},
		{"people/c1%2Fnames", wantError{}},
		{"people/c1%2fnames", wantError{}},
		{"people/%63%31", wantError{}},
		{"people/c1:updateContact", wantError{}},
		{"people/c 1", wantError{}},
		{"people/c1 ", wantError{}},
		{"people/ c1", wantError{}},
		{"people/c1\n", wantError{}},
		{"people/c\x001", wantError{}},
		{"people/c1\x7f", wantError{}},
		{"people/c\u00e91", wantError{}},
		{"people/c\xff1", wantError{}},
		{"people/c\u200b1", wantError{}},
		{"people/c+1", wantError{}},
		{"people/c\"1", wantError{}},
		{"people/c?x=1", wantError{}},
		{"people/c#1", wantError{}},
		{"people/me/", invalidName("people/me/")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checkError(t, "ResourceName("+tt.name+")", validate.ResourceName(tt.name), tt.want)
		})
	}
}

var missingToken = wantError{
	apierror.MissingToken,
	"Request must set person.etag or person.metadata.sources.etag for the source that is being updated.",
	[]string{"person.etag", "person.metadata.sources.etag"},
}

func TestTokenPresent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		desc string
		req  string
		want wantError
	}{
		{"person etag", `{"etag": "%whatever"}`, wantError{}},
		{"contact source etag", `{"metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#vmL7ePGYhLw="}]}}`, wantError{}},
		{"contact source etag without id", `{"metadata": {"sources": [{"type": "CONTACT", "etag": "#x"}]}}`, wantError{}},
		{"contact source etag after others", `{"metadata": {"sources": [{"type": "PROFILE", "id": "1"}, {"type": "CONTACT", "etag": "#x"}]}}`, wantError{}},
		{"both", `{"etag": "%x", "metadata": {"sources": [{"type": "CONTACT", "etag": "#x"}]}}`, wantError{}},
		{"nothing (028)", `{"names": [{"givenName": "Margaret"}]}`, missingToken},
		{"empty body", `{}`, missingToken},
		{"contact source without etag", `{"metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221"}]}}`, missingToken},
		{"profile source etag", `{"metadata": {"sources": [{"type": "PROFILE", "id": "1", "etag": "#x"}]}}`, missingToken},
		{"untyped source etag", `{"metadata": {"sources": [{"id": "38ad74eb0f67d221", "etag": "#x"}]}}`, missingToken},
		{"other contact source etag", `{"metadata": {"sources": [{"type": "OTHER_CONTACT", "etag": "#x"}]}}`, missingToken},
		{"etag on an item's source", `{"names": [{"metadata": {"source": {"type": "CONTACT", "etag": "#x"}}}]}`, missingToken},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			checkError(t, "TokenPresent("+tt.req+")", validate.TokenPresent(mustPerson(t, tt.req)), tt.want)
		})
	}
	checkError(t, "TokenPresent(nil)", validate.TokenPresent(nil), missingToken)
}

var (
	notFound        = wantError{apierror.NotFound, "Requested entity was not found.", nil}
	noContactSource = wantError{apierror.NoContactSource, "Person has no contact source; only contact based people can be modified.", []string{"resource_name"}}
)

func TestStored(t *testing.T) {
	t.Parallel()
	const name = "people/c4084048990019506721"
	profile := mustPerson(t, `{"resourceName": "people/c69430532451380068", "metadata": {"sources": [{"type": "PROFILE", "id": "117654321098765432109", "etag": "#RkVDUauHJSg="}]}}`)
	tests := []struct {
		desc   string
		name   string
		stored *person.Person
		want   wantError
	}{
		{"the contact", name, stored(t), wantError{}},
		{"a contact linked to a profile", name, mustPerson(t, `{"resourceName": "people/c4084048990019506721", "metadata": {"sources": [{"type": "PROFILE", "id": "1"}, {"type": "CONTACT", "id": "38ad74eb0f67d221"}]}}`), wantError{}},
		{"none stored (042)", name, nil, notFound},
		{"another person (051)", "people/c1990395505846072145", stored(t), notFound},
		{"a stored person without resource name", name, &person.Person{}, notFound},
		{"profile only (043)", "people/c69430532451380068", profile, noContactSource},
		{"no metadata", "people/c1", mustPerson(t, `{"resourceName": "people/c1"}`), noContactSource},
		{"other contact only", "people/c1", mustPerson(t, `{"resourceName": "people/c1", "metadata": {"sources": [{"type": "OTHER_CONTACT", "id": "1"}]}}`), noContactSource},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			checkError(t, "Stored("+tt.name+")", validate.Stored(tt.name, tt.stored), tt.want)
		})
	}
}

var (
	stalePerson = wantError{apierror.StalePersonEtag, "Request person.etag is different than the current person.etag. Clear local cache and get the latest person.", []string{"person.etag"}}
	staleSource = wantError{apierror.StaleSourceEtag, "Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person.", []string{"person.metadata.sources.etag"}}
)

func TestTokens(t *testing.T) {
	t.Parallel()
	s := stored(t)
	names, err := mask.ParseRead("names")
	if err != nil {
		t.Fatal(err)
	}
	current := etag.ForPerson(s, mask.AllRead(), mask.DefaultSources())
	currentNames := etag.ForPerson(s, names, mask.DefaultSources())
	staleP := stored(t)
	staleP.Metadata.Sources[0].Etag = "#c3RhbGUwMDA="
	stale := etag.ForPerson(staleP, mask.AllRead(), mask.DefaultSources())
	other := stored(t)
	other.ResourceName = "people/c1990395505846072145"
	others := etag.ForPerson(other, mask.AllRead(), mask.DefaultSources())

	src := func(js string) string { return `{"metadata": {"sources": [` + js + `]}}` }
	withEtag := func(tag, sources string) string {
		return `{"etag": "` + tag + `", "metadata": {"sources": [` + sources + `]}}`
	}
	const (
		okSource    = `{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#vmL7ePGYhLw="}`
		staleSrc    = `{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#iUi2H/+Xcgo="}`
		otherIDSrc  = `{"type": "CONTACT", "id": "7e04c9b1f2a86d0c", "etag": "#vmL7ePGYhLw="}`
		noIDSrc     = `{"type": "CONTACT", "etag": "#vmL7ePGYhLw="}`
		noIDStale   = `{"type": "CONTACT", "etag": "#iUi2H/+Xcgo="}`
		noEtagSrc   = `{"type": "CONTACT", "id": "7e04c9b1f2a86d0c"}`
		profileSrc  = `{"type": "PROFILE", "id": "1", "etag": "#AAAAAAAAAAA="}`
		untypedSrc  = `{"id": "38ad74eb0f67d221", "etag": "#AAAAAAAAAAA="}`
		otherConSrc = `{"type": "OTHER_CONTACT", "id": "38ad74eb0f67d221", "etag": "#AAAAAAAAAAA="}`
	)
	tests := []struct {
		desc string
		req  string
		want wantError
	}{
		{"current person etag of a default read (021)", `{"etag": "` + current + `"}`, wantError{}},
		{"current person etag of a names read (022)", `{"etag": "` + currentNames + `"}`, wantError{}},
		{"current source etag (024)", src(okSource), wantError{}},
		{"current source etag without id", src(noIDSrc), wantError{}},
		{"both current", withEtag(current, okSource), wantError{}},
		{"non-tokens ignored", src(okSource + "," + profileSrc + "," + untypedSrc + "," + otherConSrc + "," + noEtagSrc), wantError{}},
		{"no tokens at all", `{}`, wantError{}},

		{"stale person etag (023)", `{"etag": "` + stale + `"}`, stalePerson},
		{"another person's etag", `{"etag": "` + others + `"}`, stalePerson},
		{"a source etag as person etag", `{"etag": "#vmL7ePGYhLw="}`, stalePerson},
		{"garbage person etag", `{"etag": "garbage"}`, stalePerson},
		{"stale source etag (025)", src(staleSrc), staleSource},
		{"stale source etag without id", src(noIDStale), staleSource},
		{"another contact source id (026)", src(otherIDSrc), staleSource},
		{"a stale entry after a current one", src(okSource + "," + staleSrc), staleSource},
		{"both stale: person etag first (027)", withEtag(stale, staleSrc), stalePerson},
		{"current person etag, stale source etag", withEtag(current, staleSrc), staleSource},
		{"stale person etag, current source etag", withEtag(stale, okSource), stalePerson},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			req, s := mustPerson(t, tt.req), stored(t)
			checkError(t, "Tokens("+tt.req+")", validate.Tokens(req, s), tt.want)
			if diff := cmp.Diff(stored(t), s, protocmp.Transform()); diff != "" {
				t.Errorf("Tokens modified the stored person (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(mustPerson(t, tt.req), req, protocmp.Transform()); diff != "" {
				t.Errorf("Tokens modified the request (-want +got):\n%s", diff)
			}
		})
	}

	// A stored person without a contact source (Stored rejects it first)
	// matches no source etag.
	profile := mustPerson(t, `{"resourceName": "people/c1", "metadata": {"sources": [{"type": "PROFILE", "id": "1", "etag": "#vmL7ePGYhLw="}]}}`)
	checkError(t, "Tokens(source etag, profile)", validate.Tokens(mustPerson(t, src(noIDSrc)), profile), staleSource)
}
