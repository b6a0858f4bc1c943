// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate

import (
	"strings"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/person"
)

// Error is the type of every error this package returns: an alias of
// [apierror.Error], so that errors.As(err, new(*validate.Error)) and
// errors.Is(err, apierror.StalePersonEtag) work on them, and callers need
// not import apierror to inspect one.
type Error = apierror.Error

// Field paths of the request fields at fault, in proto names as the API's
// google.rpc.BadRequest details spell them.
const (
	fieldResourceName = "resource_name"
	fieldPersonEtag   = "person.etag"
	fieldSourceEtag   = "person.metadata.sources.etag"
)

// ResourceName checks the resource name of the URL path ([SPEC §1], §3 step
// 1), exactly as §1 says: it must match ^people/[^/]+$ and name a contact, so
// neither people/me (the caller's profile) nor people/ followed by digits only
// (an account id, a profile) is accepted. A failure is an
// [apierror.InvalidResourceName] error quoting name, on field resource_name.
//
// Every other name is valid, whatever its bytes: "people/c123 " (a trailing
// space), "people/c123:updateContact", "people/c%39", a name holding control
// characters or invalid UTF-8. Such a name is simply not the name of a stored
// contact, so the call fails later with [apierror.NotFound] ([Stored]), as §1
// sends it to 404. (A router may answer 404 for it before the library is
// reached.)
//
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
func ResourceName(name string) error {
	id, ok := strings.CutPrefix(name, "people/")
	if !ok || id == "" || strings.IndexByte(id, '/') >= 0 || id == "me" || isDigits(id) {
		return apierror.NewInvalidResourceName(name).WithField(fieldResourceName, "")
	}
	return nil
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// TokenPresent checks that the request body carries a concurrency token
// ([SPEC §3] step 4): a non-empty person.etag, or an entry of type CONTACT
// with a non-empty etag in person.metadata.sources. Without either it returns
// an [apierror.MissingToken] error on the fields person.etag and
// person.metadata.sources.etag, the two the message names. Whether a token
// is current is [Tokens]' business.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func TokenPresent(req *person.Person) error {
	if req.GetEtag() != "" {
		return nil
	}
	for _, s := range req.GetMetadata().GetSources() {
		if s.GetType() == person.Source_CONTACT && s.GetEtag() != "" {
			return nil
		}
	}
	return apierror.NewMissingToken().WithField(fieldPersonEtag, "").WithField(fieldSourceEtag, "")
}

// Stored checks the person the store holds for the resource name name
// ([SPEC §1], §3 step 5). A nil stored (no such person), or one whose
// resourceName is not name (not the person asked for), is an
// [apierror.NotFound] error, with no field. A person without a contact source
// (a profile) is an [apierror.NoContactSource] error on field resource_name:
// only contact based people can be modified.
//
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
func Stored(name string, stored *person.Person) error {
	if stored == nil || stored.GetResourceName() != name {
		return apierror.NewNotFound()
	}
	if stored.ContactSource() == nil {
		return apierror.NewNoContactSource().WithField(fieldResourceName, "")
	}
	return nil
}

// Tokens checks that every concurrency token of the request is current
// ([SPEC §3] step 6), the top-level one first:
//
//   - a non-empty person.etag must be one [etag.Matches] accepts for stored,
//     else an [apierror.StalePersonEtag] error on field person.etag;
//   - then each entry of person.metadata.sources of type CONTACT with a
//     non-empty etag, in order, must carry the etag of stored's contact
//     source ([etag.MatchesSource]), else an [apierror.StaleSourceEtag]
//     error on field person.metadata.sources.etag.
//
// Entries of other types, and CONTACT entries without an etag, are not tokens
// and are not checked. Tokens assumes [Stored] accepted stored; a stored
// person without a contact source matches no source etag.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func Tokens(req, stored *person.Person) error {
	if tag := req.GetEtag(); tag != "" && !etag.Matches(stored, tag) {
		return apierror.NewStalePersonEtag().WithField(fieldPersonEtag, "")
	}
	cs := stored.ContactSource()
	for _, s := range req.GetMetadata().GetSources() {
		if s.GetType() != person.Source_CONTACT || s.GetEtag() == "" {
			continue
		}
		if !etag.MatchesSource(cs, s) {
			return apierror.NewStaleSourceEtag().WithField(fieldSourceEtag, "")
		}
	}
	return nil
}
