// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Command peoplefake serves the People API fake (package peoplefake) over
// HTTP, for clients in any language.
//
// Usage:
//
//	peoplefake [-addr 127.0.0.1:8080] [-seed [USER=]FILE]... [-auth] [-token TOKEN=USER[:readonly]]...
//	           [-data DIR] [-region US] [-body-limit BYTES] [-id-seed N] [-quiet] [-log stderr|stdout|off|FILE] [-log-buffer LINES]
//	           [-read-header-timeout 10s] [-read-timeout 30s] [-write-timeout 60s] [-idle-timeout 60s]
//	           [-shutdown-timeout 5s] [-no-cors]
//	           [-phone libphonenumber|builtin] [-now RFC3339] [-inject METHOD=STATUS[:N]]...
//	           [-no-admin] [-request-log N]
//
// Once listening it prints "listening on http://HOST:PORT" as its first line
// of standard output (with -addr 127.0.0.1:0 the port is a free one) and
// "id seed N" as its second (the seed of new contacts' ids: random unless
// -id-seed gives one), then logs
// one line per request on standard error (or where -log says), from a bounded
// buffer that drops and counts lines rather than stall serving when the output
// is slow; credentials in URLs are logged as REDACTED. The timeouts bound each
// connection (0: no limit): a body that stalls is cut at -read-timeout. SIGINT
// or SIGTERM shuts it down: requests in flight get up to -shutdown-timeout,
// then their connections are closed, and the exit status is 0. Without -seed,
// every user starts with a sample contact (people/c4084048990019506721).
//
// Beside the People API it serves an admin API under /peoplefake/admin/
// (reset, load, export, inject, clock, requests; see the package's README.md),
// unless -no-admin.
//
// With -data DIR the state is kept in DIR/peoplefake.db (peoplefake.WithDataDir):
// every write is on disk before it is answered, so a crash or kill -9 loses no
// acknowledged write, and a restart with the same -data resumes exactly (etags
// and the id sequence included; -seed and -id-seed then apply only to a new
// DIR). A corrupt or foreign data directory stops the command with status 1
// and a message naming the file. Without -data, state lives in memory only.
//
// Point a client at it with the endpoint http://HOST:PORT/ and no
// credentials, or, with -token, a bearer token.
//
// See https://developers.google.com/people/api/rest.
package main
