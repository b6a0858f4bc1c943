// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package apierror is the one error type of the library: every failure the People
// API answers an updateContact (or a read) with, whichever package detects it.
//
// An [*Error] carries what a client of the real API sees: the HTTP code, the
// canonical status (INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ...), the
// legacy reason (badRequest, failedPrecondition, notFound, ...), the message, and the
// request fields at fault. [Error.JSON] renders Google's JSON error envelope.
//
// One table (table.go) maps each [Kind] to its code, status, reason and message
// template, so callers test for a failure with [errors.As] and the Kind, or with
// [errors.Is] and a sentinel such as [ErrStalePersonEtag]; they never parse text.
//
// Package validate re-exports the type as validate.Error.
//
// See https://developers.google.com/people/api/rest/v1/people/updateContact and
// https://cloud.google.com/apis/design/errors.
package apierror
