// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Page sizes of people.connections.list.
const (
	defaultPageSize = 100
	maxPageSize     = 1000
)

// sortOrders are the SortOrder values of people.connections.list; the first is
// the default.
var sortOrders = []string{"LAST_MODIFIED_ASCENDING", "LAST_MODIFIED_DESCENDING", "FIRST_NAME_ASCENDING", "LAST_NAME_ASCENDING"}

// listConnections serves people.connections.list for people/me: the user's
// contacts (people with a CONTACT source), sorted, a page at a time.
func (s *Server) listConnections(c *call) ([]byte, error) {
	if c.name != "people/me" {
		return nil, invalidArgument("Request contains an invalid argument.").
			WithField("resource_name", fmt.Sprintf("Only people/me is valid, not %q.", c.name))
	}
	read, src, err := c.readMasks()
	if err != nil {
		return nil, err
	}
	pageSize := defaultPageSize
	if v := c.first("pageSize"); v != "" {
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 32)
		if err != nil {
			return nil, apierror.NewInvalidBodyValue("page_size", "TYPE_INT32", strconv.Quote(v)).WithField("page_size", "")
		}
		switch {
		case n < 0:
			return nil, invalidArgument("Request contains an invalid argument.").
				WithField("page_size", "Page size must be between 0 and 1000.")
		case n > maxPageSize:
			pageSize = maxPageSize
		case n > 0:
			pageSize = int(n)
		}
	}
	order := sortOrders[0]
	if v := c.first("sortOrder"); v != "" {
		if !slices.Contains(sortOrders, v) {
			return nil, apierror.NewInvalidBodyValue("sort_order",
				"type.googleapis.com/google.people.v1.ListConnectionsRequest.SortOrder", strconv.Quote(v)).WithField("sort_order", "")
		}
		order = v
	}
	wantSync := false
	if v := c.first("requestSyncToken"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, apierror.NewInvalidBodyValue("request_sync_token", "TYPE_BOOL", strconv.Quote(v)).WithField("request_sync_token", "")
		}
		wantSync = b
	}
	if c.first("syncToken") != "" {
		return s.syncConnections(c, read, src, order, pageSize) // sync.go
	}
	fp := fingerprint(read.String(), src.Values(), order, pageSize, wantSync)
	offset := 0
	tok, mark := c.first("pageToken"), syncMark{}
	if wantSync {
		tok, mark = s.unwrapPage(c.user, tok) // sync.go
	}
	if tok != "" {
		if offset, err = decodePageToken(tok, fp); err != nil {
			return nil, err
		}
	}

	var total int
	var page []*person.Person
	s.read(c.user, func(u *userStore) {
		if u != nil {
			total, page = u.orders.page(order, offset, offset+pageSize)
		}
	})

	out := listConnectionsResponse{TotalPeople: total, TotalItems: total}
	end := min(offset+pageSize, total)
	for _, p := range page {
		if p == nil {
			return nil, apierror.NewNotFound() // as ReadParsed answers it
		}
	}
	if end < total {
		out.NextPageToken = encodePageToken(end, fp)
		if wantSync {
			out.NextPageToken = wrapPage(out.NextPageToken, mark) // sync.go
		}
	} else if wantSync {
		out.NextSyncToken = syncToken(connectionsSyncFP(read, src, order), mark) // sync.go
	}
	if len(page) == 0 {
		return mustJSON(out), nil
	}
	// The page is written one contact at a time (stream.go), each straight
	// from the stored person into one buffer.
	out.Connections = []json.RawMessage{json.RawMessage(streamHole)}
	var buf []byte
	return nil, streamJSON(c.w, c.pretty, mustJSON(out), len(page), func(i int) ([]byte, error) {
		var err error
		buf, err = appendListed(buf[:0], page[i], read, src)
		return buf, err
	})
}

// appendListed appends to b the JSON of p as a list shows it: p read with r
// and s, its etag that of the list ([listEtag]).
func appendListed(b []byte, p *person.Person, r mask.Read, s mask.Sources) ([]byte, error) {
	start := len(b)
	b, err := peopleupdate.AppendRead(b, p, r, s)
	if err != nil {
		return b, err
	}
	// The etag follows the resource name: {"resourceName":"…","etag":"…",
	// neither holding an escape. Anything else takes the long way.
	const name, tag = `{"resourceName":"`, `","etag":"`
	j := b[start:]
	if bytes.HasPrefix(j, []byte(name)) {
		if i := bytes.IndexByte(j[len(name):], '"'); i >= 0 && bytes.IndexByte(j[len(name):len(name)+i], '\\') < 0 {
			at := len(name) + i // the '"' closing the name
			if bytes.HasPrefix(j[at:], []byte(tag)) {
				from := at + len(tag)
				if k := bytes.IndexByte(j[from:], '"'); k >= 0 && bytes.IndexByte(j[from:from+k], '\\') < 0 {
					var e [64]byte
					list := appendListEtag(e[:0], j[from:from+k])
					return slices.Replace(b, start+from, start+from+k, list...), nil
				}
			}
		}
	}
	v, err := peopleupdate.ReadParsed(p, r, s)
	if err != nil {
		return b[:start], err
	}
	v.Etag = listEtag(v.Etag)
	m, err := person.Marshal(v)
	if err != nil {
		return b[:start], err
	}
	return append(b[:start], m...), nil
}

// listEtag derives the etag a list answers for a person from the etag people.get
// would answer: stable for an unchanged person, never accepted as a token.
func listEtag(getEtag string) string {
	var e [64]byte
	return string(appendListEtag(e[:0], []byte(getEtag)))
}

// appendListEtag appends to b the [listEtag] of getEtag.
func appendListEtag(b, getEtag []byte) []byte {
	const domain = "people.connections.list\x00"
	var in [128]byte
	sum := sha256.Sum256(append(append(in[:0], domain...), getEtag...))
	return base64.StdEncoding.AppendEncode(append(b, '%'), sum[:21])
}

// fingerprint digests the parameters a page token is bound to.
func fingerprint(pf string, sources []string, order string, size int, sync bool) uint64 {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00%t", pf, strings.Join(sources, ","), order, size, sync)
	return binary.BigEndian.Uint64(h.Sum(nil))
}

// encodePageToken returns an opaque token for the page starting at offset.
func encodePageToken(offset int, fp uint64) string {
	b := binary.BigEndian.AppendUint64(nil, fp)
	b = binary.AppendUvarint(b, uint64(offset))
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodePageToken returns the offset of a page token, which must have been
// made for the same parameters.
func decodePageToken(tok string, fp uint64) (int, error) {
	bad := invalidArgument("Request contains an invalid argument.").
		WithField("page_token", "The page token is not valid for this request; all parameters must match the call that returned it.")
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) < 9 || binary.BigEndian.Uint64(b) != fp {
		return 0, bad
	}
	off, n := binary.Uvarint(b[8:])
	if n <= 0 || 8+n != len(b) || off > 1<<31 {
		return 0, bad
	}
	return int(off), nil
}

// primaryName returns the name a person sorts by: the primary one, else the
// first.
func primaryName(p *person.Person) *person.Name {
	for _, n := range p.GetNames() {
		if n.GetMetadata().GetPrimary() {
			return n
		}
	}
	if len(p.GetNames()) > 0 {
		return p.GetNames()[0]
	}
	return nil
}

// modified returns when a person last changed: the latest updateTime of its
// sources.
func modified(p *person.Person) time.Time {
	var t time.Time
	for _, s := range p.GetMetadata().GetSources() {
		if u := s.GetUpdateTime(); u != nil && u.AsTime().After(t) {
			t = u.AsTime()
		}
	}
	return t
}
