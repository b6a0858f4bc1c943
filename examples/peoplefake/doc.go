// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package peoplefake is an in-memory fake of the Google People API v1 for tests:
// an [http.Handler] that serves the REST surface of the contact methods in
// Google's JSON wire format, built on the peopleupdate library so that
// updateContact behaves as the library's contract (docs/SPEC.md) says.
//
// It serves people.get, people.getBatchGet, people.createContact,
// people.batchCreateContacts, people.updateContact,
// people.batchUpdateContacts, people.deleteContact,
// people.batchDeleteContacts, people.updateContactPhoto,
// people.deleteContactPhoto, people.connections.list and every
// contactGroups method (see [Method]); the other methods of the discovery
// document answer 501 UNIMPLEMENTED. Every failure is Google's JSON error
// envelope, unknown URLs included.
//
// # Three ways in
//
//   - [New] returns a [*Server], an [http.Handler] to mount anywhere.
//   - [NewTestServer] (or [Server.Start]) serves it on a loopback port with
//     [net/http/httptest]; [NewService] returns an official client for any URL.
//   - [Server.Service] returns a ready *people.Service of
//     google.golang.org/api/people/v1 that reaches the fake in-process, through an
//     [http.RoundTripper] and no listener ([Server.Client], [Server.Transport]).
//
// # Deterministic hooks
//
// Options seed people ([WithPeople], [WithSeedFile]), set the clock
// ([WithClock]), the contact id generator ([WithIDSeed]), the phone number
// canonicaliser (libphonenumber by default, [WithPhoneCanonicalizer]), the body
// limit ([WithBodyLimit]), bearer-token auth with one contact store per user
// ([WithToken]) and error injection ([WithErrorInjection]).
// [Server.Person] and [Server.People] inspect the store.
//
// The README beside this file lists where the fake differs from the real
// service.
//
// See https://developers.google.com/people/api/rest.
package peoplefake
