// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package etag computes and checks the two concurrency tokens of the People API
// ([SPEC §6]).
//
// A source etag ("#" + base64 of 8 bytes, e.g. "#vmL7ePGYhLw=") sits on each
// entry of person.metadata.sources and is replaced on every update of that
// source: see [NextSource].
//
// A person etag ("%" + base64) is what a read returns in person.etag. Like the
// real server's, it is shaped by the read: it encodes the read mask and the read
// sources it was issued for, plus a digest of the resource name and of every
// source's type, id and etag. So it changes whenever any source changes, and the
// same unchanged person read with another mask has another etag. [ForPerson]
// issues one, [Decode] recovers the read it was issued for, and [Matches] checks
// one sent back in an update against the current stored person.
//
// Every function is deterministic and does no I/O: the same person and read give
// the same etag in every process.
//
// See https://developers.google.com/people/api/rest/v1/people/updateContact.
//
// [SPEC §6]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#6-etags
package etag
