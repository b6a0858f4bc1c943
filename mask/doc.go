// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package mask parses the field masks and read sources of the People API
// methods that take a person mask (people.updateContact first), and projects a
// person onto them for the response.
//
// It implements [SPEC §2] (field masks and sources) and §7 (the response
// projection) of the project's contract; the API's own reference is
// https://developers.google.com/people/api/rest/v1/people/updateContact.
//
// # Masks
//
//   - [ParseUpdate] parses updatePersonFields into an [Update], a set of the 24
//     updatable fields. The mask is required.
//   - [ParseRead] parses personFields into a [Read], a set of the 29 readable
//     fields; not set means all of them ([AllRead]).
//   - A [Method] describes one People API method that takes a person mask
//     (people.get, people.batchUpdateContacts, people.searchContacts, ...):
//     [Method.ParseUpdate] and [Method.ParseRead] parse its masks with its own
//     rules (a required read mask, a narrower set of paths) and word its
//     errors with its own parameter names (updateMask, readMask, copyMask),
//     fields at fault and reference page. ParseUpdate and ParseRead are those
//     of [UpdateContact].
//   - [UpdateFromFieldMask], [ReadFromFieldMask], [Update.FieldMask] and
//     [Read.FieldMask] convert from and to google.protobuf.FieldMask.
//
// A mask is a comma-separated list of top-level field names, lowerCamelCase or
// their exact snake_case spelling, trimmed of surrounding ASCII whitespace;
// empty segments are skipped and repeats count once. Parsing a valid mask
// allocates nothing.
//
// # Sources
//
// [ParseSources] parses the repeated sources parameter into [Sources], a set of
// [ReadSource] values; not set means [DefaultSources] (PROFILE and CONTACT).
// [Sources.Selects] and [Sources.SelectsItem] say which data a set selects.
//
// # Projection
//
// [Project] returns a new person holding only what a response under a [Read] and
// [Sources] shows, sharing no memory with its input.
//
// # Errors
//
// Every failure is an [*apierror.Error] of kind [apierror.MissingUpdateMask],
// [apierror.InvalidUpdatePath], [apierror.MissingReadMask],
// [apierror.InvalidReadPath] or [apierror.InvalidSource], with the API's
// message and one field violation per invalid value, on the method's mask
// field (update_person_fields, person_fields, update_mask, read_mask,
// copy_mask) or sources[i]; an error lists at most 100 of them, the first
// ones. The texts of sources errors are the same for every method.
//
// The package does no I/O.
//
// [SPEC §2]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#2-field-masks
package mask
