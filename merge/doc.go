// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package merge computes the contact that a successful people.updateContact
// call stores: the stored person, with the fields of the update mask replaced
// by the request's contact items, the values the server computes filled in,
// and the contact source's etag and updateTime advanced.
//
// It implements [SPEC §4] (merge), §5 (computed values) and the source
// bookkeeping of §6; the checks of §3 are package validate's, which uses
// [person.IsContactItem] and [Empty] to see the request items as the merge
// will.
//
//   - [Apply] is the merge: stored + request + update mask → new stored
//     person, a value that shares no memory with its inputs.
//   - [person.IsContactItem] and [Empty] decide which request items an
//     update keeps: those of the contact source that hold content.
//   - [Canonical] is the built-in phone canonicaliser, a phone number's E.164
//     form, which [Options] lets a caller replace.
//
// Nothing here reads a clock, does I/O or uses randomness: the time of the
// update, the phone region and the phone canonicaliser come in through
// [Options], so that the same inputs always give the same result.
//
// See https://developers.google.com/people/api/rest/v1/people/updateContact.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
package merge
