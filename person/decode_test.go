// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
)

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
