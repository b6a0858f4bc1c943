// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Page sizes of the directory methods.
const (
	defaultDirectoryPage = 100
	maxListDirectory     = 1000
	maxSearchDirectory   = 500
)

// syncTokenLife is how long a directory sync token is honoured, as the API
// documents of its sync tokens: 7 days.
const syncTokenLife = 7 * 24 * time.Hour

// The DirectorySourceType and DirectoryMergeSourceType values.
const (
	dirDomainContact = "DIRECTORY_SOURCE_TYPE_DOMAIN_CONTACT"
	dirDomainProfile = "DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE"
	mergeContact     = "DIRECTORY_MERGE_SOURCE_TYPE_CONTACT"
	mergeUnspecified = "DIRECTORY_MERGE_SOURCE_TYPE_UNSPECIFIED"
)

// listDirectoryResponse is a ListDirectoryPeopleResponse.
type listDirectoryResponse struct {
	People        []json.RawMessage `json:"people,omitempty"`
	NextPageToken string            `json:"nextPageToken,omitempty"`
	NextSyncToken string            `json:"nextSyncToken,omitempty"`
}

// searchDirectoryResponse is a SearchDirectoryPeopleResponse.
type searchDirectoryResponse struct {
	People        []json.RawMessage `json:"people,omitempty"`
	NextPageToken string            `json:"nextPageToken,omitempty"`
	TotalSize     int               `json:"totalSize,omitempty"`
}

// directoryQuery is the parsed parameters of a directory method.
type directoryQuery struct {
	read    mask.Read
	src     mask.Sources // item sources to show
	profile bool         // DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE
	contact bool         // DIRECTORY_SOURCE_TYPE_DOMAIN_CONTACT
	merge   bool         // DIRECTORY_MERGE_SOURCE_TYPE_CONTACT
	size    int
	fp      uint64 // digest of the parameters page tokens are bound to
}

// directoryParams parses what listDirectoryPeople and searchDirectoryPeople
// share: readMask, sources (required), mergeSources and pageSize.
func (c *call) directoryParams(m mask.Method, maxSize int) (directoryQuery, error) {
	var q directoryQuery
	var err error
	if q.read, err = m.ParseRead(c.mask("readMask")); err != nil {
		return q, err
	}
	for i, v := range c.sources() {
		switch v {
		case dirDomainContact:
			q.contact = true
		case dirDomainProfile:
			q.profile = true
		case "DIRECTORY_SOURCE_TYPE_UNSPECIFIED":
		default:
			place := fmt.Sprintf("sources[%d]", i)
			return q, apierror.NewInvalidBodyValue(place, "type.googleapis.com/google.people.v1.DirectorySourceType", strconv.Quote(v)).WithField(place, "")
		}
	}
	if !q.contact && !q.profile {
		return q, invalidArgument("Request contains an invalid argument.").
			WithField("sources", "At least one directory source is required: DIRECTORY_SOURCE_TYPE_DOMAIN_CONTACT or DIRECTORY_SOURCE_TYPE_DOMAIN_PROFILE.")
	}
	for i, v := range c.params["mergeSources"] {
		switch v {
		case mergeContact:
			q.merge = true
		case mergeUnspecified:
		default:
			place := fmt.Sprintf("merge_sources[%d]", i)
			return q, apierror.NewInvalidBodyValue(place, "type.googleapis.com/google.people.v1.DirectoryMergeSourceType", strconv.Quote(v)).WithField(place, "")
		}
	}
	var names []string
	if q.profile {
		names = append(names, "READ_SOURCE_TYPE_PROFILE")
	}
	if q.contact {
		names = append(names, "READ_SOURCE_TYPE_DOMAIN_CONTACT")
	}
	if q.merge {
		names = append(names, "READ_SOURCE_TYPE_CONTACT")
	}
	if q.src, err = mask.ParseSources(names); err != nil {
		return q, err
	}
	q.size = defaultDirectoryPage
	if v := c.first("pageSize"); v != "" {
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 32)
		if err != nil {
			return q, apierror.NewInvalidBodyValue("page_size", "TYPE_INT32", strconv.Quote(v)).WithField("page_size", "")
		}
		switch {
		case n < 0:
			return q, invalidArgument("Request contains an invalid argument.").
				WithField("page_size", fmt.Sprintf("Page size must be between 0 and %d.", maxSize))
		case n > int64(maxSize):
			q.size = maxSize
		case n > 0:
			q.size = int(n)
		}
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%t%t%t\x00%d\x00%s\x00%s\x00%s", c.route.method, q.read.String(), q.profile, q.contact, q.merge,
		q.size, c.first("query"), c.first("requestSyncToken"), c.first("syncToken"))
	q.fp = binary.BigEndian.Uint64(h.Sum(nil))
	return q, nil
}

// selects reports whether q's sources include a directory person.
func (q *directoryQuery) selects(p *person.Person) bool {
	for _, s := range p.GetMetadata().GetSources() {
		if (q.profile && s.GetType() == person.Source_DOMAIN_PROFILE) || (q.contact && s.GetType() == person.Source_DOMAIN_CONTACT) {
			return true
		}
	}
	return false
}

// render projects a page of directory people on q, merging the user's
// contacts joined to them when q asks for it, under the user's lock.
func (s *Server) renderDirectory(user string, q *directoryQuery, people []*person.Person) ([]json.RawMessage, error) {
	if q.merge {
		merged := make([]*person.Person, len(people))
		s.read(user, func(u *userStore) {
			for i, p := range people {
				merged[i] = mergeContacts(u, p)
			}
		})
		people = merged
	}
	out := make([]json.RawMessage, 0, len(people))
	for _, p := range people {
		r, err := peopleupdate.ReadParsed(p, q.read, q.src)
		if err != nil {
			return nil, err
		}
		b, err := person.Marshal(r)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// listDirectory serves people.listDirectoryPeople: the directory people of
// the requested sources, a page at a time, with sync tokens bound to the
// directory's version.
func (s *Server) listDirectory(c *call) ([]byte, error) {
	q, err := c.directoryParams(mask.ListDirectoryPeople, maxListDirectory)
	if err != nil {
		return nil, err
	}
	wantSync := false
	if v := c.first("requestSyncToken"); v != "" {
		if wantSync, err = strconv.ParseBool(v); err != nil {
			return nil, apierror.NewInvalidBodyValue("request_sync_token", "TYPE_BOOL", strconv.Quote(v)).WithField("request_sync_token", "")
		}
	}
	dir, ver := s.directorySnapshot()
	now := s.opts.Clock()
	var out listDirectoryResponse
	if tok := c.first("syncToken"); tok != "" {
		if !s.validSyncToken(tok, ver, now) {
			return nil, expiredSyncToken()
		}
		// The directory is read-only: nothing changed since the token's
		// version, so the changes are none.
		out.NextSyncToken = s.syncToken(ver, now)
		return mustJSON(out), nil
	}
	var all []*person.Person
	for _, p := range dir {
		if q.selects(p) {
			all = append(all, p)
		}
	}
	page, next, err := pageOf(all, c.first("pageToken"), &q, ver)
	if err != nil {
		return nil, err
	}
	if out.People, err = s.renderDirectory(c.user, &q, page); err != nil {
		return nil, err
	}
	out.NextPageToken = next
	if next == "" && wantSync {
		out.NextSyncToken = s.syncToken(ver, now)
	}
	return mustJSON(out), nil
}

// searchDirectory serves people.searchDirectoryPeople: the directory people of
// the requested sources that match the query by prefix.
func (s *Server) searchDirectory(c *call) ([]byte, error) {
	q, err := c.directoryParams(mask.SearchDirectoryPeople, maxSearchDirectory)
	if err != nil {
		return nil, err
	}
	query := strings.ToLower(strings.TrimSpace(c.first("query")))
	if query == "" {
		return nil, invalidArgument("Request contains an invalid argument.").WithField("query", "Query must not be empty.")
	}
	dir, ver := s.directorySnapshot()
	var all []*person.Person
	for _, p := range dir {
		if q.selects(p) && matchesQuery(p, query) {
			all = append(all, p)
		}
	}
	page, next, err := pageOf(all, c.first("pageToken"), &q, ver)
	if err != nil {
		return nil, err
	}
	out := searchDirectoryResponse{NextPageToken: next, TotalSize: len(all)}
	if out.People, err = s.renderDirectory(c.user, &q, page); err != nil {
		return nil, err
	}
	return mustJSON(out), nil
}

// matchesQuery reports whether a word of p's names, nicknames, email addresses
// or phone numbers starts with query (lower case), or one of those values does.
func matchesQuery(p *person.Person, query string) bool {
	var values []string
	for _, n := range p.GetNames() {
		values = append(values, n.GetDisplayName(), n.GetGivenName(), n.GetFamilyName(), n.GetMiddleName())
	}
	for _, n := range p.GetNicknames() {
		values = append(values, n.GetValue())
	}
	for _, e := range p.GetEmailAddresses() {
		values = append(values, e.GetValue())
	}
	for _, ph := range p.GetPhoneNumbers() {
		values = append(values, ph.GetValue(), ph.GetCanonicalForm())
	}
	for _, v := range values {
		v = strings.ToLower(v)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, query) {
			return true
		}
		for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if strings.HasPrefix(w, query) {
				return true
			}
		}
	}
	return false
}

// pageOf returns the page of all that a page token (or none) names, and the
// token of the next page ("" on the last).
func pageOf(all []*person.Person, tok string, q *directoryQuery, ver uint64) ([]*person.Person, string, error) {
	offset := 0
	if tok != "" {
		b, err := base64.RawURLEncoding.DecodeString(tok)
		off, n := uint64(0), 0
		if err == nil && len(b) > 16 && binary.BigEndian.Uint64(b) == q.fp && binary.BigEndian.Uint64(b[8:]) == ver {
			off, n = binary.Uvarint(b[16:])
		}
		if n <= 0 || 16+n != len(b) || off > uint64(len(all)) {
			return nil, "", invalidArgument("Request contains an invalid argument.").
				WithField("page_token", "The page token is not valid for this request; all parameters must match the call that returned it.")
		}
		offset = int(off)
	}
	end := min(offset+q.size, len(all))
	next := ""
	if end < len(all) {
		b := binary.BigEndian.AppendUint64(nil, q.fp)
		b = binary.BigEndian.AppendUint64(b, ver)
		next = base64.RawURLEncoding.EncodeToString(binary.AppendUvarint(b, uint64(end)))
	}
	return all[offset:end], next, nil
}

// syncToken returns a directory sync token for version ver issued at now.
func (s *Server) syncToken(ver uint64, now time.Time) string {
	b := append([]byte("dir"), binary.BigEndian.AppendUint64(nil, ver)...)
	b = binary.BigEndian.AppendUint64(b, uint64(now.Unix()))
	return base64.RawURLEncoding.EncodeToString(b)
}

// validSyncToken reports whether a directory sync token is for the current
// version and younger than syncTokenLife. A token of an earlier version (the
// directory was reloaded through the admin API) has expired: the changes
// since it are not kept.
func (s *Server) validSyncToken(tok string, ver uint64, now time.Time) bool {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) != 19 || string(b[:3]) != "dir" || binary.BigEndian.Uint64(b[3:]) != ver {
		return false
	}
	issued := time.Unix(int64(binary.BigEndian.Uint64(b[11:])), 0)
	return now.Sub(issued) < syncTokenLife
}

// sortedNames returns the keys of a user's people in order.
func sortedNames(people map[string]*person.Person) []string {
	names := make([]string, 0, len(people))
	for n := range people {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// directorySnapshot returns the directory and its version. The people are
// never changed in place: a new directory replaces the slice.
func (s *Server) directorySnapshot() ([]*person.Person, uint64) {
	s.caller.mu.RLock()
	defer s.caller.mu.RUnlock()
	return s.caller.directory, s.caller.dirVer
}
