// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
)

// errStreamed is what a method returns once it has written its answer itself
// (streamJSON): ServeHTTP has nothing left to write.
var errStreamed = errors.New("peoplefake: the answer was streamed")

// streamHole stands in the envelope of a streamed answer for its list of
// elements.
const streamHole = `"@@peoplefake-stream@@"`

// streamJSON writes a 200 answer of n elements without ever holding it whole:
// envelope is the answer's JSON with the list member holding the one element
// streamHole, and elem(i) returns the JSON of element i, which is written out
// (indented unless the request said prettyPrint=false) before the next is
// made. So a listing of large contacts costs the memory of one contact's JSON,
// not of the page. An element that fails once the answer has begun aborts
// the connection, as a server failing mid-answer does. It returns
// errStreamed.
func streamJSON(w http.ResponseWriter, pretty bool, envelope []byte, n int, elem func(i int) ([]byte, error)) error {
	if pretty {
		var b bytes.Buffer
		if err := json.Indent(&b, envelope, "", "  "); err == nil {
			envelope = append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
		}
	}
	at := bytes.Index(envelope, []byte(streamHole))
	if at < 0 {
		panic("peoplefake: streamJSON: no hole in the envelope")
	}
	head, tail := envelope[:at], envelope[at+len(streamHole):]
	prefix := head[bytes.LastIndexByte(head, '\n')+1:] // "" when compact
	sep := []byte(",")
	if pretty {
		sep = append([]byte(",\n"), prefix...)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=UTF-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(head); err != nil {
		return errStreamed
	}
	var buf bytes.Buffer
	for i := range n {
		b, err := elem(i)
		if err != nil {
			panic(http.ErrAbortHandler)
		}
		if pretty {
			buf.Reset()
			if json.Indent(&buf, b, string(prefix), "  ") == nil {
				b = buf.Bytes()
			}
		}
		if i > 0 {
			if _, err := w.Write(sep); err != nil {
				return errStreamed
			}
		}
		if _, err := w.Write(b); err != nil {
			return errStreamed
		}
	}
	_, _ = w.Write(tail)
	return errStreamed
}
