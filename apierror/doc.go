// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package apierror is the one error type of the library: every failure the People
// API answers an updateContact (or a read) with, whichever package detects it.
//
// An [*Error] carries what a client of the real API sees: the HTTP code, the
// canonical status (INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ...), the
// legacy reason (badRequest, failedPrecondition, notFound, ...), the message, and
// its details: the request fields at fault (google.rpc.BadRequest), an optional
// google.rpc.ErrorInfo, and further entries. [Error.JSON] renders Google's JSON
// error envelope.
//
// Two tables hold every rule. The table of kinds (kind.go) gives each failure
// the library detects its canonical status and message template; each [Kind]
// has one typed constructor ([NewNotFound], [NewInvalidUpdatePath], ...), so a
// message cannot be built with the wrong arguments. The table of canonical
// statuses (status.go) gives each status its HTTP code, google.rpc.Code number
// and legacy reason, for the kinds and for [FromStatus], with which a server
// around the library builds the failures only it has (authentication, routing,
// injected faults). Callers test for a failure with [errors.As] and the Kind,
// or with [errors.Is] and the Kind itself, which is an error and a constant:
// errors.Is(err, apierror.StalePersonEtag). They never parse text.
//
// Package validate re-exports the type as validate.Error.
//
// See https://developers.google.com/people/api/rest/v1/people/updateContact and
// https://cloud.google.com/apis/design/errors.
package apierror
