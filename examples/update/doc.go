// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Command update shows the peopleupdate library on a sample contact, with no
// server: it parses a read mask and prints the contact as people.get would
// answer it, then applies an updateContact body under an update mask and prints
// the answer.
//
// Usage:
//
//	update [-fields names,emailAddresses] [-mask names] [-body '{"names":[{"givenName":"Meg"}]}'] [-sources READ_SOURCE_TYPE_CONTACT]
//
// The body needs no etag: the program adds the one the read answered. An empty
// -mask skips the update.
//
// See https://developers.google.com/people/api/rest/v1/people/updateContact.
package main
