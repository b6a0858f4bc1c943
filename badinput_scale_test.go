// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// badScaleInputs are the rows on many items, on tokens and on Read.
func badScaleInputs() []badInput {
	return []badInput{
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
