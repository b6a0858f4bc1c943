// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/peopleupdate/peopleupdate/person"
)

// wordEntry is one word of one indexed person.
type wordEntry struct {
	word, key string
}

func compareEntries(a, b wordEntry) int {
	return cmp.Or(strings.Compare(a.word, b.word), strings.Compare(a.key, b.key))
}

// indexBlock bounds the entries of one block of a searchIndex.
const indexBlock = 256

// searchIndex maps word prefixes to people: every word of every indexed
// person, sorted by word, in blocks of at most indexBlock entries, so that
// a prefix is found by binary search and a write moves one block only.
type searchIndex struct {
	blocks [][]wordEntry                 // each sorted and non-empty; in order
	words  map[string][]string           // key → its words, sorted, once each
	people map[string]*person.Person     // key → the person as indexed
	fields func(*person.Person) []string // the values a person is found by
	frozen bool                          // a snapshot of the last warm-up: writes do not change it
}

// newSearchIndex returns an index of people, found by the values fields
// gives.
func newSearchIndex(people map[string]*person.Person, fields func(*person.Person) []string) *searchIndex {
	x := &searchIndex{words: make(map[string][]string, len(people)), people: make(map[string]*person.Person, len(people)), fields: fields}
	// Keys in order, then each word's keys in that order, then the words in
	// order: cheaper than sorting every entry.
	keys := make([]string, 0, len(people))
	for key := range people {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	byWord := make(map[string][]string)
	n := 0
	for _, key := range keys {
		ws := wordsOf(fields(people[key]))
		if len(ws) == 0 {
			continue
		}
		x.words[key], x.people[key] = ws, people[key]
		for _, w := range ws {
			byWord[w] = append(byWord[w], key)
		}
		n += len(ws)
	}
	words := make([]string, 0, len(byWord))
	for w := range byWord {
		words = append(words, w)
	}
	slices.Sort(words)
	all := make([]wordEntry, 0, n)
	for _, w := range words {
		for _, key := range byWord[w] {
			all = append(all, wordEntry{w, key})
		}
	}
	for len(all) > 0 {
		n := min(indexBlock/2, len(all))
		x.blocks = append(x.blocks, all[:n:n])
		all = all[n:]
	}
	return x
}

// set indexes p under key in place of what key had (nil p: removes key).
func (x *searchIndex) set(key string, p *person.Person) {
	for _, w := range x.words[key] {
		x.remove(wordEntry{w, key})
	}
	delete(x.words, key)
	delete(x.people, key)
	if p == nil {
		return
	}
	ws := wordsOf(x.fields(p))
	if len(ws) == 0 {
		return
	}
	x.words[key], x.people[key] = ws, p
	for _, w := range ws {
		x.insert(wordEntry{w, key})
	}
}

// block returns the index of the block e belongs in.
func (x *searchIndex) block(e wordEntry) int {
	i, found := slices.BinarySearchFunc(x.blocks, e, func(b []wordEntry, e wordEntry) int {
		return compareEntries(b[0], e)
	})
	if found {
		return i
	}
	return max(i-1, 0) // the last block starting before e
}

func (x *searchIndex) insert(e wordEntry) {
	if len(x.blocks) == 0 {
		x.blocks = [][]wordEntry{{e}}
		return
	}
	bi := x.block(e)
	b := x.blocks[bi]
	i, _ := slices.BinarySearchFunc(b, e, compareEntries)
	b = slices.Insert(b, i, e)
	if len(b) > indexBlock {
		half := len(b) / 2
		lo := slices.Clone(b[:half])
		hi := slices.Clone(b[half:])
		x.blocks[bi] = lo
		x.blocks = slices.Insert(x.blocks, bi+1, hi)
		return
	}
	x.blocks[bi] = b
}

func (x *searchIndex) remove(e wordEntry) {
	if len(x.blocks) == 0 {
		return
	}
	bi := x.block(e)
	b := x.blocks[bi]
	i, found := slices.BinarySearchFunc(b, e, compareEntries)
	if !found {
		return
	}
	b = slices.Delete(b, i, i+1)
	if len(b) == 0 {
		x.blocks = slices.Delete(x.blocks, bi, bi+1)
		return
	}
	x.blocks[bi] = b
}

// search returns the keys of up to n people having, for every word of the
// query, a word it begins: ordered by the first such word of the query's
// longest word, then by key.
func (x *searchIndex) search(query []string, n int) []string {
	if len(query) == 0 || len(x.blocks) == 0 {
		return nil
	}
	lead := slices.MaxFunc(query, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	start := wordEntry{lead, ""}
	bi := x.block(start)
	i, _ := slices.BinarySearchFunc(x.blocks[bi], start, compareEntries)
	var out []string
	seen := make(map[string]bool)
	for ; bi < len(x.blocks); bi, i = bi+1, 0 {
		for _, e := range x.blocks[bi][i:] {
			if !strings.HasPrefix(e.word, lead) {
				return out
			}
			if seen[e.key] {
				continue
			}
			seen[e.key] = true
			if x.matches(e.key, query) {
				out = append(out, e.key)
				if len(out) == n {
					return out
				}
			}
		}
	}
	return out
}

// matches reports whether every word of query begins a word of key's.
func (x *searchIndex) matches(key string, query []string) bool {
	ws := x.words[key]
	for _, q := range query {
		i, _ := slices.BinarySearch(ws, q)
		if i == len(ws) || !strings.HasPrefix(ws[i], q) {
			return false
		}
	}
	return true
}

// wordsOf returns the words a person with these values is found by, sorted
// and once each: each value lower-cased and split at what is neither letter
// nor digit, and the digits of each space-separated part alone (so
// +1 415-555-0132 is found by "415", "0132", "1" and "1415").
func wordsOf(values []string) []string {
	var ws []string
	for _, v := range values {
		for _, part := range strings.Fields(strings.ToLower(v)) {
			ws = append(ws, splitWords(part)...)
			digits := strings.Map(func(r rune) rune {
				if '0' <= r && r <= '9' {
					return r
				}
				return -1
			}, part)
			if digits != "" {
				ws = append(ws, digits)
			}
		}
	}
	slices.Sort(ws)
	return slices.Compact(ws)
}

// splitWords splits s at what is neither letter nor digit.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// queryWords returns the words of a search query, split as the values are
// (ada@ex is "ada" and "ex"), lower-cased.
func queryWords(q string) []string { return splitWords(strings.ToLower(q)) }

// contactValues returns the values searchContacts matches: the contact
// source's names, nicknames, email addresses, phone numbers and
// organizations.
func contactValues(p *person.Person) []string {
	cs := p.ContactSource()
	if cs == nil {
		return nil
	}
	var out []string
	for _, n := range p.GetNames() {
		if person.IsContactItem(n, cs) {
			out = append(out, n.GetDisplayName(), n.GetGivenName(), n.GetMiddleName(), n.GetFamilyName())
		}
	}
	for _, n := range p.GetNicknames() {
		if person.IsContactItem(n, cs) {
			out = append(out, n.GetValue())
		}
	}
	for _, e := range p.GetEmailAddresses() {
		if person.IsContactItem(e, cs) {
			out = append(out, e.GetValue())
		}
	}
	for _, ph := range p.GetPhoneNumbers() {
		if person.IsContactItem(ph, cs) {
			out = append(out, ph.GetValue(), ph.GetCanonicalForm())
		}
	}
	for _, o := range p.GetOrganizations() {
		if person.IsContactItem(o, cs) {
			out = append(out, o.GetName(), o.GetTitle(), o.GetDepartment())
		}
	}
	return out
}

// otherValues returns the values otherContacts.search matches: names, email
// addresses and phone numbers.
func otherValues(p *person.Person) []string {
	var out []string
	for _, n := range p.GetNames() {
		out = append(out, n.GetDisplayName(), n.GetGivenName(), n.GetMiddleName(), n.GetFamilyName())
	}
	for _, e := range p.GetEmailAddresses() {
		out = append(out, e.GetValue())
	}
	for _, ph := range p.GetPhoneNumbers() {
		out = append(out, ph.GetValue(), ph.GetCanonicalForm())
	}
	return out
}
