// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package etag_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// margaret is the stored contact of conformance cases 021–028: one CONTACT
// source, and some data that the person etag does not depend on.
func margaret() *person.Person {
	return &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{
			Sources:    []*person.Source{{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221", Etag: "#vmL7ePGYhLw="}},
			ObjectType: person.PersonMetadata_PERSON,
		},
		Names: []*person.Name{{GivenName: "Margaret", FamilyName: "Chen"}},
	}
}

// withProfile is a contact linked to a profile: two sources.
func withProfile() *person.Person {
	p := margaret()
	p.Metadata.Sources = append(p.Metadata.Sources, &person.Source{Type: person.Source_PROFILE, Id: "108123456789012345678", Etag: "#HfYNXRnPBX8="})
	return p
}

func mustRead(t testing.TB, raw string) mask.Read {
	t.Helper()
	r, err := mask.ParseRead(raw)
	if err != nil {
		t.Fatalf("mask.ParseRead(%q): %v", raw, err)
	}
	return r
}

func mustSources(t testing.TB, values ...string) mask.Sources {
	t.Helper()
	s, err := mask.ParseSources(values)
	if err != nil {
		t.Fatalf("mask.ParseSources(%q): %v", values, err)
	}
	return s
}

// TestForPersonKnownAnswer pins the encoding: etags outlive processes (a client
// keeps one between calls, a fake may restart), so a change of these bytes is
// a change of the format and needs a new version byte.
func TestForPersonKnownAnswer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		read    string
		sources []string
		want    string
	}{
		{"", nil, "%Af///x8GfywWPvdUvZg1q4X5"},
		{"names", nil, "%AQAABAAGfywWPvdUvZg1q4X5"},
		{"names,metadata", []string{"READ_SOURCE_TYPE_CONTACT"}, "%AQAABQAEfywWPvdUvZg1q4X5"},
	}
	for _, tt := range tests {
		got := etag.ForPerson(margaret(), mustRead(t, tt.read), mustSources(t, tt.sources...))
		if got != tt.want {
			t.Errorf("ForPerson(margaret, %q, %q) = %q, want %q", tt.read, tt.sources, got, tt.want)
		}
	}
}

func TestForPersonShape(t *testing.T) {
	t.Parallel()
	for _, p := range []*person.Person{margaret(), withProfile(), {}, nil} {
		got := etag.ForPerson(p, mask.AllRead(), mask.DefaultSources())
		if !strings.HasPrefix(got, "%") {
			t.Errorf("ForPerson(%v) = %q, want a %% prefix", p, got)
		}
		raw, err := base64.StdEncoding.Strict().DecodeString(got[1:])
		if err != nil {
			t.Errorf("ForPerson(%v) = %q: not standard base64 after the %%: %v", p, got, err)
		}
		if len(raw) != 18 {
			t.Errorf("ForPerson(%v) = %q: %d bytes, want 18", p, got, len(raw))
		}
		if again := etag.ForPerson(p, mask.AllRead(), mask.DefaultSources()); again != got {
			t.Errorf("ForPerson is not deterministic: %q, then %q", got, again)
		}
	}
}

// TestForPersonDependsOn changes one thing of the person at a time and checks
// whether its etag changes, and so whether the etag issued before still
// matches.
func TestForPersonDependsOn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		desc       string
		edit       func(p *person.Person)
		wantChange bool
	}{
		{"nothing", func(*person.Person) {}, false},
		{"the contact source etag", func(p *person.Person) { p.Metadata.Sources[0].Etag = "#c3RhbGUwMDA=" }, true},
		{"the contact source id", func(p *person.Person) { p.Metadata.Sources[0].Id = "7e04c9b1f2a86d0c" }, true},
		{"the contact source type", func(p *person.Person) { p.Metadata.Sources[0].Type = person.Source_OTHER_CONTACT }, true},
		{"the profile source etag", func(p *person.Person) { p.Metadata.Sources[1].Etag = "#AAAAAAAAAAA=" }, true},
		{"the order of the sources", func(p *person.Person) {
			s := p.Metadata.Sources
			s[0], s[1] = s[1], s[0]
		}, true},
		{"one source less", func(p *person.Person) { p.Metadata.Sources = p.Metadata.Sources[:1] }, true},
		{"one source more", func(p *person.Person) {
			p.Metadata.Sources = append(p.Metadata.Sources, &person.Source{Type: person.Source_CONTACT})
		}, true},
		{"no metadata", func(p *person.Person) { p.Metadata = nil }, true},
		{"the resource name", func(p *person.Person) { p.ResourceName = "people/c1990395505846072145" }, true},
		{"id and etag shifted", func(p *person.Person) {
			s := p.Metadata.Sources[0]
			s.Id, s.Etag = s.Id+s.Etag[:1], s.Etag[1:]
		}, true},
		{"resource name and id shifted", func(p *person.Person) {
			s := p.Metadata.Sources[0]
			p.ResourceName, s.Id = p.ResourceName+s.Id[:1], s.Id[1:]
		}, true},
		{"names", func(p *person.Person) { p.Names[0].GivenName = "Maggie" }, false},
		{"the person etag field", func(p *person.Person) { p.Etag = "%whatever" }, false},
		{"a source's update time", func(p *person.Person) { p.Metadata.Sources[0].UpdateTime = timestamppb.Now() }, false},
		{"a source's profile metadata", func(p *person.Person) { p.Metadata.Sources[1].ProfileMetadata = &person.ProfileMetadata{} }, false},
		{"objectType", func(p *person.Person) { p.Metadata.ObjectType = 0 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			for _, read := range []string{"", "names", "metadata"} {
				r, s := mustRead(t, read), mask.DefaultSources()
				before := etag.ForPerson(withProfile(), r, s)
				p := withProfile()
				tt.edit(p)
				got := etag.ForPerson(p, r, s)
				if changed := got != before; changed != tt.wantChange {
					t.Errorf("read %q, after changing %s: ForPerson = %q, before %q; changed = %v, want %v", read, tt.desc, got, before, changed, tt.wantChange)
				}
				if got := etag.Matches(p, before); got != !tt.wantChange {
					t.Errorf("read %q, after changing %s: Matches(etag before) = %v, want %v", read, tt.desc, got, !tt.wantChange)
				}
			}
		})
	}
}

// TestForPersonReadShaped checks that the same unchanged person read with
// another mask or other sources has another etag, and that each still matches.
func TestForPersonReadShaped(t *testing.T) {
	t.Parallel()
	p := withProfile()
	reads := []struct {
		read    string
		sources []string
	}{
		{"", nil},
		{"names", nil},
		{"names,metadata", nil},
		{"", []string{"READ_SOURCE_TYPE_CONTACT"}},
		{"names", []string{"READ_SOURCE_TYPE_PROFILE"}},
	}
	seen := map[string]int{}
	for i, rd := range reads {
		tag := etag.ForPerson(p, mustRead(t, rd.read), mustSources(t, rd.sources...))
		if j, ok := seen[tag]; ok {
			t.Errorf("reads %v and %v give the same etag %q", reads[j], rd, tag)
		}
		seen[tag] = i
		if !etag.Matches(p, tag) {
			t.Errorf("Matches(p, etag of read %v) = false, want true", rd)
		}
	}
}

func TestDecodeRoundTrip(t *testing.T) {
	t.Parallel()
	reads := []string{"", "names", "metadata", "userDefined", "addresses,userDefined", "names,emailAddresses,phoneNumbers,metadata"}
	sources := [][]string{
		nil,
		{"READ_SOURCE_TYPE_CONTACT"},
		{"READ_SOURCE_TYPE_PROFILE"},
		{"READ_SOURCE_TYPE_DOMAIN_CONTACT"},
		{"READ_SOURCE_TYPE_OTHER_CONTACT"},
		{"READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_PROFILE", "READ_SOURCE_TYPE_DOMAIN_CONTACT", "READ_SOURCE_TYPE_OTHER_CONTACT"},
	}
	for _, rs := range reads {
		for _, ss := range sources {
			r, s := mustRead(t, rs), mustSources(t, ss...)
			tag := etag.ForPerson(margaret(), r, s)
			key := fmt.Sprintf("%q %q", rs, ss)
			gotR, gotS, ok := etag.Decode(tag)
			if !ok {
				t.Errorf("Decode(ForPerson(margaret, %s)) failed", key)
				continue
			}
			if gotR.Fields() != r.Fields() || gotS != s {
				t.Errorf("Decode(ForPerson(margaret, %s)) = %v, %v; want %v, %v", key, gotR.Fields(), gotS, r.Fields(), s)
			}
			if !etag.Matches(margaret(), tag) {
				t.Errorf("Matches(margaret, ForPerson(margaret, %s)) = false, want true", key)
			}
		}
	}
}

// rawEtag encodes raw bytes as a person etag, to build malformed ones.
func rawEtag(raw ...byte) string { return "%" + base64.StdEncoding.EncodeToString(raw) }

func TestDecodeRejects(t *testing.T) {
	t.Parallel()
	good := etag.ForPerson(margaret(), mask.AllRead(), mask.DefaultSources())
	digest := []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	tests := []struct {
		desc string
		tag  string
	}{
		{"empty", ""},
		{"prefix only", "%"},
		{"a source etag", "#vmL7ePGYhLw="},
		{"the source etag's prefix", "#" + good[1:]},
		{"no prefix", good[1:]},
		{"a real Google person etag", "%EgcBAj0LPzcuGgQBAgUHIgxQd05KYk5SNjIxYz0="},
		{"one character short", good[:len(good)-1]},
		{"one character more", good + "A"},
		{"padding added", good + "=="},
		{"trailing space", good + " "},
		{"trailing newline", good[:len(good)-1] + "\n"},
		{"URL-safe alphabet", "%AQAABAAG-b1t8W69F7r_3dI1"},
		{"not base64", "%AQAABAAG!b1t8W69F7r/3dI1"},
		{"version 0", rawEtag(append([]byte{0, 0xff, 0xff, 0xff, 0x1f, 6}, digest...)...)},
		{"version 2", rawEtag(append([]byte{2, 0xff, 0xff, 0xff, 0x1f, 6}, digest...)...)},
		{"empty mask", rawEtag(append([]byte{1, 0, 0, 0, 0, 6}, digest...)...)},
		{"field 29", rawEtag(append([]byte{1, 0xff, 0xff, 0xff, 0x3f, 6}, digest...)...)},
		{"field 31", rawEtag(append([]byte{1, 1, 0, 0, 0x80, 6}, digest...)...)},
		{"no sources", rawEtag(append([]byte{1, 1, 0, 0, 0, 0}, digest...)...)},
		{"READ_SOURCE_TYPE_UNSPECIFIED", rawEtag(append([]byte{1, 1, 0, 0, 0, 1}, digest...)...)},
		{"source bit 5", rawEtag(append([]byte{1, 1, 0, 0, 0, 1 << 5}, digest...)...)},
		{"source bit 7", rawEtag(append([]byte{1, 1, 0, 0, 0, 1<<7 | 2}, digest...)...)},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			r, s, ok := etag.Decode(tt.tag)
			if ok || r.Fields() != 0 || s != 0 {
				t.Errorf("Decode(%q) = %v, %v, %v; want zero values and false", tt.tag, r.Fields(), s, ok)
			}
			if etag.Matches(margaret(), tt.tag) {
				t.Errorf("Matches(margaret, %q) = true, want false", tt.tag)
			}
		})
	}
	// The well-formed neighbours of the malformed ones above do decode.
	for _, tag := range []string{
		rawEtag(append([]byte{1, 0xff, 0xff, 0xff, 0x1f, 0x1e}, digest...)...),
		rawEtag(append([]byte{1, 0, 0, 0, 0x10, 2}, digest...)...),
	} {
		if _, _, ok := etag.Decode(tag); !ok {
			t.Errorf("Decode(%q) failed, want success", tag)
		}
	}
}

func TestMatches(t *testing.T) {
	t.Parallel()
	stale := margaret()
	stale.Metadata.Sources[0].Etag = "#c3RhbGUwMDA=" // the {{etag-stale}} of the conformance cases
	other := margaret()
	other.ResourceName = "people/c1990395505846072145"
	names := mustRead(t, "names")
	tests := []struct {
		desc string
		p    *person.Person
		tag  string
		want bool
	}{
		{"default read of the current person (021)", margaret(), etag.ForPerson(margaret(), mask.AllRead(), mask.DefaultSources()), true},
		{"names read of the current person (022)", margaret(), etag.ForPerson(margaret(), names, mask.DefaultSources()), true},
		{"contact-only read", margaret(), etag.ForPerson(margaret(), names, mustSources(t, "READ_SOURCE_TYPE_CONTACT")), true},
		{"unchanged but for the data", func() *person.Person { p := margaret(); p.Names = nil; return p }(), etag.ForPerson(margaret(), names, mask.DefaultSources()), true},
		{"stale default read (023)", margaret(), etag.ForPerson(stale, mask.AllRead(), mask.DefaultSources()), false},
		{"stale names read (047)", margaret(), etag.ForPerson(stale, names, mask.DefaultSources()), false},
		{"another person's", margaret(), etag.ForPerson(other, mask.AllRead(), mask.DefaultSources()), false},
		{"a source etag", margaret(), "#vmL7ePGYhLw=", false},
		{"empty", margaret(), "", false},
		{"garbage", margaret(), "%garbage", false},
		{"nil person, its own etag", nil, etag.ForPerson(nil, mask.AllRead(), mask.DefaultSources()), true},
		{"nil person, margaret's etag", nil, etag.ForPerson(margaret(), mask.AllRead(), mask.DefaultSources()), false},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			if got := etag.Matches(tt.p, tt.tag); got != tt.want {
				t.Errorf("Matches(%s, %q) = %v, want %v", tt.desc, tt.tag, got, tt.want)
			}
		})
	}
}

// TestMatchesAfterUpdate follows a read-modify-write loop: each update replaces
// the contact source etag, so the etag of the previous read stops matching.
func TestMatchesAfterUpdate(t *testing.T) {
	t.Parallel()
	p := margaret()
	var issued []string
	for i := range 50 {
		tag := etag.ForPerson(p, mask.AllRead(), mask.DefaultSources())
		for j, old := range issued {
			if old == tag {
				t.Fatalf("update %d: etag %q was already issued at update %d", i, tag, j)
			}
			if etag.Matches(p, old) {
				t.Fatalf("update %d: etag of update %d still matches", i, j)
			}
		}
		if !etag.Matches(p, tag) {
			t.Fatalf("update %d: the current etag does not match", i)
		}
		issued = append(issued, tag)
		cs := p.ContactSource()
		cs.Etag = etag.NextSource(cs.Etag, cs.GetUpdateTime().AsTime())
	}
}

func TestForPersonDoesNotModify(t *testing.T) {
	t.Parallel()
	p := withProfile()
	etag.ForPerson(p, mask.AllRead(), mask.DefaultSources())
	etag.Matches(p, "%AQAABAAGIb1t8W69F7r/3dI1")
	if diff := cmp.Diff(withProfile(), p, protocmp.Transform()); diff != "" {
		t.Errorf("ForPerson or Matches modified the person (-want +got):\n%s", diff)
	}
}

func TestAllocs(t *testing.T) {
	p := withProfile()
	r, s := mask.AllRead(), mask.DefaultSources()
	tag := etag.ForPerson(p, r, s)
	if n := testing.AllocsPerRun(100, func() { etag.ForPerson(p, r, s) }); n > 1 {
		t.Errorf("ForPerson allocates %v times, want at most 1 (the result)", n)
	}
	if n := testing.AllocsPerRun(100, func() { etag.Matches(p, tag) }); n != 0 {
		t.Errorf("Matches allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { etag.Decode(tag) }); n != 0 {
		t.Errorf("Decode allocates %v times, want 0", n)
	}
}
