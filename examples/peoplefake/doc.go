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
// people.deleteContactPhoto, people.connections.list, people.searchContacts,
// people.listDirectoryPeople, people.searchDirectoryPeople, every
// contactGroups method and every otherContacts method: every method of the
// discovery document (see [Method]). people.get answers people/me with the
// caller's profile ([WithUserProfile]). The three list methods of contacts,
// contact groups and other contacts sync incrementally: every change enters a
// per-user change log, and a sync token answers the changes since, deleted
// resources as tombstones, until 7 days after its full sync by the fake's
// clock. Every failure is Google's JSON error envelope, unknown URLs included.
// The system parameter fields (partial responses) is honoured on every
// successful answer.
//
// Beside the API, under [AdminPrefix], an admin API controls the fake over
// HTTP (reset, load a seed, export, inject an error, set the clock, list the
// requests received); [WithoutAdmin] turns it off.
//
// # Three ways in
//
//   - [New] returns a [*Server], an [http.Handler] to mount anywhere.
//   - [Server.Start] serves it on a loopback port with [net/http/httptest].
//   - [Server.Client] and [Server.Transport] reach it in-process, through an
//     [http.RoundTripper] and no listener.
//
// The official client (google.golang.org/api/people/v1) is wired up by package
// fakeclient, kept apart so that the fake and its command build without
// google.golang.org/api: fakeclient.Service returns a ready *people.Service
// reaching a Server in-process, fakeclient.NewTestServer and
// fakeclient.NewService a listener and a client for any URL.
//
// # Deterministic hooks
//
// Options seed stored records ([WithPeople], checked by [CheckStored]),
// persons as a client would create them ([WithContacts]) or both from a file
// ([WithSeedFile]), other contacts ([WithOtherContacts]), set the clock
// ([WithClock]; [Server.SetNow] and [Server.Advance] at run time), the
// search cache ([WithStaleSearch]), the contact id generator ([WithIDSeed]),
// the phone number canonicaliser (libphonenumber by default, [WithPhoneCanonicalizer]), the body
// limit ([WithBodyLimit]), bearer-token auth with one contact store per user
// ([WithToken]) and error injection ([WithErrorInjection]).
// [Server.Person] and [Server.People] inspect the store; [Server.Put],
// [Server.Create] and [Server.Delete] change it behind the clients' backs.
// [Server.Export], [Server.Load] and [Server.Reset] save and restore the
// whole state, other contacts included; a reset expires every sync token.
//
// # Persistence and locking
//
// The store is in memory unless [WithDataDir] names a directory: then every
// request that writes is one transaction, committed and synced to a bbolt
// file there before the answer is written, and a fake opened later on the
// same directory ([Open], [Server.Resumed]) resumes exactly, etags and id
// sequence included. Each user's store has a lock of its own, so one user's
// requests never wait on another's.
//
// The README beside this file lists where the fake differs from the real
// service.
//
// See https://developers.google.com/people/api/rest.
package peoplefake
