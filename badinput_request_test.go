// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
)

// badInputs is the catalogue.
func badInputs() []badInput {
	return slices.Concat(badRequestInputs(), badBodyInputs(), badScaleInputs())
}

// badRequestInputs are the rows on the resource name, updatePersonFields and
// sources.
func badRequestInputs() []badInput {
	return []badInput{
		// The resource name.
		{
			name:   "resource name of 10 KB",
			req:    named(tenKBName),
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "^people/[^/]+$ sets no length and the 27-character limit left the docs in 2022: the name is well formed and names no stored contact, so 404 (and the message does not quote it)",
		}, {
			name:   "resource name of 10 KB of non-ASCII",
			req:    named(tenKBBadName),
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$, so SPEC §1 makes it a valid name that no contact has: 404, and the message quotes nothing",
		}, {
			name:   "resource name with ..",
			req:    named("people/.."),
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$: a valid name (SPEC §1) that no contact has, 404; the library does no URL path arithmetic, the router does",
		}, {
			name:   "resource name climbing with /../",
			req:    named("people/c1/../c4084048990019506721"),
			want:   invalidArgument(apierror.InvalidResourceName, "resource_name", 1, msgBadName("people/c1/../c4084048990019506721")),
			reason: "a / after people/ fails the documented pattern ^people/[^/]+$",
		}, {
			name:   "resource name with %2F",
			req:    named("people/c1%2Fc2"),
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$ as given: a valid name (SPEC §1) that no contact has, 404; decoding escapes is the router's business",
		}, {
			name:   "resource name with NUL",
			req:    named("people/c4084048990019506721\x00"),
			want:   &apiErr{Kind: apierror.NotFound, Code: 404, Status: "NOT_FOUND", Message: msgNotFound},
			reason: "it matches ^people/[^/]+$: a valid name (SPEC §1), not the stored contact's, so 404 and nothing of it echoed",
		}, {
			name:   "resource name with invalid UTF-8",
			req:    named("people/c\xff"),
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
	}
}
