// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

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
