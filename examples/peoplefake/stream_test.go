// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// bigContacts stores n contacts of about size bytes of JSON each in a new
// fake and returns it with their resource names.
func bigContacts(t testing.TB, n, size int) (*peoplefake.Server, []string) {
	t.Helper()
	srv := peoplefake.New(peoplefake.WithClock(steppingClock()))
	names := make([]string, n)
	for i := range n {
		p := &person.Person{
			Names:       []*person.Name{{GivenName: "Big", FamilyName: strings.Repeat("x", i+1)}},
			Biographies: []*person.Biography{{Value: strings.Repeat("a", size)}},
		}
		stored, err := srv.Create(peoplefake.DefaultUser, p)
		if err != nil {
			t.Fatalf("Create: %v", err)
		}
		names[i] = stored.GetResourceName()
	}
	return srv, names
}

// TestStreamedListings checks that the streamed answers of
// people.connections.list and people.getBatchGet are the JSON the fake's
// other answers are: indented by default, compact with prettyPrint=false.
func TestStreamedListings(t *testing.T) {
	srv, names := bigContacts(t, 3, 10)
	for _, target := range []string{
		"/v1/people/me/connections?personFields=names,biographies&pageSize=2",
		"/v1/people:batchGet?personFields=names&resourceNames=" + names[0] + "&resourceNames=people/nope&resourceNames=bad",
	} {
		pretty := do(t, srv, "GET", target, "")
		compact := do(t, srv, "GET", target+"&prettyPrint=false", "")
		if pretty.code != 200 || compact.code != 200 {
			t.Fatalf("GET %s: %d %s / %d %s", target, pretty.code, pretty.body, compact.code, compact.body)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.body, "", "  "); err != nil {
			t.Fatalf("GET %s: compact answer is not JSON: %v\n%s", target, err, compact.body)
		}
		want.WriteByte('\n')
		if !bytes.Equal(want.Bytes(), pretty.body) {
			t.Errorf("GET %s: pretty answer\n%s\nwant\n%s", target, pretty.body, want.Bytes())
		}
		var c bytes.Buffer
		if err := json.Compact(&c, compact.body); err != nil || !bytes.Equal(c.Bytes(), compact.body) {
			t.Errorf("GET %s: prettyPrint=false answer is not compact JSON (%v):\n%s", target, err, compact.body)
		}
	}
}

// countingWriter is a ResponseWriter that keeps only the size of the answer.
type countingWriter struct {
	h    http.Header
	code int
	n    int
}

func (w *countingWriter) Header() http.Header         { return w.h }
func (w *countingWriter) WriteHeader(code int)        { w.code = code }
func (w *countingWriter) Write(b []byte) (int, error) { w.n += len(b); return len(b), nil }

// peakHeap serves req with srv and returns the size of the answer and the peak
// of the heap above what it was before, sampled.
func peakHeap(t *testing.T, srv http.Handler, target string) (size int, peak uint64) {
	t.Helper()
	defer debug.SetGCPercent(debug.SetGCPercent(25))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base {
				peak = max(peak, m.HeapAlloc-base)
			}
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	w := &countingWriter{h: http.Header{}, code: 200}
	srv.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	close(stop)
	wg.Wait()
	if w.code != 200 {
		t.Fatalf("GET %s: %d", target, w.code)
	}
	return w.n, peak
}

// TestListingMemory serves a page of large contacts and checks that the heap
// never grows by more than twice the answer: the page is written out a contact
// at a time, not built whole, copied and indented.
func TestListingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("stores 40 MB of contacts")
	}
	const n, size = 20, 1 << 20
	srv, names := bigContacts(t, n, size)
	batch := "/v1/people:batchGet?personFields=names,biographies&resourceNames=" + strings.Join(names, "&resourceNames=")
	for _, target := range []string{"/v1/people/me/connections?personFields=names,biographies&pageSize=100", batch} {
		got, peak := peakHeap(t, srv, target)
		if got < n*size {
			t.Fatalf("GET %s: answer of %d bytes, want at least %d", target, got, n*size)
		}
		t.Logf("GET %.40s...: answer %d bytes, heap peak +%d bytes (%.2f×)", target, got, peak, float64(peak)/float64(got))
		if peak > 2*uint64(got) {
			t.Errorf("GET %.40s...: heap grew by %d bytes for an answer of %d, want at most twice the answer", target, peak, got)
		}
	}
}
