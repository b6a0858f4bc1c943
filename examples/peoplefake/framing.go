// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"net/http"
	"slices"
)

// closeAmbiguous marks the answer to a request with a chunked body to close
// its connection. A request may carry both Content-Length and
// Transfer-Encoding: chunked, the framing of request smuggling (RFC 9112
// §6.3); Go's server reads it as chunked and drops the Content-Length before
// any handler runs, so the fake cannot tell the two apart and closes after
// every chunked request: whatever a proxy in front may have framed
// differently is never read as a second request.
func closeAmbiguous(w http.ResponseWriter, r *http.Request) {
	if slices.Contains(r.TransferEncoding, "chunked") {
		w.Header().Set("Connection", "close")
		r.Close = true
	}
}
