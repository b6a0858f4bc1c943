// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package peopleupdate reproduces, in pure Go and without I/O, what the Google
// People API server does when it answers people.updateContact
// (https://developers.google.com/people/api/rest/v1/people/updateContact):
// which requests it rejects and with which error, how it merges the request
// into the stored contact, which values it computes, and what it sends back.
//
// It is for those who must answer like the real server without calling it:
// fakes and emulators of the People API for tests, offline stores that sync
// with Google Contacts, and proxies that check a request before sending it.
// It is not a client of the API: use google.golang.org/api/people/v1 for that.
//
// # Using it
//
// A store holds each contact as a [person.Person]. For an update it calls
// [UpdateContact] with the stored contact and the [Request] as it came in (the
// URL's resource name, the raw query values and the raw JSON body), then
// replaces the stored contact by [Result.Stored] and answers with
// [Result.Response], which [person.Marshal] renders as the API's JSON:
//
//	res, err := peopleupdate.Options{Clock: time.Now}.UpdateContact(stored, peopleupdate.Request{
//		ResourceName:       "people/c4084048990019506721",
//		UpdatePersonFields: "emailAddresses",
//		Body:               body,
//	})
//	if err != nil {
//		var apiErr *apierror.Error
//		errors.As(err, &apiErr)
//		w.WriteHeader(apiErr.Code)
//		w.Write(apiErr.JSON()) // Google's error envelope
//		return
//	}
//	store[name] = res.Stored
//	out, _ := person.Marshal(res.Response())
//
// The settings of a call (its clock, the phone rules) are an [Options] value,
// whose methods make the calls; the package functions of the same names use
// the zero Options. [CreateContact], [BatchUpdateContacts] and [DeleteContact]
// do the same for the other methods that change a contact, and each method's
// masks are described by a [mask.Method], so that every error is worded for
// the method it answers. [Read] (or [ReadParsed], with parsed masks) answers
// a read of a stored contact, with the etag a client must send back on its
// next update. Every error the library returns is an
// [*apierror.Error]: test for a failure with errors.As and its Kind, or with
// errors.Is and the Kind, such as [apierror.StalePersonEtag]; never parse
// messages.
//
// The library keeps no state and reads no clock unless [Options].Clock gives
// it one. Updates of one contact must be serialised by the store ([SPEC §8]): each
// successful update gives the contact new etags, so a read-modify-write loop
// that retries on FAILED_PRECONDITION never loses an update.
//
// # The contract
//
// The behaviour is specified in docs/SPEC.md, following the API reference and
// what clients observe of the real server; where neither says, a written policy
// decides, so that every result is deterministic. The conformance cases in
// testdata/conformance (their format is in FORMAT.md beside them) pin it down
// as data that any implementation can be held against.
//
// # Packages
//
// The root package composes the others; each implements one part of the
// contract:
//
//   - [github.com/peopleupdate/peopleupdate/validate]: the checks of [SPEC §1]
//     and §3 (resource name, concurrency tokens, stored person, content).
//   - [github.com/peopleupdate/peopleupdate/mask]: the updatePersonFields and
//     personFields masks and the sources of §2, and the response projection of §7.
//   - [github.com/peopleupdate/peopleupdate/merge]: the merge of §4 and the
//     computed values of §5, with the built-in phone canonicaliser.
//   - [github.com/peopleupdate/peopleupdate/etag]: the person and source etags
//     of §6.
//   - [github.com/peopleupdate/peopleupdate/person]: the Person model, its field
//     table and its JSON codec (§1's body rules).
//   - [github.com/peopleupdate/peopleupdate/apierror]: the one error type, its
//     table of failures and the JSON error envelope (§3).
//
// [SPEC §8]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#8-beyond-one-call-the-fake
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
package peopleupdate
