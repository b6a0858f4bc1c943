// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// badBodyInputs are the rows on the body as a whole and on its values.
func badBodyInputs() []badInput {
	return []badInput{
		// The body as a whole.
		{
			name: "20 MB body",
			req: func(tag string) Request {
				return update("biographies", withToken(tag, `"biographies":[{"value":"`+strings.Repeat("é", large(10<<20))+`"}]`))
			},
			check: func(t *testing.T, res *Result) {
				if got := res.Stored.GetBiographies()[0].GetValue(); got != strings.Repeat("é", large(10<<20)) {
					t.Errorf("biography of %d bytes stored, want the 20 MB sent", len(got))
				}
			},
			heavy:  true,
			bench:  true,
			reason: "the API documents no size limit for a write: the body is taken in full; a byte limit (413) is the HTTP server's, before the library (apierror.BodyTooLarge)",
		}, {
			name: "20 MB body cut in a string",
			req: func(tag string) Request {
				return update("biographies", `{"etag":"`+tag+`","biographies":[{"value":"`+strings.Repeat("a", large(20<<20)))
			},
			want: invalidArgument(apierror.MalformedJSON, "person", 1,
				msgSyntax("Unexpected end of string. Closing quote expected in string.", strings.Repeat("a", 20), 20)),
			bench:  true,
			reason: "a syntax error quotes 20 bytes each side of it, never the body",
		}, {
			name:   "body of 20 MB of white space",
			req:    func(string) Request { return update("names", strings.Repeat(" \n", 10<<20)) },
			want:   invalidArgument(apierror.MissingToken, "person.etag", 2, msgMissingToken),
			reason: "white space only is an empty Person (SPEC §1), which carries no token",
		}, {
			name:   "body that is a JSON array",
			req:    func(tag string) Request { return update("names", `[`+withToken(tag, "")+`]`) },
			want:   invalidArgument(apierror.MalformedJSON, "person", 1, msgRootNotMessage),
			reason: "the body is a Person: Google's parser refuses any root but an object",
		}, {
			name:   "body that is a JSON string",
			req:    func(tag string) Request { return update("names", `"`+tag+`"`) },
			want:   invalidArgument(apierror.MalformedJSON, "person", 1, msgRootNotMessage),
			reason: "the body is a Person: Google's parser refuses any root but an object",
		}, {
			name:   "body that is a JSON number",
			req:    func(string) Request { return update("names", `1e999`) },
			want:   invalidArgument(apierror.MalformedJSON, "person", 1, msgRootNotMessage),
			reason: "the body is a Person: Google's parser refuses any root but an object, whatever the number",
		}, {
			name:   "body that is null",
			req:    func(string) Request { return update("names", `null`) },
			want:   invalidArgument(apierror.MissingToken, "person.etag", 2, msgMissingToken),
			reason: "null means absent: an empty Person, which carries no token",
		}, {
			name:   "body nested 10 000 lists deep",
			req:    func(string) Request { return update("names", strings.Repeat("[", 10000)+strings.Repeat("]", 10000)) },
			want:   invalidArgument(apierror.MalformedJSON, "person", 1, msgRootNotMessage),
			reason: "the root is judged when it starts; the decoder never descends deeper than the schema",
		}, {
			name: "body nested 10 000 objects deep",
			req: func(string) Request {
				return update("names", strings.Repeat(`{"a":`, 10000)+`1`+strings.Repeat("}", 10000))
			},
			want:   invalidArgument(apierror.UnknownBodyField, "person", 1, `Invalid JSON payload received. Unknown name "a" at 'person': Cannot find field.`),
			reason: "an object is judged when it starts: the unknown name fails before its value is read",
		}, {
			name: "field nested 10 000 lists deep",
			req: func(string) Request {
				return update("names", `{"names":`+strings.Repeat("[", 10000)+strings.Repeat("]", 10000)+`}`)
			},
			want:   invalidArgument(apierror.MalformedJSON, "person.names[0]", 1, `Invalid JSON payload received. Unknown name "" at 'person.names[0]': Proto field is not repeating, cannot start list.`),
			reason: "a list inside a list is refused when it starts, as Google's parser does",
		}, {
			name:   "field nested 10 000 objects deep",
			req:    func(string) Request { return update("names", strings.Repeat(`{"metadata":`, 10000)) },
			want:   invalidArgument(apierror.UnknownBodyField, "person.metadata", 1, `Invalid JSON payload received. Unknown name "metadata" at 'person.metadata': Cannot find field.`),
			reason: "PersonMetadata has no metadata field: the schema ends the descent at depth two",
		},

		// Values.
		{
			name: "invalid UTF-8 in a string value",
			req:  func(string) Request { return update("names", "{\"names\":[{\"givenName\":\"Zo\xeb\"}]}") },
			want: invalidArgument(apierror.MalformedJSON, "person", 1,
				msgSyntax("Encountered non UTF-8 code points.", "s\":[{\"givenName\":\"Zo\uFFFD\"}]}", 20)),
			reason: "JSON text is UTF-8 (RFC 8259); Google's parser refuses the byte, and the context shows it as U+FFFD",
		}, {
			name: "lone surrogate escape in a string value",
			req:  func(string) Request { return update("names", `{"names":[{"givenName":"\ud800"}]}`) },
			want: invalidArgument(apierror.MalformedJSON, "person", 1,
				msgSyntax("Missing low surrogate.", `mes":[{"givenName":"\ud800"}]}`, 20)),
			reason: "an escape that is no Unicode character cannot be stored as UTF-8: refused, not replaced",
		}, {
			name: "Date year above int32",
			req: func(tag string) Request {
				return update("birthdays", withToken(tag, `"birthdays":[{"date":{"year":2147483648,"month":1,"day":1}}]`))
			},
			want:   invalidArgument(apierror.InvalidBodyValue, "person.birthdays[0].date.year", 1, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), 2147483648`),
			reason: "Date.year is an int32: a value out of its range is a value of the wrong type, at step 3",
		}, {
			name: "Date day below int32, as a string",
			req: func(tag string) Request {
				return update("birthdays", withToken(tag, `"birthdays":[{"date":{"month":1,"day":"-99999999999"}}]`))
			},
			want:   invalidArgument(apierror.InvalidBodyValue, "person.birthdays[0].date.day", 1, `Invalid value at 'person.birthdays[0].date.day' (TYPE_INT32), "-99999999999"`),
			reason: "an int32 may come as a decimal string, within range only",
		}, {
			name: "Date year of 1000 digits",
			req: func(tag string) Request {
				return update("birthdays", withToken(tag, `"birthdays":[{"date":{"year":1`+strings.Repeat("0", 1000)+`}}]`))
			},
			want:   invalidArgument(apierror.InvalidBodyValue, "person.birthdays[0].date.year", 1, `Invalid value at 'person.birthdays[0].date.year' (TYPE_INT32), 1`+strings.Repeat("0", 1000)),
			echo:   1001,
			reason: "out of int32 however long; the value is quoted as written",
		}, {
			name: "Date year in int32 but out of range",
			req: func(tag string) Request {
				return update("birthdays", withToken(tag, `"birthdays":[{"date":{"year":2147483647,"month":1,"day":1}}]`))
			},
			want:   invalidArgument(apierror.InvalidDate, "person.birthdays[0].date", 1, `Invalid date in person.birthdays[0].date.`),
			reason: "a valid int32 decodes; the Date range (year 0–9999) is checked with the content, at step 7",
		}, {
			name: "Date month negative",
			req: func(tag string) Request {
				return update("events", withToken(tag, `"events":[{"date":{"year":2020,"month":-1,"day":1}}]`))
			},
			want:   invalidArgument(apierror.InvalidDate, "person.events[0].date", 1, `Invalid date in person.events[0].date.`),
			reason: "month 0–12 only",
		}, {
			name: "duplicate JSON keys",
			req: func(tag string) Request {
				return update("names", withToken(tag, `"names":[{"givenName":"A"}],"names":[{"givenName":"B"}]`))
			},
			want:   invalidArgument(apierror.MalformedJSON, "person.names", 1, `Invalid JSON payload received. Duplicate name "names" at 'person': Field already set.`),
			reason: "Google's parser refuses a field set twice rather than letting the last win: no guess at which one the client meant",
		}, {
			name: "duplicate key under both spellings",
			req: func(tag string) Request {
				return update("names", withToken(tag, `"emailAddresses":[],"email_addresses":[{"value":"x@example.com"}]`))
			},
			want:   invalidArgument(apierror.MalformedJSON, "person.email_addresses", 1, `Invalid JSON payload received. Duplicate name "email_addresses" at 'person': Field already set.`),
			reason: "the same field under its JSON and its proto name is the same field twice (SPEC §1)",
		}, {
			name:   "null for a masked repeated field",
			req:    func(tag string) Request { return update("emailAddresses", withToken(tag, `"emailAddresses":null`)) },
			check:  func(t *testing.T, res *Result) { wantContactEmails(t, res.Stored); profileEmailKept(t, res.Stored) },
			reason: "null means absent (SPEC §1), and a masked field absent from the body clears the contact's items; the profile's stay",
		}, {
			name:   "null for an unmasked repeated field",
			req:    func(tag string) Request { return update("names", withToken(tag, `"emailAddresses":null`)) },
			check:  func(t *testing.T, res *Result) { wantContactEmails(t, res.Stored, "margaret@example.com") },
			reason: "unmasked fields are untouched, whatever the body holds for them",
		}, {
			name: "null inside a list",
			req: func(tag string) Request {
				return update("emailAddresses", withToken(tag, `"emailAddresses":[{"value":"a@example.com"},null]`))
			},
			want:   invalidArgument(apierror.InvalidBodyValue, "person.email_addresses[1]", 1, `Invalid value at 'person.email_addresses[1]' (type.googleapis.com/google.people.v1.EmailAddress), null`),
			reason: "null inside a list is an error (SPEC §1): a list element cannot be absent",
		}, {
			name: "numeric enum values",
			req: func(tag string) Request {
				return update("nicknames", withToken(tag, `"nicknames":[{"value":"Meg","type":2}],"metadata":{"sources":[{"type":4,"id":"38ad74eb0f67d221","etag":"#vmL7ePGYhLw="}]}`))
			},
			check: func(t *testing.T, res *Result) {
				if got := res.Stored.GetNicknames()[0].GetType(); got != person.Nickname_INITIALS {
					t.Errorf("nickname type = %v, want INITIALS (2)", got)
				}
			},
			reason: "proto3 JSON takes an enum's number for its name: 2 is INITIALS, and a source of type 4 is a CONTACT token, checked as such",
		}, {
			name: "numeric enum value that is not declared",
			req: func(tag string) Request {
				return update("nicknames", withToken(tag, `"nicknames":[{"value":"Meg","type":99}]`))
			},
			check:  func(t *testing.T, res *Result) { wantNicknameType(t, res.Stored, 99) },
			reason: "proto3 enums are open: an unknown number is kept as it is, and read back as the number",
		}, {
			name: "numeric enum value out of int32",
			req: func(tag string) Request {
				return update("nicknames", withToken(tag, `"nicknames":[{"value":"Meg","type":4294967298}]`))
			},
			want:   invalidArgument(apierror.InvalidBodyValue, "person.nicknames[0].type", 1, `Invalid value at 'person.nicknames[0].type' (type.googleapis.com/google.people.v1.Nickname.Type), 4294967298`),
			reason: "an enum number is an int32: it is not wrapped around",
		},
	}
}
