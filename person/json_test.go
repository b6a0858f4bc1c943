// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// fixturePath is a contact linked to a profile with every field of every
// message of the model populated, written as the API writes it.
const fixturePath = "testdata/contact.json"

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jsonValue decodes b with encoding/json, for comparing JSON documents as values.
func jsonValue(t testing.TB, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("invalid JSON %q: %v", b, err)
	}
	return v
}

// apiErr is what a test checks of an *apierror.Error.
type apiErr struct {
	Kind    apierror.Kind
	Message string
	Field   string
}

// asAPIErr returns the parts of err to compare; it fails the test if err is not
// an *apierror.Error.
func asAPIErr(t testing.TB, err error) apiErr {
	t.Helper()
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	return apiErr{e.Kind, e.Message, e.Field()}
}

func TestRoundTripFixture(t *testing.T) {
	in := readFile(t, fixturePath)
	p, err := person.Unmarshal(in)
	if err != nil {
		t.Fatalf("Unmarshal(%s): %v", fixturePath, err)
	}
	for _, tc := range []struct {
		name    string
		marshal func(*person.Person) ([]byte, error)
	}{
		{"Marshal", person.Marshal},
		{"MarshalIndent", person.MarshalIndent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.marshal(p)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if diff := cmp.Diff(jsonValue(t, in), jsonValue(t, out)); diff != "" {
				t.Errorf("%s(Unmarshal(%s)) mismatch (-want +got):\n%s", tc.name, fixturePath, diff)
			}
			again, err := person.Unmarshal(out)
			if err != nil {
				t.Fatalf("Unmarshal(%s output): %v", tc.name, err)
			}
			if diff := cmp.Diff(p, again, protocmp.Transform()); diff != "" {
				t.Errorf("Unmarshal(%s(p)) mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

// TestFixtureCoversModel checks that the fixture sets every field of every
// message reachable from Person, so that the round trip tests every field.
func TestFixtureCoversModel(t *testing.T) {
	p, err := person.Unmarshal(readFile(t, fixturePath))
	if err != nil {
		t.Fatal(err)
	}
	set := map[protoreflect.FullName]bool{}
	var visit func(m protoreflect.Message)
	visit = func(m protoreflect.Message) {
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			set[fd.FullName()] = true
			switch {
			case fd.IsList() && fd.Message() != nil:
				for i := range v.List().Len() {
					visit(v.List().Get(i).Message())
				}
			case fd.Message() != nil:
				visit(v.Message())
			}
			return true
		})
	}
	visit(p.ProtoReflect())
	var missing []string
	seen := map[protoreflect.FullName]bool{}
	var walk func(md protoreflect.MessageDescriptor)
	walk = func(md protoreflect.MessageDescriptor) {
		if seen[md.FullName()] || md.FullName() == "google.protobuf.Timestamp" {
			return
		}
		seen[md.FullName()] = true
		for i := range md.Fields().Len() {
			fd := md.Fields().Get(i)
			if !set[fd.FullName()] {
				missing = append(missing, string(fd.FullName()))
			}
			if fd.Message() != nil {
				walk(fd.Message())
			}
		}
	}
	walk(p.ProtoReflect().Descriptor())
	if len(seen) != 42 {
		t.Errorf("walked %d messages, want the 42 schemas of the discovery document", len(seen))
	}
	if len(missing) > 0 {
		t.Errorf("%s leaves these fields unset:\n%s", fixturePath, strings.Join(missing, "\n"))
	}
}

// TestConformanceBodies decodes every Person of the conformance cases: stored
// persons, request bodies and expected responses. A request body must decode
// unless the case expects an error; when that error is a decoding error (its
// message, if the case gives one, is about the payload), Unmarshal must give it.
// Stored persons and responses must survive a round trip unchanged (a null
// member of an expected response means absent).
func TestConformanceBodies(t *testing.T) {
	files, err := filepath.Glob("../testdata/conformance/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance cases: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var c struct {
				Stored  json.RawMessage
				Request struct{ Person json.RawMessage }
				Want    struct {
					Person json.RawMessage
					Error  *struct {
						Code    int
						Status  string
						Message string
					}
				}
			}
			if err := json.Unmarshal(readFile(t, file), &c); err != nil {
				t.Fatal(err)
			}
			for _, body := range []struct {
				name string
				raw  json.RawMessage
			}{{"stored", c.Stored}, {"want.person", c.Want.Person}} {
				if len(body.raw) == 0 || string(body.raw) == "null" {
					continue
				}
				p, err := person.Unmarshal(body.raw)
				if err != nil {
					t.Fatalf("Unmarshal(%s): %v", body.name, err)
				}
				out, err := person.Marshal(p)
				if err != nil {
					t.Fatalf("Marshal(%s): %v", body.name, err)
				}
				want, got := normalize(t, jsonValue(t, body.raw)), normalize(t, jsonValue(t, out))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("round trip of %s mismatch (-want +got):\n%s", body.name, diff)
				}
			}
			_, err := person.Unmarshal(c.Request.Person)
			switch w := c.Want.Error; {
			case w == nil:
				if err != nil {
					t.Errorf("Unmarshal(request.person): %v", err)
				}
			case strings.HasPrefix(w.Message, "Invalid JSON payload") || strings.HasPrefix(w.Message, "Invalid value at 'person"):
				if err == nil {
					t.Fatalf("Unmarshal(request.person) succeeded, want %q", w.Message)
				}
				if got := asAPIErr(t, err); got.Message != w.Message {
					t.Errorf("Unmarshal(request.person) = %q, want %q", got.Message, w.Message)
				}
			case w.Message == "" && err != nil:
				var e *apierror.Error
				if errors.As(err, &e) && (e.Code != w.Code || e.Status != w.Status) {
					t.Errorf("Unmarshal(request.person) = %d %s, want %d %s", e.Code, e.Status, w.Code, w.Status)
				}
			}
		})
	}
}

// normalize drops null members (absent, in the cases' convention) and spells
// timestamps (values of updateTime) in one way, so that two JSON documents of
// the same person compare equal.
func normalize(t testing.TB, v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range v {
			if x == nil {
				continue
			}
			if s, ok := x.(string); ok && k == "updateTime" {
				tm, err := time.Parse(time.RFC3339Nano, s)
				if err != nil {
					t.Fatalf("bad timestamp %q: %v", s, err)
				}
				x = tm.UTC().Format(time.RFC3339Nano)
			}
			out[k] = normalize(t, x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalize(t, x)
		}
		return out
	}
	return v
}

func TestUnmarshal(t *testing.T) {
	ts := func(s string) *timestamppb.Timestamp {
		tm, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return timestamppb.New(tm)
	}
	tests := []struct {
		desc string
		in   string
		want *person.Person
	}{
		{"empty body", ``, &person.Person{}},
		{"white space only", " \t\r\n", &person.Person{}},
		{"null body", ` null `, &person.Person{}},
		{"empty object", `{}`, &person.Person{}},
		{"lowerCamelCase names", `{"resourceName":"people/c1","emailAddresses":[{"value":"a@b.c","displayName":"A"}]}`,
			&person.Person{ResourceName: "people/c1", EmailAddresses: []*person.EmailAddress{{Value: "a@b.c", DisplayName: "A"}}}},
		{"proto names", `{"resource_name":"people/c1","email_addresses":[{"value":"a@b.c","display_name":"A"}]}`,
			&person.Person{ResourceName: "people/c1", EmailAddresses: []*person.EmailAddress{{Value: "a@b.c", DisplayName: "A"}}}},
		{"mixed spellings of different fields", `{"phone_numbers":[{"canonical_form":"+1","formattedType":"Home"}]}`,
			&person.Person{PhoneNumbers: []*person.PhoneNumber{{CanonicalForm: "+1", FormattedType: "Home"}}}},
		{"null means absent", `{"etag":null,"names":null,"metadata":null,"birthdays":[{"date":null,"text":null}]}`,
			&person.Person{Birthdays: []*person.Birthday{{}}}},
		{"null for a timestamp", `{"metadata":{"sources":[{"updateTime":null}]}}`,
			&person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{}}}}},
		{"empty list", `{"names":[]}`, &person.Person{}},
		{"empty object sets the message", `{"metadata":{}}`, &person.Person{Metadata: &person.PersonMetadata{}}},
		{"int32 as numbers and decimal strings", `{"birthdays":[{"date":{"year":"1986","month":7,"day":"-0"}}],"organizations":[{"fullTimeEquivalentMillipercent":"-2147483648"}]}`,
			&person.Person{Birthdays: []*person.Birthday{{Date: &person.Date{Year: 1986, Month: 7}}}, Organizations: []*person.Organization{{FullTimeEquivalentMillipercent: -2147483648}}}},
		{"int32 as integral numbers in any spelling", `{"birthdays":[{"date":{"year":1986.0,"month":0.7e1,"day":120e-1}}],"organizations":[{"fullTimeEquivalentMillipercent":2147483647}]}`,
			&person.Person{Birthdays: []*person.Birthday{{Date: &person.Date{Year: 1986, Month: 7, Day: 12}}}, Organizations: []*person.Organization{{FullTimeEquivalentMillipercent: 2147483647}}}},
		{"zero in any spelling", `{"birthdays":[{"date":{"year":-0.0,"month":0e999999999999,"day":0.000}}]}`,
			&person.Person{Birthdays: []*person.Birthday{{Date: &person.Date{}}}}},
		{"enums by name", `{"ageRange":"EIGHTEEN_TO_TWENTY","nicknames":[{"type":"MAIDEN_NAME"}],"metadata":{"sources":[{"type":"CONTACT","profileMetadata":{"userTypes":["GOOGLE_USER","GPLUS_USER"]}}]}}`,
			&person.Person{AgeRange: person.Person_EIGHTEEN_TO_TWENTY, Nicknames: []*person.Nickname{{Type: person.Nickname_MAIDEN_NAME}},
				Metadata: &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, ProfileMetadata: &person.ProfileMetadata{UserTypes: []person.ProfileMetadata_UserType{person.ProfileMetadata_GOOGLE_USER, person.ProfileMetadata_GPLUS_USER}}}}}}},
		{"enums by number, unknown numbers kept", `{"nicknames":[{"type":2},{"type":4.0},{"type":99}]}`,
			&person.Person{Nicknames: []*person.Nickname{{Type: person.Nickname_INITIALS}, {Type: person.Nickname_OTHER_NAME}, {Type: 99}}}},
		{"timestamps in UTC and with an offset", `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12.118204Z"},{"updateTime":"2024-11-02T19:40:12+02:00"},{"updateTime":"0001-01-01T00:00:00Z"},{"updateTime":"9999-12-31T23:59:59.999999999Z"},{"updateTime":"2024-02-29T00:00:00.5-00:30"}]}}`,
			&person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{
				{UpdateTime: ts("2024-11-02T17:40:12.118204Z")},
				{UpdateTime: ts("2024-11-02T17:40:12Z")},
				{UpdateTime: ts("0001-01-01T00:00:00Z")},
				{UpdateTime: ts("9999-12-31T23:59:59.999999999Z")},
				{UpdateTime: ts("2024-02-29T00:30:00.5Z")},
			}}}},
		{"output-only fields decoded", `{"names":[{"displayName":"Ada L","metadata":{"primary":true,"verified":true}}],"coverPhotos":[{"url":"u","default":true}]}`,
			&person.Person{Names: []*person.Name{{DisplayName: "Ada L", Metadata: &person.FieldMetadata{Primary: true, Verified: true}}}, CoverPhotos: []*person.CoverPhoto{{Url: "u", Default: true}}}},
		{"string escapes", `{"etag":"\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00 \u0000"}`,
			&person.Person{Etag: "\"\\/\b\f\n\r\té€😀 \x00"}},
		{"UTF-8 text", `{"etag":"Zoë 😀 € \u2028"}`, &person.Person{Etag: "Zoë 😀 € \u2028"}},
		{"escaped member name", `{"resource\u004eame":"people/c1"}`, &person.Person{ResourceName: "people/c1"}},
		{"white space everywhere", " {\n\t\"etag\" :\r\n \"x\" ,\"names\" : [ { } , { \"givenName\" : \"A\" } ] } \n",
			&person.Person{Etag: "x", Names: []*person.Name{{}, {GivenName: "A"}}}},
		{"false and zero values", `{"metadata":{"deleted":false},"biographies":[{"contentType":"CONTENT_TYPE_UNSPECIFIED","value":""}]}`,
			&person.Person{Metadata: &person.PersonMetadata{}, Biographies: []*person.Biography{{}}}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := person.Unmarshal([]byte(tc.in))
			if err != nil {
				t.Fatalf("Unmarshal(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("Unmarshal(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestUnmarshalErrors(t *testing.T) {
	const (
		malformed = apierror.MalformedJSON
		unknown   = apierror.UnknownBodyField
		invalid   = apierror.InvalidBodyValue
	)
	syntax := func(msg, context string) string { return "Invalid JSON payload received. " + msg + "\n" + context }
	tests := []struct {
		desc string
		in   string
		want apiErr
	}{
		// Unknown names: the place is the containing object, in proto names.
		{"unknown top-level name", `{"etag":"x","notes":"Call after 5pm."}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, "person"}},
		{"unknown nested name", `{"emailAddresses":[{"value":"a"},{"metadata":{"sourcePrimary":true,"preferred":true}}]}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "preferred" at 'person.email_addresses[1].metadata': Cannot find field.`, "person.email_addresses[1].metadata"}},
		{"unknown name with a null value", `{"notes":null}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, "person"}},
		{"unknown name with an object value", `{"names":[{"nick":{"x":[1,2]}}]}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "nick" at 'person.names[0]': Cannot find field.`, "person.names[0]"}},
		{"names are case-sensitive", `{"ETag":"x"}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "ETag" at 'person': Cannot find field.`, "person"}},
		{"JSON name of another message", `{"metadata":{"sources":[{"updateTime":"2024-01-01T00:00:00Z","update_time":null}]}}`,
			apiErr{malformed, `Invalid JSON payload received. Duplicate name "update_time" at 'person.metadata.sources[0]': Field already set.`, "person.metadata.sources[0].update_time"}},
		{"unknown name, as unescaped", `{"no\u0074es":1}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, "person"}},

		// The same field twice.
		{"same key twice", `{"etag":"a","etag":"b"}`,
			apiErr{malformed, `Invalid JSON payload received. Duplicate name "etag" at 'person': Field already set.`, "person.etag"}},
		{"both spellings", `{"emailAddresses":[],"email_addresses":[]}`,
			apiErr{malformed, `Invalid JSON payload received. Duplicate name "email_addresses" at 'person': Field already set.`, "person.email_addresses"}},
		{"both spellings, second null", `{"names":[{"given_name":"A","givenName":null}]}`,
			apiErr{malformed, `Invalid JSON payload received. Duplicate name "givenName" at 'person.names[0]': Field already set.`, "person.names[0].given_name"}},

		// Values of the wrong type.
		{"month as a word", `{"birthdays":[{"date":{"year":"1986","month":"July","day":12}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.month' (TYPE_INT32), "July"`, "person.birthdays[0].date.month"}},
		{"number for a string", `{"names":[{"givenName":5}]}`,
			apiErr{invalid, `Invalid value at 'person.names[0].given_name' (TYPE_STRING), 5`, "person.names[0].given_name"}},
		{"boolean for a string", `{"etag":true}`,
			apiErr{invalid, `Invalid value at 'person.etag' (TYPE_STRING), true`, "person.etag"}},
		{"string for a boolean", `{"metadata":{"deleted":"true"}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.deleted' (TYPE_BOOL), "true"`, "person.metadata.deleted"}},
		{"number for a boolean", `{"coverPhotos":[{"default":1}]}`,
			apiErr{invalid, `Invalid value at 'person.cover_photos[0].default' (TYPE_BOOL), 1`, "person.cover_photos[0].default"}},
		{"unknown enum name", `{"biographies":[{"contentType":"TEXT"}]}`,
			apiErr{invalid, `Invalid value at 'person.biographies[0].content_type' (type.googleapis.com/google.people.v1.Biography.ContentType), "TEXT"`, "person.biographies[0].content_type"}},
		{"enum names are case-sensitive", `{"metadata":{"sources":[{"type":"contact"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].type' (type.googleapis.com/google.people.v1.Source.Type), "contact"`, "person.metadata.sources[0].type"}},
		{"enum number as a string", `{"nicknames":[{"type":"1"}]}`,
			apiErr{invalid, `Invalid value at 'person.nicknames[0].type' (type.googleapis.com/google.people.v1.Nickname.Type), "1"`, "person.nicknames[0].type"}},
		{"enum number out of range", `{"ageRange":2147483648}`,
			apiErr{invalid, `Invalid value at 'person.age_range' (type.googleapis.com/google.people.v1.Person.AgeRange), 2147483648`, "person.age_range"}},
		{"bad enum in a list", `{"metadata":{"sources":[{"profileMetadata":{"userTypes":["GOOGLE_USER","ROBOT"]}}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].profile_metadata.user_types[1]' (type.googleapis.com/google.people.v1.ProfileMetadata.UserType), "ROBOT"`, "person.metadata.sources[0].profile_metadata.user_types[1]"}},
		{"string for a message", `{"names":["Ada"]}`,
			apiErr{invalid, `Invalid value at 'person.names[0]' (type.googleapis.com/google.people.v1.Name), "Ada"`, "person.names[0]"}},
		{"number for a message", `{"metadata":1}`,
			apiErr{invalid, `Invalid value at 'person.metadata' (type.googleapis.com/google.people.v1.PersonMetadata), 1`, "person.metadata"}},
		{"object for a string", `{"names":[{"givenName":{"value":"A"}}]}`,
			apiErr{invalid, `Invalid value at 'person.names[0]' (given_name), Starting an object on a scalar field`, "person.names[0]"}},
		{"object for a string in a list", `{"metadata":{"previousResourceNames":[{}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata' (previous_resource_names), Starting an object on a scalar field`, "person.metadata"}},
		{"object for a timestamp", `{"metadata":{"sources":[{"updateTime":{"seconds":1}}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0]' (update_time), Starting an object on a scalar field`, "person.metadata.sources[0]"}},
		{"object for a list", `{"names":{"givenName":"A"}}`,
			apiErr{invalid, `Invalid value at 'person' (names), Starting an object on a repeated field`, "person"}},
		{"string for a list of strings", `{"metadata":{"linkedPeopleResourceNames":"people/1"}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.linked_people_resource_names' (TYPE_STRING), "people/1"`, "person.metadata.linked_people_resource_names"}},
		{"string for a list of messages", `{"names":"Ada"}`,
			apiErr{invalid, `Invalid value at 'person.names' (type.googleapis.com/google.people.v1.Name), "Ada"`, "person.names"}},
		{"list for a message", `{"metadata":[]}`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "metadata" at 'person': Proto field is not repeating, cannot start list.`, "person"}},
		{"list for a string", `{"names":[{"given_name":["A"]}]}`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "given_name" at 'person.names[0]': Proto field is not repeating, cannot start list.`, "person.names[0]"}},
		{"list in a list", `{"names":[[{"givenName":"A"}]]}`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "" at 'person.names[0]': Proto field is not repeating, cannot start list.`, "person.names[0]"}},
		{"null in a list of messages", `{"names":[{},null]}`,
			apiErr{invalid, `Invalid value at 'person.names[1]' (type.googleapis.com/google.people.v1.Name), null`, "person.names[1]"}},
		{"null in a list of strings", `{"metadata":{"previousResourceNames":[null]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.previous_resource_names[0]' (TYPE_STRING), null`, "person.metadata.previous_resource_names[0]"}},
		{"null in a list of enums", `{"metadata":{"sources":[{"profileMetadata":{"userTypes":[null]}}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].profile_metadata.user_types[0]' (type.googleapis.com/google.people.v1.ProfileMetadata.UserType), null`, "person.metadata.sources[0].profile_metadata.user_types[0]"}},
		{"string quoted as JSON", `{"etag":["a\"b\n"]}`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "etag" at 'person': Proto field is not repeating, cannot start list.`, "person"}},
		{"bad string value quoted as JSON", `{"birthdays":[{"date":{"day":"a\"b\n\u00e9"}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.day' (TYPE_INT32), "a\"b\né"`, "person.birthdays[0].date.day"}},

		// int32 values.
		{"int32 overflow", `{"birthdays":[{"date":{"year":3000000000}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), 3000000000`, "person.birthdays[0].date.year"}},
		{"int32 overflow as a string", `{"organizations":[{"fullTimeEquivalentMillipercent":"2147483648"}]}`,
			apiErr{invalid, `Invalid value at 'person.organizations[0].full_time_equivalent_millipercent' (TYPE_INT32), "2147483648"`, "person.organizations[0].full_time_equivalent_millipercent"}},
		{"int32 underflow", `{"birthdays":[{"date":{"year":-2147483649}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), -2147483649`, "person.birthdays[0].date.year"}},
		{"fraction", `{"birthdays":[{"date":{"day":1.5}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.day' (TYPE_INT32), 1.5`, "person.birthdays[0].date.day"}},
		{"tiny exponent", `{"birthdays":[{"date":{"day":1e-400}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.day' (TYPE_INT32), 1e-400`, "person.birthdays[0].date.day"}},
		{"huge exponent", `{"birthdays":[{"date":{"day":1e99999999999999999999}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.day' (TYPE_INT32), 1e99999999999999999999`, "person.birthdays[0].date.day"}},
		{"exponent in a string", `{"birthdays":[{"date":{"year":"1.986e3"}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), "1.986e3"`, "person.birthdays[0].date.year"}},
		{"fraction in a string", `{"birthdays":[{"date":{"year":"1986.0"}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), "1986.0"`, "person.birthdays[0].date.year"}},
		{"spaces in a string", `{"birthdays":[{"date":{"year":" 1986"}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), " 1986"`, "person.birthdays[0].date.year"}},
		{"plus sign in a string", `{"birthdays":[{"date":{"year":"+1986"}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), "+1986"`, "person.birthdays[0].date.year"}},
		{"leading zero in a string", `{"birthdays":[{"date":{"month":"07"}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.month' (TYPE_INT32), "07"`, "person.birthdays[0].date.month"}},
		{"empty string", `{"birthdays":[{"date":{"month":""}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.month' (TYPE_INT32), ""`, "person.birthdays[0].date.month"}},
		{"boolean for an int32", `{"birthdays":[{"date":{"month":true}}]}`,
			apiErr{invalid, `Invalid value at 'person.birthdays[0].date.month' (TYPE_INT32), true`, "person.birthdays[0].date.month"}},

		// Timestamps.
		{"timestamp without a zone", `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'updateTime', Illegal timestamp format; timestamps must end with 'Z' or have a valid timezone offset.`, "person.metadata.sources[0].update_time"}},
		{"timestamp with a bad date", `{"metadata":{"sources":[{"update_time":"2023-02-29T00:00:00Z"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'update_time', Invalid time format: Failed to parse input`, "person.metadata.sources[0].update_time"}},
		{"timestamp with ten fractional digits", `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12.1234567890Z"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'updateTime', Invalid time format: Failed to parse input`, "person.metadata.sources[0].update_time"}},
		{"timestamp before year 1", `{"metadata":{"sources":[{"updateTime":"0001-01-01T00:00:00+00:01"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'updateTime', Invalid time format: Failed to parse input`, "person.metadata.sources[0].update_time"}},
		{"timestamp with a bad offset", `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12+24:00"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'updateTime', Illegal timestamp format; timestamps must end with 'Z' or have a valid timezone offset.`, "person.metadata.sources[0].update_time"}},
		{"timestamp in lower case", `{"metadata":{"sources":[{"updateTime":"2024-11-02t17:40:12z"}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'updateTime', Illegal timestamp format; timestamps must end with 'Z' or have a valid timezone offset.`, "person.metadata.sources[0].update_time"}},
		{"number for a timestamp", `{"metadata":{"sources":[{"updateTime":1730569212}]}}`,
			apiErr{invalid, `Invalid value at 'person.metadata.sources[0].update_time' (type.googleapis.com/google.protobuf.Timestamp), Field 'updateTime', Invalid data type for timestamp`, "person.metadata.sources[0].update_time"}},

		// The body as a whole.
		{"list body", `[{"etag":"x"}]`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "": Root element must be a message.`, "person"}},
		{"string body", `"people/c1"`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "": Root element must be a message.`, "person"}},
		{"number body", `12`,
			apiErr{malformed, `Invalid JSON payload received. Unknown name "": Root element must be a message.`, "person"}},
		{"10000 nested lists", strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
			apiErr{malformed, `Invalid JSON payload received. Unknown name "": Root element must be a message.`, "person"}},
		{"10000 nested lists in a field", `{"names":` + strings.Repeat("[", 10000),
			apiErr{malformed, `Invalid JSON payload received. Unknown name "" at 'person.names[0]': Proto field is not repeating, cannot start list.`, "person.names[0]"}},
		{"10000 nested objects", strings.Repeat(`{"names":[`, 10000),
			apiErr{unknown, `Invalid JSON payload received. Unknown name "names" at 'person.names[0]': Cannot find field.`, "person.names[0]"}},

		// Syntax errors: Google's parser's words, the input around the error and a
		// caret under it.
		{"trailing data", `{"etag":"x"} {}`,
			apiErr{malformed, syntax("Parsing terminated before end of input.", "{\"etag\":\"x\"} {}\n             ^"), "person"}},
		{"truncated", `{"etag":"x"`,
			apiErr{malformed, syntax("Unexpected end of string. Expected , or } after key:value pair.", "{\"etag\":\"x\"\n           ^"), "person"}},
		{"truncated after a comma", `{"etag":"x",`,
			apiErr{malformed, syntax("Unexpected end of string. Expected an object key or }.", "{\"etag\":\"x\",\n            ^"), "person"}},
		{"truncated string", `{"etag":"x`,
			apiErr{malformed, syntax("Unexpected end of string. Closing quote expected in string.", "{\"etag\":\"x\n          ^"), "person"}},
		{"NaN", `{"birthdays":[{"date":{"day":NaN}}]}`,
			apiErr{malformed, syntax("Unexpected token.", "ys\":[{\"date\":{\"day\":NaN}}]}\n                    ^"), "person"}},
		{"unquoted key", `{etag:"x"}`,
			apiErr{malformed, syntax("Expected an object key or }.", "{etag:\"x\"}\n ^"), "person"}},
		{"single quotes", `{"etag":'x'}`,
			apiErr{malformed, syntax("Expected a value.", "{\"etag\":'x'}\n        ^"), "person"}},
		{"missing colon", `{"etag" "x"}`,
			apiErr{malformed, syntax("Expected : between key:value pair.", "{\"etag\" \"x\"}\n        ^"), "person"}},
		{"missing comma", `{"names":[{} {}]}`,
			apiErr{malformed, syntax("Expected , or ] after array value.", "{\"names\":[{} {}]}\n             ^"), "person"}},
		{"trailing comma in an object", `{"etag":"x",}`,
			apiErr{malformed, syntax("Expected an object key or }.", "{\"etag\":\"x\",}\n            ^"), "person"}},
		{"trailing comma in a list", `{"names":[{},]}`,
			apiErr{malformed, syntax("Unexpected token.", "{\"names\":[{},]}\n             ^"), "person"}},
		{"leading zero", `{"birthdays":[{"date":{"day":012}}]}`,
			apiErr{malformed, syntax("Unable to parse number.", "ys\":[{\"date\":{\"day\":012}}]}\n                    ^"), "person"}},
		{"bad number", `{"birthdays":[{"date":{"day":1.}}]}`,
			apiErr{malformed, syntax("Unable to parse number.", "ys\":[{\"date\":{\"day\":1.}}]}\n                    ^"), "person"}},
		{"plus sign", `{"birthdays":[{"date":{"day":+1}}]}`,
			apiErr{malformed, syntax("Expected a value.", "ys\":[{\"date\":{\"day\":+1}}]}\n                    ^"), "person"}},
		{"bad literal", `{"etag":nul}`,
			apiErr{malformed, syntax("Unexpected token.", "{\"etag\":nul}\n        ^"), "person"}},
		{"literal with a tail", `{"etag":nullx}`,
			apiErr{malformed, syntax("Expected , or } after key:value pair.", "{\"etag\":nullx}\n            ^"), "person"}},
		{"bad escape", `{"etag":"a\x"}`,
			apiErr{malformed, syntax("Invalid escape sequence.", "{\"etag\":\"a\\x\"}\n          ^"), "person"}},
		{"bad unicode escape", `{"etag":"\u12G4"}`,
			apiErr{malformed, syntax("Illegal hex string.", "{\"etag\":\"\\u12G4\"}\n         ^"), "person"}},
		{"lone high surrogate", `{"etag":"\ud800x"}`,
			apiErr{malformed, syntax("Missing low surrogate.", "{\"etag\":\"\\ud800x\"}\n         ^"), "person"}},
		{"high surrogate and no low", `{"etag":"\ud800\u0041"}`,
			apiErr{malformed, syntax("Invalid low surrogate.", "{\"etag\":\"\\ud800\\u0041\"}\n               ^"), "person"}},
		{"lone low surrogate", `{"etag":"\udc00"}`,
			apiErr{malformed, syntax("Invalid unicode code point.", "{\"etag\":\"\\udc00\"}\n         ^"), "person"}},
		{"control character", "{\"etag\":\"a\nb\"}",
			apiErr{malformed, syntax("Invalid control character in string.", "{\"etag\":\"a\nb\"}\n          ^"), "person"}},
		{"invalid UTF-8 in a string", "{\"etag\":\"Zo\xeb\"}",
			apiErr{malformed, syntax("Encountered non UTF-8 code points.", "{\"etag\":\"Zo\uFFFD\"}\n           ^"), "person"}},
		{"invalid UTF-8 in a name", "{\"\xff\":1}",
			apiErr{malformed, syntax("Encountered non UTF-8 code points.", "{\"\uFFFD\":1}\n  ^"), "person"}},
		{"invalid UTF-8 outside strings", "{\"etag\":\"x\"\xc0}",
			apiErr{malformed, syntax("Encountered non UTF-8 code points.", "{\"etag\":\"x\"\uFFFD}\n           ^"), "person"}},
		{"non-ASCII outside strings", `{"etag":"x"é}`,
			apiErr{malformed, syntax("Expected , or } after key:value pair.", "{\"etag\":\"x\"é}\n           ^"), "person"}},
		{"context cut to 20 bytes each side", `{"resourceName":"people/c1","etag":"x","names":[{"givenName":"Ada"} {"familyName":"Lovelace"}]}`,
			apiErr{malformed, syntax("Expected , or ] after array value.", "{\"givenName\":\"Ada\"} {\"familyName\":\"Lovel\n                    ^"), "person"}},
		{"context cut at character boundaries", `{"etag":"ééééééééééé" x}`,
			apiErr{malformed, syntax("Expected , or } after key:value pair.", "ééééééééé\" x}\n           ^"), "person"}},

		// First error in document order.
		{"unknown name before a bad value", `{"notes":1,"etag":5}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, "person"}},
		{"bad value before an unknown name", `{"etag":5,"notes":1}`,
			apiErr{invalid, `Invalid value at 'person.etag' (TYPE_STRING), 5`, "person.etag"}},
		{"unknown name before a syntax error", `{"notes":"x" "etag"}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, "person"}},
		{"syntax error in the value of an unknown name", `{"notes":"x`,
			apiErr{malformed, syntax("Unexpected end of string. Closing quote expected in string.", "{\"notes\":\"x\n           ^"), "person"}},
		{"unknown object before a syntax error in it", `{"notes":{"x":}}`,
			apiErr{unknown, `Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.`, "person"}},
		{"bad value before a syntax error", `{"etag":5 x`,
			apiErr{invalid, `Invalid value at 'person.etag' (TYPE_STRING), 5`, "person.etag"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p, err := person.Unmarshal([]byte(tc.in))
			if err == nil {
				t.Fatalf("Unmarshal(%q) = %v, want error %q", tc.in, p, tc.want.Message)
			}
			if p != nil {
				t.Errorf("Unmarshal(%q) returned a person with its error", tc.in)
			}
			if diff := cmp.Diff(tc.want, asAPIErr(t, err)); diff != "" {
				t.Errorf("Unmarshal(%q) error mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestUnmarshalOptionsRoot checks that UnmarshalOptions.Root is where the
// places of errors start, and that the zero Root is person.
func TestUnmarshalOptionsRoot(t *testing.T) {
	const root = "contacts[0].contact_person"
	tests := []struct {
		desc string
		root string
		in   string
		want apiErr
	}{
		{"unknown nested name", root, `{"names":[{"x":1}]}`,
			apiErr{apierror.UnknownBodyField, `Invalid JSON payload received. Unknown name "x" at '` + root + `.names[0]': Cannot find field.`, root + ".names[0]"}},
		{"unknown top-level name", root, `{"x":1}`,
			apiErr{apierror.UnknownBodyField, `Invalid JSON payload received. Unknown name "x" at '` + root + `': Cannot find field.`, root}},
		{"bad value", root, `{"etag":5}`,
			apiErr{apierror.InvalidBodyValue, `Invalid value at '` + root + `.etag' (TYPE_STRING), 5`, root + ".etag"}},
		{"not an object", root, `[]`,
			apiErr{apierror.MalformedJSON, `Invalid JSON payload received. Unknown name "": Root element must be a message.`, root}},
		{"syntax error", root, `{"etag"`,
			apiErr{apierror.MalformedJSON, "Invalid JSON payload received. Unexpected end of string. Expected : between key:value pair.\n{\"etag\"\n       ^", root}},
		{"zero Root", "", `{"names":[{"x":1}]}`,
			apiErr{apierror.UnknownBodyField, `Invalid JSON payload received. Unknown name "x" at 'person.names[0]': Cannot find field.`, "person.names[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := person.UnmarshalOptions{Root: tc.root}.Unmarshal([]byte(tc.in))
			if err == nil {
				t.Fatalf("Unmarshal(%q) succeeded, want error %q", tc.in, tc.want.Message)
			}
			if diff := cmp.Diff(tc.want, asAPIErr(t, err)); diff != "" {
				t.Errorf("Unmarshal(%q) error mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestUnmarshalLinear checks that large and deeply nested inputs take time
// linear in their size: each case runs well under a second even with the race
// detector.
func TestUnmarshalLinear(t *testing.T) {
	many := func(n int, item string) string {
		return `{"emailAddresses":[` + strings.Repeat(item+",", n-1) + item + `]}`
	}
	tests := []struct {
		desc    string
		in      string
		wantErr bool
	}{
		{"1 MB string", `{"etag":"` + strings.Repeat("a", 1<<20) + `"}`, false},
		{"1 MB escaped string", `{"etag":"` + strings.Repeat(`\u00e9`, 1<<18) + `"}`, false},
		{"100000 items", many(100000, `{"value":"a@b.c","type":"home"}`), false},
		{"100000 items, the last bad", many(99999, `{"value":"a@b.c"}`)[:len(many(99999, `{"value":"a@b.c"}`))-2] + `,{"value":5}]}`, true},
		{"1 MB of white space", "{" + strings.Repeat(" \n", 1<<19) + "}", false},
		{"1000000 nested lists", strings.Repeat("[", 1000000), true},
		{"1000000 nested objects", strings.Repeat(`{"a":`, 1000000), true},
		{"1 MB number", `{"birthdays":[{"date":{"day":1` + strings.Repeat("0", 1<<20) + `e-1048576}}]}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			start := time.Now()
			_, err := person.Unmarshal([]byte(tc.in))
			if (err != nil) != tc.wantErr {
				t.Errorf("Unmarshal: error %v, want error: %t", err, tc.wantErr)
			}
			if err != nil {
				asAPIErr(t, err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Unmarshal of %d bytes took %v", len(tc.in), d)
			}
		})
	}
}

func TestMarshal(t *testing.T) {
	tests := []struct {
		desc string
		in   *person.Person
		want string
	}{
		{"nil", nil, `{}`},
		{"empty", &person.Person{}, `{}`},
		{"zero values left out", &person.Person{
			AgeRange:    person.Person_AGE_RANGE_UNSPECIFIED,
			Nicknames:   []*person.Nickname{{Type: person.Nickname_DEFAULT, Value: "Bo"}},
			Birthdays:   []*person.Birthday{{Date: &person.Date{Year: 0, Month: 7, Day: 0}}},
			Biographies: []*person.Biography{},
			Metadata:    &person.PersonMetadata{Deleted: false},
		}, `{"metadata":{},"birthdays":[{"date":{"month":7}}],"nicknames":[{"value":"Bo"}]}`},
		{"declaration order", &person.Person{
			Urls:         []*person.Url{{Value: "u"}},
			Addresses:    []*person.Address{{City: "c"}},
			Etag:         "e",
			ResourceName: "people/c1",
		}, `{"resourceName":"people/c1","etag":"e","addresses":[{"city":"c"}],"urls":[{"value":"u"}]}`},
		{"enums", &person.Person{
			AgeRange:  person.Person_LESS_THAN_EIGHTEEN,
			Nicknames: []*person.Nickname{{Type: person.Nickname_SHORT_NAME}, {Type: 42}},
			Metadata:  &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, ProfileMetadata: &person.ProfileMetadata{UserTypes: []person.ProfileMetadata_UserType{0, 3}}}}},
		}, `{"metadata":{"sources":[{"type":"CONTACT","profileMetadata":{"userTypes":["USER_TYPE_UNKNOWN","GOOGLE_APPS_USER"]}}]},"ageRange":"LESS_THAN_EIGHTEEN","nicknames":[{"type":"SHORT_NAME"},{"type":42}]}`},
		{"numbers and booleans", &person.Person{
			Organizations: []*person.Organization{{Current: true, FullTimeEquivalentMillipercent: -2147483648, EndDate: &person.Date{Year: 2009, Month: 6, Day: 30}}},
		}, `{"organizations":[{"current":true,"endDate":{"year":2009,"month":6,"day":30},"fullTimeEquivalentMillipercent":-2147483648}]}`},
		{"timestamps", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212, Nanos: 118000000}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212, Nanos: 118204000}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 1730569212, Nanos: 1}},
			{UpdateTime: &timestamppb.Timestamp{}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: -62135596800}},
			{UpdateTime: &timestamppb.Timestamp{Seconds: 253402300799, Nanos: 999999999}},
		}}}, `{"metadata":{"sources":[{"updateTime":"2024-11-02T17:40:12Z"},{"updateTime":"2024-11-02T17:40:12.118Z"},{"updateTime":"2024-11-02T17:40:12.118204Z"},{"updateTime":"2024-11-02T17:40:12.000000001Z"},{"updateTime":"1970-01-01T00:00:00Z"},{"updateTime":"0001-01-01T00:00:00Z"},{"updateTime":"9999-12-31T23:59:59.999999999Z"}]}}`},
		{"escapes", &person.Person{Etag: "\"\\/\b\f\n\r\t\x00\x1f\x7f&'<=>é€😀\u0085\u00ad\u200b\u2028\u2029\ufeff\ufffd"},
			`{"etag":"\"\\/\b\f\n\r\t\u0000\u001f\u007f\u0026\u0027\u003c\u003d\u003eé€😀\u0085\u00ad\u200b\u2028\u2029\ufeff` + "\ufffd" + `"}`},
		{"URL as Google writes it", &person.Person{Photos: []*person.Photo{{Url: "https://lh3.googleusercontent.com/a/x=s100?a=1&b=2"}}},
			`{"photos":[{"url":"https://lh3.googleusercontent.com/a/x\u003ds100?a\u003d1\u0026b\u003d2"}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := person.Marshal(tc.in)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("Marshal mismatch (-want +got):\n%s", diff)
			}
			if !json.Valid(got) {
				t.Errorf("Marshal output is not valid JSON: %s", got)
			}
			back, err := person.Unmarshal(got)
			if err != nil {
				t.Fatalf("Unmarshal(Marshal(p)): %v", err)
			}
			want := tc.in
			if want == nil {
				want = &person.Person{}
			}
			if diff := cmp.Diff(want, back, protocmp.Transform()); diff != "" {
				t.Errorf("Unmarshal(Marshal(p)) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarshalIndent(t *testing.T) {
	p := &person.Person{
		ResourceName: "people/c1",
		Metadata:     &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, Id: "1"}}},
		Names:        []*person.Name{{GivenName: "Ada", Metadata: &person.FieldMetadata{}}, {FamilyName: "Lovelace"}},
	}
	want := `{
  "resourceName": "people/c1",
  "metadata": {
    "sources": [
      {
        "type": "CONTACT",
        "id": "1"
      }
    ]
  },
  "names": [
    {
      "metadata": {},
      "givenName": "Ada"
    },
    {
      "familyName": "Lovelace"
    }
  ]
}
`
	got, err := person.MarshalIndent(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("MarshalIndent mismatch (-want +got):\n%s", diff)
	}
	got, err = person.MarshalIndent(nil)
	if err != nil || string(got) != "{}\n" {
		t.Errorf("MarshalIndent(nil) = %q, %v; want %q", got, err, "{}\n")
	}
}

func TestMarshalErrors(t *testing.T) {
	tests := []struct {
		desc string
		in   *person.Person
		want string
	}{
		{"invalid UTF-8", &person.Person{Names: []*person.Name{{GivenName: "Zo\xeb"}}}, "person: field peopleupdate.person.Name.given_name holds a string that is not valid UTF-8"},
		{"timestamp before year 1", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{UpdateTime: &timestamppb.Timestamp{Seconds: -62135596801}}}}}, "person: field peopleupdate.person.Source.update_time holds a timestamp outside years 1 to 9999"},
		{"timestamp after year 9999", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{UpdateTime: &timestamppb.Timestamp{Seconds: 253402300800}}}}}, "person: field peopleupdate.person.Source.update_time holds a timestamp outside years 1 to 9999"},
		{"negative nanos", &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{UpdateTime: &timestamppb.Timestamp{Nanos: -1}}}}}, "person: field peopleupdate.person.Source.update_time holds a timestamp outside years 1 to 9999"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			for _, marshal := range []func(*person.Person) ([]byte, error){person.Marshal, person.MarshalIndent} {
				b, err := marshal(tc.in)
				if err == nil {
					t.Fatalf("Marshal = %s, want error %q", b, tc.want)
				}
				if err.Error() != tc.want {
					t.Errorf("Marshal error = %q, want %q", err, tc.want)
				}
			}
		})
	}
}

// TestMarshalDeterministic checks that equal persons give the same bytes, built
// in another order or cloned.
func TestMarshalDeterministic(t *testing.T) {
	p, err := person.Unmarshal(readFile(t, fixturePath))
	if err != nil {
		t.Fatal(err)
	}
	first, err := person.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		q := proto.Clone(p).(*person.Person)
		b, err := person.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, b) {
			t.Fatalf("Marshal gave different bytes for equal persons:\n%s\n%s", first, b)
		}
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, first); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(compact.Bytes(), first) {
		t.Errorf("Marshal output is not compact:\n%s", first)
	}
}
