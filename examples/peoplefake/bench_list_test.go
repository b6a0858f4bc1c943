// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/person"
)

// benchFields is the read mask of the list benchmarks: what a sync client asks
// for.
const benchFields = "names,emailAddresses,phoneNumbers,memberships"

// bigStores caches the benchmark stores by size: building 100 000 contacts
// takes about a second, and every sub-benchmark and round reuses them. They
// stay live until the process ends, and a large live heap makes the garbage
// collection of every later benchmark dearer (in CPU time): scripts/bench.sh
// runs these benchmarks in a process apart from the update benchmarks.
var bigStores sync.Map // int -> *bigStore

// bigStore is a fake holding n contacts and the stored records it holds.
type bigStore struct {
	srv    *peoplefake.Server
	people []*person.Person
}

// contactsStore returns a fake whose user holds n contacts made from
// [peoplefake.Sample], each with its own resource name, CONTACT source id,
// name and update time (a tenth of them share one, to exercise the
// tie-break), stored directly rather than through HTTP.
func contactsStore(n int) *bigStore {
	n = benchSize(n)
	if s, ok := bigStores.Load(n); ok {
		return s.(*bigStore)
	}
	sample := peoplefake.Sample()
	base := sample.GetMetadata().GetSources()[0].GetUpdateTime().AsTime()
	given := []string{"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Niklaus"}
	bs := &bigStore{srv: peoplefake.New(), people: make([]*person.Person, n)}
	for i := range n {
		t := base.Add(time.Duration(i*7919%n) * time.Second)
		if i%10 == 0 {
			t = base
		}
		p := sampleContact(sample, uint64(i)*0x9e3779b97f4a7c15|1<<62, given[i%len(given)], "Family"+strconv.Itoa(i*104729%n), t)
		bs.srv.PutOwned(peoplefake.DefaultUser, p)
		bs.people[i] = p
	}
	s, _ := bigStores.LoadOrStore(n, bs)
	return s.(*bigStore)
}

// sampleContact returns a copy of sample, a stored contact, made into the
// contact of CONTACT source id id, updated at t, whose first name has the
// given and family names.
func sampleContact(sample *person.Person, id uint64, given, family string, t time.Time) *person.Person {
	p := sample.Clone()
	p.ResourceName = "people/c" + strconv.FormatUint(id, 10)
	cs := p.ContactSource()
	cs.Id = fmt.Sprintf("%016x", id)
	cs.UpdateTime = timestamppb.New(t)
	mds := []*person.FieldMetadata{}
	for _, f := range p.GetNames() {
		mds = append(mds, f.GetMetadata())
	}
	for _, f := range p.GetEmailAddresses() {
		mds = append(mds, f.GetMetadata())
	}
	for _, f := range p.GetPhoneNumbers() {
		mds = append(mds, f.GetMetadata())
	}
	for _, f := range p.GetBiographies() {
		mds = append(mds, f.GetMetadata())
	}
	for _, f := range p.GetUserDefined() {
		mds = append(mds, f.GetMetadata())
	}
	for _, f := range p.GetMemberships() {
		mds = append(mds, f.GetMetadata())
	}
	for _, md := range mds {
		if md.GetSource().GetType() == person.Source_CONTACT {
			md.Source.Id = cs.Id
		}
	}
	if len(p.GetNames()) > 0 {
		p.Names[0].GivenName, p.Names[0].FamilyName = given, family
	}
	return p
}

// listPage serves one connections.list request and returns the number of
// connections of its answer and its next page token. It reads no more of the
// answer than that, so that the benchmarks measure the fake, not a client.
func listPage(b *testing.B, srv http.Handler, target string) (n int, next string) {
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	body := rec.Body.Bytes()
	if rec.Code != http.StatusOK {
		b.Fatalf("%s: %d %s", target, rec.Code, body)
	}
	n = bytes.Count(body, []byte(`{"resourceName":"people/`))
	key := []byte(`"nextPageToken":"`)
	if i := bytes.LastIndex(body, key); i >= 0 {
		next = string(body[i+len(key):])
		next = next[:strings.IndexByte(next, '"')]
	}
	return n, next
}

// BenchmarkFakeListPage measures one people.connections.list page of 100 in
// the middle of a user's contacts, with 1 000 and with 100 000 of them: the
// page's cost should not grow with the contacts it does not show.
func BenchmarkFakeListPage(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			bs := contactsStore(n)
			target := "/v1/people/me/connections?personFields=" + benchFields + "&pageSize=100&prettyPrint=false"
			_, next := listPage(b, bs.srv, target)
			mid := target + "&pageToken=" + peoplefake.RepageToken(next, n/2)
			cputime.Report(b)
			for b.Loop() {
				rec := httptest.NewRecorder()
				bs.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, mid, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkFakeListAll measures listing all 100 000 contacts in pages of 1000,
// following the page tokens: [BenchmarkFakeReadAll] is its yardstick.
func BenchmarkFakeListAll(b *testing.B) {
	const n = 100000
	b.Run(strconv.Itoa(n), func(b *testing.B) {
		bs := contactsStore(n)
		target := "/v1/people/me/connections?personFields=" + benchFields + "&pageSize=1000&prettyPrint=false"
		cputime.Report(b)
		for b.Loop() {
			got := 0
			for tok := ""; ; {
				t := target
				if tok != "" {
					t += "&pageToken=" + tok
				}
				k, next := listPage(b, bs.srv, t)
				got += k
				if tok = next; tok == "" {
					break
				}
			}
			if got != len(bs.people) {
				b.Fatalf("listed %d contacts, want %d", got, len(bs.people))
			}
		}
	})
}

// BenchmarkFakeReadAll reads each of the 100 000 stored contacts of
// [BenchmarkFakeListAll] once with peopleupdate.Read and the same mask: the
// floor of listing them.
func BenchmarkFakeReadAll(b *testing.B) {
	const n = 100000
	b.Run(strconv.Itoa(n), func(b *testing.B) {
		bs := contactsStore(n)
		cputime.Report(b)
		for b.Loop() {
			for _, p := range bs.people {
				if _, err := peopleupdate.Read(p, benchFields, nil); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkFakePhoneCache measures the typical updateContact of
// [BenchmarkFakeUpdateContact] with the default phone canonicaliser (cached)
// and with [peoplefake.Libphonenumber] itself, parsing the number every time.
func BenchmarkFakePhoneCache(b *testing.B) {
	for _, tc := range []struct {
		name string
		opts []peoplefake.Option
	}{
		{"cached", nil},
		{"uncached", []peoplefake.Option{peoplefake.WithPhoneCanonicalizer(peoplefake.Libphonenumber)}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			srv := peoplefake.New(append(tc.opts, peoplefake.WithPeople(peoplefake.Sample()))...)
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/"+peoplefake.SampleName+"?personFields=names&prettyPrint=false", nil))
			etag := topEtag(rec.Body.Bytes())
			cputime.Report(b)
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPatch, typicalTarget, bytes.NewReader(fmt.Appendf(nil, typicalBody, etag)))
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
				etag = topEtag(rec.Body.Bytes())
			}
		})
	}
}

// benchSize returns the number of contacts a benchmark store of n holds: n,
// or, above 1 000, n/10 under the race detector, where the benchmarks run once
// as a smoke test of their code (scripts/test.sh) and a 100 000-contact store
// would cost minutes. Sub-benchmark names give the size of a normal run.
func benchSize(n int) int {
	if raceEnabled && n > 1000 {
		return n / 10
	}
	return n
}
