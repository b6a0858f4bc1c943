// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

// wantOrder sorts contacts as people.connections.list must: the reference
// rule, written out independently of the fake's sort indexes.
func wantOrder(ps []*person.Person, order string) []string {
	modified := func(p *person.Person) time.Time {
		var t time.Time
		for _, s := range p.GetMetadata().GetSources() {
			if u := s.GetUpdateTime().AsTime(); s.GetUpdateTime() != nil && u.After(t) {
				t = u
			}
		}
		return t
	}
	key := func(p *person.Person) string {
		ns := p.GetNames()
		if len(ns) == 0 {
			return ""
		}
		n := ns[0]
		for _, m := range ns {
			if m.GetMetadata().GetPrimary() {
				n = m
				break
			}
		}
		if order == "FIRST_NAME_ASCENDING" {
			return strings.ToLower(n.GetGivenName())
		}
		return strings.ToLower(n.GetFamilyName())
	}
	ps = slices.Clone(ps)
	slices.SortStableFunc(ps, func(a, b *person.Person) int { return strings.Compare(a.GetResourceName(), b.GetResourceName()) })
	slices.SortStableFunc(ps, func(a, b *person.Person) int {
		switch order {
		case "LAST_MODIFIED_ASCENDING":
			return modified(a).Compare(modified(b))
		case "LAST_MODIFIED_DESCENDING":
			return modified(b).Compare(modified(a))
		}
		ka, kb := key(a), key(b)
		switch {
		case ka == kb:
			return 0
		case ka == "":
			return 1
		case kb == "":
			return -1
		}
		return strings.Compare(ka, kb)
	})
	var names []string
	for _, p := range ps {
		names = append(names, p.GetResourceName())
	}
	return names
}

// TestListOrderAfterWrites lists, in every sort order and in pages of 7, a
// store changed by puts, replacements and deletions, including a person that
// loses its CONTACT source, and compares with the reference order.
func TestListOrderAfterWrites(t *testing.T) {
	sample := peoplefake.Sample()
	base := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	given := []string{"ada", "Ada", "", "grace", "Zoe", "bob"}
	srv := peoplefake.New()
	for i := range 60 {
		p := sampleContact(sample, uint64(1000+i), given[i%len(given)], given[(i*5+1)%len(given)], base.Add(time.Duration(i%9)*time.Minute))
		switch i % 7 {
		case 3: // no names at all
			p.Names = nil
		case 5: // the second name is the primary one
			p.Names[0].Metadata.Primary, p.Names[1].Metadata.Primary = false, true
		}
		srv.PutUnchecked(peoplefake.DefaultUser, p)
	}
	for i := range 60 {
		name := "people/c" + strconv.Itoa(1000+i)
		switch i % 5 {
		case 0:
			srv.Delete(peoplefake.DefaultUser, name)
		case 1: // renamed and touched
			p := srv.Person(peoplefake.DefaultUser, name)
			if len(p.GetNames()) > 0 {
				p.Names[0].GivenName = "Renamed" + strconv.Itoa(i%3)
			}
			p.ContactSource().UpdateTime = sampleContact(sample, 1, "", "", base.Add(-time.Duration(i)*time.Second)).ContactSource().UpdateTime
			srv.PutUnchecked(peoplefake.DefaultUser, p)
		case 2: // no longer a contact
			if i%10 == 2 {
				p := srv.Person(peoplefake.DefaultUser, name)
				p.Metadata.Sources = p.Metadata.Sources[1:]
				srv.PutUnchecked(peoplefake.DefaultUser, p)
			}
		}
	}
	var contacts []*person.Person
	for _, p := range srv.People(peoplefake.DefaultUser) {
		if p.ContactSource() != nil {
			contacts = append(contacts, p)
		}
	}
	for _, order := range []string{"LAST_MODIFIED_ASCENDING", "LAST_MODIFIED_DESCENDING", "FIRST_NAME_ASCENDING", "LAST_NAME_ASCENDING"} {
		var got []string
		for tok := ""; ; {
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet,
				"/v1/people/me/connections?personFields=names&pageSize=7&sortOrder="+order+"&pageToken="+tok, nil))
			var page struct {
				Connections []struct {
					ResourceName string `json:"resourceName"`
				} `json:"connections"`
				NextPageToken string `json:"nextPageToken"`
				TotalItems    int    `json:"totalItems"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil || rec.Code != http.StatusOK {
				t.Fatalf("%s: %d %s", order, rec.Code, rec.Body)
			}
			if page.TotalItems != len(contacts) {
				t.Errorf("%s: totalItems %d, want %d", order, page.TotalItems, len(contacts))
			}
			for _, c := range page.Connections {
				got = append(got, c.ResourceName)
			}
			if tok = page.NextPageToken; tok == "" {
				break
			}
		}
		if diff := cmp.Diff(wantOrder(contacts, order), got); diff != "" {
			t.Errorf("%s order (-want +got):\n%s", order, diff)
		}
	}
}
