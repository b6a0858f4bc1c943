// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package fakeclient connects the official People API client
// (google.golang.org/api/people/v1) to a [peoplefake.Server].
//
// It is a package of its own so that the fake and its command build without
// google.golang.org/api and what it pulls in (gRPC, OpenTelemetry, oauth2): only
// tests that use the official client pay for it.
//
//   - [Service] and [ServiceAs] return a *people.Service that reaches a Server
//     in-process, with no listener.
//   - [NewTestServer] serves a fake on a loopback port for the length of a test;
//     [NewService] returns a client for any fake's URL, such as the command's.
//   - [ToPerson] and [FromPerson] convert between the official client's
//     *people.Person and the library's *person.Person, and [WithContacts] seeds
//     a fake with persons written as a client would send them to
//     people.createContact.
package fakeclient
