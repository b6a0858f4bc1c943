// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/peopleupdate/peopleupdate/mask"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// A badInput is one row of the bad input catalogue: a call that a library
// embedded in a server or a fake must answer with a clear API error, or handle
// in full, whatever the size or the shape of the input, never with a panic nor
// a partial change.
type badInput struct {
	name string
	// stored returns the stored person; nil means badStored.
	stored func() *person.Person
	// req builds the call, given the person etag of a default read of the
	// stored person (badStored). An empty ResourceName is the stored person's.
	req func(tag string) Request
	// read makes the call Read(stored, req.PersonFields, req.Sources) instead.
	read bool
	// want is the error; nil means the call succeeds.
	want *apiErr
	// check, if set, checks a success further.
	check func(t *testing.T, res *Result)
	// heavy skips checkCall's per-item invariants on a success too large for
	// them; the result is still checked against a read of it.
	heavy bool
	// bench puts the row in BenchmarkBadInput. Its input is large (a
	// megabyte or more, or 100 000 items): the row is skipped in -short mode,
	// and runs under the race detector with its input cut to a 64th (see
	// large), so that CI, which runs with -race, runs it cheaply.
	bench bool
	// echo is how many bytes of the request the error message may quote:
	// the envelope is at most maxEnvelope plus 18 bytes for each (three copies
	// of the message, six bytes for the worst escape of one input byte).
	echo int
	// reason says why this is what the API answers. Required.
	reason string
}

// apiErr is what a row pins of an *apierror.Error.
type apiErr struct {
	Kind       apierror.Kind
	Code       int
	Status     string
	Message    string
	Field      string // the first violation's field, "" for none
	Violations int
}

// maxEnvelope bounds the JSON envelope of an error that quotes nothing big.
const maxEnvelope = 64 << 10

// maxViolations is the most field violations one error holds (mask.ParseUpdate).
const maxViolations = 100

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

// badInputs is the catalogue.
func badInputs() []badInput {
	return []badInput{
		// The resource name.
		{
			name: "resource name of 10 KB",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = tenKBName
				return r
			},
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "^people/[^/]+$ sets no length and the 27-character limit left the docs in 2022: the name is well formed and names no stored contact, so 404 (and the message does not quote it)",
		}, {
			name: "resource name of 10 KB of non-ASCII",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = tenKBBadName
				return r
			},
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$, so SPEC §1 makes it a valid name that no contact has: 404, and the message quotes nothing",
		}, {
			name: "resource name with ..",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = "people/.."
				return r
			},
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$: a valid name (SPEC §1) that no contact has, 404; the library does no URL path arithmetic, the router does",
		}, {
			name: "resource name climbing with /../",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = "people/c1/../c4084048990019506721"
				return r
			},
			want:   invalidArgument(apierror.InvalidResourceName, "resource_name", 1, msgBadName("people/c1/../c4084048990019506721")),
			reason: "a / after people/ fails the documented pattern ^people/[^/]+$",
		}, {
			name: "resource name with %2F",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = "people/c1%2Fc2"
				return r
			},
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$ as given: a valid name (SPEC §1) that no contact has, 404; decoding escapes is the router's business",
		}, {
			name: "resource name with NUL",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = "people/c4084048990019506721\x00"
				return r
			},
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$: a valid name (SPEC §1), not the stored contact's, so 404 and nothing of it echoed",
		}, {
			name: "resource name with invalid UTF-8",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.ResourceName = "people/c\xff"
				return r
			},
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$: a valid name (SPEC §1) that no contact has, 404, and the envelope stays valid UTF-8",
		},

		// updatePersonFields.
		{
			name: "1 MB mask of one path repeated",
			req: func(tag string) Request {
				return update(strings.Repeat("names,", large(1<<20)/6), withToken(tag, `"names":[{"givenName":"Maggie"}]`))
			},
			check:  func(t *testing.T, res *Result) { wantGiven(t, res.Stored, "Maggie") },
			bench:  true,
			reason: "a path repeated counts once (SPEC §2 policy) and no mask length is documented: the update is done, in time linear in the mask (a URL this long is the HTTP server's to refuse, with 414, before the library)",
		}, {
			name:   "1 MB mask of one invalid path",
			req:    func(tag string) Request { return update(oneMBPath, withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, msgUpdatePath(oneMBPath)),
			echo:   len(oneMBPath),
			bench:  true,
			reason: "the message names the invalid path as given, in full: the library does not shorten the API's text",
		}, {
			name: "1 MB mask of distinct invalid paths",
			req: func(tag string) Request {
				return update(join(large(1<<20)/8, ",", func(i int) string { return fmt.Sprintf("p%06d", i) }), withToken(tag, ""))
			},
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", maxViolations, msgUpdatePath("p000000")),
			bench:  true,
			reason: "the message names the first invalid path; the details list the first 100 distinct ones, not 131 072 (the cap of mask.ParseUpdate), so neither time nor envelope grows with the square or the count",
		}, {
			name: "10 000 valid paths, duplicated, in both spellings",
			req: func(tag string) Request {
				return update(strings.Join(validPaths, ","), withToken(tag, `"names":[{"givenName":"Maggie"}]`))
			},
			check:  func(t *testing.T, res *Result) { wantGiven(t, res.Stored, "Maggie"); wantContactEmails(t, res.Stored) },
			reason: "duplicates, under either spelling and with white space around, count once (SPEC §2): the mask is names,emailAddresses,urls, and the absent emailAddresses clears the contact's",
		}, {
			name:   "10 000 distinct invalid paths",
			req:    func(tag string) Request { return update(strings.Join(invalidPaths, ","), withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", maxViolations, msgUpdatePath("x0")),
			bench:  true,
			reason: "SPEC §2 reports every invalid path; the details stop at 100 (mask.ParseUpdate's documented cap) so that the envelope stays small",
		}, {
			name:   "10 000 copies of one invalid path",
			req:    func(tag string) Request { return update(strings.Repeat("photos,", 10000), withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, msgUpdatePath("photos")),
			reason: "each distinct invalid path is reported once",
		}, {
			name:   "10 000 valid paths and an invalid one last",
			req:    func(tag string) Request { return update(strings.Join(validPaths, ",")+",x", withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, msgUpdatePath("x")),
			reason: "one invalid path anywhere fails the whole mask; nothing is updated",
		}, {
			name:   "path with NUL",
			req:    func(tag string) Request { return update("names,na\x00mes", withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, `Invalid updatePersonFields mask path: "na\x00mes".`+docsURL),
			reason: "not one of the 24 names; quoted with %q, so the NUL is written \\x00",
		}, {
			name:   "path with invalid UTF-8",
			req:    func(tag string) Request { return update("names\xff", withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, `Invalid updatePersonFields mask path: "names\xff".`+docsURL),
			reason: "not one of the 24 names; the quote escapes the byte, so the message is valid UTF-8",
		}, {
			name:   "path with a Cyrillic look-alike",
			req:    func(tag string) Request { return update("n\u0430mes", withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, "Invalid updatePersonFields mask path: \"n\u0430mes\"."+docsURL),
			reason: "paths are compared byte for byte: U+0430 is not a, and no Unicode folding applies; a printable letter is quoted as it is",
		}, {
			name:   "path in fullwidth letters",
			req:    func(tag string) Request { return update("\uff4e\uff41\uff4d\uff45\uff53", withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, "Invalid updatePersonFields mask path: \"\uff4e\uff41\uff4d\uff45\uff53\"."+docsURL),
			reason: "no width folding (NFKC) either: fullwidth names are other names",
		}, {
			name:   "path with a zero-width space",
			req:    func(tag string) Request { return update("names\u200b", withToken(tag, "")) },
			want:   invalidArgument(apierror.InvalidUpdatePath, "update_person_fields", 1, `Invalid updatePersonFields mask path: "names\u200b".`+docsURL),
			reason: "only ASCII white space is trimmed; the invisible character is quoted as an escape, so the reader sees why names is refused",
		}, {
			name: "personFields with NUL",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.PersonFields = "names,\x00"
				return r
			},
			want:   invalidArgument(apierror.InvalidReadPath, "person_fields", 1, `Invalid personFields mask path: "\x00".`+docsURL),
			reason: "the read mask is checked before the body, with the same rules and quoting",
		}, {
			name: "personFields of 10 000 distinct invalid paths",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.PersonFields = strings.Join(invalidPaths, ",")
				return r
			},
			want:   invalidArgument(apierror.InvalidReadPath, "person_fields", maxViolations, msgReadPath("x0")),
			reason: "the read mask's details are capped at 100 as the update mask's",
		},

		// sources.
		{
			name:   "sources of 10 000 valid values",
			req:    func(tag string) Request { r := update("names", withToken(tag, "")); r.Sources = validValues; return r },
			bench:  true,
			reason: "a value repeated counts once: the sources are CONTACT and PROFILE",
		}, {
			name: "sources of 10 000 invalid values",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.Sources = invalidValues
				return r
			},
			want:   invalidArgument(apierror.InvalidSource, "sources[0]", maxViolations, msgSource(0, invalidValues[0])),
			bench:  true,
			reason: "the message names the first invalid value; the details list the first 100 (the cap of mask.ParseSources)",
		}, {
			name: "sources of 10 000 values, the last invalid",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.Sources = append(validValues[:9999:9999], "READ_SOURCE_TYPE_ALL")
				return r
			},
			want:   invalidArgument(apierror.InvalidSource, "sources[9999]", 1, msgSource(9999, "READ_SOURCE_TYPE_ALL")),
			reason: "the position is the value's index in the repeated parameter",
		}, {
			name: "sources value with NUL and a comma",
			req: func(tag string) Request {
				r := update("names", withToken(tag, ""))
				r.Sources = []string{"READ_SOURCE_TYPE_CONTACT,\x00"}
				return r
			},
			want:   invalidArgument(apierror.InvalidSource, "sources[0]", 1, `Invalid value at 'sources[0]' (TYPE_ENUM), "READ_SOURCE_TYPE_CONTACT,\x00"`),
			reason: "a value is never split on commas and is compared exactly; quoted escaped",
		},

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

		// Many items.
		{
			name:   "100 000 items in a masked field",
			req:    func(tag string) Request { return update("emailAddresses", withToken(tag, emails(large(100000)))) },
			check:  func(t *testing.T, res *Result) { wantContactEmailCount(t, res.Stored, large(100000)) },
			heavy:  true,
			bench:  true,
			reason: "the API caps no item count for a write (only list reads are capped at 100 emails): all are taken, in time linear in their number (BenchmarkManyItems)",
		}, {
			name:   "100 000 memberships of a system group the contact is in",
			stored: func() *person.Person { return storedInGroups(large(100000)) },
			req: func(tag string) Request {
				return update("memberships", withToken(tag, `"memberships":[`+join(large(100000), ",", func(int) string {
					return `{"contactGroupMembership":{"contactGroupResourceName":"contactGroups/family"}}`
				})+`]`))
			},
			check: func(t *testing.T, res *Result) {
				if n := len(res.Stored.GetMemberships()); n != large(100000) {
					t.Errorf("%d memberships stored, want the 100 000 sent", n)
				}
			},
			heavy:  true,
			bench:  true,
			reason: "a contact may keep a system group it is already in (SPEC §3.7); checked against the stored contact's 100 001 groups once, not once per membership",
		}, {
			name:   "100 000 items in an unmasked field",
			req:    func(tag string) Request { return update("names", withToken(tag, emails(large(100000)))) },
			check:  func(t *testing.T, res *Result) { wantContactEmails(t, res.Stored, "margaret@example.com") },
			bench:  true,
			reason: "decoded and ignored: unmasked fields are untouched",
		}, {
			name: "100 000 items in a singleton field",
			req: func(tag string) Request {
				return update("names", withToken(tag, `"names":[`+join(large(100000), ",", func(i int) string { return fmt.Sprintf(`{"givenName":"N%d"}`, i) })+`]`))
			},
			want:   invalidArgument(apierror.SingletonViolation, "person.names", 1, `Cannot have more than one person.names per source.`),
			bench:  true,
			reason: "names holds at most one contact item: the same error as for two",
		},

		// Tokens.
		{
			name:   "person etag of 1 MB",
			req:    func(string) Request { return update("names", withToken("%"+strings.Repeat("A", large(1<<20)), "")) },
			want:   failedPrecondition(apierror.StalePersonEtag, "person.etag", msgStalePerson),
			bench:  true,
			reason: "an etag that is not the current one, whatever its size, is a mismatch: FAILED_PRECONDITION, the message never quotes it",
		}, {
			name: "source etag of 1 MB",
			req: func(string) Request {
				return update("names", `{"metadata":{"sources":[{"type":"CONTACT","etag":"#`+strings.Repeat("A", large(1<<20))+`"}]}}`)
			},
			want:   failedPrecondition(apierror.StaleSourceEtag, "person.metadata.sources.etag", msgStaleSource),
			reason: "a source etag is compared as it is: any other value is stale",
		}, {
			name: "100 000 metadata.sources entries",
			req: func(tag string) Request {
				return update("names", `{"names":[{"givenName":"Maggie"}],"metadata":{"sources":[`+sourceTokens(large(100000), "#vmL7ePGYhLw=")+`]}}`)
			},
			check:  func(t *testing.T, res *Result) { wantGiven(t, res.Stored, "Maggie") },
			heavy:  true,
			bench:  true,
			reason: "every CONTACT entry with an etag is a token and is checked (SPEC §3.6); all are current, so the update is done",
		}, {
			name: "100 000 metadata.sources entries, the last stale",
			req: func(tag string) Request {
				return update("names", `{"metadata":{"sources":[`+sourceTokens(99999, "#vmL7ePGYhLw=")+`,`+sourceTokens(1, "#AAAAAAAAAAA=")+`]}}`)
			},
			want:   failedPrecondition(apierror.StaleSourceEtag, "person.metadata.sources.etag", msgStaleSource),
			reason: "one stale token among them fails the call",
		},

		// Read.
		{
			name:   "read: personFields of 1 MB of one path repeated",
			req:    func(string) Request { return Request{PersonFields: strings.Repeat("names,", large(1<<20)/6)} },
			read:   true,
			reason: "a path repeated counts once",
		}, {
			name:   "read: personFields with invalid UTF-8",
			req:    func(string) Request { return Request{PersonFields: "names,\xc0\xaf"} },
			read:   true,
			want:   invalidArgument(apierror.InvalidReadPath, "person_fields", 1, `Invalid personFields mask path: "\xc0\xaf".`+docsURL),
			reason: "an overlong encoding of / is no path; quoted escaped",
		}, {
			name:   "read: 10 000 invalid sources",
			req:    func(string) Request { return Request{Sources: invalidValues} },
			read:   true,
			want:   invalidArgument(apierror.InvalidSource, "sources[0]", maxViolations, msgSource(0, invalidValues[0])),
			reason: "as for updateContact: the first named, the first 100 listed",
		},
	}
}

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

// call makes the row's call on stored and returns what it gave: the result
// (for Read, its Response), the error, and a panic's value.
func (bi *badInput) call(stored *person.Person, req Request) (res *Result, panicked any, err error) {
	defer func() { panicked = recover() }()
	if bi.read {
		p, err := Read(stored, req.PersonFields, req.Sources)
		if p == nil {
			return nil, nil, err
		}
		// Read succeeded: its masks parse.
		var ms masks
		ms.read, _ = mask.ParseRead(req.PersonFields)
		ms.sources, _ = mask.ParseSources(req.Sources)
		res := newResult(stored, ms)
		res.once.Do(func() { res.response = p })
		return res, nil, err
	}
	res, err = testOpts.UpdateContact(stored, req)
	return res, nil, err
}

// badTag returns the person etag of a default read of p.
func badTag(tb testing.TB, p *person.Person) string {
	tb.Helper()
	r, err := Read(p, "", nil)
	if err != nil {
		tb.Fatal(err)
	}
	return r.GetEtag()
}

// skipLarge skips a row of large input in -short mode.
func (bi *badInput) skipLarge(t *testing.T) {
	t.Helper()
	if bi.bench && testing.Short() {
		t.Skip("large input: not in -short mode")
	}
}

// large returns the size n of a large input: n, or a 64th of it under the
// race detector, which slows the library down some tenfold. Every row's
// claim holds at either size (a 64th of a megabyte of distinct paths is
// still well over the 100 violations reported).
func large(n int) int {
	if raceEnabled {
		return n / 64
	}
	return n
}

// request returns the row's call on badStored.
func (bi *badInput) request(tag string) Request {
	req := bi.req(tag)
	if req.ResourceName == "" && !bi.read {
		req.ResourceName = testContact().GetResourceName()
	}
	return req
}

// TestBadInput runs the catalogue: each row answers its pinned 4xx error, or
// succeeds as pinned, never panics, and leaves the stored person and the
// request as they were.
func TestBadInput(t *testing.T) {
	seen := make(map[string]bool)
	for _, bi := range badInputs() {
		if bi.reason == "" {
			panic(fmt.Sprintf("row %q: no reason", bi.name))
		}
		if seen[bi.name] {
			panic(fmt.Sprintf("row %q: name not unique", bi.name))
		}
		seen[bi.name] = true
		t.Run(bi.name, func(t *testing.T) {
			bi.skipLarge(t)
			stored := bi.storedOf()
			before := proto.Clone(stored).(*person.Person)
			req := bi.request(badTag(t, stored))
			reqBefore := cloneRequest(req)

			res, panicked, err := bi.call(stored, req)
			if panicked != nil {
				t.Fatalf("panic: %v", panicked)
			}
			if !proto.Equal(stored, before) {
				t.Errorf("the stored person changed")
			}
			if !equalRequest(req, reqBefore) {
				t.Errorf("the request changed")
			}
			if bi.want != nil {
				checkBadError(t, &bi, res, err)
				return
			}
			if err != nil {
				t.Fatalf("error %v, want success (%s)", err, bi.reason)
			}
			if res == nil || res.Response() == nil {
				t.Fatalf("no result, and no error")
			}
			read, err := Read(res.Stored, req.PersonFields, req.Sources)
			if err != nil {
				t.Fatalf("Read of the result: %v", err)
			}
			if !proto.Equal(res.Response(), read) {
				t.Errorf("the response is not a read of the new stored person with the request's personFields and sources")
			}
			if !bi.read && !bi.heavy {
				checkCall(t, stored, req)
			}
			if bi.check != nil {
				bi.check(t, res)
			}
		})
	}
}

// checkBadError checks a row's error.
func checkBadError(t *testing.T, bi *badInput, res *Result, err error) {
	t.Helper()
	if res != nil {
		t.Errorf("a result came with the error")
	}
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T), want an *apierror.Error (%s)", err, err, bi.reason)
	}
	got := &apiErr{Kind: e.Kind, Code: e.Code, Status: e.Status, Message: e.Message, Field: e.Field(), Violations: len(e.Violations)}
	if diff := cmp.Diff(bi.want, got); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s\nreason: %s", diff, bi.reason)
	}
	if e.Code < 400 || e.Code >= 500 {
		t.Errorf("HTTP code %d, want a 4xx", e.Code)
	}
}

// TestBadInputEnvelope checks that the error envelope of every failing row is
// valid JSON holding the error, and small: at most maxEnvelope bytes, plus 18
// for each byte of the request the row's message may quote.
func TestBadInputEnvelope(t *testing.T) {
	for _, bi := range badInputs() {
		if bi.want == nil {
			continue
		}
		t.Run(bi.name, func(t *testing.T) {
			bi.skipLarge(t)
			stored := bi.storedOf()
			_, panicked, err := bi.call(stored, bi.request(badTag(t, stored)))
			var e *apierror.Error
			if panicked != nil || !errors.As(err, &e) {
				t.Fatalf("no *apierror.Error (err %v, panic %v)", err, panicked)
			}
			env := e.JSON()
			if limit := maxEnvelope + 18*bi.echo; len(env) > limit {
				t.Errorf("envelope of %d bytes, want at most %d", len(env), limit)
			}
			var got struct {
				Error struct {
					Code    int
					Message string
					Status  string
					Errors  []struct{ Message, Domain, Reason string }
					Details []struct {
						Type            string `json:"@type"`
						FieldViolations []struct{ Field, Description string }
					}
				}
			}
			if !json.Valid(env) {
				t.Fatalf("envelope is not valid JSON: %.200q", env)
			}
			if err := json.Unmarshal(env, &got); err != nil {
				t.Fatalf("envelope: %v", err)
			}
			g := got.Error
			if g.Code != e.Code || g.Message != e.Message || g.Status != e.Status || len(g.Errors) != 1 || g.Errors[0].Reason != e.Reason {
				t.Errorf("envelope does not hold the error: code %d status %q reason %v", g.Code, g.Status, g.Errors)
			}
			if n := len(e.Violations); n > 0 && (len(g.Details) != 1 || len(g.Details[0].FieldViolations) != n) {
				t.Errorf("envelope details %v, want the %d violations", g.Details, n)
			}
		})
	}
}

// BenchmarkBadInput times the large rows of the catalogue, to see that each is
// answered in time linear in its input (compare with BenchmarkManyItems).
func BenchmarkBadInput(b *testing.B) {
	for _, bi := range badInputs() {
		if !bi.bench {
			continue
		}
		b.Run(strings.ReplaceAll(bi.name, " ", "_"), func(b *testing.B) {
			stored := bi.storedOf()
			req := bi.request(badTag(b, stored))
			b.SetBytes(int64(len(req.Body) + len(req.UpdatePersonFields) + len(req.PersonFields) + 24*len(req.Sources)))
			for b.Loop() {
				_, _ = testOpts.UpdateContact(stored, req)
			}
		})
	}
}

// BenchmarkManyItems times an update of a masked field of n items, for n up
// to 100 000: the time per item (ns/op divided by n) must stay flat.
func BenchmarkManyItems(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint("emails=", n), func(b *testing.B) {
			stored := badStored()
			req := update("emailAddresses", withToken(badTag(b, stored), emails(n)))
			req.ResourceName = stored.GetResourceName()
			b.SetBytes(int64(len(req.Body)))
			for b.Loop() {
				if _, err := testOpts.UpdateContact(stored, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
